package org.improvementframework.io;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.table.TableRow;

/**
 * Reads a whole CSV text into {@link TableRow table rows} with the library's one CSV tokenizer
 * (the one {@link PlanCsv} and {@link PublishedStatistics} use), so that readers in other
 * packages meet the same quoting rules, limits and located errors.
 *
 * <p>Rows keep their physical number: the header is row 1. A byte order mark before the first
 * cell is dropped. This class is thread-safe.
 */
public final class CsvTables {

  private CsvTables() {}

  /**
   * Reads every row of UTF-8 CSV bytes. The stream is not closed.
   *
   * @param in the bytes; not null
   * @param source the file name or description for messages; may be null
   * @param limits the limits, of which rows, cell characters and input size apply; not null
   * @return the rows, blank lines included as rows of one empty cell; not null
   * @throws NullPointerException if {@code in} or {@code limits} is null
   * @throws PlanFormatException if the bytes are not UTF-8 or not CSV, naming the row
   * @throws InputLimitException if a limit is passed
   * @throws UncheckedIOException if the stream fails
   */
  public static List<TableRow> read(InputStream in, String source, InputLimits limits) {
    Objects.requireNonNull(in, "in");
    return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), source, limits);
  }

  /**
   * Reads every row of a CSV text. The reader is not closed.
   *
   * @param reader the characters; not null
   * @param source the file name or description for messages; may be null
   * @param limits the limits, of which rows, cell characters and input size apply; not null
   * @return the rows; not null
   * @throws NullPointerException if {@code reader} or {@code limits} is null
   * @throws PlanFormatException if the text is not CSV, naming the row
   * @throws InputLimitException if a limit is passed
   * @throws UncheckedIOException if the reader fails
   */
  public static List<TableRow> read(Reader reader, String source, InputLimits limits) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(limits, "limits");
    PlanCsv.Options csv = PlanCsv.Options.defaults().withSource(source)
        .withLimits(limits.maxRows(), limits.maxCellChars(), limits.maxInputBytes());
    PlanCsv.CsvRows rows = new PlanCsv.CsvRows(new LimitedReader(new BufferedReader(reader),
        limits.maxInputBytes(), source), csv);
    return rows.readWith(() -> {
      List<TableRow> out = new ArrayList<>();
      String[] cells;
      while ((cells = rows.next()) != null) {
        if (cells.length > limits.maxColumns()) {
          throw new InputLimitException("column count", limits.maxColumns(),
              rows.location(null), null);
        }
        out.add(TableRow.of(source, rows.row(), Arrays.asList(cells)));
      }
      return out;
    });
  }
}
