package org.improvementframework.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link CsvCursor}: each limit at its value accepted and one over refused, rows and
 * cells larger than its first buffers, its views, and the failures of the reader beneath it.
 */
class CsvCursorMutationTest {

  private static CsvOptions comma(InputLimits limits) {
    return CsvOptions.defaults().withDelimiter(',').withLimits(limits);
  }

  private static List<List<String>> rows(String csv, CsvOptions options) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvCursor c = CsvCursor.open(new StringReader(csv), "f.csv", options)) {
      while (c.next()) {
        rows.add(c.tableRow().cells());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  @Test
  void rowLimit_atItsValueAccepted_oneMoreRefusedNamingTheRow() {
    qt().forAll(integers().between(1, 30))
        .checkAssert(
            max -> {
              CsvOptions options = comma(InputLimits.defaults().withMaxRows(max));
              assertThat(rows("x\n".repeat(max), options)).hasSize(max);
              InputLimitException e =
                  catchThrowableOfType(
                      InputLimitException.class, () -> rows("x\n".repeat(max + 1), options));
              assertThat(e.getMessage()).contains("row " + (max + 1));
            });
  }

  @Test
  void cellLimit_atItsValueAccepted_oneMoreRefused_inAnyColumn() {
    qt().forAll(integers().between(1, 600), integers().between(0, 3))
        .checkAssert(
            (max, column) -> {
              CsvOptions options = comma(InputLimits.defaults().withMaxCellChars(max));
              List<String> cells = new ArrayList<>(List.of("", "a", "", "b"));
              cells.set(column, "x".repeat(max));
              assertThat(rows(String.join(",", cells) + "\n", options)).containsExactly(cells);
              cells.set(column, "x".repeat(max + 1));
              InputLimitException e =
                  catchThrowableOfType(
                      InputLimitException.class,
                      () -> rows("h\n" + String.join(",", cells) + "\n", options));
              assertThat(e.getMessage())
                  .contains("row 2", "column '" + (char) ('A' + column) + "'")
                  .doesNotContain("xx");
            });
  }

  @Test
  void hugeCell_isRefusedAtTheCellLimit_beforeTheWholeInputIsRead() {
    // an endless cell: the cell limit must stop it, not the larger input limit
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] b, int off, int len) {
            Arrays.fill(b, off, off + len, 'a');
            return len;
          }

          @Override
          public void close() {}
        };
    CsvOptions options =
        comma(InputLimits.defaults().withMaxCellChars(300).withMaxInputBytes(50_000_000));
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> {
              try (CsvCursor c = CsvCursor.open(endless, "f.csv", options)) {
                c.next();
              }
            });
    assertThat(e.getMessage()).contains("row 1", "column 'A'").doesNotContain("input size");
  }

  @Test
  void columnLimit_atItsValueAccepted_oneMoreRefused_pastTheFirstBuffers() {
    qt().forAll(integers().between(1, 80))
        .checkAssert(
            max -> {
              CsvOptions options = comma(InputLimits.defaults().withMaxColumns(max));
              List<String> cells = new ArrayList<>();
              for (int i = 0; i < max; i++) {
                cells.add("c" + i);
              }
              assertThat(rows(String.join(",", cells), options)).containsExactly(cells);
              cells.add("over");
              assertThatThrownBy(() -> rows(String.join(",", cells), options))
                  .isInstanceOf(InputLimitException.class)
                  .hasMessageContaining("row 1");
            });
  }

  @Test
  void inputLimit_atItsValueAccepted_oneMoreRefused() {
    qt().forAll(integers().between(1, 200))
        .checkAssert(
            max -> {
              CsvOptions options = comma(InputLimits.defaults().withMaxInputBytes(max));
              String exact = "y".repeat(max);
              assertThat(rows(exact, options)).containsExactly(List.of(exact));
              InputLimitException e =
                  catchThrowableOfType(InputLimitException.class, () -> rows(exact + "y", options));
              assertThat(e.getMessage()).contains("f.csv", "more than " + max + " bytes");
            });
  }

  @Test
  void longRowsAcrossTheReadBuffer_areReadWhole() {
    String cell = "é".repeat(70_000);
    String csv = "a,\"" + cell + "\"\r\n" + cell + ",b\n";
    assertThat(rows(csv, comma(InputLimits.defaults())))
        .containsExactly(List.of("a", cell), List.of(cell, "b"));
  }

  @Test
  void nulInsideAQuotedCell_isRefusedAsNotText_notAsAnUnterminatedQuote() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> rows("a,b\nc,\"d\u0000e\"\n", comma(InputLimits.defaults())));
    assertThat(e.getMessage()).contains("NUL", "row 2", "column 'B'").doesNotContain("unterm");
  }

  @Test
  void doubledQuoteInAQuotedCell_isOneQuote_withoutAWarning() throws IOException {
    try (CsvCursor c =
        CsvCursor.open(
            new StringReader("\"say \"\"hi\"\"\",b\n"), "f.csv", comma(InputLimits.defaults()))) {
      assertThat(c.next()).isTrue();
      assertThat(c.text(0)).isEqualTo("say \"hi\"");
      assertThat(c.warnings()).isEmpty();
    }
  }

  @Test
  void accessors_describeTheCurrentRow_andKeepTheLastRowNumberAtTheEnd() throws IOException {
    try (CsvCursor c =
        CsvCursor.open(
            new StringReader("ab,cde\n\n\"x\ny\"\n"), "f.csv", comma(InputLimits.defaults()))) {
      assertThat(c.next()).isTrue();
      assertThat(c.row()).isEqualTo(1);
      assertThat(c.size()).isEqualTo(2);
      assertThat(c.isBlank()).isFalse();
      assertThat(c.text(1)).isEqualTo("cde");
      assertThat(c.text(2)).isEmpty();
      CharSequence last = c.cell(1);
      assertThat(last.length()).isEqualTo(3);
      assertThat(last.charAt(0)).isEqualTo('c');
      assertThat(last.charAt(2)).isEqualTo('e');
      assertThat(last.subSequence(1, 3)).hasToString("de");
      assertThat(last).hasToString("cde");
      assertThat(c.cell(2)).hasToString("");
      assertThatThrownBy(() -> last.charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> last.charAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThat(c.next()).isTrue();
      assertThat(c.row()).isEqualTo(2);
      assertThat(c.isBlank()).isTrue();
      assertThat(c.size()).isEqualTo(1);
      assertThat(c.cell(0).length()).isZero();
      assertThat(c.next()).isTrue();
      assertThat(c.row()).isEqualTo(3);
      assertThat(c.size()).isEqualTo(1);
      assertThat(c.isBlank()).isFalse();
      assertThat(c.cell(0)).hasToString("x\ny");
      assertThat(c.next()).isFalse();
      assertThat(c.row()).isEqualTo(3);
    }
  }

  @Test
  void secondCellView_readsItsOwnCharacters() throws IOException {
    try (CsvCursor c =
        CsvCursor.open(new StringReader("abc,de\n"), "f.csv", comma(InputLimits.defaults()))) {
      c.next();
      CharSequence second = c.cell(1);
      assertThat(second.length()).isEqualTo(2);
      assertThat(second.charAt(0)).isEqualTo('d');
      assertThat(second.charAt(1)).isEqualTo('e');
      assertThatThrownBy(() -> second.charAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  void close_closesTheReader() throws IOException {
    boolean[] closed = {false};
    Reader in =
        new StringReader("a\n") {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    CsvCursor.open(in, "f.csv", comma(InputLimits.defaults())).close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void readFailure_isUncheckedNamingTheSource() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    UncheckedIOException named =
        catchThrowableOfType(
            UncheckedIOException.class,
            () -> CsvCursor.open(failing, "plan.csv", comma(InputLimits.defaults())).next());
    assertThat(named).hasMessage("cannot read plan.csv");
    assertThat(named.getCause()).hasMessage("disk gone");
    UncheckedIOException unnamed =
        catchThrowableOfType(
            UncheckedIOException.class, () -> CsvCursor.open(failing, null, CsvOptions.defaults()));
    assertThat(unnamed).hasMessage("cannot read the input");
  }

  @Test
  void decodingFailure_inTheFirstRow_namesRowOne() {
    Reader badBytes =
        new Reader() {
          @Override
          public int read(char[] b, int off, int len) throws IOException {
            throw new MalformedInputException(1);
          }

          @Override
          public void close() {}
        };
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> CsvCursor.open(badBytes, "f.csv", comma(InputLimits.defaults())).next());
    assertThat(e.getMessage()).contains("not valid UTF-8", "f.csv", "row 1");
  }

  @Test
  void nulAtTheStartOfARow_isRefused_notTakenForTheEnd() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> rows("a,b\n\u0000c,d\n", comma(InputLimits.defaults())));
    assertThat(e.getMessage()).contains("NUL", "row 2", "column 'A'");
  }

  @Test
  void cellsPastTheRowsEnd_areEmpty_evenAfterALongerRow() throws IOException {
    String wide = String.join(",", Collections.nCopies(40, "wide"));
    try (CsvCursor c =
        CsvCursor.open(
            new StringReader(wide + "\nx,y\n"), "f.csv", comma(InputLimits.defaults()))) {
      assertThat(c.next()).isTrue();
      assertThat(c.cell(39)).hasToString("wide");
      assertThat(c.cell(39).length()).isEqualTo(4);
      assertThat(c.next()).isTrue();
      assertThat(c.size()).isEqualTo(2);
      assertThat(c.text(1)).isEqualTo("y");
      assertThat(c.text(2)).isEmpty();
      assertThat(c.cell(2).length()).isZero();
      assertThat(c.cell(39).length()).isZero();
    }
  }

  @Test
  void lenientQuotes_warnOnlyForTheCellsWithAQuote() throws IOException {
    try (CsvCursor c =
        CsvCursor.open(
            new StringReader("a,b\"c,d\n"),
            "f.csv",
            comma(InputLimits.defaults()).withLenientQuotes(true))) {
      assertThat(c.next()).isTrue();
      assertThat(c.text(1)).isEqualTo("b\"c");
      assertThat(c.warnings()).hasSize(1);
      assertThat(c.warnings().get(0).location().column()).contains("B");
    }
  }
}
