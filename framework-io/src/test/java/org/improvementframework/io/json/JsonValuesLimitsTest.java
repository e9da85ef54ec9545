package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.TestFiles;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.IndicatorTarget;
import org.junit.jupiter.api.Test;

/** The number limit of the reader's options governs every number of a JSON plan. */
class JsonValuesLimitsTest {

  private static final String SAMPLE = TestFiles.text("sample-plan.json");
  private static final String TARGET_VALUE = "\"value\": 85.50,";
  private static final String TARGET_PATH =
      "$.plan.areas[0].measures[1].indicator.targets[0].value";

  private static String withTargetValue(String number) {
    String json =
        SAMPLE.replaceFirst(
            Pattern.quote(TARGET_VALUE), Matcher.quoteReplacement("\"value\": " + number + ","));
    assertThat(json).isNotEqualTo(SAMPLE);
    return json;
  }

  private static BigDecimal targetValue(ImprovementPlan plan) {
    IndicatorTarget t =
        plan.areas().get(0).measures().get(1).indicator().orElseThrow().targets().get(0);
    return t.value();
  }

  private static PlanJson.Options numberLimit(int chars) {
    return PlanJson.Options.defaults()
        .withLimits(PlanJson.Options.DEFAULT_LIMITS.withMaxNumberChars(chars));
  }

  @Test
  void read_negativeNumberLongerThanALoweredLimit_isRefusedAtItsPath() {
    // Eight digits and a sign: Jackson counts only the digits, so the reader counts the rest.
    String json = withTargetValue("-12345678");
    assertThat(targetValue(PlanJson.read(json, numberLimit(9)).value()))
        .isEqualByComparingTo("-12345678");
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json, numberLimit(8)));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("exceeds the limit of 8 characters");
    assertThat(e.location().jsonPath()).contains(TARGET_PATH);
  }

  @Test
  void read_numberLongerThanTheDefaultUnderARaisedLimit_isAccepted() {
    // 101 characters, 99 decimal places: within the model's digits, over the default limit.
    String number = "0." + "0".repeat(98) + "1";
    assertThat(number).hasSize(InputLimits.DEFAULT_MAX_NUMBER_CHARS + 1);
    String json = withTargetValue(number);
    assertThat(targetValue(PlanJson.read(json, numberLimit(101)).value()))
        .isEqualTo(new BigDecimal(number));
    assertThat(
            catchThrowableOfType(
                PlanFormatException.class, () -> PlanJson.read(json, numberLimit(100))))
        .isNotNull();
  }

  @Test
  void read_numberOfAnyLength_isAcceptedExactlyUpToTheOptionsLimit() {
    // From 8: the sample's own -0.0010 has seven characters.
    qt().forAll(integers().between(8, 60), integers().between(2, 62))
        .checkAssert(
            (limit, length) -> {
              String number = "-" + "7".repeat(length - 1);
              String json = withTargetValue(number);
              if (length <= limit) {
                assertThat(targetValue(PlanJson.read(json, numberLimit(limit)).value()))
                    .isEqualByComparingTo(number);
              } else {
                PlanFormatException e =
                    catchThrowableOfType(
                        PlanFormatException.class, () -> PlanJson.read(json, numberLimit(limit)));
                assertThat(e).as("%s under limit %s", number, limit).isNotNull();
                assertThat(e.location().jsonPath()).contains(TARGET_PATH);
              }
            });
  }
}
