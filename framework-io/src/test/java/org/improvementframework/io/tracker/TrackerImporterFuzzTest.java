package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.improvementframework.io.InputFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.layout.LayoutOptions;
import org.improvementframework.io.layout.PlanTables;
import org.improvementframework.model.ImprovementPlan;

/**
 * Coverage-guided fuzzing of the council tracker importer with Jazzer, through the whole path a
 * tracker file takes: decoding, the CSV/TSV tokenizer, layout detection and the layout's reader.
 * Regression inputs and the starting corpus (small trackers of a few hundred bytes, one per
 * layout) are in {@code TrackerImporterFuzzTestInputs/<method>/} (see docs/reliability.md).
 */
class TrackerImporterFuzzTest {

  /** Built once: a fuzzing run calls the target millions of times. */
  private static final LayoutOptions OPTIONS =
      LayoutOptions.defaults().withReportingDate(LocalDate.of(2015, 3, 31));

  /**
   * Any bytes give a plan with at least one area, or an {@link InputFormatException}. The
   * reporting date is given, so that reading does not stop early at a title without a month.
   */
  @FuzzTest(maxDuration = "4m")
  void fuzzRead(byte[] data) {
    try {
      ReadResult<ImprovementPlan> result = PlanTables.read(new ByteArrayInputStream(data), OPTIONS);
      assertThat(result.value().areas()).isNotEmpty();
    } catch (InputFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
