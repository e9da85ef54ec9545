package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.improvementframework.io.json.ImprovementFrameworkModule;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.io.statistics.PublishedSeries;
import org.improvementframework.io.statistics.PublishedStatistics;
import org.improvementframework.io.ReadResult;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;

/**
 * The code examples of docs/io-json-csv.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class IoJsonCsvDocExamples {

  void planJson() throws Exception {
    // tag::plan-json[]
    ImprovementPlan plan = PlanJson.read(Path.of("plan.json"));        // also InputStream, Reader, String
    PlanJson.write(plan, Path.of("copy.json"));                         // also OutputStream, Writer; write(plan) gives a String

    ReadResult<ImprovementPlan> r = PlanJson.read(Path.of("newer.json"),
        PlanJson.Options.defaults().withUnknownFieldsAsWarnings());
    r.warnings().forEach(System.err::println);   // newer.json, $.plan.areas[0].colour (line 9, column 7): unknown field 'colour': ignored the field and its value
    // end::plan-json[]
  }

  void jacksonModule(ImprovementPlan plan) throws Exception {
    // tag::jackson-module[]
    ObjectMapper mapper = new ObjectMapper().registerModule(new ImprovementFrameworkModule());
    String json = mapper.writeValueAsString(plan.areas().get(0));
    Area area = mapper.readValue(json, Area.class);
    // end::jackson-module[]
  }

  void planCsv(ImprovementPlan plan) throws Exception {
    // tag::plan-csv[]
    String csv = PlanCsv.write(plan);                          // comma, no BOM
    PlanCsv.write(plan, Path.of("plan.csv"), PlanCsv.Options.defaults()
        .withByteOrderMark(true).withDelimiter(';'));          // for Excel in a comma-decimal locale
    ImprovementPlan back = PlanCsv.read(csv);                  // back.equals(plan)
    ReadResult<ImprovementPlan> r = PlanCsv.read(Path.of("plan.csv"), PlanCsv.Options.defaults());
    // end::plan-csv[]
  }

  void publishedStatistics(Path path) throws Exception {
    // tag::published-statistics[]
    List<PublishedSeries> plymouth = PublishedStatistics.read(Path.of("care_leavers_activity.csv"),
        PublishedStatistics.Options.defaults().withLocalAuthority("E06000026")).value();
    List<PublishedSeries> allLas = PublishedStatistics.read(path,
        PublishedStatistics.Options.defaults().withGeographicLevel("Local authority")).value();
    // end::published-statistics[]
  }
}
// spotless:on
