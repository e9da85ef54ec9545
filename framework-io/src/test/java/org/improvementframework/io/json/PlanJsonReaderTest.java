package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanJsonReaderTest {

  @ParameterizedTest
  @CsvSource({"2.1, 2", "10.12, 2", "2.1.3, 3", "123456789.1.1, 3"})
  void refNumbers_canonicalText_isReadLikeTheModel(String text, int count) {
    int[] n = PlanJsonReader.refNumbers(text, count);
    assertThat(n).isNotNull().hasSize(count);
    assertThat(
            String.join(".", Arrays.stream(n).mapToObj(Integer::toString).toArray(String[]::new)))
        .isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2",
        "2.",
        ".1",
        "2..1",
        "02.1",
        "2.1.3.4",
        "2.x",
        "1234567890.1",
        " 2.1",
        "2.1 ",
        "2.0"
      })
  void refNumbers_otherText_isLeftToTheModelParser(String text) {
    assertThat(PlanJsonReader.refNumbers(text, 2)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"2015-03-31", "2016-02-29", "0001-01-01", "+10000-01-01"})
  void isoDate_readsWhatLocalDateWrites(String text) {
    assertThat(PlanJsonReader.isoDate(text, 0, text.length())).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-02-30", "2015-13-01", "2015-3-31", "31/03/2015", "2015-03-3x"})
  void isoDate_badDates_throw(String text) {
    assertThatThrownBy(() -> PlanJsonReader.isoDate(text, 0, text.length()))
        .isInstanceOf(DateTimeException.class);
  }
}
