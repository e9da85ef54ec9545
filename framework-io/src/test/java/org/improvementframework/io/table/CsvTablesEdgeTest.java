package org.improvementframework.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boundaries of the one CSV tokenizer: decoding with and without a byte order mark, the place of
 * the first bad byte, delimiter detection, and each limit at its value and one over.
 */
class CsvTablesEdgeTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static CsvOptions limited(InputLimits limits) {
    return CsvOptions.defaults().withLimits(limits);
  }

  @Test
  void decode_anyValidUtf8_isTheTextWithoutWarning_withOrWithoutByteOrderMark() {
    char[] pool = {'a', ',', '\n', 'é', '€', '"', ' '};
    qt().forAll(lists().of(integers().between(0, pool.length - 1)).ofSizeBetween(0, 20))
        .check(
            idx -> {
              StringBuilder sb = new StringBuilder();
              idx.forEach(i -> sb.append(pool[i]));
              String text = sb.toString();
              byte[] plain = text.getBytes(StandardCharsets.UTF_8);
              byte[] marked = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
              List<ReadWarning> warnings = new ArrayList<>();
              return CsvTables.decode(plain, null, "f", warnings).equals(text)
                  && CsvTables.decode(marked, null, "f", warnings).equals(text)
                  && warnings.isEmpty();
            });
  }

  @Test
  void decode_oneBadByte_isReadAsWindows1252_namingItsByteAndLine() {
    qt().forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 15), integers().all())
        .check(
            (idx, at) -> {
              ByteArrayOutputStream b = new ByteArrayOutputStream();
              idx.forEach(i -> b.write(i == 0 ? '\n' : i == 1 ? 'x' : ','));
              byte[] ascii = b.toByteArray();
              int k = Math.floorMod(at, ascii.length + 1);
              byte[] bytes = new byte[ascii.length + 1];
              System.arraycopy(ascii, 0, bytes, 0, k);
              bytes[k] = (byte) 0xE9;
              System.arraycopy(ascii, k, bytes, k + 1, ascii.length - k);
              List<ReadWarning> warnings = new ArrayList<>();
              String text = CsvTables.decode(bytes, null, "f.csv", warnings);
              long lines = 1;
              for (int i = 0; i < k; i++) {
                lines += bytes[i] == '\n' ? 1 : 0;
              }
              return text.equals(new String(bytes, WINDOWS_1252))
                  && warnings.size() == 1
                  && warnings
                      .get(0)
                      .problem()
                      .equals("bytes are not valid UTF-8, first at byte " + k)
                  && warnings.get(0).location().line().getAsLong() == lines
                  && warnings.get(0).source().equals(Optional.of("f.csv"));
            });
  }

  @Test
  void decode_firstBadByteOfAValidLookingStart_isTheStartOfTheBrokenSequence() {
    assertThat(badByte(0x41, 0xC3, 0xA9, 0xE2, 0x82, 0x41)).isEqualTo(3);
    assertThat(badByte(0x41, 0xC3)).isEqualTo(1);
    assertThat(badByte(0xF0, 0x9F, 0x98, 0x80, 0xF5, 0x80)).isEqualTo(4);
    assertThat(badByte(0xF0, 0x9F, 0x98)).isZero();
    assertThat(badByte(0xC1, 0x81)).isZero();
    assertThat(badByte(0xDF, 0xBF, 0x80)).isEqualTo(2);
    assertThat(badByte(0xEF, 0xBF, 0xBF, 0xF4, 0x8F, 0xBF, 0xBF, 0x41, 0xFF)).isEqualTo(8);
    assertThat(badByte(0xF4, 0x8F, 0xBF, 0x41)).isZero();
  }

  /** The index of the one byte that {@code CsvTables.decode} names as not UTF-8. */
  static int badByte(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    List<ReadWarning> warnings = new ArrayList<>();
    CsvTables.decode(bytes, null, null, warnings);
    assertThat(warnings).hasSize(1);
    String p = warnings.get(0).problem();
    return Integer.parseInt(p.substring(p.lastIndexOf(' ') + 1));
  }

  @Test
  void decode_byteOrderMarksChooseTheEncoding_andBadBytesUnderThemAreErrors() {
    List<ReadWarning> w = new ArrayList<>();
    assertThat(CsvTables.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, null, "f", w))
        .isEqualTo("a");
    assertThat(CsvTables.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'b'}, null, "f", w))
        .isEqualTo("b");
    assertThat(CsvTables.decode(new byte[] {(byte) 0xEF, (byte) 0xBB}, null, "f", w))
        .isEqualTo(new String(new byte[] {(byte) 0xEF, (byte) 0xBB}, WINDOWS_1252));
    assertThat(w).hasSize(1);
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () ->
                CsvTables.decode(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF},
                    null,
                    "bom.csv",
                    new ArrayList<>()));
    assertThat(e.problem()).isEqualTo("cannot decode the input as UTF-8");
    assertThat(e.location()).isEqualTo(InputLocation.ofSource("bom.csv"));
    assertThat(e.expected()).contains("text in UTF-8 (give the file's character set)");
    assertThat(e.getCause()).isNotNull();
    assertThatThrownBy(
            () ->
                CsvTables.decode(
                    new byte[] {(byte) 0xC3}, StandardCharsets.UTF_8, "x", new ArrayList<>()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("cannot decode the input as UTF-8 at x");
    assertThat(
            CsvTables.decode(
                new byte[] {(byte) 0xE9}, StandardCharsets.ISO_8859_1, "x", new ArrayList<>()))
        .isEqualTo("é");
  }

  @Test
  void detect_tabsOnAFifthOfTheCommaLines_orTwoTabsInOneLine_meanTsv() {
    assertThat(CsvTables.detect("a,b\n".repeat(5) + "c\td\n")).isEqualTo('\t');
    assertThat(CsvTables.detect("a,b\n".repeat(6) + "c\td\n")).isEqualTo(',');
    assertThat(CsvTables.detect("a,b\n".repeat(9) + "c\td\te\n")).isEqualTo('\t');
    assertThat(CsvTables.detect("a;b\na;b\na,b\n")).isEqualTo(';');
    assertThat(CsvTables.detect("a;b\na,b\n")).isEqualTo(',');
    assertThat(CsvTables.detect("a;b")).isEqualTo(';');
    assertThat(CsvTables.detect("")).isEqualTo(',');
    assertThat(CsvTables.detect("a;b;c;d\n")).isEqualTo(';');
  }

  @Test
  void detect_looksAtTheFirstTwoHundredLinesOnly() {
    String semicolons = "x;y\n".repeat(101);
    assertThat(CsvTables.detect("a,b\n".repeat(100) + semicolons)).isEqualTo(',');
    assertThat(CsvTables.detect("a,b\n".repeat(99) + semicolons)).isEqualTo(';');
  }

  @Test
  void read_rowLimit_atTheLimitAccepted_oneOverRefusedAtTheRow() {
    InputLimits three = InputLimits.defaults().withMaxRows(3);
    assertThat(CsvTables.read("h\n1\n2\n", "r.csv", limited(three)).rows()).hasSize(3);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> CsvTables.read("h\n1\n2\n3\n", "r.csv", limited(three)));
    assertThat(e.limit()).isEqualTo(3);
    assertThat(e.location()).isEqualTo(InputLocation.builder().source("r.csv").row(4).build());
    assertThat(e.problem())
        .isEqualTo(
            "input too large: row count (rows read, the header included) exceeds the limit of 3");
  }

  @Test
  void read_columnLimit_atTheLimitAccepted_oneOverRefusedAtTheCell() {
    InputLimits three = InputLimits.defaults().withMaxColumns(3);
    assertThat(CsvTables.read("a,b,c\n", "c.csv", limited(three)).rows().get(0).cells())
        .containsExactly("a", "b", "c");
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> CsvTables.read("a,b,c\n1,2,3,4\n", "c.csv", limited(three)));
    assertThat(e.limit()).isEqualTo(3);
    assertThat(e.location()).isEqualTo(InputLocation.ofCell("c.csv", 2, "D"));
  }

  @Test
  void read_cellLimit_atTheLimitAccepted_oneOverRefusedAtTheCell() {
    InputLimits four = InputLimits.defaults().withMaxCellChars(4);
    assertThat(CsvTables.read("abcd,x\n", "l.csv", limited(four)).rows().get(0).cell(0))
        .isEqualTo("abcd");
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> CsvTables.read("x,abcd\ny,abcde\n", "l.csv", limited(four)));
    assertThat(e.limit()).isEqualTo(4);
    assertThat(e.location()).isEqualTo(InputLocation.ofCell("l.csv", 2, "B"));
  }

  @Test
  void read_byteLimit_countsCharacters_atTheLimitAccepted_oneOverRefused() {
    InputLimits six = InputLimits.defaults().withMaxInputBytes(6);
    assertThat(CsvTables.read("ab,cd\n", "b.csv", limited(six)).rows()).hasSize(1);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class, () -> CsvTables.read("ab,cd\ne", "b.csv", limited(six)));
    assertThat(e.limit()).isEqualTo(6);
    assertThat(e.source()).contains("b.csv");
  }

  @Test
  void read_nulCharacter_isRefusedAtItsCell() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> CsvTables.read("a,b\nc,d\u0000\n", "n.csv", CsvOptions.defaults()));
    assertThat(e.location()).isEqualTo(InputLocation.ofCell("n.csv", 2, "B"));
    assertThat(e.problem()).contains("NUL character");
  }

  @Test
  void read_oneByteOrderMarkOfTheInputAndOneOfTheFirstCellAreDropped_noOther() {
    List<TableRow> rows =
        CsvTables.read("\uFEFF\uFEFF\uFEFFa,\uFEFFb\n\uFEFFc,d\n", "m.csv", CsvOptions.defaults())
            .rows();
    assertThat(rows.get(0).cells()).containsExactly("\uFEFFa", "\uFEFFb");
    assertThat(rows.get(1).cells()).containsExactly("\uFEFFc", "d");
  }

  @Test
  void read_recordNumbering_countsRecords_lineNumbering_countsLines() {
    String csv = "h1,h2\n\"multi\nline\",x\nlast,y\n";
    List<TableRow> lines = CsvTables.read(csv, "n.csv", CsvOptions.defaults()).rows();
    assertThat(lines).extracting(TableRow::number).containsExactly(1L, 2L, 4L);
    List<TableRow> records =
        CsvTables.read(
                csv, "n.csv", CsvOptions.defaults().withNumbering(CsvOptions.RowNumbering.RECORDS))
            .rows();
    assertThat(records).extracting(TableRow::number).containsExactly(1L, 2L, 3L);
  }

  @Test
  void read_unterminatedQuote_namesItsRowAndCell_andOtherMalformedQuotesToo() {
    PlanFormatException open =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> CsvTables.read("a,b\nc,\"d\n", "q.csv", CsvOptions.defaults()));
    assertThat(open.problem()).isEqualTo("unterminated quoted cell (is the file truncated?)");
    assertThat(open.location().row()).hasValue(2);
    assertThat(open.location().source()).contains("q.csv");
    assertThat(open.expected()).contains("a closing quote before the end of the input");
  }

  @Test
  void read_lenientQuotes_keepEveryQuote_withOneWarningPerCell() {
    CsvTables.Table t =
        CsvTables.read(
            "a,\"b\"\n\"c,d\n",
            "l.csv",
            CsvOptions.defaults().withDelimiter(',').withLenientQuotes(true));
    assertThat(t.rows().get(0).cells()).containsExactly("a", "\"b\"");
    assertThat(t.rows().get(1).cells()).containsExactly("\"c", "d");
    assertThat(t.warnings())
        .extracting(ReadWarning::location)
        .containsExactly(
            InputLocation.ofCell("l.csv", 1, "B"), InputLocation.ofCell("l.csv", 2, "A"));
  }

  @Test
  void openPath_fileOverTheByteLimit_isRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("big.csv");
    Files.writeString(f, "abcdef\n");
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> CsvTables.open(f, null, limited(InputLimits.defaults().withMaxInputBytes(6))));
    assertThat(e.limit()).isEqualTo(6);
    assertThat(e.problem()).contains("the file size (7 bytes)");
    assertThat(e.source()).contains(f.toString());
    try (TableReader r = CsvTables.open(f, "named", limited(InputLimits.defaults()))) {
      assertThat(r.next().orElseThrow().location())
          .isEqualTo(InputLocation.builder().source("named").row(1).build());
      assertThat(r.next()).isEmpty();
    }
    UncheckedIOException missing =
        catchThrowableOfType(
            UncheckedIOException.class,
            () -> CsvTables.open(dir.resolve("none.csv"), "none.csv", CsvOptions.defaults()));
    assertThat(missing.getMessage()).startsWith("cannot read none.csv");
  }

  @Test
  void openReader_readsTheSameRowsAsRead_forASemicolonFileWithAMark() throws IOException {
    String text = "\uFEFF\"x\";y\n1;2\n";
    List<TableRow> streamed = new ArrayList<>();
    try (TableReader r = CsvTables.open(new StringReader(text), "s.csv", CsvOptions.defaults())) {
      for (Optional<TableRow> row = r.next(); row.isPresent(); row = r.next()) {
        streamed.add(row.get());
      }
      assertThat(r.warnings()).isEmpty();
    }
    assertThat(streamed).isEqualTo(CsvTables.read(text, "s.csv", CsvOptions.defaults()).rows());
    assertThat(streamed.get(0).cells()).containsExactly("x", "y");
  }

  @Test
  void options_refuseQuoteAndLineBreakDelimiters_andKeepTheOtherParts() {
    for (char bad : new char[] {'"', '\n', '\r'}) {
      assertThatThrownBy(() -> CsvOptions.defaults().withDelimiter(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("delimiter must not be a quote or a line break, but was " + (int) bad);
    }
    CsvOptions o =
        CsvOptions.defaults()
            .withDelimiter(';')
            .withLenientQuotes(true)
            .withNumbering(CsvOptions.RowNumbering.RECORDS)
            .withLimits(InputLimits.defaults().withMaxRows(2));
    assertThat(o)
        .isEqualTo(
            new CsvOptions(
                ';', true, InputLimits.defaults().withMaxRows(2), CsvOptions.RowNumbering.RECORDS));
    assertThat(CsvOptions.defaults().fixedDelimiter()).isEmpty();
    assertThat(new CsvOptions(null, false, InputLimits.defaults()))
        .isEqualTo(CsvOptions.defaults());
  }

  @Test
  void tableRow_columnLettersAreBijectiveBase26() {
    qt().forAll(integers().between(1, 20_000))
        .check(
            n -> {
              String letters = TableRow.columnLetters(n);
              int back = 0;
              for (char c : letters.toCharArray()) {
                back = back * 26 + (c - 'A' + 1);
              }
              return back == n && letters.chars().allMatch(c -> c >= 'A' && c <= 'Z');
            });
    assertThat(TableRow.columnLetters(26)).isEqualTo("Z");
    assertThat(TableRow.columnLetters(27)).isEqualTo("AA");
    assertThat(TableRow.columnLetters(702)).isEqualTo("ZZ");
    assertThat(TableRow.columnLetters(703)).isEqualTo("AAA");
    assertThatThrownBy(() -> TableRow.columnLetters(0))
        .hasMessage("column must be 1 or more, not 0");
  }

  @Test
  void tableRow_cellsBlankHiddenAndText() {
    TableRow r = new TableRow("w.xlsx", "Plan", 3, List.of(" ", "x"), true);
    assertThat(r.cell(1)).isEqualTo("x");
    assertThat(r.cell(2)).isEmpty();
    assertThatThrownBy(() -> r.cell(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(r.isBlank()).isFalse();
    assertThat(TableRow.of("a", 1, List.of(" ", "\t")).isBlank()).isTrue();
    assertThat(TableRow.of("a", 1, List.of()).isBlank()).isTrue();
    assertThat(r).hasToString("w.xlsx, sheet 'Plan', row 3 (2 cells, hidden)");
    assertThat(TableRow.of("a", 1, List.of("x"))).hasToString("a, row 1 (1 cells)");
    assertThat(r.sheetName()).contains("Plan");
    assertThat(r.location(2)).hasToString("w.xlsx, sheet 'Plan', row 3, column 'B'");
    assertThatThrownBy(() -> TableRow.of("a", 0, List.of()))
        .hasMessage("number must be 1 or more, not 0");
    assertThat(TableRow.of("a", 1, List.of()).number()).isEqualTo(1);
  }
}
