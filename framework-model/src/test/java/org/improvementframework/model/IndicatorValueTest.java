package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.improvementframework.model.IndicatorValue.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class IndicatorValueTest {

  static Gen<IndicatorValue> values() {
    Gen<IndicatorValue> numbers =
        SourceDSL.longs()
            .all()
            .zip(
                SourceDSL.integers().between(-20, 20),
                (unscaled, scale) ->
                    IndicatorValue.of(new BigDecimal(BigInteger.valueOf(unscaled), scale)));
    Gen<IndicatorValue> markers = Generate.enumValues(Marker.class).map(IndicatorValue::of);
    return numbers.mix(markers, 20);
  }

  @Test
  void parse_toStringOfAnyValue_isThatValue() {
    qt().forAll(values())
        .checkAssert(
            v -> {
              assertThat(IndicatorValue.parse(v.toString())).isEqualTo(v);
              assertThat(IndicatorValue.parse(v.toString())).hasSameHashCodeAs(v);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "c,SUPPRESSED",
    "z,NOT_APPLICABLE",
    "x,NOT_AVAILABLE",
    "k,ROUNDS_TO_ZERO",
    "C,SUPPRESSED",
    "' x ',NOT_AVAILABLE"
  })
  void parse_dfeMarkers_areNotNumbers(String text, Marker marker) {
    IndicatorValue v = IndicatorValue.parse(text);

    assertThat(v.marker()).contains(marker);
    assertThat(v.number()).isEmpty();
    assertThat(v.isNumber()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Marker.class)
  void marker_isNeverEqualToZero(Marker marker) {
    assertThat(IndicatorValue.of(marker)).isNotEqualTo(IndicatorValue.of(0));
    assertThat(IndicatorValue.of(marker)).hasToString(marker.code());
  }

  @ParameterizedTest
  @CsvSource({"42.5,42.5", "1.50,1.50", "0,0", "-3,-3", "1E+3,1000", "+7,7", "0.000,0.000"})
  void parse_numbers_keepScaleAndArePlain(String text, String canonical) {
    IndicatorValue v = IndicatorValue.parse(text);

    assertThat(v.isNumber()).isTrue();
    assertThat(v).hasToString(canonical);
  }

  @Test
  void of_scale_isPartOfTheValue() {
    assertThat(IndicatorValue.of(new BigDecimal("1.50")))
        .isNotEqualTo(IndicatorValue.of(new BigDecimal("1.5")));
    assertThat(IndicatorValue.of(new BigDecimal("1E+3"))).isEqualTo(IndicatorValue.of(1000));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"", "abc", "1,000", "12%", "NaN", "c c", "1E+200", "1E-200"})
  void parse_notANumberOrMarker_throwsNamingText(String text) {
    assertThatThrownBy(() -> IndicatorValue.parse(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("'" + text.strip() + "'");
  }

  @Test
  void of_outOfRange_isRejected() {
    assertThatThrownBy(() -> IndicatorValue.of(new BigDecimal("1E+101")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> IndicatorValue.of(new BigDecimal("1E-101")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    assertThatThrownBy(() -> IndicatorValue.of((BigDecimal) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("number");
    assertThatThrownBy(() -> IndicatorValue.of((Marker) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("marker");
    assertThatThrownBy(() -> IndicatorValue.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Marker.ofCode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void markerOfCode_unknown_isEmpty() {
    assertThat(Marker.ofCode("q")).isEmpty();
    assertThat(Marker.ofCode("c")).contains(Marker.SUPPRESSED);
  }
}
