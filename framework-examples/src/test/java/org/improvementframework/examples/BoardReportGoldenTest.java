package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

/**
 * The board report on the bundled 2015 plan, in its three forms, equals byte for byte what it
 * was before {@link BoardReport} was split into its text, JSON and CSV writers. The expected
 * files in {@code board/} were written by the unsplit class; a deliberate change of the report
 * regenerates them.
 */
class BoardReportGoldenTest {

  private static final ImprovementPlan PLAN = PlanInput.bundled(InputFormat.JSON).plan();

  private static String expected(String name) throws IOException {
    try (InputStream in = BoardReportGoldenTest.class.getResourceAsStream("board/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String text(BoardReport r) {
    StringWriter w = new StringWriter();
    r.writeText(new PrintWriter(w));
    return w.toString();
  }

  private static String csv(BoardReport r) {
    StringWriter w = new StringWriter();
    r.writeCsv(new PrintWriter(w));
    return w.toString();
  }

  private static String json(BoardReport r) {
    StringWriter w = new StringWriter();
    r.writeJson(w);
    return w.toString();
  }

  @Test
  void text_asAtThePlansDate_isUnchanged() throws IOException {
    BoardReport r = BoardReport.of(PLAN, PLAN.asAt(), ReportOptions.defaults(), null);

    assertThat(text(r)).isEqualTo(expected("board-report-asat.txt"));
  }

  @Test
  void allForms_threeMonthsLater_againstTheRawTracker_areUnchanged() throws IOException {
    // The raw tracker text as the previous report: its readings differ from the curated plan's,
    // so the slippage section has changes of several kinds.
    ImprovementPlan previous = PlanInput.bundled(InputFormat.TRACKER).plan();
    BoardReport r =
        BoardReport.of(PLAN, LocalDate.of(2015, 6, 30), ReportOptions.defaults(), previous);

    assertThat(text(r))
        .contains("SLIPPED SINCE THE REPORT OF")
        .isEqualTo(expected("board-report-june-previous.txt"));
    assertThat(json(r)).isEqualTo(expected("board-report-june-previous.json"));
    assertThat(csv(r)).isEqualTo(expected("board-report-june-previous.csv"));
  }
}
