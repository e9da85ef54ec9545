package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;

/** The order of {@link ActionFacts}' due list, and the classifier's zero-day window. */
class ActionFactsMutationTest {

  private static final LocalDate MARCH_31 = LocalDate.of(2015, 3, 31);
  private static final ActionRef REF = ActionRef.of(3, 2);

  private static Milestone milestone(int n, Target target) {
    return Milestone.builder()
        .ref(REF.milestone(n))
        .description("Step " + n)
        .target(target)
        .status(Status.IN_PROGRESS)
        .build();
  }

  @Test
  void due_writtenLatestFirst_isListedSoonestFirst() {
    Action action =
        Action.builder()
            .ref(REF)
            .description("Audit")
            .addMilestones(
                milestone(1, Target.ofDay(LocalDate.of(2015, 4, 20))),
                milestone(2, Target.ofDay(LocalDate.of(2015, 4, 2))),
                milestone(3, Target.ofDay(LocalDate.of(2015, 4, 10))))
            .build();
    ActionFacts f = ActionFacts.of(action, MilestoneClassifier.defaults(), MARCH_31);
    assertThat(f.due()).extracting(d -> d.milestone().ref().number()).containsExactly(2, 3, 1);
    assertThat(f.due()).extracting(DatedMilestone::daysRemaining).containsExactly(2L, 10L, 20L);
  }

  @Test
  void property_dueAndOverdueAreInDeadlineOrder() {
    qt().withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) ->
                plan.actions()
                    .forEach(
                        a -> {
                          ActionFacts f = ActionFacts.of(a, MilestoneClassifier.defaults(), asOf);
                          assertThat(f.due()).isSortedAccordingTo(byDeadline());
                          assertThat(f.overdue()).isSortedAccordingTo(byDeadline());
                        }));
  }

  private static Comparator<DatedMilestone> byDeadline() {
    return Comparator.comparing(DatedMilestone::deadline);
  }

  @Test
  void withDueWindow_zero_isAllowedAndDueOnlyOnTheDay() {
    MilestoneClassifier none = MilestoneClassifier.withDueWindow(0);
    assertThat(none.dueWindowDays()).isZero();
    assertThat(none.stateOf(MARCH_31, MARCH_31)).isEqualTo(MilestoneState.DUE);
    assertThat(none.stateOf(MARCH_31.plusDays(1), MARCH_31)).isEqualTo(MilestoneState.NOT_DUE);
    assertThat(none.stateOf(MARCH_31.minusDays(1), MARCH_31)).isEqualTo(MilestoneState.OVERDUE);
  }

  @Test
  void classifiers_ofDifferentWindows_differInEqualityHashAndText() {
    List<MilestoneClassifier> windows =
        List.of(
            MilestoneClassifier.withDueWindow(0),
            MilestoneClassifier.withDueWindow(7),
            MilestoneClassifier.defaults(),
            MilestoneClassifier.withDueWindow(90));
    assertThat(windows).extracting(MilestoneClassifier::hashCode).doesNotHaveDuplicates();
    assertThat(windows).doesNotHaveDuplicates();
    assertThat(MilestoneClassifier.withDueWindow(7))
        .isEqualTo(MilestoneClassifier.withDueWindow(7))
        .hasToString("MilestoneClassifier[dueWindowDays=7]");
  }

  @Test
  void state_monthTarget_isJudgedByTheMonthsEnd() {
    MilestoneClassifier c = MilestoneClassifier.defaults();
    Milestone april = milestone(1, Target.ofMonth(YearMonth.of(2015, 4)));
    assertThat(c.state(april, MARCH_31)).isEqualTo(MilestoneState.DUE);
    assertThat(c.state(april, LocalDate.of(2015, 3, 31).minusDays(1)))
        .isEqualTo(MilestoneState.NOT_DUE);
    assertThat(c.state(april, LocalDate.of(2015, 5, 1))).isEqualTo(MilestoneState.OVERDUE);
  }
}
