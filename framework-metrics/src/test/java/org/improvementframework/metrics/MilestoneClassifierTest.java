package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

class MilestoneClassifierTest {

  private static final LocalDate MARCH_31 = LocalDate.of(2015, 3, 31);

  private static Milestone milestone(Target target, Progress progress) {
    Status status =
        progress == Progress.NOT_REPORTED
            ? Status.NOT_REPORTED
            : Status.of(progress, progress.name());
    return Milestone.builder()
        .ref(MilestoneRef.of(1, 1, 1))
        .description("m")
        .target(target)
        .status(status)
        .build();
  }

  @ParameterizedTest(name = "{0} {1} as of 2015-03-31 is {2}")
  @CsvSource({
    // month target, progress, expected state (window 30 days: due up to 2015-04-30)
    "2015-02, IN_PROGRESS, OVERDUE",
    "2015-03, IN_PROGRESS, DUE",
    "2015-04, NOT_STARTED, DUE",
    "2015-05, IN_PROGRESS, NOT_DUE",
    "2015-02, COMPLETE, COMPLETE",
    "2015-02, ONGOING, COMPLETE",
    "2015-02, NOT_REPORTED, OVERDUE",
  })
  void state_monthTarget(String month, Progress progress, MilestoneState expected) {
    Milestone m = milestone(Target.ofMonth(YearMonth.parse(month)), progress);
    assertThat(MilestoneClassifier.defaults().state(m, MARCH_31)).isEqualTo(expected);
  }

  @Test
  void state_deadlineOnAsOfDate_isDueNotOverdue() {
    Milestone m = milestone(Target.ofDay(MARCH_31), Progress.IN_PROGRESS);
    assertThat(MilestoneClassifier.defaults().state(m, MARCH_31)).isEqualTo(MilestoneState.DUE);
    assertThat(MilestoneClassifier.defaults().state(m, MARCH_31.plusDays(1)))
        .isEqualTo(MilestoneState.OVERDUE);
  }

  @Test
  void state_undatedKinds_areUndated() {
    for (Target t :
        new Target[] {
          Target.none(),
          Target.unrecognised("on of now"),
          Plymouth2015.onwards("September 15 onwards", 2015, 9)
        }) {
      assertThat(MilestoneClassifier.defaults().state(milestone(t, Progress.IN_PROGRESS), MARCH_31))
          .as(t.text())
          .isEqualTo(MilestoneState.UNDATED);
    }
  }

  @Test
  void state_recurringMonthly_isJudgedByCurrentOccurrence() {
    Target t = Plymouth2015.monthly("Feb 15, thereafter monthly", 2015, 2);
    Milestone m = milestone(t, Progress.IN_PROGRESS);
    // On 10 May the current occurrence ends 31 May, within 30 days: due, never overdue.
    assertThat(MilestoneClassifier.defaults().state(m, LocalDate.of(2015, 5, 10)))
        .isEqualTo(MilestoneState.DUE);
    // Before the first occurrence, the first occurrence's end is the deadline.
    assertThat(MilestoneClassifier.defaults().state(m, LocalDate.of(2014, 12, 1)))
        .isEqualTo(MilestoneState.NOT_DUE);
  }

  @Test
  void withDueWindow_changesWhatIsDue() {
    Milestone m = milestone(Target.ofMonth(YearMonth.of(2015, 4)), Progress.IN_PROGRESS);
    assertThat(MilestoneClassifier.withDueWindow(29).state(m, MARCH_31))
        .isEqualTo(MilestoneState.NOT_DUE);
    assertThat(MilestoneClassifier.withDueWindow(30).state(m, MARCH_31))
        .isEqualTo(MilestoneState.DUE);
  }

  @Test
  void withDueWindow_negative_isRejected() {
    assertThatThrownBy(() -> MilestoneClassifier.withDueWindow(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void state_nullAsOf_namesTheParameter() {
    Milestone m = milestone(Target.none(), Progress.IN_PROGRESS);
    assertThatThrownBy(() -> MilestoneClassifier.defaults().state(m, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
  }

  @Test
  void equals_sameWindow() {
    assertThat(MilestoneClassifier.withDueWindow(7))
        .isEqualTo(MilestoneClassifier.withDueWindow(7))
        .hasSameHashCodeAs(MilestoneClassifier.withDueWindow(7))
        .isNotEqualTo(MilestoneClassifier.withDueWindow(8));
  }

  @Test
  void property_movingAsOfLater_neverTurnsOverdueBack() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates(), SourceDSL.integers().between(0, 800))
        .checkAssert(
            (ImprovementPlan plan, LocalDate asOf, Integer later) ->
                plan.milestones()
                    .forEach(
                        m -> {
                          MilestoneClassifier c = MilestoneClassifier.defaults();
                          if (c.state(m, asOf) == MilestoneState.OVERDUE) {
                            assertThat(c.state(m, asOf.plusDays(later)))
                                .as(m.ref() + " " + m.target())
                                .isEqualTo(MilestoneState.OVERDUE);
                          }
                        }));
  }

  @Test
  void property_completeExactlyWhenDone() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) ->
                plan.milestones()
                    .forEach(
                        m ->
                            assertThat(
                                    MilestoneClassifier.defaults().state(m, asOf)
                                        == MilestoneState.COMPLETE)
                                .isEqualTo(m.status().progress().isDone())));
  }
}
