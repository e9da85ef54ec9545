package org.improvementframework.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.table.CsvOptions.RowNumbering;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvCursorTest {

  /** Letters, the three delimiters, quotes, both line-break characters, a space, a non-ASCII. */
  private static final String ALPHABET = "ab ,;\t\"\r\né";

  private static final Gen<List<String>> ROW =
      lists()
          .of(
              lists()
                  .of(integers().between(0, ALPHABET.length() - 1))
                  .ofSizeBetween(0, 5)
                  .map(CsvCursorTest::text))
          .ofSizeBetween(1, 4);

  @Test
  void cursor_readsTheSameRowsAsCsvTables_forAnyWellFormedCsv() {
    qt().withExamples(2000)
        .forAll(lists().of(ROW).ofSizeBetween(0, 6), integers().between(0, 63), longs().all())
        .checkAssert((rows, style, seed) -> sameAsTables(rows, style, seed, RowNumbering.LINES));
  }

  @Test
  void cursor_numbersRecordsAsCsvTables_whenAskedToCountRecords() {
    qt().withExamples(1000)
        .forAll(lists().of(ROW).ofSizeBetween(0, 6), integers().between(0, 63), longs().all())
        .checkAssert(
            (rows, style, seed) -> {
              List<TableRow> read = sameAsTables(rows, style, seed, RowNumbering.RECORDS);
              for (int i = 0; i < read.size(); i++) {
                assertThat(read.get(i).number()).isEqualTo(i + 1L);
              }
            });
  }

  /** Renders rows in a style, checks that both tokenizers read the same, gives the rows. */
  private static List<TableRow> sameAsTables(
      List<List<String>> rows, int style, long seed, RowNumbering numbering) {
    char delimiter = ",;\t".charAt(style % 3);
    String csv = render(rows, delimiter, style, new Random(seed));
    CsvOptions options = CsvOptions.defaults().withDelimiter(delimiter).withNumbering(numbering);
    List<TableRow> read = viaCursor(csv, options);
    assertThat(shown(read)).isEqualTo(shown(viaTables(csv, options)));
    return read;
  }

  @Test
  void cursor_keepsEveryCellAsWritten() {
    qt().withExamples(1000)
        .forAll(lists().of(ROW).ofSizeBetween(0, 6), longs().all())
        .checkAssert(
            (rows, seed) -> {
              // with a line break after the last row, so that a last row of one empty cell shows
              String csv = render(rows, ',', 32, new Random(seed));
              List<List<String>> read = new ArrayList<>();
              viaCursor(csv, CsvOptions.defaults().withDelimiter(','))
                  .forEach(r -> read.add(r.cells()));
              assertThat(read).isEqualTo(rows);
            });
  }

  @Test
  void byteOrderMark_beforeAQuotedHeader_isDropped_andTheCellUnquoted() {
    String csv = "\uFEFF\"child_id\",date\nA1,2024-01-01\n";
    CsvOptions options = CsvOptions.defaults();
    assertThat(viaTables(csv, options).get(0).cells()).containsExactly("child_id", "date");
    assertThat(viaCursor(csv, options).get(0).cells()).containsExactly("child_id", "date");
    assertThat(CsvTables.read(csv, "f.csv", options).rows().get(0).cells())
        .containsExactly("child_id", "date");
  }

  @Test
  void detectsTheDelimiter_asCsvTablesDoes() {
    String tsv = "a\tb\tc\n1\t2,5\t3\n";
    assertThat(viaCursor(tsv, CsvOptions.defaults()))
        .isEqualTo(viaTables(tsv, CsvOptions.defaults()));
    assertThat(viaCursor(tsv, CsvOptions.defaults()).get(1).cells())
        .containsExactly("1", "2,5", "3");
  }

  @Test
  void unterminatedQuote_isLocatedAtItsCell_withoutTheText() {
    String csv = "id,name\nA1,ok\nB2,\"Secret Name\n";
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> viaCursor(csv, CsvOptions.defaults()));
    assertThat(e.getMessage()).contains("f.csv", "row 3", "column 'B'").doesNotContain("Secret");
  }

  @Test
  void textAfterAClosingQuote_isAFormatError() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> viaCursor("a,b\n\"x\"y,z\n", CsvOptions.defaults()));
    assertThat(e.getMessage()).contains("row 2", "column 'A'");
  }

  @Test
  void limits_areAppliedWithTheirLocation() {
    InputLimits small = InputLimits.defaults().withMaxColumns(2).withMaxCellChars(4);
    CsvOptions options = CsvOptions.defaults().withDelimiter(',').withLimits(small);
    InputLimitException columns =
        catchThrowableOfType(InputLimitException.class, () -> viaCursor("a,b\nc,d,e\n", options));
    assertThat(columns.getMessage()).contains("row 2", "column 'C'");
    InputLimitException cell =
        catchThrowableOfType(InputLimitException.class, () -> viaCursor("a,b\nc,defgh\n", options));
    assertThat(cell.getMessage()).contains("row 2", "column 'B'").doesNotContain("defgh");
    InputLimitException rows =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                viaCursor(
                    "a\nb\nc\n",
                    CsvOptions.defaults().withLimits(InputLimits.defaults().withMaxRows(2))));
    assertThat(rows.getMessage()).contains("row 3");
  }

  @Test
  void nulCharacter_isRefused() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> viaCursor("a,b\nc,d\u0000\n", CsvOptions.defaults()));
    assertThat(e.getMessage()).contains("NUL", "row 2", "column 'B'");
  }

  @Test
  void text_ofAnEmptyCell_isTheOneEmptyString_andOfAnyOtherItsOwnCopy() throws IOException {
    // A reader that keeps a row's cells (PlanCsv keeps an action's first row) keeps no object
    // per empty cell.
    try (CsvCursor c =
        CsvCursor.open(new StringReader("a,,\"\",b\n"), "f.csv", CsvOptions.defaults())) {
      assertThat(c.next()).isTrue();
      assertThat(c.text(1)).isSameAs("");
      assertThat(c.text(2)).isSameAs("");
      assertThat(c.text(9)).isSameAs("");
      assertThat(c.text(0)).isEqualTo("a").isNotSameAs(c.text(0));
      assertThat(c.text(3)).isEqualTo("b");
    }
  }

  @Test
  void lenientQuotes_keepQuotesAsText_withAWarning() throws IOException {
    try (CsvCursor c =
        CsvCursor.open(
            new StringReader("a,\"b\n"), "f.csv", CsvOptions.defaults().withLenientQuotes(true))) {
      assertThat(c.next()).isTrue();
      assertThat(c.text(1)).isEqualTo("\"b");
      assertThat(c.cell(1).toString()).isEqualTo("\"b");
      assertThat(c.cell(5)).hasToString("");
      assertThat(c.warnings()).hasSize(1);
      assertThat(c.next()).isFalse();
    }
  }

  @Test
  void cursor_readsTheSameRows_whateverTheChunksTheReaderGives() {
    // Cells are scanned a buffer run at a time: a cell, a quote pair or a CRLF split between
    // two reads must read as when whole.
    qt().withExamples(1000)
        .forAll(
            lists().of(ROW).ofSizeBetween(0, 6),
            integers().between(0, 63),
            longs().all(),
            integers().between(1, 7))
        .checkAssert(
            (rows, style, seed, chunk) -> {
              char delimiter = ",;\t".charAt(style % 3);
              String csv = render(rows, delimiter, style, new Random(seed));
              CsvOptions options = CsvOptions.defaults().withDelimiter(delimiter);
              assertThat(shown(viaCursor(new ChunkedReader(csv, chunk), options)))
                  .isEqualTo(shown(viaTables(csv, options)));
            });
  }

  @Test
  void cellEquals_isTrueExactlyForTheCellsText_fromAnyOffset() {
    qt().withExamples(1000)
        .forAll(ROW, integers().between(0, 5), integers().between(0, ALPHABET.length() - 1))
        .checkAssert(
            (cells, from, extra) -> {
              String csv = render(List.of(cells), ',', 0, new Random(from));
              try (CsvCursor c =
                  CsvCursor.open(
                      new StringReader(csv), "f.csv", CsvOptions.defaults().withDelimiter(','))) {
                assertThat(c.next()).isEqualTo(!csv.isEmpty());
                for (int i = 0; i < cells.size() + 1; i++) {
                  String cell = i < cells.size() ? cells.get(i) : "";
                  int f = Math.min(from, cell.length());
                  String rest = cell.substring(f);
                  assertThat(c.cellEquals(i, f, rest)).isTrue();
                  assertThat(c.cellEquals(i, f, rest + ALPHABET.charAt(extra))).isFalse();
                  if (!rest.isEmpty()) {
                    assertThat(c.cellEquals(i, f, rest.substring(1))).isFalse();
                    char other = rest.charAt(0) == 'a' ? 'b' : 'a';
                    assertThat(c.cellEquals(i, f, other + rest.substring(1))).isFalse();
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void nulAndLenientQuotes_areFound_acrossChunks() throws IOException {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> viaCursor(new ChunkedReader("a,b\nc,dd\u0000d\n", 2), CsvOptions.defaults()));
    assertThat(e.getMessage()).contains("NUL", "row 2", "column 'B'");
    PlanFormatException quoted =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> viaCursor(new ChunkedReader("a,b\nc,\"d\u0000d\"\n", 3), CsvOptions.defaults()));
    assertThat(quoted.getMessage()).contains("NUL", "row 2", "column 'B'");
    CsvOptions lenient = CsvOptions.defaults().withDelimiter(',').withLenientQuotes(true);
    try (CsvCursor c =
        CsvCursor.open(new ChunkedReader("ab,c\"d,e\nf,g,\"\n", 2), "f.csv", lenient)) {
      while (c.next()) {
        // reads every row
      }
      assertThat(c.warnings()).hasSize(2);
    }
  }

  /** A reader that gives at most {@code chunk} characters per read, as a slow stream may. */
  private static final class ChunkedReader extends Reader {
    private final String text;
    private final int chunk;
    private int at;

    ChunkedReader(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), text.length() - at);
      text.getChars(at, at + n, buf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** Each row's number and cells, as a failure should show them (TableRow hides the cells). */
  private static List<String> shown(List<TableRow> rows) {
    return rows.stream()
        .map(
            r -> r.number() + ": " + r.cells().toString().replace("\r", "\\r").replace("\n", "\\n"))
        .toList();
  }

  private static String text(List<Integer> codes) {
    StringBuilder sb = new StringBuilder();
    codes.forEach(i -> sb.append(ALPHABET.charAt(i)));
    return sb.toString();
  }

  /**
   * Writes rows as RFC 4180 text: a cell is quoted when it must be, and at random otherwise;
   * style bits add a byte order mark, CRLF line ends, spaces after closing quotes and a last line
   * break.
   */
  private static String render(List<List<String>> rows, char delimiter, int style, Random r) {
    boolean bom = (style & 4) != 0;
    String eol = (style & 8) != 0 ? "\r\n" : "\n";
    boolean spaces = (style & 16) != 0;
    boolean lastBreak = (style & 32) != 0;
    StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      for (int k = 0; k < row.size(); k++) {
        String cell = row.get(k);
        boolean must =
            cell.indexOf(delimiter) >= 0
                || cell.indexOf('"') >= 0
                || cell.indexOf('\r') >= 0
                || cell.indexOf('\n') >= 0;
        sb.append(k == 0 ? "" : String.valueOf(delimiter));
        if (must || r.nextInt(4) == 0) {
          sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
          sb.append(spaces ? "  " : "");
        } else {
          sb.append(cell);
        }
      }
      sb.append(i < rows.size() - 1 || lastBreak ? eol : "");
    }
    return sb.toString();
  }

  private static List<TableRow> viaCursor(String csv, CsvOptions options) {
    return viaCursor(new StringReader(csv), options);
  }

  private static List<TableRow> viaCursor(Reader reader, CsvOptions options) {
    List<TableRow> rows = new ArrayList<>();
    try (CsvCursor c = CsvCursor.open(reader, "f.csv", options)) {
      while (c.next()) {
        rows.add(c.tableRow());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static List<TableRow> viaTables(String csv, CsvOptions options) {
    List<TableRow> rows = new ArrayList<>();
    try (TableReader t = CsvTables.open(new StringReader(csv), "f.csv", options)) {
      for (Optional<TableRow> r = t.next(); r.isPresent(); r = t.next()) {
        rows.add(r.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
