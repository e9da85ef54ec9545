package org.improvementframework.metrics.slippage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;

class SlippageTest {

  private static final ActionRef A = ActionRef.of(2, 1);

  private static Milestone m(int n, String month, Status status) {
    return Milestone.builder()
        .ref(A.milestone(n))
        .description("Milestone " + n)
        .target(Target.ofMonth(YearMonth.parse(month)))
        .status(status)
        .build();
  }

  private static ImprovementPlan report(LocalDate asAt, Rag rag, Milestone... milestones) {
    return ImprovementPlan.builder()
        .title("Plan")
        .asAt(asAt)
        .addAreas(
            Area.builder()
                .ref(AreaRef.of(2))
                .title("Two")
                .addLeads("Joy Howick")
                .addActions(
                    Action.builder()
                        .ref(A)
                        .description("Supervision")
                        .reportedRag(rag)
                        .addMilestones(milestones)
                        .build())
                .build())
        .build();
  }

  @Test
  void between_februaryAndMarch_findsEachKindOfChange() {
    ImprovementPlan feb =
        report(
            LocalDate.of(2015, 2, 28),
            Rag.GREEN,
            m(1, "2015-04", Status.IN_PROGRESS),
            m(2, "2015-05", Status.COMPLETE),
            m(3, "2015-06", Status.NOT_STARTED),
            m(4, "2015-07", Status.NOT_STARTED));
    ImprovementPlan mar =
        report(
            LocalDate.of(2015, 3, 31),
            Rag.AMBER,
            m(1, "2015-06", Status.IN_PROGRESS), // 30 April -> 30 June: 61 days later
            m(2, "2015-05", Status.IN_PROGRESS), // complete -> in progress: backwards
            m(3, "2015-05", Status.IN_PROGRESS), // 30 June -> 31 May: 30 days earlier, forwards
            m(5, "2015-08", Status.NOT_STARTED)); // 2.1.4 removed, 2.1.5 added
    Slippage s = Slippage.between(feb, mar);
    assertThat(s.changes())
        .extracting(Change::message)
        .containsExactly(
            "2.1 RAG worsened: GREEN -> AMBER",
            "2.1.1 target moved 61 days later: '2015-04' -> '2015-06'",
            "2.1.2 status went backwards: 'Complete' -> 'In progress'",
            "2.1.3 target moved 30 days earlier: '2015-06' -> '2015-05'",
            "2.1.3 status went forwards: 'Not started' -> 'In progress'",
            "milestone 2.1.5 added",
            "milestone 2.1.4 removed");
    assertThat(s.of(ChangeKind.DEADLINE_LATER))
        .singleElement()
        .satisfies(c -> assertThat(c.days()).isEqualTo(61));
    assertThat(s.from()).isEqualTo(LocalDate.of(2015, 2, 28));
    assertThat(s.to()).isEqualTo(LocalDate.of(2015, 3, 31));
  }

  @Test
  void between_dateBecomingTbc_isSetOrCleared() {
    ImprovementPlan feb =
        report(LocalDate.of(2015, 2, 28), Rag.GREEN, m(1, "2015-04", Status.IN_PROGRESS));
    ImprovementPlan mar =
        TestPlans.mapMilestones(
            feb,
            x ->
                TestPlans.withTarget(
                    x, Target.builder().text("TBC").kind(TargetKind.TO_BE_CONFIRMED).build()));
    assertThat(Slippage.between(feb, mar).changes())
        .extracting(Change::kind)
        .containsExactly(ChangeKind.DEADLINE_SET_OR_CLEARED);
  }

  @Test
  void between_improvedRag_andChangedWords() {
    ImprovementPlan feb =
        report(
            LocalDate.of(2015, 2, 28),
            Rag.RED,
            m(1, "2015-04", Status.of(Progress.IN_PROGRESS, "Meeting booked")));
    ImprovementPlan mar =
        report(
            LocalDate.of(2015, 3, 31),
            Rag.AMBER,
            m(1, "2015-04", Status.of(Progress.IN_PROGRESS, "Meeting held")));
    assertThat(Slippage.between(feb, mar).changes())
        .extracting(Change::kind)
        .containsExactly(ChangeKind.RAG_IMPROVED, ChangeKind.TEXT_CHANGED);
    assertThat(Slippage.between(feb, mar).changes())
        .extracting(Change::message)
        .containsExactly(
            "2.1 RAG improved: RED -> AMBER",
            "2.1.1 status changed: 'Meeting booked' -> 'Meeting held'");
  }

  @Test
  void property_slippageOfAReportAgainstItselfIsEmpty() {
    qt().withExamples(200)
        .forAll(TestPlans.plans())
        .checkAssert(plan -> assertThat(Slippage.between(plan, plan).changes()).isEmpty());
  }

  @Test
  void property_addedAgainstEmptyCountsEveryItem() {
    qt().withExamples(100)
        .forAll(TestPlans.plans())
        .checkAssert(
            plan -> {
              ImprovementPlan empty =
                  ImprovementPlan.builder().title("Empty").asAt(plan.asAt()).build();
              Slippage s = Slippage.between(empty, plan);
              long items = plan.areas().size() + plan.actions().count() + plan.milestones().count();
              assertThat(s.count(ChangeKind.ADDED)).isEqualTo((int) items);
              assertThat(Slippage.between(plan, empty).count(ChangeKind.REMOVED))
                  .isEqualTo((int) items);
            });
  }

  @Test
  void history_givesTheSeriesOfEachKind() {
    ImprovementPlan jan =
        report(LocalDate.of(2015, 1, 31), Rag.GREEN, m(1, "2015-04", Status.IN_PROGRESS));
    ImprovementPlan feb =
        report(LocalDate.of(2015, 2, 28), Rag.GREEN, m(1, "2015-05", Status.IN_PROGRESS));
    ImprovementPlan mar =
        report(LocalDate.of(2015, 3, 31), Rag.GREEN, m(1, "2015-07", Status.IN_PROGRESS));
    ImprovementPlan apr =
        report(LocalDate.of(2015, 4, 30), Rag.GREEN, m(1, "2015-07", Status.IN_PROGRESS));
    SlippageHistory h = SlippageHistory.of(List.of(jan, feb, mar, apr), RagPolicy.defaults());
    assertThat(h.steps()).hasSize(3);
    assertThat(h.series(ChangeKind.DEADLINE_LATER)).containsExactly(1, 1, 0);
    assertThat(h.steps().get(1).of(ChangeKind.DEADLINE_LATER).get(0).days()).isEqualTo(61);
    assertThat(h.allSeries().get(ChangeKind.REMOVED)).containsExactly(0, 0, 0);
  }

  @Test
  void history_outOfOrder_isRejectedNamingTheDates() {
    ImprovementPlan jan = report(LocalDate.of(2015, 1, 31), Rag.GREEN);
    ImprovementPlan feb = report(LocalDate.of(2015, 2, 28), Rag.GREEN);
    Assertions.assertThatThrownBy(() -> SlippageHistory.of(List.of(feb, jan), RagPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2015-01-31")
        .hasMessageContaining("2015-02-28");
  }

  @Test
  void change_nullKind_namesTheParameter() {
    Assertions.assertThatThrownBy(() -> new Change(null, MilestoneRef.of(1, 1, 1), "f", "", "", 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }
}
