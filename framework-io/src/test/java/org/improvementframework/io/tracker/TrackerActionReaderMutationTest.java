package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementframework.io.tracker.TrackerImporterTest.oneArea;
import static org.improvementframework.io.tracker.TrackerImporterTest.onlyAction;
import static org.improvementframework.io.tracker.TrackerImporterTest.read;
import static org.improvementframework.io.tracker.TrackerImporterTest.row;

import java.util.List;
import java.util.stream.Collectors;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

/**
 * The warnings of an action's reading, each with its row, column and exact words, and the
 * references gathered from every field of the action.
 */
class TrackerActionReaderMutationTest {

  /** The warnings other than the title's reporting date, as "row|column|problem|text|action". */
  private static List<String> warnings(ReadResult<ImprovementPlan> r) {
    return r.warnings().stream()
        .filter(w -> !w.problem().startsWith("no reporting date"))
        .map(TrackerActionReaderMutationTest::located)
        .collect(Collectors.toList());
  }

  private static String located(ReadWarning w) {
    return w.row().getAsLong()
        + "|"
        + w.column().orElse("")
        + "|"
        + w.problem()
        + "|"
        + w.text()
        + "|"
        + w.action();
  }

  @Test
  void noDescription_describedByItsMilestones_andWarned() {
    ReadResult<ImprovementPlan> r =
        read(
            oneArea(
                row(
                    "",
                    "",
                    "",
                    "1.Draft plan 2.Agree it",
                    "1.Jan 15 2.Feb 15",
                    "1.Complete 2.Complete",
                    "G")));

    assertThat(onlyAction(r).description()).isEqualTo("(no description) 1.Draft plan 2.Agree it");
    assertThat(warnings(r))
        .containsExactly(
            "5|Action description|action has no description||described action 1.1 as"
                + " '(no description) 1.Draft plan 2.Agree it'");
  }

  @Test
  void noDescriptionNorMilestones_isDescribedAsSuch() {
    ReadResult<ImprovementPlan> r = read(oneArea(row("", "", "", "", "", "", "G")));

    assertThat(onlyAction(r).description()).isEqualTo("(no description)");
    assertThat(warnings(r))
        .containsExactly(
            "5|Action description|action has no description||described action 1.1 as"
                + " '(no description)'");
  }

  @Test
  void milestonesWithoutTargets_areNamedInOneWarning() {
    ReadResult<ImprovementPlan> r =
        read(
            oneArea(
                row(
                    "",
                    "",
                    "Act",
                    "1.Draft 2.Agree 3.Sign",
                    "1.Jan 15",
                    "1.Complete 2.Complete 3.Complete",
                    "G")));

    assertThat(onlyAction(r).milestones()).hasSize(3);
    assertThat(warnings(r))
        .containsExactly(
            "5|TARGET DATE|no target date for milestones 2, 3|1.Jan 15|left milestones 2, 3"
                + " without a target");
  }

  @Test
  void milestoneWithoutStatus_isLeftNotReported() {
    ReadResult<ImprovementPlan> r =
        read(
            oneArea(row("", "", "Act", "1.Draft 2.Agree", "1.Jan 15 2.Feb 15", "1.Complete", "G")));

    Action action = onlyAction(r);
    assertThat(action.milestones().get(1).status().text()).isEmpty();
    assertThat(warnings(r))
        .containsExactly(
            "5|Status of milestone|no status for milestone 2|1.Complete|left milestone 2 not"
                + " reported");
  }

  @Test
  void statusWithoutStatusWords_isWarnedAndKept() {
    ReadResult<ImprovementPlan> r =
        read(oneArea(row("", "", "Act", "1.Draft", "1.Jan 15", "1.Waiting for the board", "G")));

    assertThat(onlyAction(r).milestones().get(0).status().text())
        .isEqualTo("Waiting for the board");
    assertThat(warnings(r))
        .containsExactly(
            "5|Status of milestone|status words not recognised|Waiting for the board|read as in"
                + " progress, keeping the words");
  }

  @Test
  void recognisedStatus_isNotWarned() {
    ReadResult<ImprovementPlan> r =
        read(oneArea(row("", "", "Act", "1.Draft", "1.Jan 15", "1.Complete", "G")));

    assertThat(warnings(r)).isEmpty();
  }

  @Test
  void targetNotUnderstood_isKeptAsWrittenAndWarned() {
    ReadResult<ImprovementPlan> r =
        read(oneArea(row("", "", "Act", "1.Draft", "1.whenever possible", "1.Complete", "G")));

    assertThat(onlyAction(r).milestones().get(0).target().text()).isEqualTo("whenever possible");
    assertThat(warnings(r))
        .containsExactly(
            "5|TARGET DATE|target date not understood|whenever possible|kept as written"
                + " (unrecognised) for milestone 1.1.1");
  }

  @Test
  void ragWrittenAsFour_isAmberWithANote() {
    ReadResult<ImprovementPlan> r =
        read(oneArea(row("", "", "Act", "1.Draft", "1.Jan 15", "1.Complete", "4")));

    assertThat(onlyAction(r).notes()).containsExactly("RAG written '4', read as A");
    assertThat(warnings(r))
        .containsExactly(
            "5|RAG|a '4' in the RAG column|4|read as A (amber); the written form is kept as an"
                + " action note");
  }

  @Test
  void references_areGatheredFromEveryField_exceptTheActionsOwn() {
    ReadResult<ImprovementPlan> r =
        read(
            oneArea(
                row(
                    "",
                    "",
                    "Act, see 7.1 and 1.1",
                    "1.Draft, see 2.3",
                    "1.Jan 15",
                    "1.Complete, see 5.2",
                    "G",
                    "Moved, see 6.1")));

    assertThat(onlyAction(r).dependencies())
        .containsExactlyInAnyOrder(
            ActionRef.of(7, 1), ActionRef.of(2, 3), ActionRef.of(5, 2), ActionRef.of(6, 1));
  }

  @Test
  void referenceToTheActionsOwnArea_isNoDependency() {
    ReadResult<ImprovementPlan> r =
        read(
            oneArea(
                row(
                    "",
                    "",
                    "Act (Dependency : Improvement 1)",
                    "1.Draft (Dependency : Improvement 4)",
                    "1.Jan 15",
                    "1.Complete",
                    "G")));

    assertThat(onlyAction(r).dependencies()).containsExactly(AreaRef.of(4));
  }
}
