package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.io.ReadResult;
import org.improvementframework.model.Action;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;

/** Plans in the layouts councils publish, each read and checked item by item. */
class LayoutFilesTest {

  static String text(String name) throws IOException {
    try (InputStream in = LayoutFilesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ReadResult<ImprovementPlan> read(String name, LayoutOptions options) throws IOException {
    try (InputStream in = LayoutFilesTest.class.getResourceAsStream(name)) {
      return PlanTables.read(in, options.withSource(name));
    }
  }

  static Action action(ImprovementPlan plan, int area, int action) {
    return plan.areas().get(area - 1).actions().get(action - 1);
  }

  @Test
  void actionRows_csv_readsEveryAreaActionAndMilestone() throws IOException {
    ReadResult<ImprovementPlan> r = read("action-rows.csv", LayoutOptions.defaults());
    ImprovementPlan plan = r.value();

    assertThat(r.warnings().get(0).action()).startsWith("read the table as layout action-rows");
    assertThat(plan.title()).startsWith("Eastmarsh Borough Council");
    assertThat(plan.asAt()).isEqualTo(LocalDate.of(2016, 10, 31));
    assertThat(plan.notes())
        .containsExactly("Owner: Director of Children's Services (Priya Lindqvist)");
    assertThat(plan.areas())
        .extracting(a -> a.number() + " " + a.title())
        .containsExactly(
            "1 Strengthen the front door and early help", "2 Improve the quality of practice");
    assertThat(plan.areas().get(0).leads()).containsExactly("Tomasz Okafor", "Helen Marsh");
    assertThat(plan.areas().get(0).actions())
        .extracting(a -> a.ref().toString())
        .containsExactly("1.1", "1.2", "1.3");
    assertThat(plan.areas().get(1).actions())
        .extracting(a -> a.ref().toString())
        .containsExactly("2.1", "2.2");
    assertThat(plan.areas())
        .flatExtracting(a -> a.actions())
        .extracting(a -> a.reportedRag().orElseThrow())
        .containsExactly(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.AMBER, Rag.GREEN);
    Action audits = action(plan, 2, 1);
    assertThat(audits.description())
        .isEqualTo("Introduce monthly practice audits (\"deep dives\") across all teams");
    Milestone m = audits.milestones().get(0);
    assertThat(m.target().deadline()).contains(LocalDate.of(2017, 3, 31));
    assertThat(m.status().progress()).isEqualTo(Progress.IN_PROGRESS);
    assertThat(m.status().text()).contains("findings reported to quality board");
    assertThat(action(plan, 1, 2).milestones().get(0).target().kind()).isEqualTo(TargetKind.MONTH);
    assertThat(action(plan, 1, 3).milestones().get(0).status().progress())
        .isEqualTo(Progress.NOT_STARTED);
    assertThat(action(plan, 2, 2).milestones().get(0).target().kind())
        .isEqualTo(TargetKind.QUARTER);
    // Exact: every area, action, milestone, lead, target, status and RAG, and nothing more.
    assertThat(PlanDump.of(plan)).isEqualTo(text("action-rows.csv.plan.txt"));
    assertThat(
            Words.dropped(
                text("action-rows.csv"),
                r,
                List.of("Ref,Action,Lead,Due date,RAG,Progress update", "Priority")))
        .isEmpty();
  }

  @Test
  void milestoneRows_csv_groupsMilestonesUnderTheirAction() throws IOException {
    ReadResult<ImprovementPlan> r = read("milestone-rows.csv", LayoutOptions.defaults());
    ImprovementPlan plan = r.value();

    assertThat(r.warnings().get(0).action())
        .startsWith("read the table as layout " + "milestone-rows");
    assertThat(plan.title()).isEqualTo("Westfold Council Children's Social Care Improvement Plan");
    assertThat(plan.asAt()).isEqualTo(LocalDate.of(2016, 6, 30));
    assertThat(plan.areas())
        .extracting(a -> a.title())
        .containsExactly("Leadership and governance", "Children in care");
    assertThat(plan.areas().get(0).actions())
        .extracting(a -> a.ref() + " " + a.milestones().size())
        .containsExactly("1.1 2", "1.2 2");
    assertThat(plan.areas().get(1).actions())
        .extracting(a -> a.ref() + " " + a.milestones().size())
        .containsExactly("2.1 2");
    Action board = action(plan, 1, 1);
    assertThat(board.milestones())
        .extracting(m -> m.ref() + " " + m.description())
        .containsExactly(
            "1.1.1 Terms of reference agreed", "1.1.2 Board meets monthly and publishes minutes");
    assertThat(board.milestones().get(1).target().kind()).isEqualTo(TargetKind.RECURRING);
    assertThat(board.milestones())
        .extracting(m -> m.status().progress())
        .containsExactly(Progress.COMPLETE, Progress.ONGOING);
    assertThat(action(plan, 1, 2).reportedRag()).contains(Rag.AMBER);
    assertThat(action(plan, 2, 1).milestones().get(0).target().kind())
        .isEqualTo(TargetKind.TO_BE_CONFIRMED);
    assertThat(plan.areas().get(0).leads()).containsExactly("Oliver Brandt", "Amara Nwosu");
    // Exact: every area, action, milestone, lead, target, status and RAG, and nothing more.
    assertThat(PlanDump.of(plan)).isEqualTo(text("milestone-rows.csv.plan.txt"));
    assertThat(
            Words.dropped(
                text("milestone-rows.csv"),
                r,
                List.of("Ref,Action,Milestone,Lead,Target date,Status,RAG", "Area")))
        .isEmpty();
  }

  @Test
  void dateHeadings_tsv_giveTheTargetsOfTheRowsBelow() throws IOException {
    ReadResult<ImprovementPlan> r = read("date-headings.tsv", LayoutOptions.defaults());
    ImprovementPlan plan = r.value();

    assertThat(r.warnings().get(0).action()).startsWith("read the table as layout date-headings");
    assertThat(plan.areas())
        .extracting(a -> a.title())
        .containsExactly("Workforce", "Quality assurance");
    assertThat(plan.areas())
        .flatExtracting(a -> a.actions())
        .extracting(a -> a.ref() + " " + a.milestones().get(0).target().text())
        .containsExactly(
            "1.1 September 2015",
            "1.2 September 2015",
            "1.3 March 2016",
            "2.1 December 2015",
            "2.2 December 2015");
    assertThat(action(plan, 1, 1).milestones().get(0).status().text())
        .isEqualTo("Strategy agreed at cabinet, ~2,000 copies circulated");
    assertThat(action(plan, 2, 2).reportedRag()).isEmpty();
    // Exact: every area, action, milestone, lead, target, status and RAG, and nothing more.
    assertThat(PlanDump.of(plan)).isEqualTo(text("date-headings.tsv.plan.txt"));
    assertThat(
            Words.dropped(
                text("date-headings.tsv"),
                r,
                List.of("Ref Action Lead RAG Progress", "Theme", "By")))
        .isEmpty();
  }

  @Test
  void pdfExtractedTsv_brokenQuotesAndWrappedCells_loseNothing() throws IOException {
    ReadResult<ImprovementPlan> r = read("pdf-extracted.tsv", LayoutOptions.defaults());
    ImprovementPlan plan = r.value();

    assertThat(plan.asAt()).isEqualTo(LocalDate.of(2016, 3, 31));
    assertThat(plan.areas())
        .extracting(a -> a.title())
        .containsExactly("Listen to children", "Permanence");
    assertThat(plan.areas())
        .flatExtracting(a -> a.actions())
        .extracting(a -> a.ref() + " " + a.reportedRag().map(Rag::letter).orElse("-"))
        .containsExactly("1.1 G", "1.2 A", "2.1 R", "2.2 -");
    assertThat(action(plan, 1, 1).description())
        .isEqualTo(
            "Commission an independent \"Mind "
                + "of My Own app for children in care to give their views");
    assertThat(action(plan, 1, 2).milestones().get(0).target().kind())
        .isEqualTo(TargetKind.RECURRING);
    assertThat(action(plan, 2, 1).milestones().get(0).status().text())
        .isEqualTo("Tracker designed but not used\"");
    assertThat(action(plan, 1, 1).milestones().get(0).status().text())
        .isEqualTo("\"App live in all teams");
    assertThat(r.warnings())
        .anyMatch(w -> w.problem().contains("quote") && w.location().row().orElse(0) == 5);
    assertThat(r.warnings())
        .anyMatch(
            w ->
                w.problem().contains("more text of the row above")
                    && w.location().row().orElse(0) == 6);
    // Exact: every area, action, milestone, lead, target, status and RAG, and nothing more.
    assertThat(PlanDump.of(plan)).isEqualTo(text("pdf-extracted.tsv.plan.txt"));
    assertThat(
            Words.dropped(
                text("pdf-extracted.tsv"),
                r,
                List.of("Ref Action Lead Due date RAG Progress update", "Priority")))
        .isEmpty();
  }

  @Test
  void reportingDate_option_winsOverTheTitle() throws IOException {
    ReadResult<ImprovementPlan> r =
        read(
            "date-headings.tsv",
            LayoutOptions.defaults().withReportingDate(LocalDate.of(2015, 9, 30)));

    assertThat(r.value().asAt()).isEqualTo(LocalDate.of(2015, 9, 30));
    assertThat(r.warnings()).noneMatch(w -> w.problem().contains("reporting date"));
  }

  @Test
  void layoutGiven_isUsedWithoutDetection() throws IOException {
    ReadResult<ImprovementPlan> r =
        read(
            "date-headings.tsv",
            LayoutOptions.defaults()
                .withLayout(PlanTables.knownLayout("action-rows").orElseThrow()));

    assertThat(r.warnings()).noneMatch(w -> w.problem().equals("no layout given"));
    assertThat(action(r.value(), 1, 3).milestones().get(0).target().text()).isEqualTo("March 2016");
  }
}
