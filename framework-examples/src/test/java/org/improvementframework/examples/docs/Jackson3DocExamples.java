package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import org.improvementframework.jackson3.CanonicalJson;
import org.improvementframework.jackson3.ImprovementFrameworkModule;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code examples of docs/jackson3.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class Jackson3DocExamples {

  void jsonMapper(ImprovementPlan plan) throws Exception {
    // tag::json-mapper[]
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new ImprovementFrameworkModule())    // or .findAndAddModules()
        .build();
    String json = mapper.writeValueAsString(plan.areas().get(0));
    Area area = mapper.readValue(json, Area.class);
    // end::json-mapper[]
  }

  void canonicalJson(ImprovementPlan plan) throws Exception {
    // tag::canonical-json[]
    String document = CanonicalJson.write(plan);     // the bytes PlanJson.write(plan) gives
    ImprovementPlan back = CanonicalJson.read(document);
    // end::canonical-json[]
  }
}
// spotless:on
