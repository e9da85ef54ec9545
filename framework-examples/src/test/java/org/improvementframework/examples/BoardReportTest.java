package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.improvementframework.examples.embedding.BuildPlanInCode;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardReportTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain          | plain",
        "=SUM(A1)       | '=SUM(A1)",
        "+1             | '+1",
        "-1             | '-1",
        "@cmd           | '@cmd",
        "'quoted        | ''quoted",
        "a,b            | \"a,b\"",
        "say \"hi\"     | \"say \"\"hi\"\"\""
      })
  void csvCell_neutralisesFormulasAndQuotes(String cell, String expected) {
    assertThat(BoardReportCsv.cell(cell)).isEqualTo(expected);
  }

  @Test
  void areas_reportedRagIsTheWorstOfTheActions() {
    ImprovementPlan plan = BuildPlanInCode.plan();

    BoardReport r = BoardReport.of(plan, plan.asAt(), ReportOptions.defaults(), null);

    // Area 1: actions AMBER and GREEN; area 2: GREEN.
    assertThat(r.areas().get(0).reported()).contains(Rag.AMBER);
    assertThat(r.areas().get(1).reported()).contains(Rag.GREEN);
    assertThat(r.reportedRag().get(Rag.GREEN)).isEqualTo(2);
    assertThat(r.reportedNone()).isZero();
  }

  @Test
  void writeText_smallPlan_namesTheOverdueMilestoneAndItsResolution() {
    ImprovementPlan plan = BuildPlanInCode.plan();
    StringWriter text = new StringWriter();

    BoardReport.of(plan, plan.asAt(), ReportOptions.defaults(), null)
        .writeText(new PrintWriter(text));

    assertThat(text.toString())
        .contains(
            "  1.1.2      31 days overdue (target 'Feb 15', due 2015-02-28, status: "
                + "In progress)")
        .contains("resolution: Second round of interviews booked for April")
        .contains("2 areas, 3 actions, 5 milestones");
    assertThat(text.toString().lines()).noneMatch(l -> l.endsWith(" "));
  }

  @Test
  void writeText_oneOfEach_isSingular() {
    ImprovementPlan full = BuildPlanInCode.plan();
    Area first = full.areas().get(0);
    Action action = first.actions().get(0);
    ImprovementPlan plan =
        full.withAreas(first.withActions(action.withMilestones(action.milestones().get(0))));
    StringWriter text = new StringWriter();

    BoardReport.of(plan, plan.asAt(), ReportOptions.defaults(), null)
        .writeText(new PrintWriter(text));

    assertThat(text.toString())
        .contains("  1 area, 1 action, 1 milestone\n")
        .doesNotContain("1 actions")
        .doesNotContain("1 areas")
        .doesNotContain("1 milestones");
  }
}
