package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import java.nio.file.Path;
import java.time.LocalDate;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;

/**
 * The code examples of README.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class ReadmeExamples {

  void quickStart() throws Exception {
    // tag::quick-start[]
    ImprovementPlan plan = PlanJson.read(Path.of("plan.json"));          // or ExamplePlans.plymouth2015()
    MonthlyReport report = MonthlyReport.of(plan, LocalDate.of(2015, 3, 31), ReportOptions.defaults());
    System.out.println(report.states());                                 // complete, overdue, due, ...
    report.overdue().forEach(d -> System.out.println(d.milestone().ref() + " " + d.daysOverdue()));
    report.disagreements().forEach(d -> System.out.println(d.message()));
    report.findings().forEach(System.out::println);
    // end::quick-start[]
  }
}
// spotless:on
