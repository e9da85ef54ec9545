package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrackerListTest {

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("1.A 2.B 3.C", Map.of(1, "A", 2, "B", 3, "C"), ""),
        Arguments.of("1) A 2) B", Map.of(1, "A", 2, "B"), ""),
        Arguments.of("I.March I5 2.April I5", Map.of(1, "March I5", 2, "April I5"), ""),
        Arguments.of(
            "i) Draft ii) Agree iii) Publish", Map.of(1, "Draft", 2, "Agree", 3, "Publish"), ""),
        Arguments.of(
            "I. Draft II. Agree III. Publish", Map.of(1, "Draft", 2, "Agree", 3, "Publish"), ""),
        Arguments.of("no numbers at all", Map.of(1, "no numbers at all"), ""),
        Arguments.of("lead text 2.B 3.C", Map.of(1, "lead text", 2, "B", 3, "C"), ""),
        Arguments.of("themes. 3. Plans reviewed", Map.of(3, "Plans reviewed"), "themes."),
        Arguments.of(
            "1.Raise to 15.5 by 01/02/2015 2.Meet on 30/3",
            Map.of(1, "Raise to 15.5 by 01/02/2015", 2, "Meet on 30/3"),
            ""),
        Arguments.of(
            "1.Set up 2.As per 10.1 and II.3", Map.of(1, "Set up", 2, "As per 10.1 and II.3"), ""),
        Arguments.of("1. Jan 2015 2.15th March", Map.of(1, "Jan 2015", 2, "15th March"), ""),
        Arguments.of(
            "I.In place 2.12 month campaign", Map.of(1, "In place", 2, "12 month campaign"), ""),
        Arguments.of("1.A i.e. more 2.B", Map.of(1, "A i.e. more", 2, "B"), ""),
        Arguments.of("I.A I.B I.C", Map.of(1, "A", 2, "B", 3, "C"), ""),
        Arguments.of(
            "1. March 14 2. April 15 4. April 15",
            Map.of(1, "March 14", 2, "April 15", 4, "April 15"),
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void parse_listAsWritten_givesItemsByNumber(
      String text, Map<Integer, String> items, String fragment) {
    TrackerList list = TrackerList.parse(text);

    assertThat(list.items).containsExactlyInAnyOrderEntriesOf(items);
    assertThat(list.fragment).isEqualTo(fragment);
  }

  @Test
  void parse_missingNumber_isReported() {
    TrackerList list = TrackerList.parse("1. March 14 2. April 15 4. April 15");

    assertThat(list.problems).containsExactly("number 3 is missing");
  }

  @Test
  void parse_blank_isEmpty() {
    assertThat(TrackerList.parse("  ").items).isEmpty();
    assertThat(TrackerList.parse("  ").numbered).isFalse();
  }

  @Test
  void roman_readsNumeralsAndRejectsWords() {
    assertThat(
            List.of(
                TrackerList.roman("iv"),
                TrackerList.roman("XII"),
                TrackerList.roman("Ix"),
                TrackerList.roman("ok")))
        .containsExactly(4, 12, 0, 0);
  }
}
