package org.improvementframework.metrics.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reasons the standard RAG rules give, their edges, and rules made by {@link RagRule#of}. */
class RagPolicyMutationTest {

  private static final LocalDate AS_OF = LocalDate.of(2015, 3, 31);
  private static final ActionRef REF = ActionRef.of(4, 2);

  /** Facts of an action whose milestones are "yyyy-MM:STATUS", with an optional resolution. */
  private static ActionFacts facts(String resolution, String... milestones) {
    Action.Builder b = Action.builder().ref(REF).description("Case audits");
    if (resolution != null) {
      b.resolution(resolution);
    }
    int n = 1;
    for (String m : milestones) {
      String[] p = m.split(":");
      Status status =
          switch (p[1]) {
            case "COMPLETE" -> Status.COMPLETE;
            case "IN_PROGRESS" -> Status.IN_PROGRESS;
            case "NOT_STARTED" -> Status.NOT_STARTED;
            default -> Status.NOT_REPORTED;
          };
      b.addMilestones(
          Milestone.builder()
              .ref(REF.milestone(n++))
              .description("Step")
              .target(Target.ofMonth(YearMonth.parse(p[0])))
              .status(status)
              .build());
    }
    return ActionFacts.of(b.build(), MilestoneClassifier.defaults(), AS_OF);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2015-01:COMPLETE | - | its milestone is complete",
        "2015-01:COMPLETE,2015-06:COMPLETE | - | all 2 milestones are complete",
        "2015-02:IN_PROGRESS | moved to May | milestone 4.2.1 is 31 days overdue"
            + " with a resolution written",
        "2015-04:NOT_STARTED | - | 1 milestone is due within the window but not started",
        "2015-04:NOT_STARTED,2015-04:NOT_REPORTED | - |"
            + " 2 milestones are due within the window but not started",
      })
  void defaults_reasonSaysWhatMatched(String milestones, String resolution, String reason) {
    assertThat(RagPolicy.defaults().judge(facts(resolution, milestones.split(","))).reason())
        .isEqualTo(reason);
  }

  @Test
  void standard_overdueWithinTheGraceDays_isAmberWithoutSayingResolution() {
    RagJudgement j = RagPolicy.standard(Rag.GREEN, 40).judge(facts(null, "2015-02:IN_PROGRESS"));
    assertThat(j.rag()).isEqualTo(Rag.AMBER);
    assertThat(j.rule()).isEqualTo("overdue");
    assertThat(j.reason()).isEqualTo("milestone 4.2.1 is 31 days overdue");
  }

  @Test
  void standard_actionWithoutMilestones_isNotComplete() {
    RagJudgement j = RagPolicy.standard(Rag.BLUE, 0).judge(facts(null));
    assertThat(j.rag()).isEqualTo(Rag.GREEN);
    assertThat(j.rule()).isNotEqualTo("all-complete");
  }

  @Test
  void withFirstRule_onAPolicyWithoutRules_makesItTheOnlyRule() {
    RagRule always = RagRule.of("always-red", f -> true, Rag.RED, f -> "as the board asked");
    RagPolicy p = RagPolicy.of(List.of(), Rag.GREEN).withFirstRule(always);
    assertThat(p.rules()).containsExactly(always);
    assertThat(p.judge(facts(null)))
        .isEqualTo(new RagJudgement(Rag.RED, "always-red", "as the board asked"));
  }

  @Test
  void of_ruleHasItsIdAndShowsItsColour() {
    RagRule r = RagRule.of("stalled", f -> false, Rag.AMBER, f -> "stalled");
    assertThat(r.id()).isEqualTo("stalled");
    assertThat(r).hasToString("stalled -> AMBER");
    assertThat(r.judge(facts(null))).isEmpty();
  }

  @Test
  void property_areasAreTheAreasWithActionsEachAtItsWorstAction() {
    qt().withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              RagPolicy policy = RagPolicy.defaults();
              RagAssessment a =
                  RagAssessment.of(plan, MilestoneClassifier.defaults(), policy, asOf);
              Map<AreaRef, Rag> areas = a.areas();
              plan.areas()
                  .forEach(
                      area -> {
                        if (area.actions().isEmpty()) {
                          assertThat(areas).doesNotContainKey(area.ref());
                        } else {
                          Rag worst =
                              area.actions().stream()
                                  .map(x -> a.actions().get(x.ref()).rag())
                                  .reduce(policy::worst)
                                  .orElseThrow();
                          assertThat(areas).containsEntry(area.ref(), worst);
                          assertThat(a.area(area.ref())).contains(worst);
                        }
                      });
            });
  }
}
