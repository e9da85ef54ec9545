package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's quick start compiling and true: it is the first code a developer pastes. */
class ReadmeQuickStartTest {

  @Test
  void quickStart_onTheCuratedPlan_printsStatesOverdueDisagreementsAndFindings(@TempDir Path dir) {
    PlanJson.write(ExamplePlans.plymouth2015(), dir.resolve("plan.json"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    // The README's quick start, with System.out replaced by out.
    ImprovementPlan plan = PlanJson.read(dir.resolve("plan.json"));
    MonthlyReport report =
        MonthlyReport.of(plan, LocalDate.of(2015, 3, 31), ReportOptions.defaults());
    out.println(report.states());
    report.overdue().forEach(d -> out.println(d.milestone().ref() + " " + d.daysOverdue()));
    report.disagreements().forEach(d -> out.println(d.message()));
    report.findings().forEach(out::println);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report.states().overdue()).isEqualTo(6);
    assertThat(printed).contains("6.2.1 365").contains("4.1.1 59");
    assertThat(printed.lines().count())
        .isEqualTo(1 + 6 + report.disagreements().size() + report.findings().size());
  }
}
