package org.improvementframework.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.csv.PlanCsv.Column;
import org.improvementframework.io.table.CsvCursor;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;

class RepeatedCellsTest {

  /** Short texts from few letters, an apostrophe among them, so that cells repeat often. */
  private static final String[] TEXTS = {"", "a", "b", "ab", "'a", "ba", "Mar-16", "TBC"};

  @Test
  void get_givesOnlyTheValueReadFromEqualCells() {
    // Two slots for many distinct pairs: slots are shared and replaced all the time.
    qt().withExamples(500)
        .forAll(
            lists()
                .of(lists().of(integers().between(0, TEXTS.length - 1)).ofSize(2))
                .ofSizeBetween(1, 40),
            integers().between(0, 3))
        .checkAssert(
            (rows, bits) -> {
              int slots = 1 << bits;
              RepeatedCells<String> cache =
                  new RepeatedCells<>(slots, Column.TARGET, Column.STATUS);
              StringBuilder csv = new StringBuilder();
              rows.forEach(
                  r ->
                      csv.append(TEXTS[r.get(0)]).append(',').append(TEXTS[r.get(1)]).append('\n'));
              int[] index = new int[Column.values().length];
              Arrays.fill(index, 5);
              index[Column.TARGET.ordinal()] = 0;
              index[Column.STATUS.ordinal()] = 1;
              try (CsvCursor cursor =
                  CsvCursor.open(
                      new StringReader(csv.toString()),
                      "f.csv",
                      CsvOptions.defaults().withDelimiter(','))) {
                SheetRow row = new SheetRow(cursor, index);
                while (cursor.next()) {
                  // the value is the restored texts: a hit for other cells would show
                  String expected = row.text(Column.TARGET) + "|" + row.text(Column.STATUS);
                  String got = cache.get(row);
                  if (got == null) {
                    cache.put(row, expected);
                    assertThat(cache.get(row)).isEqualTo(expected);
                  } else {
                    assertThat(got).isEqualTo(expected);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void read_repeatedTargetCellsThatWarn_warnOnEveryRow() {
    Target target = Target.parse("Jun-15");
    Milestone m1 = milestone(1, target);
    Milestone m2 = milestone(2, target);
    ImprovementPlan plan =
        ImprovementPlan.builder()
            .title("Plan")
            .asAt(LocalDate.of(2015, 3, 31))
            .addAreas(
                Area.builder()
                    .ref(AreaRef.of(1))
                    .title("Area")
                    .addLeads("Lead")
                    .addActions(
                        Action.builder()
                            .ref(ActionRef.parse("1.1"))
                            .description("Act")
                            .addMilestones(m1, m2)
                            .build())
                    .build())
            .build();
    String periods = target.periods().get(0).toString();
    String csv = PlanCsv.write(plan).replace("," + periods + ",", ",\"" + periods + "\n \",");
    ReadResult<ImprovementPlan> read = PlanCsv.read(csv, PlanCsv.Options.defaults());
    assertThat(read.value()).isEqualTo(plan);
    // one warning for each row, the second row's after the first's line break
    List<Long> rows = read.warnings().stream().map(w -> w.row().orElse(-1)).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(2L);
    assertThat(rows.get(1)).isGreaterThan(2L);
    List<Milestone> milestones = read.value().milestones().toList();
    assertThat(milestones.get(0).target()).isEqualTo(milestones.get(1).target());
  }

  private static Milestone milestone(int n, Target target) {
    return Milestone.builder()
        .ref(MilestoneRef.of(ActionRef.parse("1.1"), n))
        .description("Step " + n)
        .target(target)
        .status(Status.IN_PROGRESS)
        .build();
  }
}
