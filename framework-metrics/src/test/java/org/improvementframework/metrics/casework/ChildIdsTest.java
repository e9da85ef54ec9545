package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The id table numbers ids as a map from string to first-appearance index would, whatever the
 * ids' characters and whether they come as strings or as other character sequences, and gives
 * every id back unchanged.
 */
class ChildIdsTest {

  @Test
  void number_isTheIndexOfFirstAppearance_andIdGivesTheIdBack() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(strings().allPossible().ofLengthBetween(1, 12).map(s -> "x" + s))
                .ofSizeBetween(0, 400),
            integers().between(1, 20))
        .checkAssert(
            (drawn, repeat) -> {
              // repeats so that most lookups find an id already numbered, as in real files
              List<String> ids = new ArrayList<>();
              for (int i = 0; i < drawn.size(); i++) {
                ids.add(drawn.get(i));
                ids.add(drawn.get((i * repeat) % drawn.size()));
              }
              ChildIds table = new ChildIds();
              Map<String, Integer> expected = new LinkedHashMap<>();
              for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                expected.putIfAbsent(id, expected.size());
                CharSequence asked = i % 2 == 0 ? id : new StringBuilder(id);
                assertThat(table.number(asked)).isEqualTo(expected.get(id));
              }
              assertThat(table.size()).isEqualTo(expected.size());
              expected.forEach((id, n) -> assertThat(table.id(n)).isEqualTo(id));
              int[] rank = table.ranks();
              String[] byRank = table.inRankOrder(rank);
              assertThat(byRank).isSorted().containsExactlyInAnyOrderElementsOf(expected.keySet());
            });
  }

  @Test
  void longIdsAndManyIds_keepTheirNumbers() {
    ChildIds table = new ChildIds();
    String longId = "L".repeat(70_000);
    assertThat(table.number(longId)).isZero();
    for (int i = 0; i < 100_000; i++) {
      assertThat(table.number("C" + i)).isEqualTo(i + 1);
    }
    assertThat(table.number(new StringBuilder(longId))).isZero();
    assertThat(table.id(0)).isEqualTo(longId);
    assertThat(table.number("C99999")).isEqualTo(100_000);
  }

  @Test
  void blankIds_areRefused_andNotNumbered() {
    ChildIds table = new ChildIds();
    assertThatThrownBy(() -> table.number(" \t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.number(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("childId");
    assertThat(table.size()).isZero();
  }
}
