package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import java.nio.file.Path;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.model.ImprovementPlan;

/**
 * The code examples of docs/io-tracker.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class IoTrackerDocExamples {

  void trackerImporter() throws Exception {
    // tag::tracker-importer[]
    ReadResult<ImprovementPlan> result =
        TrackerImporter.read(Path.of("tracker-march-2015.txt"), TrackerOptions.defaults());
    ImprovementPlan plan = result.value();
    for (ReadWarning w : result.warnings()) {
      System.out.println(w); // tracker-march-2015.txt, row 12, column 'RAG': a '4' in the RAG column '4': read as A (amber)...
    }
    // end::tracker-importer[]
  }
}
// spotless:on
