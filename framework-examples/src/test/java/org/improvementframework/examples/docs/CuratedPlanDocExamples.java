package org.improvementframework.examples.docs;

import java.io.InputStream;
import org.improvementframework.io.PlanJson;

/**
 * The code examples of docs/curated-plan.md, compiled with the tests; {@code DocExamplesTest} checks that the
 * page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class CuratedPlanDocExamples {

  void bundledResource() throws Exception {
    // tag::bundled-resource[]
    try (InputStream in = PlanJson.class.getResourceAsStream(
        "/org/improvementframework/io/plans/plymouth-2015.json")) {
      // read it with framework-io's JSON reader (see json-format.md)
    }
    // end::bundled-resource[]
  }
}
