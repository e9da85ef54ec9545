package org.improvementframework.metrics.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RagPolicyTest {

  private static final LocalDate AS_OF = LocalDate.of(2015, 3, 31);
  private static final ActionRef REF = ActionRef.of(2, 1);

  /** An action of milestones written as "month:progress", such as "2015-02:IN_PROGRESS". */
  private static ActionFacts facts(String resolution, String... milestones) {
    Action.Builder b = Action.builder().ref(REF).description("a");
    if (resolution != null) {
      b.resolution(resolution);
    }
    int n = 1;
    for (String m : milestones) {
      String[] p = m.split(":");
      Progress progress = Progress.valueOf(p[1]);
      b.addMilestones(
          Milestone.builder()
              .ref(REF.milestone(n++))
              .description("m")
              .target(Target.ofMonth(YearMonth.parse(p[0])))
              .status(
                  progress == Progress.NOT_REPORTED
                      ? Status.NOT_REPORTED
                      : Status.of(progress, progress.name()))
              .build());
    }
    return ActionFacts.of(b.build(), MilestoneClassifier.defaults(), AS_OF);
  }

  @ParameterizedTest(name = "{0} / resolution {1} -> {2} by {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2015-01:COMPLETE,2015-02:ONGOING | | GREEN | all-complete",
        "2015-02:IN_PROGRESS,2015-01:COMPLETE | | RED | overdue-unresolved",
        "2015-02:IN_PROGRESS | rescheduled | AMBER | overdue",
        "2015-04:NOT_STARTED | | AMBER | due-not-started",
        "2015-04:NOT_REPORTED | | AMBER | due-not-started",
        "2015-04:IN_PROGRESS | | GREEN | otherwise",
        "2015-09:NOT_STARTED | | GREEN | otherwise",
      })
  void defaults_firstMatchingRuleWins(String milestones, String resolution, Rag rag, String rule) {
    RagJudgement j = RagPolicy.defaults().judge(facts(resolution, milestones.split(",")));
    assertThat(j.rag()).isEqualTo(rag);
    assertThat(j.rule()).isEqualTo(rule);
  }

  @Test
  void defaults_overdueReason_namesTheMostOverdueMilestoneAndDays() {
    // 2.1.2 (January, 59 days) is more overdue than 2.1.1 (February, 31 days).
    RagJudgement j =
        RagPolicy.defaults().judge(facts(null, "2015-02:IN_PROGRESS", "2015-01:NOT_STARTED"));
    assertThat(j.reason())
        .isEqualTo("milestone 2.1.2 is 59 days overdue and no resolution is" + " written");
  }

  @Test
  void standard_graceDays_keepShortOverdueAmber() {
    ActionFacts f = facts(null, "2015-02:IN_PROGRESS"); // 31 days overdue
    assertThat(RagPolicy.standard(Rag.GREEN, 31).judge(f).rag()).isEqualTo(Rag.AMBER);
    assertThat(RagPolicy.standard(Rag.GREEN, 30).judge(f).rag()).isEqualTo(Rag.RED);
  }

  @Test
  void standard_blueForComplete() {
    assertThat(RagPolicy.standard(Rag.BLUE, 0).judge(facts(null, "2015-01:COMPLETE")).rag())
        .isEqualTo(Rag.BLUE);
  }

  @Test
  void withFirstRule_overridesTheDefaults() {
    RagRule stalled =
        RagRule.of("stalled", f -> f.counts().complete() == 0, Rag.RED, f -> "nothing is complete");
    RagPolicy p = RagPolicy.defaults().withFirstRule(stalled);
    assertThat(p.judge(facts(null, "2015-09:IN_PROGRESS")).rule()).isEqualTo("stalled");
    assertThat(p.rules()).hasSize(RagPolicy.defaults().rules().size() + 1);
  }

  @Test
  void of_ownRulesAndFallback() {
    RagPolicy p = RagPolicy.of(List.of(), Rag.AMBER);
    assertThat(p.judge(facts(null)).rag()).isEqualTo(Rag.AMBER);
    assertThat(p.judge(facts(null)).reason()).isEqualTo("it has no milestones");
  }

  @Test
  void withMeaning_isConfigurable() {
    RagPolicy p =
        RagPolicy.defaults()
            .withMeaning(Rag.BLUE, "re-scheduled")
            .withMeaning(Rag.AMBER, "on track");
    assertThat(p.meaning(Rag.BLUE)).isEqualTo("re-scheduled");
    assertThat(p.meaning(Rag.AMBER)).isEqualTo("on track");
    assertThat(RagPolicy.defaults().meaning(Rag.BLUE)).isEqualTo("complete");
  }

  @Test
  void withSeverity_changesWhichIsWorse() {
    assertThat(RagPolicy.defaults().worst(Rag.GREEN, Rag.BLUE)).isEqualTo(Rag.GREEN);
    RagPolicy p =
        RagPolicy.defaults().withSeverity(List.of(Rag.RED, Rag.BLUE, Rag.AMBER, Rag.GREEN));
    assertThat(p.worst(Rag.GREEN, Rag.BLUE)).isEqualTo(Rag.BLUE);
    assertThat(p.worst(Rag.AMBER, Rag.BLUE)).isEqualTo(Rag.BLUE);
  }

  @Test
  void withSeverity_missingColour_isRejected() {
    assertThatThrownBy(
            () ->
                RagPolicy.defaults().withSeverity(List.of(Rag.RED, Rag.RED, Rag.AMBER, Rag.GREEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[RED, RED, AMBER, GREEN]");
  }

  @Test
  void standard_negativeDays_isRejected() {
    assertThatThrownBy(() -> RagPolicy.standard(Rag.GREEN, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
