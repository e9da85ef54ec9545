package org.improvementframework.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.StrictUtf8Reader;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader behind {@link CsvTables}: the guard that re-reads tab-separated text whose
 * quotes swallowed rows, the row it names for bytes that are not UTF-8, the first row's
 * locations, and the UTF-8 checks of {@link CsvTables#decode} against the JDK's decoder.
 */
class CsvRowsMutationTest {

  private static final CsvOptions TSV = CsvOptions.defaults().withDelimiter('\t');

  private static List<List<String>> cells(CsvTables.Table t) {
    return t.rows().stream().map(TableRow::cells).toList();
  }

  // ------------------------------------------------------------ swallowed rows

  @Test
  void tsv_quotedCellWithATabOnOneLine_isOneCellWithoutWarning() {
    CsvTables.Table t = CsvTables.read("name\tnote\nA\t\"x\ty\"\nB\tz\n", "t.tsv", TSV);

    assertThat(cells(t))
        .containsExactly(List.of("name", "note"), List.of("A", "x\ty"), List.of("B", "z"));
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void tsv_quotedCellOverLinesWithoutATab_isOneCellWithoutWarning() {
    CsvTables.Table t =
        CsvTables.read("name\tnote\nA\t\"line one\nline two\nline three\"\nB\tz\n", "t.tsv", TSV);

    assertThat(cells(t))
        .containsExactly(
            List.of("name", "note"),
            List.of("A", "line one\nline two\nline three"),
            List.of("B", "z"));
    assertThat(t.rows()).extracting(TableRow::number).containsExactly(1L, 2L, 5L);
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void tsv_quoteThatSwallowedRowsBeginningWithATab_isReadAgainWithQuotesAsText() {
    CsvTables.Table t =
        CsvTables.read("name\tnote\nA\t\"\tstart\nmiddle\nend\"\nB\tz\n", "t.tsv", TSV);

    assertThat(cells(t))
        .containsExactly(
            List.of("name", "note"),
            List.of("A", "\"", "start"),
            List.of("middle"),
            List.of("end\""),
            List.of("B", "z"));
    assertThat(t.warnings().get(0))
        .isEqualTo(
            ReadWarning.of(
                InputLocation.builder().source("t.tsv").row(2).build(),
                "a quote in tab-separated text would join rows into one cell",
                "",
                "read every quote of the input as text"));
    assertThat(t.warnings()).hasSize(3);
  }

  @Test
  void tsv_quoteThatDoesNotQuoteAWholeCell_isReadAgainWithQuotesAsText() {
    CsvTables.Table t = CsvTables.read("name\tnote\nA\t\"x\"y\tz\n", "t.tsv", TSV);

    assertThat(cells(t)).containsExactly(List.of("name", "note"), List.of("A", "\"x\"y", "z"));
    assertThat(t.warnings().get(0).problem())
        .isEqualTo("a quote in tab-separated text does not quote a whole cell");
    assertThat(t.warnings().get(0).row()).hasValue(2);
  }

  @Test
  void csv_quoteThatDoesNotQuoteAWholeCell_isMalformedAtItsCell() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> CsvTables.read("a,b\nc,\"d\"e\n", "m.csv", CsvOptions.defaults()));

    assertThat(e.problem()).startsWith("malformed CSV: ");
    assertThat(e.location().source()).hasValue("m.csv");
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.expected())
        .hasValue(
            "cells separated by the delimiter, quotes closed before the end of the cell (or read"
                + " quotes as text)");
  }

  // ------------------------------------------------------------ first row

  @Test
  void firstRow_unterminatedQuote_namesRowOneAndItsCell() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> CsvTables.read("a,\"b\n", "q.csv", CsvOptions.defaults()));

    assertThat(e.problem()).isEqualTo("unterminated quoted cell (is the file truncated?)");
    assertThat(e.location()).isEqualTo(InputLocation.ofCell("q.csv", 1, "B"));
  }

  @Test
  void firstRow_cellFarOverTheLimit_isRefusedAtRowOne() {
    CsvOptions options =
        CsvOptions.defaults().withLimits(InputLimits.defaults().withMaxCellChars(5));

    InputLimitException far =
        catchThrowableOfType(
            InputLimitException.class,
            () -> CsvTables.read("abcdefghijklmnop,b\n", "c.csv", options));
    InputLimitException justOver =
        catchThrowableOfType(
            InputLimitException.class, () -> CsvTables.read("x,abcdef\n", "c.csv", options));

    assertThat(far.location().row()).hasValue(1);
    assertThat(far.limit()).isEqualTo(5);
    assertThat(justOver.location()).isEqualTo(InputLocation.ofCell("c.csv", 1, "B"));
  }

  @Test
  void nulAtTheStartOfACell_isRefusedAtItsCell() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> CsvTables.read("a,b\nc,\u0000d\n", "n.csv", CsvOptions.defaults()));

    assertThat(e.location()).isEqualTo(InputLocation.ofCell("n.csv", 2, "B"));
  }

  @Test
  void close_closesTheReaderItWasGiven() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    StringReader in =
        new StringReader("a,b\nc,d\ne,f\n") {
          @Override
          public void close() {
            closed.set(true);
            super.close();
          }
        };

    TableReader rows = CsvTables.open(in, "c.csv", CsvOptions.defaults());
    assertThat(rows.next()).isPresent();
    assertThat(closed).isFalse();
    rows.close();

    assertThat(closed).isTrue();
  }

  // ------------------------------------------------------------ bytes that are not UTF-8

  /** Reads UTF-8 bytes strictly, as a file is read, and returns the error's row. */
  private static long badBytesRow(byte[] bytes, CsvOptions options) {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> {
              try (TableReader r =
                  CsvTables.open(
                      new StrictUtf8Reader(new ByteArrayInputStream(bytes)), "b.csv", options)) {
                for (Optional<TableRow> row = r.next(); row.isPresent(); row = r.next()) {
                  // read on to the bad bytes
                }
              }
            });
    assertThat(e).as("an error for bytes that are not UTF-8").isNotNull();
    assertThat(e.problem())
        .isEqualTo("the input is not valid UTF-8 (is it Windows-1252 or Latin-1 text?)");
    assertThat(e.location().column()).isEmpty();
    return e.location().row().orElseThrow();
  }

  private static byte[] withBadByte(String ascii, int at) {
    byte[] a = ascii.getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[a.length + 1];
    System.arraycopy(a, 0, bytes, 0, at);
    bytes[at] = (byte) 0xE9;
    System.arraycopy(a, at, bytes, at + 1, a.length - at);
    return bytes;
  }

  @Test
  void badBytes_inTheFirstRow_midRowAndAtTheStartOfARow_nameThatRow() {
    // (a bad first byte fails while the byte order mark is looked for, before any row)
    String csv = "ab,cd\nef,gh\nij,kl\n";
    CsvOptions options = CsvOptions.defaults().withDelimiter(',');

    assertThat(badBytesRow(withBadByte(csv, 1), options)).isEqualTo(1);
    assertThat(badBytesRow(withBadByte(csv, 4), options)).isEqualTo(1);
    assertThat(badBytesRow(withBadByte(csv, 6), options)).isEqualTo(2);
    assertThat(badBytesRow(withBadByte(csv, 10), options)).isEqualTo(2);
    assertThat(badBytesRow(withBadByte(csv, 12), options)).isEqualTo(3);
    assertThat(badBytesRow(withBadByte(csv, 18), options)).isEqualTo(4);
  }

  @Test
  void badBytes_afterAQuotedCellOverTwoLines_nameTheLineOrTheRecord() {
    String csv = "h,n\n\"x\ny\",1\nz,w\n";
    int at = csv.indexOf('w');
    CsvOptions lines = CsvOptions.defaults().withDelimiter(',');

    assertThat(badBytesRow(withBadByte(csv, at), lines)).isEqualTo(4);
    assertThat(
            badBytesRow(withBadByte(csv, at), lines.withNumbering(CsvOptions.RowNumbering.RECORDS)))
        .isEqualTo(3);
    int next = csv.length();
    assertThat(badBytesRow(withBadByte(csv, next), lines)).isEqualTo(5);
    assertThat(
            badBytesRow(
                withBadByte(csv, next), lines.withNumbering(CsvOptions.RowNumbering.RECORDS)))
        .isEqualTo(4);
  }

  /**
   * Rows of plain cells, as wide as the header, with one bad byte anywhere after the first: the
   * error names the line the byte is on, under both numberings (without quotes, a record is a
   * line). A row shorter than the header is left out: see docs/reliability.md §7.
   */
  @Test
  void badBytes_anywhereInRowsAsWideAsTheHeader_nameTheLineTheyAreOn() {
    String[] pool = {"x", "yy", ""};
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 8)).ofSizeBetween(0, 6), integers().all())
        .checkAssert(
            (idx, where) -> {
              StringBuilder sb = new StringBuilder("h,h\n");
              idx.forEach(i -> sb.append(pool[i / 3]).append(',').append(pool[i % 3]).append('\n'));
              String csv = sb.toString();
              int at = 1 + Math.floorMod(where, csv.length());
              long line = 1 + csv.substring(0, at).chars().filter(c -> c == '\n').count();
              CsvOptions options = CsvOptions.defaults().withDelimiter(',');

              assertThat(badBytesRow(withBadByte(csv, at), options)).isEqualTo(line);
              assertThat(
                      badBytesRow(
                          withBadByte(csv, at),
                          options.withNumbering(CsvOptions.RowNumbering.RECORDS)))
                  .isEqualTo(line);
            });
  }

  // ------------------------------------------------------------ decoding

  private static final int[] BYTES = {
    0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0,
    0xF4, 0xF5, 0xFF
  };

  /** Where the JDK's strict decoder finds the first malformed byte, or -1 if none. */
  private static int jdkFirstBad(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult r = d.decode(in, out, true);
    return r.isError() ? in.position() : -1;
  }

  /**
   * Any bytes drawn near the edges of UTF-8's ranges: valid ones decode without a warning; others
   * are read as Windows-1252 with a warning naming the byte where the JDK's decoder stops and its
   * line.
   */
  @Test
  void decode_anyBytes_nameTheFirstByteTheJdkRefusesAndItsLine() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 10))
        .checkAssert(
            idx -> {
              ByteArrayOutputStream b = new ByteArrayOutputStream();
              idx.forEach(i -> b.write(BYTES[i]));
              byte[] bytes = b.toByteArray();
              if (bytes.length > 0 && (bytes[0] & 0xFF) == 0xEF) {
                return; // possibly a byte order mark, which decides the encoding
              }
              int bad = jdkFirstBad(bytes);
              List<ReadWarning> warnings = new ArrayList<>();

              String text = CsvTables.decode(bytes, null, "d.csv", warnings);

              if (bad < 0) {
                assertThat(text).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
                assertThat(warnings).isEmpty();
              } else {
                long line = 1;
                for (int i = 0; i < bad; i++) {
                  line += bytes[i] == '\n' ? 1 : 0;
                }
                long onLine = line;
                assertThat(warnings)
                    .singleElement()
                    .satisfies(
                        w -> {
                          assertThat(w.problem())
                              .isEqualTo("bytes are not valid UTF-8, first at byte " + bad);
                          assertThat(w.location().line()).hasValue(onLine);
                        });
              }
            });
  }

  @Test
  void decode_encodedSurrogatesAndOverlongForms_nameTheirFirstByte() {
    assertThat(CsvTablesEdgeTest.badByte(0x41, 0x0A, 0xED, 0xA0, 0x80, 0x41)).isEqualTo(2);
    assertThat(CsvTablesEdgeTest.badByte(0xE0, 0x80, 0x80)).isZero();
    assertThat(CsvTablesEdgeTest.badByte(0x41, 0xF0, 0x80, 0x80, 0x80)).isEqualTo(1);
    assertThat(CsvTablesEdgeTest.badByte(0xF4, 0x90, 0x80, 0x80)).isZero();
  }
}
