package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import java.nio.file.Path;
import java.time.LocalDate;
import org.improvementframework.examples.embedding.CustomRules;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.ImprovementPlan;

/**
 * The code examples of docs/examples.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class ExamplesDocExamples {

  void quickStartDeveloper() throws Exception {
    // tag::quick-start-developer[]
    // Read a plan: canonical JSON, the milestone CSV, or a council's tracker export.
    ImprovementPlan plan = PlanJson.read(Path.of("plan.json"));
    ReadResult<ImprovementPlan> imported =
        TrackerImporter.read(Path.of("tracker.txt"), TrackerOptions.defaults());
    imported.warnings().forEach(System.out::println);   // row, column, text, what was done

    // Ask this month's questions, as of any date (nothing reads the clock).
    MonthlyReport report = MonthlyReport.of(plan, LocalDate.of(2015, 3, 31), ReportOptions.defaults());
    System.out.println(report.states());                // complete=16 overdue=6 due=30 notDue=53 undated=5
    report.overdue().forEach(d -> System.out.println(d.milestone().ref() + " " + d.daysOverdue()));
    report.disagreements().forEach(d -> System.out.println(d.message()));
    report.findings().forEach(System.out::println);

    // Store it.
    PlanJson.write(plan, Path.of("copy.json"));
    PlanCsv.write(plan, Path.of("copy.csv"), PlanCsv.Options.defaults());
    // end::quick-start-developer[]
  }

  void customRules(ImprovementPlan plan, LocalDate asOf) throws Exception {
    // tag::custom-rules[]
    ReportOptions options = ReportOptions.defaults()
        .withRagPolicy(RagPolicy.defaults().withFirstRule(CustomRules.LONG_OVERDUE))
        .withRule(CustomRules.AREA_WITHOUT_INDICATOR);
    MonthlyReport report = MonthlyReport.of(plan, asOf, options);
    // end::custom-rules[]
  }
}
// spotless:on
