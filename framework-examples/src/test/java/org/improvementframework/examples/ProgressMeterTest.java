package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  @Test
  void line_countsTheBytesReadThroughTheMeter() throws Exception {
    StringWriter err = new StringWriter();
    long size = 2 * ProgressMeter.MIN_BYTES;
    try (ProgressMeter meter =
        ProgressMeter.start(new PrintWriter(err), "reading x.json", size, Duration.ofHours(1))) {
      InputStream in = meter.count(new ByteArrayInputStream(new byte[(int) size]));
      in.readNBytes((int) ProgressMeter.MIN_BYTES);

      assertThat(meter.line()).startsWith("reading x.json: 50% (0.3 of 0.5 MB), ");
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void line_countsTheRowsReadThroughTheMeter() throws Exception {
    List<TableRow> rows = new ArrayList<>();
    for (int i = 1; i <= 1234; i++) {
      rows.add(new TableRow("big.xlsx", "Plan", i, List.of("row " + i), false));
    }
    try (ProgressMeter meter =
            ProgressMeter.step(
                new PrintWriter(new StringWriter()),
                "reading big.xlsx",
                true,
                Duration.ofHours(1));
        TableReader reader = meter.count(TableReader.of(rows))) {
      for (int i = 0; i < 1000; i++) {
        assertThat(reader.next()).isPresent();
      }
      assertThat(meter.line()).startsWith("reading big.xlsx: 1,000 rows read, ");
    }
  }

  @Test
  void close_afterTicks_saysDone() {
    StringWriter err = new StringWriter();
    try (ProgressMeter meter =
        ProgressMeter.step(
            new PrintWriter(err), "working out the report", true, Duration.ofHours(1))) {
      meter.tick();
    }
    assertThat(err.toString()).startsWith("working out the report: ").contains("\ndone in ");
  }

  @Test
  void start_smallInput_staysSilentEvenWithNoDelay() throws Exception {
    StringWriter err = new StringWriter();
    ProgressMeter meter =
        ProgressMeter.start(new PrintWriter(err), "reading y.json", 100, Duration.ZERO);
    Thread.sleep(50);
    meter.close();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void close_largeInputPastTheDelay_showsALineEvenIfTheTimerNeverRan() {
    StringWriter err = new StringWriter();
    ProgressMeter meter =
        ProgressMeter.start(
            new PrintWriter(err), "reading z.json", ProgressMeter.MIN_BYTES, Duration.ZERO);
    meter.close();

    assertThat(err.toString())
        .startsWith("reading z.json: 0% (0.0 of 0.3 MB), ")
        .contains("\ndone in ");
  }
}
