package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.io.tracker.TrackerImporterTest.oneArea;
import static org.improvementframework.io.tracker.TrackerImporterTest.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits of each way into the importer, each at its value and one over, the messages of a
 * source that cannot be read, and the order and places of the warnings.
 */
class TrackerImporterMutationTest {

  /** A small tracker: one area, one action with two milestones, all in place. */
  private static final String TRACKER =
      oneArea(
          row(
              "Reduce workloads",
              "Staff supported",
              "Agree the caseload plan",
              "1.Draft plan 2.Agree plan",
              "1.Jan 15 2.Feb 15",
              "1.Complete 2.In progress",
              "A",
              "",
              "Caseloads"));

  private static final byte[] BYTES = TRACKER.getBytes(StandardCharsets.UTF_8);

  private static TrackerOptions limitedTo(long maxBytes) {
    return TrackerOptions.builder().maxBytes(maxBytes).source("tracker.tsv").build();
  }

  private static void assertOneAction(ReadResult<ImprovementPlan> r) {
    assertThat(r.value().actions()).hasSize(1);
    assertThat(r.value().areas().get(0).title()).isEqualTo("Ensure reasonable workloads");
  }

  @Test
  void text_atTheLimitIsRead_oneCharacterMoreIsRefused() {
    assertOneAction(TrackerImporter.read(TRACKER, limitedTo(TRACKER.length())));

    assertThatThrownBy(() -> TrackerImporter.read(TRACKER, limitedTo(TRACKER.length() - 1)))
        .isInstanceOfSatisfying(
            InputLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo(TRACKER.length() - 1);
              assertThat(e.source()).contains("tracker.tsv");
              assertThat(e.problem())
                  .isEqualTo(
                      "input too large: the input size ("
                          + TRACKER.length()
                          + " characters) exceeds the limit of "
                          + (TRACKER.length() - 1));
            });
  }

  @Test
  void reader_atTheLimitIsRead_oneCharacterMoreIsRefused() {
    assertOneAction(TrackerImporter.read(new StringReader(TRACKER), limitedTo(TRACKER.length())));

    assertThatThrownBy(
            () -> TrackerImporter.read(new StringReader(TRACKER), limitedTo(TRACKER.length() - 1)))
        .isInstanceOfSatisfying(
            InputLimitException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(
                        "input too large: the input size (more than "
                            + (TRACKER.length() - 1)
                            + " characters) exceeds the limit of "
                            + (TRACKER.length() - 1)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 8192})
  void stream_atTheLimitIsRead_oneByteMoreIsRefused_inAnyChunkSize(int chunk) {
    assertOneAction(TrackerImporter.read(chunked(BYTES, chunk), limitedTo(BYTES.length)));
    assertThatThrownBy(
            () -> TrackerImporter.read(chunked(BYTES, chunk), limitedTo(BYTES.length - 1)))
        .isInstanceOfSatisfying(
            InputLimitException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(
                        "input too large: the input size (more than "
                            + (BYTES.length - 1)
                            + " bytes) exceeds the limit of "
                            + (BYTES.length - 1)));
  }

  @Test
  void file_atTheLimitIsRead_oneByteMoreIsRefusedBeforeReading(@TempDir Path dir)
      throws IOException {
    Path file = Files.write(dir.resolve("tracker.tsv"), BYTES);

    ReadResult<ImprovementPlan> r =
        TrackerImporter.read(file, TrackerOptions.builder().maxBytes(BYTES.length).build());
    assertOneAction(r);
    assertThat(r.warnings()).allMatch(w -> w.source().equals(Optional.of(file.toString())));

    assertThatThrownBy(
            () ->
                TrackerImporter.read(
                    file, TrackerOptions.builder().maxBytes(BYTES.length - 1).build()))
        .isInstanceOfSatisfying(
            InputLimitException.class,
            e -> {
              assertThat(e.source()).contains(file.toString());
              assertThat(e.problem())
                  .isEqualTo(
                      "input too large: the file size ("
                          + BYTES.length
                          + " bytes) exceeds the limit of "
                          + (BYTES.length - 1));
            });
  }

  @Test
  void file_missing_isAnUncheckedIoExceptionNamingTheSourceOption(@TempDir Path dir) {
    Path missing = dir.resolve("gone.tsv");

    assertThatThrownBy(() -> TrackerImporter.read(missing, limitedTo(1000)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot read tracker file tracker.tsv: ")
        .hasMessageContaining("gone.tsv");
  }

  @Test
  void readerThatFails_isAnUncheckedIoExceptionNamingTheSourceIfAny() {
    assertThatThrownBy(() -> TrackerImporter.read(failingReader(), limitedTo(1000)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read tracker input tracker.tsv: disk gone");
    assertThatThrownBy(() -> TrackerImporter.read(failingReader(), TrackerOptions.defaults()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read tracker input: disk gone");
    assertThatThrownBy(() -> TrackerImporter.read(failingStream(), TrackerOptions.defaults()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read tracker input: disk gone");
  }

  @Test
  void rows_atTheRowLimitAreRead_oneRowMoreIsRefused() {
    List<TableRow> rows = tableRows("book.xlsx", 1);

    assertOneAction(
        TrackerImporter.read(rows, TrackerOptions.builder().maxRows(rows.size()).build()));
    assertThatThrownBy(
            () ->
                TrackerImporter.read(
                    rows, TrackerOptions.builder().maxRows(rows.size() - 1).build()))
        .isInstanceOfSatisfying(
            InputLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo(rows.size() - 1);
              assertThat(e.source()).contains("book.xlsx");
              assertThat(e.problem())
                  .isEqualTo(
                      "input too large: the number of rows exceeds the limit of "
                          + (rows.size() - 1));
            });
  }

  @Test
  void rows_keepTheirPhysicalNumbers_andTheFirstRowsSource() {
    // Rows of a sheet start lower down; row numbers past int are held at its largest value.
    List<TableRow> rows = tableRows("book.xlsx", 40);
    List<TableRow> far = new ArrayList<>(rows);
    far.add(TableRow.of("book.xlsx", 5_000_000_000L, List.of("Reviewed by the b\u03bfard")));

    ReadResult<ImprovementPlan> r = TrackerImporter.read(far, TrackerOptions.defaults());

    assertThat(r.warnings()).allMatch(w -> w.source().orElseThrow().equals("book.xlsx"));
    assertThat(r.warnings())
        .filteredOn(w -> w.problem().startsWith("no reporting date"))
        .singleElement()
        .satisfies(w -> assertThat(w.row()).hasValue(40));
    assertThat(r.warnings())
        .filteredOn(w -> w.problem().equals("look-alike Greek or Cyrillic letters"))
        .singleElement()
        .satisfies(w -> assertThat(w.row()).hasValue(Integer.MAX_VALUE));
  }

  @Test
  void rows_emptyList_isAnEmptyInputWithoutSource() {
    assertThatThrownBy(() -> TrackerImporter.read(List.of(), TrackerOptions.defaults()))
        .isInstanceOfSatisfying(
            PlanFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("the input is empty");
              assertThat(e.source()).isEmpty();
              assertThat(e.location().row()).isEmpty();
            });
  }

  @Test
  void warnings_comeInRowOrder_andAWarningOfNoRowHasNone() {
    // No title row: its warning has no row. The second area's header is read (and its unknown
    // label warned about) before the first area's rows, yet its warning comes after theirs.
    String text =
        String.join(
                "\n",
                row("AREA FOR IMPROVEMENT 1: Ensure reasonable workloads"),
                TrackerImporterTest.HEADER,
                row(
                    "Reduce workloads",
                    "Agree the caseload plan",
                    "1.Draft plan",
                    "1.Jan 15",
                    "1.Complete",
                    "A"),
                row("AREA FOR IMPROVEMENT 2: Improve supervision"),
                TrackerImporterTest.HEADER + "\tNotes",
                row("", "", "Audit supervision", "1.Audit", "1.Feb 15", "1.Complete", "G"))
            + "\n";

    ReadResult<ImprovementPlan> r =
        TrackerImporter.read(
            text, TrackerOptions.builder().asAt(LocalDate.of(2015, 3, 31)).build());

    List<Long> rows =
        r.warnings().stream().map(w -> w.row().orElse(0L)).collect(Collectors.toList());
    assertThat(rows).isSorted().startsWith(0L).contains(1L, 3L, 5L);
    assertThat(r.warnings())
        .filteredOn(w -> w.problem().equals("header label not recognised"))
        .singleElement()
        .satisfies(w -> assertThat(w.row()).hasValue(5));
    ReadWarning untitled = r.warnings().get(0);
    assertThat(untitled.problem()).isEqualTo("no title row before the first area");
    assertThat(untitled.row()).isEmpty();
    assertThat(untitled.column()).isEmpty();
    assertThat(untitled.action())
        .isEqualTo("titled the plan 'Improvement plan'; set TrackerOptions.title to choose");
  }

  private static List<TableRow> tableRows(String source, int firstNumber) {
    List<TableRow> rows = new ArrayList<>();
    long n = firstNumber;
    for (String line : TRACKER.split("\n", -1)) {
      if (!line.isEmpty()) {
        rows.add(TableRow.of(source, n, List.of(line.split("\t", -1))));
      }
      n++;
    }
    return rows;
  }

  private static InputStream chunked(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static Reader failingReader() {
    return new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
  }

  private static InputStream failingStream() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
  }
}
