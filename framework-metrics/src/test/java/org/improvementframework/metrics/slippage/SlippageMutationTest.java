package org.improvementframework.metrics.slippage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Changes of words between two reports: each changed field reported once, nothing else. */
class SlippageMutationTest {

  private static final ActionRef A = ActionRef.of(5, 3);

  /** The fields whose words may change, and the reference each change is reported against. */
  private static final List<String> FIELDS =
      List.of("title", "leads", "description", "resolution", "milestone", "target");

  /** A report in which the fields whose bit is set in {@code changed} have other words. */
  private static ImprovementPlan report(LocalDate asAt, int changed) {
    boolean[] c = new boolean[FIELDS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = (changed & (1 << i)) != 0;
    }
    return ImprovementPlan.builder()
        .title("Plan")
        .asAt(asAt)
        .addAreas(
            Area.builder()
                .ref(AreaRef.of(5))
                .title(c[0] ? "Stable workforce" : "Workforce")
                .addLeads("Ada Penhale")
                .addLeads(c[1] ? "Tom Vosper" : "Kit Brendon")
                .addActions(
                    Action.builder()
                        .ref(A)
                        .description(c[2] ? "Recruit twelve social workers" : "Recruit")
                        .resolution(c[3] ? "Rescheduled to May" : "Rescheduled")
                        .addMilestones(
                            Milestone.builder()
                                .ref(A.milestone(1))
                                .description(c[4] ? "Adverts placed in print" : "Adverts placed")
                                .target(Target.parse(c[5] ? "April 2015" : "Apr-15"))
                                .status(Status.IN_PROGRESS)
                                .build())
                        .build())
                .build())
        .build();
  }

  @Test
  void property_eachChangedFieldIsOneTextChange_andNothingElse() {
    qt().forAll(
            SourceDSL.integers().between(0, (1 << FIELDS.size()) - 1),
            SourceDSL.integers().between(0, (1 << FIELDS.size()) - 1))
        .checkAssert(
            (before, after) -> {
              Slippage s =
                  Slippage.between(
                      report(LocalDate.of(2015, 2, 28), before),
                      report(LocalDate.of(2015, 3, 31), after),
                      RagPolicy.defaults());
              List<String> expected = new ArrayList<>();
              for (int i = 0; i < FIELDS.size(); i++) {
                if (((before ^ after) & (1 << i)) != 0) {
                  expected.add(i == 4 ? "description" : FIELDS.get(i));
                }
              }
              assertThat(s.changes()).allMatch(x -> x.kind() == ChangeKind.TEXT_CHANGED);
              assertThat(s.changes()).extracting(Change::field).containsExactlyElementsOf(expected);
              assertThat(s.isEmpty()).isEqualTo(expected.isEmpty());
              assertThat(s.count(ChangeKind.TEXT_CHANGED)).isEqualTo(expected.size());
            });
  }

  @Test
  void between_targetRewordedForTheSameMonth_isATextChangeOfTheTarget() {
    Slippage s =
        Slippage.between(
            report(LocalDate.of(2015, 2, 28), 0),
            report(LocalDate.of(2015, 3, 31), 1 << 5),
            RagPolicy.defaults());
    assertThat(s.changes())
        .extracting(Change::message)
        .containsExactly("5.3.1 target changed: 'Apr-15' -> 'April 2015'");
    assertThat(s.isEmpty()).isFalse();
  }

  @Test
  void between_leadsChanged_joinsThemWithSlashes() {
    Slippage s =
        Slippage.between(
            report(LocalDate.of(2015, 2, 28), 0),
            report(LocalDate.of(2015, 3, 31), 1 << 1),
            RagPolicy.defaults());
    assertThat(s.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.ref()).isEqualTo(AreaRef.of(5));
              assertThat(c.before()).isEqualTo("Ada Penhale/Kit Brendon");
              assertThat(c.after()).isEqualTo("Ada Penhale/Tom Vosper");
            });
  }

  @Test
  void history_outOfOrder_namesTheIndexOfBothReports() {
    List<ImprovementPlan> reports =
        List.of(
            report(LocalDate.of(2015, 1, 31), 0),
            report(LocalDate.of(2015, 3, 31), 0),
            report(LocalDate.of(2015, 3, 31), 1));
    assertThatThrownBy(() -> SlippageHistory.of(reports, RagPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reports must be in date order, but report 2 (as at 2015-03-31) does not follow"
                + " report 1 (as at 2015-03-31)");
  }
}
