package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.metrics.rag.RagAssessment;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;

class ActionFactsTest {

  private static final LocalDate MARCH_31 = LocalDate.of(2015, 3, 31);

  @Test
  void of_action61_listsOverdueMostOverdueFirst() {
    // 6.1: 6.1.1 "Jan 2015" (59 days), 6.1.2 "15th March" (16 days), 6.1.3 done, 6.1.4 June.
    ActionFacts f =
        ActionFacts.of(
            Plymouth2015.plan().action(ActionRef.of(6, 1)).orElseThrow(),
            MilestoneClassifier.defaults(),
            MARCH_31);
    assertThat(f.overdue())
        .extracting(d -> d.milestone().ref().toString())
        .containsExactly("6.1.1", "6.1.2");
    assertThat(f.mostOverdue().orElseThrow().daysOverdue()).isEqualTo(59);
    assertThat(f.hasResolution()).isTrue();
    assertThat(f.counts()).isEqualTo(StateCounts.of(1, 2, 0, 1, 0));
    assertThat(f.due()).isEmpty();
    assertThat(f.asOf()).isEqualTo(MARCH_31);
  }

  @Test
  void of_action161_countsDueMilestonesWithNoStatus() {
    // 16.1: three "Apr-15" milestones, one in progress and two with no status.
    ActionFacts f =
        ActionFacts.of(
            Plymouth2015.plan().action(ActionRef.of(16, 1)).orElseThrow(),
            MilestoneClassifier.defaults(),
            MARCH_31);
    assertThat(f.due()).hasSize(3);
    assertThat(f.dueNotStarted()).isEqualTo(2);
    assertThat(f.due().get(0).daysRemaining()).isEqualTo(30);
    assertThat(f.mostOverdue()).isEmpty();
  }

