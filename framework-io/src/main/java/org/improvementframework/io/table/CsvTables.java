package org.improvementframework.io.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.LimitedInputStream;
import org.improvementframework.io.LimitedReader;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.StrictUtf8Reader;

/**
 * The one CSV and TSV tokenizer of framework-io: reads comma-, tab- or semicolon-separated text as
 * {@link TableRow}s, built on jackson-dataformat-csv.
 *
 * <p>Each row carries its physical row number: the line on which its record starts, counting blank
 * lines (which are read as rows with one empty cell) and the extra lines of quoted cells that span
 * lines. A byte order mark before the first cell is dropped. The limits of {@link CsvOptions}
 * are applied while reading, so that a huge file, row, cell or line of cells is refused with a
 * located {@link InputLimitException} before it is held in memory.
 *
 * <p>Quotes are read as in RFC 4180, or leniently as text (see {@link CsvOptions}). Reading
 * in-memory text with {@link #read(String, String, CsvOptions)} adds a safety net for
 * tab-separated text: a quoted cell that would hold a tab or a line break followed by a tab has
 * swallowed rows, so the text is read again with quotes as text, and a warning says so.
 *
 * <p>This class is a stateless utility and thread-safe; the readers it returns are not.
 */
public final class CsvTables {

  /** How many characters delimiter detection looks at. */
  private static final int DETECT_CHARS = 64 * 1024;

  private CsvTables() {}

