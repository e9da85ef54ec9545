package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What a strict reading says about a text it refuses: the furthest position it could read to and
 * the reason, one row for each way a target can be wrong; the lenient reading keeps the text.
 */
class TargetErrorTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "target-errors.psv",
      delimiter = '|',
      nullValues = {})
  void parse_badText_namesWhereAndWhy(String text, String year, int position, String reason) {
    TargetContext context =
        year == null ? TargetContext.none() : TargetContext.ofYear(Integer.parseInt(year));
    TargetParseException e =
        catchThrowableOfType(TargetParseException.class, () -> Target.parse(text, context));
    assertThat(e).as("'%s' is refused", text).isNotNull();
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot read target date '"
                + text
                + "' at position "
                + position
                + ": "
                + reason
                + "; expected "
                + TargetParseException.EXPECTED);
    Target lenient = Target.read(text, context);
    assertThat(lenient.kind()).isEqualTo(TargetKind.UNRECOGNISED);
    assertThat(lenient.text()).isEqualTo(text);
  }
}
