package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.returns.ssda903.EpisodeStore.Code;
import org.improvementframework.io.returns.ssda903.EpisodeStore.Day;
import org.junit.jupiter.api.Test;

class EpisodeStoreMutationTest {

  private static final LocalDate BASE = LocalDate.of(2020, 4, 1);

  private static Ssda903Row episode(long row, int decomDay, String place) {
    Map<String, String> cells =
        Map.of(
            "CHILD",
            "C" + row,
            "DECOM",
            BASE.plusDays(decomDay).toString(),
            "RNE",
            "P",
            "LS",
            "C2",
            "CIN",
            "N1",
            "PLACE",
            place,
            "DEC",
            BASE.plusDays(decomDay + 1L).toString(),
            "REC",
            "X1");
    List<Ssda903Column> columns = Ssda903Table.EPISODES.columns();
    String[] values = new String[columns.size()];
    for (int c = 0; c < values.length; c++) {
      values[c] = cells.getOrDefault(columns.get(c).name(), "");
    }
    return new Ssda903Row(Ssda903Table.EPISODES, "episodes.csv", row, values);
  }

  /** The episodes of child 0 in the order byChild gives them. */
  private static List<Integer> orderOfOneChild(List<Integer> decoms) {
    EpisodeStore s = new EpisodeStore();
    for (int i = 0; i < decoms.size(); i++) {
      s.add(0, episode(i + 2, decoms.get(i), "U1"));
    }
    int[][] grouped = s.byChild(1);
    assertThat(grouped[1]).containsExactly(0, decoms.size());
    return IntStream.of(grouped[0]).boxed().toList();
  }

  private static List<Integer> stableByDecom(List<Integer> decoms) {
    return IntStream.range(0, decoms.size())
        .boxed()
        .sorted(Comparator.comparing(decoms::get))
        .toList();
  }

  @Test
  void byChild_anyEpisodesOfOneChild_areInDecomOrderTiesInFileOrder() {
    // sizes around the switch from insertion sort (16 or fewer) to the packed-key sort
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-400, 40)).ofSizeBetween(0, 40))
        .checkAssert(d -> assertThat(orderOfOneChild(d)).isEqualTo(stableByDecom(d)));
  }

  @Test
  void byChild_sixteenAndSeventeenEpisodesInReverse_areSortedWithTiesKept() {
    for (int n : new int[] {16, 17}) {
      List<Integer> decoms = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        decoms.add((n - i) / 2);
      }
      assertThat(orderOfOneChild(decoms)).isEqualTo(stableByDecom(decoms));
    }
  }

  @Test
  void add_moreEpisodesThanTheFirstArrays_keepsEveryFieldOfEveryEpisode() {
    EpisodeStore s = new EpisodeStore();
    int n = 2_600;
    for (int e = 0; e < n; e++) {
      s.add(e % 3, episode(e + 2, e % 500, e % 2 == 0 ? "U1" : "R1"));
    }

    assertThat(s.size()).isEqualTo(n);
    for (int e : new int[] {0, 1023, 1024, 1536, n - 1}) {
      assertThat(s.child(e)).isEqualTo(e % 3);
      assertThat(s.day(Day.DECOM, e)).isEqualTo((int) BASE.plusDays(e % 500).toEpochDay());
      assertThat(s.day(Day.DEC, e)).isEqualTo((int) BASE.plusDays(e % 500 + 1L).toEpochDay());
      assertThat(s.location(e, "DEC"))
          .isEqualTo(InputLocation.ofCell("episodes.csv", e + 2L, "DEC"));
      assertThat(s.code(Code.PLACE, e)).isEqualTo(e % 2 == 0 ? "U1" : "R1");
      assertThat(s.code(Code.RNE, e)).isEqualTo("P");
      assertThat(s.code(Code.LS, e)).isEqualTo("C2");
      assertThat(s.code(Code.REC, e)).isEqualTo("X1");
    }
    int[][] grouped = s.byChild(3);
    assertThat(grouped[1]).containsExactly(0, 867, 1734, 2600);
    for (int c = 0; c < 3; c++) {
      for (int i = grouped[1][c]; i < grouped[1][c + 1]; i++) {
        assertThat(s.child(grouped[0][i])).isEqualTo(c);
        if (i > grouped[1][c]) {
          assertThat(s.day(Day.DECOM, grouped[0][i]))
              .isGreaterThanOrEqualTo(s.day(Day.DECOM, grouped[0][i - 1]));
        }
      }
    }
  }

  @Test
  void add_episodeWithoutDec_storesNone() {
    EpisodeStore s = new EpisodeStore();
    Ssda903Row r = episode(2, 0, "U1");
    String[] values = new String[Ssda903Table.EPISODES.columns().size()];
    for (int c = 0; c < values.length; c++) {
      String name = Ssda903Table.EPISODES.columns().get(c).name();
      values[c] = name.equals("DEC") || name.equals("REC") ? "" : r.value(name).orElse("");
    }
    s.add(0, new Ssda903Row(Ssda903Table.EPISODES, "e.csv", 2, values));

    assertThat(s.day(Day.DEC, 0)).isEqualTo(ChildIndex.NONE);
    assertThat(s.code(Code.REC, 0)).isEmpty();
  }
}