  /**
   * Opens a reader of the rows of a text, which the returned reader closes.
   *
   * @param reader the characters; not null
   * @param source the file name for messages; may be null
   * @param options the options; not null
   * @return the rows; not null
   * @throws UncheckedIOException if the text cannot be read for delimiter detection
   */
  public static TableReader open(Reader reader, String source, CsvOptions options) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(options, "options");
    return rows(reader, source, options, false);
  }

  /**
   * Opens a reader of the rows of a UTF-8 file (a byte order mark is dropped), refusing a file
   * larger than the byte limit before reading it.
   *
   * @param path the file; not null
   * @param source the file name for messages; may be null for the path itself
   * @param options the options; not null
   * @return the rows; not null
   * @throws InputLimitException if the file is larger than the limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TableReader open(Path path, String source, CsvOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    String name = source == null ? path.toString() : source;
    try {
      return open(
          new StrictUtf8Reader(
              LimitedInputStream.open(
                  path, options.limits().maxInputBytes(), InputLocation.ofSource(name))),
          name,
          options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads all rows of a text in memory; for tab-separated text read with RFC 4180 quotes, a quote
   * that swallowed rows makes it read the text again with quotes as text, with a warning.
   *
   * @param input the text; not null
   * @param source the file name for messages; may be null
   * @param options the options; not null
   * @return the rows and the warnings; not null
   * @throws PlanFormatException if the text is not a table (such as an unterminated quote)
   * @throws InputLimitException if a limit is passed
   */
  public static Table read(String input, String source, CsvOptions options) {
    Objects.requireNonNull(input, "text");
    Objects.requireNonNull(options, "options");
    List<ReadWarning> warnings = new ArrayList<>();
    Table table =
        read(() -> new StringReader(input), source, options, warnings, CsvTables::readAll);
    warnings.addAll(table.warnings());
    return new Table(table.rows(), warnings);
  }

  /**
   * Reads the rows of a text that can be opened again, passing them to {@code consumer} as they
   * are parsed instead of holding them; for tab-separated text read with RFC 4180 quotes, a quote
   * that swallowed rows makes it open the text again and give the consumer the rows read with
   * quotes as text, after a warning. The consumer must not keep what it made of the first rows:
   * it is called afresh.
   *
   * @param <R> what the consumer makes of the rows
   * @param text opens the text from its start, each time it is called; not null
   * @param source the file name for messages; may be null
   * @param options the options; not null
   * @param warnings where the warning about swallowed rows goes; not null
   * @param consumer reads the rows, which the reader's own warnings go with; not null
   * @return what the consumer made of the rows; may be null if the consumer returns null
   * @throws PlanFormatException if the text is not a table (such as an unterminated quote)
   * @throws InputLimitException if a limit is passed
   */
  public static <R> R read(
      Supplier<? extends Reader> text,
      String source,
      CsvOptions options,
      List<ReadWarning> warnings,
      Function<? super TableReader, R> consumer) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(consumer, "consumer");
    try {
      return consumer.apply(rows(text.get(), source, options, true));
    } catch (CsvRows.SwallowedRows e) {
      warnings.add(
          ReadWarning.of(e.location(), e.problem(), "", "read every quote of the input as text"));
      return consumer.apply(rows(text.get(), source, options.withLenientQuotes(true), false));
    }
  }

  /**
   * Chooses how to decode the bytes of a text table, as {@link #decode} does (adding its
   * warning), without decoding them whole: the text is read as a stream, as often as needed.
   *
   * @param bytes the bytes, which must not change while the text is read; not null
   * @param charset the character set to use, or null to detect it
   * @param source the file name for messages; may be null
   * @param warnings where the warning goes; not null
   * @return opens the text from its start, without a byte order mark, each time it is called;
   *     not null
   * @throws PlanFormatException if the bytes do not decode in the character set that a byte
   *     order mark or the caller fixed
   */
  public static Supplier<Reader> decoding(
      byte[] bytes, Charset charset, String source, List<ReadWarning> warnings) {
    return TextDecoding.encoding(bytes, charset, source, warnings)::open;
  }

  /**
   * Decodes the bytes of a text table: a byte order mark decides the encoding; else the given
   * character set; else UTF-8, and if the bytes are not valid UTF-8, Windows-1252 (what a
   * spreadsheet program on Windows writes) with a warning naming the line of the first bad byte.
   *
   * @param bytes the bytes; not null
   * @param charset the character set to use, or null to detect it as above
   * @param source the file name for messages; may be null
   * @param warnings where the warning goes; not null
   * @return the text, without a byte order mark; not null
   * @throws PlanFormatException if the bytes do not decode in the character set that a byte
   *     order mark or the caller fixed
   */
  public static String decode(
      byte[] bytes, Charset charset, String source, List<ReadWarning> warnings) {
    return TextDecoding.decode(bytes, charset, source, warnings);
  }

  /**
   * All rows of a table and the warnings about them.
   *
   * @param rows the rows, in order; not null
   * @param warnings the warnings, in order; not null
   */
  public record Table(List<TableRow> rows, List<ReadWarning> warnings) {
    /**
     * Copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Table {
      rows = List.copyOf(rows);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Counts the characters the parser reads against the byte limit (a character is at least one
   * byte), and tells where the last read ended, for the row of a decoding failure.
   */
  private static LimitedReader limited(Reader reader, CsvOptions options, String source) {
    return new LimitedReader(reader, options.limits().maxInputBytes(), source);
  }

  /**
   * Opens the rows after a byte order mark, with the delimiter fixed or detected; {@code guard}
   * lets a tab-separated text read with RFC 4180 quotes report rows a quote swallowed.
   */
  private static CsvRows rows(Reader reader, String source, CsvOptions options, boolean guard) {
    BufferedReader buffered = new BufferedReader(reader, DETECT_CHARS + 1);
    char delimiter;
    try {
      // the mark dropped before the parser sees it, so that a quoted first cell is quoted
      buffered.mark(1);
      if (buffered.read() != '\uFEFF') {
        buffered.reset();
      }
      delimiter =
          options.fixedDelimiter().isPresent() ? options.fixedDelimiter().get() : detect(buffered);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (source == null ? "the input" : source), e);
    }
    return new CsvRows(
        limited(buffered, options, source),
        source,
        options,
        delimiter,
        guard && delimiter == '\t' && !options.lenientQuotes());
  }

  private static Table readAll(TableReader reader) {
    List<TableRow> rows = new ArrayList<>();
    try (reader) {
      for (Optional<TableRow> r = reader.next(); r.isPresent(); r = reader.next()) {
        rows.add(r.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Table(rows, reader.warnings());
  }

  private static char detect(BufferedReader in) throws IOException {
    in.mark(DETECT_CHARS);
    char[] buffer = new char[DETECT_CHARS];
    int n = 0;
    for (int r; n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) > 0; ) {
      n += r;
    }
    in.reset();
    return detect(new String(buffer, 0, n));
  }

  /**
   * Detects the delimiter from the first lines: tab, else semicolon when lines with semicolons
   * outnumber those with commas (as in a European spreadsheet export), else comma.
   */
  static char detect(String text) {
    int end = Math.min(text.length(), DETECT_CHARS);
    int lines = 0;
    int[] with = new int[3];
    boolean[] seen = new boolean[3];
    boolean manyTabs = false;
    int tabs = 0;
    for (int i = 0; i <= end && lines < 200; i++) {
      char c = i < end ? text.charAt(i) : '\n';
      int k = c == '\t' ? 0 : c == ',' ? 1 : c == ';' ? 2 : -1;
      if (k >= 0) {
        seen[k] = true;
        tabs += k == 0 ? 1 : 0;
        manyTabs |= tabs >= 2;
      } else if (c == '\n') {
        tabs = 0;
        for (int j = 0; j < 3; j++) {
          with[j] += seen[j] ? 1 : 0;
          seen[j] = false;
        }
        lines++;
      }
    }
    // Tabs on a fifth of the comma lines, or one line with two tabs, mean TSV: prose cells of a
    // tab-separated export are full of commas, while a CSV has tabs only by accident.
    if (with[0] > 0 && (with[0] * 5 >= with[1] || manyTabs)) {
      return '\t';
    }
    return with[2] > with[1] ? ';' : ',';
  }
}
