package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import java.time.LocalDate;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetContext;

/**
 * The code examples of docs/targets.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class TargetsDocExamples {

  void targetParse() throws Exception {
    // tag::target-parse[]
    TargetContext ctx = TargetContext.ofReportingDate(LocalDate.of(2015, 3, 31));
    Target.parse("Apr-15", ctx).deadline();                 // 2015-04-30: a month is due at its end
    Target.parse("30th March", ctx).deadline();             // 2015-03-30
    Target.parse("Q2 15/16", ctx).deadline();               // 2015-09-30
    Target.parse("Feb 15, therafter monthly", ctx)
          .deadline(LocalDate.of(2015, 5, 10));             // 2015-05-31
    Target.read("on of now", ctx).kind();                   // UNRECOGNISED, text kept
    // end::target-parse[]
  }
}
// spotless:on