  @Test
  void property_expectedPercentMatchesExpectedProgress() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) ->
                plan.actions()
                    .forEach(
                        a ->
                            assertThat(
                                    ActionFacts.of(a, MilestoneClassifier.defaults(), asOf)
                                        .expectedPercent())
                                .isEqualTo(ExpectedProgress.of(a, asOf))));
  }

  @Test
  void property_overdueAndDueListsMatchTheCounts() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) ->
                plan.actions()
                    .forEach(
                        a -> {
                          ActionFacts f = ActionFacts.of(a, MilestoneClassifier.defaults(), asOf);
                          assertThat((long) f.overdue().size()).isEqualTo(f.counts().overdue());
                          assertThat((long) f.due().size()).isEqualTo(f.counts().due());
                          f.overdue().forEach(d -> assertThat(d.deadline()).isBefore(asOf));
                          assertThat(f.dueNotStarted()).isLessThanOrEqualTo(f.due().size());
                        }));
  }

  @Test
  void property_stateAndDeadlineOfEachMilestone_areTheClassifiersJudgement() {
    MilestoneClassifier c = MilestoneClassifier.withDueWindow(14);
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) ->
                plan.actions()
                    .forEach(
                        a -> {
                          ActionFacts f = ActionFacts.of(a, c, asOf);
                          List<Milestone> ms = a.milestones();
                          for (int i = 0; i < ms.size(); i++) {
                            assertThat(f.state(i)).isEqualTo(c.state(ms.get(i), asOf));
                            assertThat(f.deadline(i)).isEqualTo(c.deadline(ms.get(i), asOf));
                          }
                        }));
  }

  @Test
  void property_overdueAndDueLists_areTheClassifiersMilestonesSortedStablyByDeadline() {
    MilestoneClassifier c = MilestoneClassifier.withDueWindow(21);
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) ->
                plan.actions()
                    .forEach(
                        a -> {
                          ActionFacts f = ActionFacts.of(a, c, asOf);
                          for (MilestoneState s :
                              List.of(MilestoneState.OVERDUE, MilestoneState.DUE)) {
                            List<DatedMilestone> expected = new ArrayList<>();
                            for (Milestone m : a.milestones()) {
                              if (c.state(m, asOf) == s) {
                                expected.add(
                                    new DatedMilestone(m, s, c.deadline(m, asOf).get(), asOf));
                              }
                            }
                            expected.sort(Comparator.comparing(DatedMilestone::deadline));
                            List<DatedMilestone> actual =
                                s == MilestoneState.OVERDUE ? f.overdue() : f.due();
                            assertThat(actual).isEqualTo(expected);
                            assertThat(actual).hasSameHashCodeAs(expected);
                          }
                          assertThat(f.mostOverdue()).isEqualTo(f.overdue().stream().findFirst());
                          assertThatThrownBy(() -> f.overdue().get(f.overdue().size()))
                              .isInstanceOf(IndexOutOfBoundsException.class);
                        }));
  }

  @Test
  void property_targetSummaryAndResolution_areTheMilestonesOwn() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates(), TestPlans.dates())
        .checkAssert(
            (plan, asOf, date) ->
                plan.actions()
                    .forEach(
                        a -> {
                          ActionFacts f = ActionFacts.of(a, MilestoneClassifier.defaults(), asOf);
                          for (TargetKind k : TargetKind.values()) {
                            assertThat(f.hasTargetOf(k))
                                .isEqualTo(
                                    a.milestones().stream().anyMatch(m -> m.target().kind() == k));
                          }
                          // The plan's own period start, as the rule asks, and any other day.
                          for (LocalDate d :
                              List.of(date, plan.period().map(DateRange::start).orElse(asOf))) {
                            assertThat(f.anyTargetEndsBefore(d))
                                .isEqualTo(a.milestones().stream().anyMatch(m -> endsBefore(m, d)));
                          }
                          assertThat(f.hasResolution()).isEqualTo(a.resolution().isPresent());
                        }));
  }

  @Test
  void targetQueries_rejectNull_namingTheParameter() {
    ActionFacts f =
        ActionFacts.of(
            Plymouth2015.plan().actions().findFirst().orElseThrow(),
            MilestoneClassifier.defaults(),
            MARCH_31);
    assertThatThrownBy(() -> f.hasTargetOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> f.anyTargetEndsBefore(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  private static boolean endsBefore(Milestone m, LocalDate d) {
    List<DateRange> periods = m.target().periods();
    return !periods.isEmpty() && periods.get(periods.size() - 1).end().isBefore(d);
  }

  @Test
  void property_inPlanOrder_ignoresTheOrderOfTheMap() {
    qt().withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              Map<ActionRef, ActionFacts> inOrder = facts(plan, asOf);
              List<ActionRef> reversedKeys = new ArrayList<>(inOrder.keySet());
              Collections.reverse(reversedKeys);
              Map<ActionRef, ActionFacts> reversed = new LinkedHashMap<>();
              reversedKeys.forEach(k -> reversed.put(k, inOrder.get(k)));

              List<ActionFacts> walked = ActionFacts.inPlanOrder(plan, reversed);
              assertThat(walked).containsExactlyElementsOf(inOrder.values());
              assertThat(walked)
                  .extracting(ActionFacts::action)
                  .containsExactlyElementsOf(plan.actions().toList());
              assertThat(PlanProgress.ofFacts(plan, reversed, asOf).actions())
                  .isEqualTo(PlanProgress.ofFacts(plan, inOrder, asOf).actions());
              RagAssessment fromReversed = RagAssessment.of(plan, reversed, RagPolicy.defaults());
              RagAssessment fromInOrder = RagAssessment.of(plan, inOrder, RagPolicy.defaults());
              assertThat(fromReversed.actions()).isEqualTo(fromInOrder.actions());
              assertThat(fromReversed.disagreements()).isEqualTo(fromInOrder.disagreements());
            });
  }

  @Test
  void inPlanOrder_actionWithoutFacts_namesIt() {
    ImprovementPlan plan = Plymouth2015.plan();
    Map<ActionRef, ActionFacts> facts = facts(plan, MARCH_31);
    facts.remove(ActionRef.of(6, 1));
    assertThatThrownBy(() -> ActionFacts.inPlanOrder(plan, facts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no facts were gathered for action 6.1");
  }

  private static Map<ActionRef, ActionFacts> facts(ImprovementPlan plan, LocalDate asOf) {
    Map<ActionRef, ActionFacts> facts = new LinkedHashMap<>();
    for (Action a : plan.actions().toList()) {
      facts.put(a.ref(), ActionFacts.of(a, MilestoneClassifier.defaults(), asOf));
    }
    return facts;
  }
}
