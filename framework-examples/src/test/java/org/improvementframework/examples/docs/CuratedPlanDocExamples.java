package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import java.io.InputStream;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;

/**
 * The code examples of docs/curated-plan.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class CuratedPlanDocExamples {

  void bundledResource() throws Exception {
    // tag::bundled-resource[]
    try (InputStream in = PlanJson.class.getResourceAsStream(
        "/org/improvementframework/io/plans/plymouth-2015.json")) {
      ImprovementPlan plan = PlanJson.read(in);   // what ExamplePlans.plymouth2015() returns
    }
    // end::bundled-resource[]
  }
}
// spotless:on
