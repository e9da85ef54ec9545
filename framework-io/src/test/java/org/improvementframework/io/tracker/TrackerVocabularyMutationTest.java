package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.improvementframework.io.tracker.TrackerTable.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which words vouch for a cut word: the rest of the document's, not the heading row's own, and of
 * a heading row only the words inside a cell (a border may have cut the first and the last).
 */
class TrackerVocabularyMutationTest {

  private static final List<String> CUT = List.of("Improve safe", "guarding practice");

  private static Row row(String... cells) {
    return new Row(7, List.of(cells));
  }

  @Test
  void joinFragments_wholeWordElsewhere_closesTheCut() {
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("safeguarding"), false);

    assertThat(v.joinFragments(CUT, row("Improve safe", "guarding practice")))
        .isEqualTo("Improve safeguarding practice");
  }

  @Test
  void joinFragments_wordUnknown_keepsTheSpace() {
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("children"), false);

    assertThat(v.joinFragments(CUT, row("x"))).isEqualTo("Improve safe guarding practice");
  }

  @Test
  void joinFragments_bothHalvesKnown_keepsTheSpace() {
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("safeguarding safe guarding"), false);

    assertThat(v.joinFragments(CUT, row("x"))).isEqualTo("Improve safe guarding practice");
  }

  @Test
  void joinFragments_oneHalfKnown_closesTheCut() {
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("safeguarding safe"), false);

    assertThat(v.joinFragments(CUT, row("x"))).isEqualTo("Improve safeguarding practice");
  }

  @Test
  void joinFragments_capitalAfterTheCut_keepsTheSpace() {
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("safeguarding"), false);

    assertThat(v.joinFragments(List.of("Improve safe", "Guarding"), row("x")))
        .isEqualTo("Improve safe Guarding");
  }

  @Test
  void joinFragments_possessive_isGlued_andBlankFragmentsSkipped() {
    TrackerVocabulary v = new TrackerVocabulary();

    assertThat(v.joinFragments(List.of(" ", "Children", "  ", "'s services"), row("x")))
        .isEqualTo("Children's services");
  }

  @Test
  void joinFragments_wordVouchedForOnlyByTheRowItself_keepsTheSpace() {
    // The heading row is counted with the rest, but its own words must not vouch for it.
    Row heading = row("a safeguarding b");
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(heading, true);

    assertThat(v.joinFragments(CUT, heading)).isEqualTo("Improve safe guarding practice");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "safeguarding x",
        "  safeguarding x",
        "x safeguarding",
        " x safeguarding",
        "x safeguarding  ",
        "  safeguarding  "
      })
  void joinFragments_wordAtTheEdgeOfAHeadingCell_isNotCountedAsTheRowsOwn(String cell) {
    // The edge word of a heading cell may be a fragment, so it is not the row's own: the count
    // of the rest of the document (here one) stands.
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("safeguarding"), false);

    assertThat(v.joinFragments(CUT, row(cell))).isEqualTo("Improve safeguarding practice");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"a safeguarding b", "  a safeguarding b", " a safeguarding bbb"})
  void joinFragments_wordInsideAHeadingCell_isTheRowsOwn(String cell) {
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("safeguarding"), false);

    assertThat(v.joinFragments(CUT, row(cell))).isEqualTo("Improve safe guarding practice");
  }

  @Test
  void add_headingRow_countsOnlyInsideWords() {
    // The heading's edge words are not counted, so they cannot vouch for a join elsewhere.
    TrackerVocabulary v = new TrackerVocabulary();
    v.add(row("safeguarding x", "y safeguarding"), true);

    assertThat(v.joinFragments(CUT, row("x"))).isEqualTo("Improve safe guarding practice");
  }
}
