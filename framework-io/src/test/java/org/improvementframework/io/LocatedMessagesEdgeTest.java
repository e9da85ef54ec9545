package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * The located parts of every message: what {@link InputLocation} shows of each part, and how
 * {@link PlanFormatException} puts problem, text, place, field and expectation together and keeps
 * terminal controls out of it.
 */
class LocatedMessagesEdgeTest {

  /** Locations with each part present or absent. */
  private static Gen<InputLocation> locations() {
    return lists()
        .of(integers().between(0, 2))
        .ofSize(7)
        .map(
            p -> {
              InputLocation.Builder b = InputLocation.builder();
              if (p.get(0) > 0) {
                b.source("s" + p.get(0) + ".csv");
              }
              if (p.get(1) > 0) {
                b.sheet("Sheet" + p.get(1));
              }
              b.line(p.get(2));
              b.lineColumn(p.get(3));
              b.row(p.get(4) * 10L);
              if (p.get(5) > 0) {
                b.column("C" + p.get(5));
              }
              if (p.get(6) > 0) {
                b.jsonPath("$.a[" + p.get(6) + "]");
              }
              return b.build();
            });
  }

  private static final List<UnaryOperator<InputLocation.Builder>> CHANGES =
      List.of(
          b -> b.source("other.csv"),
          b -> b.sheet("Other"),
          b -> b.line(99),
          b -> b.lineColumn(99),
          b -> b.row(99),
          b -> b.column("Other"),
          b -> b.jsonPath("$.other"));

  @Test
  void location_toBuilderRoundTrip_isEqualWithTheSameHashAndText() {
    qt().forAll(locations())
        .check(
            l -> {
              InputLocation copy = l.toBuilder().build();
              return copy.equals(l)
                  && copy.hashCode() == l.hashCode()
                  && copy.toString().equals(l.toString());
            });
  }

  @Test
  void location_changingAnyOnePart_makesItUnequal() {
    qt().forAll(locations(), integers().between(0, CHANGES.size() - 1))
        .check(
            (l, i) -> {
              InputLocation changed = CHANGES.get(i).apply(l.toBuilder()).build();
              return !changed.equals(l) && !l.equals(changed);
            });
  }

  @Test
  void location_isUnknownOnlyWithoutAnyPlacePart() {
    qt().forAll(locations())
        .check(
            l ->
                l.isUnknown()
                    == (l.source().isEmpty()
                        && l.sheet().isEmpty()
                        && l.line().isEmpty()
                        && l.row().isEmpty()
                        && l.column().isEmpty()
                        && l.jsonPath().isEmpty()));
    assertThat(InputLocation.builder().sheet("S").build().isUnknown()).isFalse();
    assertThat(InputLocation.builder().line(1).build().isUnknown()).isFalse();
    assertThat(InputLocation.builder().row(1).build().isUnknown()).isFalse();
    assertThat(InputLocation.builder().column("A").build().isUnknown()).isFalse();
    assertThat(InputLocation.builder().jsonPath("$").build().isUnknown()).isFalse();
    assertThat(InputLocation.unknown()).isEqualTo(InputLocation.unknown()).isNotEqualTo(null);
  }

  @Test
  void location_partsAtZeroAreAbsent_atOnePresent() {
    InputLocation zero = InputLocation.builder().line(0).lineColumn(0).row(0).build();
    assertThat(zero.line()).isEmpty();
    assertThat(zero.lineColumn()).isEmpty();
    assertThat(zero.row()).isEmpty();
    InputLocation one = InputLocation.builder().line(1).lineColumn(1).row(1).sheet("S").build();
    assertThat(one.line()).hasValue(1);
    assertThat(one.lineColumn()).hasValue(1);
    assertThat(one.row()).hasValue(1);
    assertThat(one.sheet()).contains("S");
    assertThat(InputLocation.ofCell("a", 1, "B").row()).hasValue(1);
    assertThatThrownBy(() -> InputLocation.ofCell("a", 0, "B"))
        .hasMessage("row must be 1 or more, not 0");
    assertThatThrownBy(() -> InputLocation.builder().row(-1).build())
        .hasMessage("row must be 0 (unknown) or more, not -1");
    assertThatThrownBy(() -> InputLocation.builder().line(-1).build())
        .hasMessage("line must be 0 (unknown) or more, not -1");
    assertThatThrownBy(() -> InputLocation.builder().lineColumn(-1).build())
        .hasMessage("lineColumn must be 0 (unknown) or more, not -1");
  }

