package org.improvementframework.io.returns.ssda903;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;

/**
 * The children looked after continuously for 12 months at 31 March, rebuilt from the episodes,
 * set beside the children of the OC2 table, whose outcomes the indicators count.
 *
 * <p>The DfE's definition (data set "CLA for 12 months, conviction and health outcomes", footnote
 * 1): "Figures include children who have been continuously looked after for at least 12 months
 * as at 31 March and exclude children who were looked after under an agreed series of short term
 * placements." Read here as the public SSDA903 validator reads it (its rules 190 and 191 on
 * OC2): a period of care begun on or before the first day of the year (1 April) and not ended by
 * its last (31 March), and no episode under legal status V3 or V4 on any day of the year.
 *
 * <p>The OC2 table stays the cohort (the return's validation ties it to the episodes); where the
 * two disagree, each OC2 row of a child outside the rebuilt cohort, and each child of the rebuilt
 * cohort without an OC2 row, is a warning located by file and row, never naming the child. When
 * the return has no OC2 row at all, nothing is compared. Used by one reader, for one return.
 */
final class ContinuousCohort {

  static final String NOT_CONTINUOUS =
      "an OC2 row of a child the episodes do not show looked after continuously for 12 months"
          + " at 31 March (a period of care from 1 April or earlier, open at 31 March, no V3/V4"
          + " episode in the year)";
  static final String NO_OC2 =
      "a child the episodes show looked after continuously for 12 months at 31 March, without"
          + " an OC2 row";

  private record Row(String child, InputLocation at) {}

  private final ChildIndex children;
  private final EpisodeStore episodes;
  private final List<Row> oc2 = new ArrayList<>();
  // per child number: the first episode of the period that puts the child in the cohort, + 1
  private int[] cohort = new int[256];

  ContinuousCohort(ChildIndex children, EpisodeStore episodes) {
    this.children = children;
    this.episodes = episodes;
  }

  /** Notes an OC2 row (a few per child looked after for a year: kept whole). */
  void oc2(Ssda903Row r) {
    oc2.add(new Row(r.child(), r.location("CHILD")));
  }

  /** Notes a child the episodes put in the cohort, by the first episode of its period. */
  void continuous(int child, int episode) {
    if (child >= cohort.length) {
      cohort = Arrays.copyOf(cohort, Math.max(child + 1, cohort.length * 2));
    }
    cohort[child] = episode + 1;
  }

  /** Warns of every disagreement, OC2 rows first in the order read, then the cohort's children. */
  void finish(Consumer<ReadWarning> warnings) {
    if (oc2.isEmpty()) {
      return;
    }
    BitSet withRow = new BitSet();
    for (Row r : oc2) {
      int c = children.find(r.child());
      if (c >= 0 && c < cohort.length && cohort[c] != 0) {
        withRow.set(c);
      } else {
        warnings.accept(
            ReadWarning.of(r.at(), NOT_CONTINUOUS, "", "counted (the OC2 table is the cohort)"));
      }
    }
    for (int c = 0; c < cohort.length; c++) {
      if (cohort[c] != 0 && !withRow.get(c)) {
        int e = cohort[c] - 1;
        warnings.accept(
            ReadWarning.of(episodes.location(e, "CHILD"), NO_OC2, "", "not in the OC2 outcomes"));
      }
    }
  }
}
