package org.improvementframework.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;

class MilestoneRowsTest {

  private static final ActionRef ACTION = ActionRef.parse("2.1");

  @Test
  void rowsFindDuplicatesAndKeepOrder_asAMapByReferenceDoes() {
    // Numbers from a small range, so that duplicates are common; lists longer than the
    // scanned length, so that the index is used too.
    qt().withExamples(500)
        .forAll(
            lists()
                .of(integers().between(1, 3 * MilestoneRows.SCANNED))
                .ofSizeBetween(0, 4 * MilestoneRows.SCANNED))
        .checkAssert(
            numbers -> {
              MilestoneRows rows = new MilestoneRows();
              Map<MilestoneRef, Long> oracle = new LinkedHashMap<>();
              List<Milestone> added = new ArrayList<>();
              long row = 2;
              for (int n : numbers) {
                MilestoneRef ref = MilestoneRef.of(ACTION, n);
                Long first = oracle.get(ref);
                assertThat(rows.rowOf(n)).isEqualTo(first == null ? -1L : first);
                if (first == null) {
                  Milestone m = milestone(ref);
                  rows.add(m, row);
                  oracle.put(ref, row);
                  added.add(m);
                }
                row++;
              }
              assertThat(rows.milestones()).containsExactlyElementsOf(added);
              oracle.forEach((ref, r) -> assertThat(rows.rowOf(ref.number())).isEqualTo(r));
            });
  }

  private static Milestone milestone(MilestoneRef ref) {
    return Milestone.builder()
        .ref(ref)
        .description("Step " + ref)
        .target(Target.parse("Jun-15"))
        .status(Status.IN_PROGRESS)
        .build();
  }
}