  @Test
  void location_toString_ofEachCombination() {
    assertThat(InputLocation.builder().source("t.xlsx").sheet("Plan").row(4).column("B").build())
        .hasToString("t.xlsx, sheet 'Plan', row 4, column 'B'");
    assertThat(InputLocation.builder().sheet("Plan").build()).hasToString("sheet 'Plan'");
    assertThat(InputLocation.builder().source("p.txt").line(5).build())
        .hasToString("p.txt, line 5");
    assertThat(InputLocation.builder().source("p.txt").line(5).lineColumn(2).build())
        .hasToString("p.txt, line 5, column 2");
    assertThat(InputLocation.builder().source("p.csv").row(3).line(5).lineColumn(2).build())
        .hasToString("p.csv, row 3 (line 5, column 2)");
    assertThat(InputLocation.builder().row(3).line(5).build()).hasToString("row 3 (line 5)");
    assertThat(InputLocation.builder().jsonPath("$.a").line(2).build()).hasToString("$.a (line 2)");
    assertThat(InputLocation.builder().column("X").line(2).build())
        .hasToString("column 'X', line 2");
    assertThat(InputLocation.builder().lineColumn(4).build()).hasToString("unknown location");
  }

  @Test
  void location_withDefaultSource_keepsEveryOtherPart() {
    InputLocation l = InputLocation.builder().sheet("S").row(2).column("C").line(3).build();
    InputLocation withSource = l.withDefaultSource("d.csv");
    assertThat(withSource).isEqualTo(l.toBuilder().source("d.csv").build());
    assertThat(InputLocation.ofSource("x").withDefaultSource("y")).hasToString("x");
  }

  @Test
  void message_fieldEqualToTheColumnIsNotRepeated_anotherFieldIs() {
    InputLocation cell = InputLocation.ofCell("p.csv", 2, "Due");
    assertThat(PlanFormatException.builder("bad").at(cell).field("Due").build())
        .hasMessage("bad at p.csv, row 2, column 'Due'");
    assertThat(PlanFormatException.builder("bad").at(cell).field("due").build())
        .hasMessage("bad at p.csv, row 2, column 'Due', field 'due'");
    assertThat(PlanFormatException.builder("bad").field("due").build())
        .hasMessage("bad in field 'due'");
    assertThat(PlanFormatException.builder("bad").at(InputLocation.ofSource("f")).build())
        .hasMessage("bad at f");
    assertThat(PlanFormatException.builder("bad").text("").expected("x").build())
        .hasMessage("bad '': expected x");
  }

  @Test
  void abbreviate_keepsAHundredAndTwentyCharacters_andCountsTheRest() {
    String limit = "y".repeat(PlanFormatException.MAX_TEXT_IN_MESSAGE);
    assertThat(PlanFormatException.abbreviate(limit)).isEqualTo(limit);
    assertThat(PlanFormatException.abbreviate(limit + "z"))
        .isEqualTo(limit + "... (121 characters)");
    assertThat(PlanFormatException.abbreviate("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "31, true", "32, false", "126, false", "127, true", "159, true", "160, false",
    "8233, false", "8234, true", "8238, true", "8239, false", "8293, false", "8294, true",
    "8297, true", "8298, false", "0, true"
  })
  void visible_escapesExactlyTheControlAndBidiCharacters(int code, boolean escaped) {
    String text = "a" + (char) code + "b";
    String expected = escaped ? String.format("a\\u%04xb", code) : text;
    assertThat(PlanFormatException.visible(text)).isEqualTo(expected);
  }

  @Test
  void visible_namesLineBreaksAndTabs_andKeepsPairedSurrogates() {
    assertThat(PlanFormatException.visible("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    assertThat(PlanFormatException.visible("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    assertThat(PlanFormatException.visible("x\uD83D")).isEqualTo("x\\ud83d");
    assertThat(PlanFormatException.visible("\uD83Dx")).isEqualTo("\\ud83dx");
    assertThat(PlanFormatException.visible("\uDE00x")).isEqualTo("\\ude00x");
    assertThat(PlanFormatException.visible("x\uDE00")).isEqualTo("x\\ude00");
    assertThat(PlanFormatException.visible("\uDE00\uDE00")).isEqualTo("\\ude00\\ude00");
    String plain = "plain text";
    assertThat(PlanFormatException.visible(plain)).isSameAs(plain);
  }

  @Test
  void visible_isIdempotent_andLeavesNoControlCharacter() {
    char[] pool = {'a', '\n', '\u001b', '\u007f', '\u0085', '\u202e', '\u2066', '\uD83D', '\uDE00'};
    qt().forAll(lists().of(integers().between(0, pool.length - 1)).ofSizeBetween(0, 10))
        .check(
            idx -> {
              StringBuilder sb = new StringBuilder();
              idx.forEach(i -> sb.append(pool[i]));
              String once = PlanFormatException.visible(sb.toString());
              String rest = once.replace("\uD83D\uDE00", "");
              return PlanFormatException.visible(once).equals(once)
                  && rest.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
            });
  }

  @Test
  void messageConstructor_showsControlsButKeepsTheProblemAsGiven() {
    PlanFormatException e = new PlanFormatException("bad \u001b[31m name");
    assertThat(e).hasMessage("bad \\u001b[31m name");
    assertThat(e.problem()).isEqualTo("bad \u001b[31m name");
    assertThat(e.text()).isEmpty();
    assertThat(e.source()).isEmpty();
  }
}
