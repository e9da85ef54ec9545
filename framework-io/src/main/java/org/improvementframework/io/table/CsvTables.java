package org.improvementframework.io.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    return new Rows(limited(buffered, options, source), source, options, delimiter, false);
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
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    char delimiter = options.fixedDelimiter().orElseGet(() -> detect(text));
    CsvOptions fixed = options.withDelimiter(delimiter);
    boolean guard = delimiter == '\t' && !options.lenientQuotes();
    try {
      return readAll(
          new Rows(
              limited(new StringReader(text), options, source), source, fixed, delimiter, guard));
    } catch (SwallowedRows e) {
      Table lenient =
          readAll(
              new Rows(
                  limited(new StringReader(text), options, source),
                  source,
                  fixed.withLenientQuotes(true),
                  delimiter,
                  false));
      List<ReadWarning> warnings = new ArrayList<>();
      warnings.add(
          ReadWarning.of(e.location, e.problem, "", "read every quote of the input as text"));
      warnings.addAll(lenient.warnings());
      return new Table(lenient.rows(), warnings);
    }
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
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(warnings, "warnings");
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, source);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
    }
    if (charset != null) {
      return strict(bytes, 0, charset, source);
    }
    try {
      return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      int line = 1;
      for (int i = 0; i < bad && i < bytes.length; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      warnings.add(
          ReadWarning.of(
              InputLocation.builder().source(source).line(line).build(),
              "bytes are not valid UTF-8, first at byte " + bad,
              "",
              "read the whole input as Windows-1252; give the character set to choose another"));
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String source) {
    try {
      return decoder(charset)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw PlanFormatException.builder("cannot decode the input as " + charset.name())
          .at(InputLocation.ofSource(source))
          .expected("text in " + charset.name() + " (give the file's character set)")
          .cause(e)
          .build();
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int extra =
          b < 0x80
              ? 0
              : b >= 0xC2 && b < 0xE0
                  ? 1
                  : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
      if (extra < 0 || i + extra >= bytes.length) {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return bytes.length;
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

  /** Thrown inside {@link #read} when a quoted cell of a TSV has swallowed rows. */
  private static final class SwallowedRows extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InputLocation location;
    private final String problem;

    SwallowedRows(InputLocation location, String problem) {
      super(problem, null, false, false);
      this.location = location;
      this.problem = problem;
    }
  }

  /** The streaming reader over Jackson's CSV parser. */
  private static final class Rows implements TableReader {
    private final CsvParser parser;
    private final String source;
    private final CsvOptions options;
    private final boolean guard;
    private final List<ReadWarning> warnings = new ArrayList<>();
    private final LimitedReader input;
    private long rows;
    private long line;
    private int column = 1;

    /** Whether the parser is inside a record: a decoding failure between records is in the next. */
    private boolean inRecord;

    /** The cells of the first record, the header. */
    private int width;

    Rows(LimitedReader reader, String source, CsvOptions options, char delimiter, boolean guard) {
      this.input = reader;
      this.source = source;
      this.options = options;
      this.guard = guard;
      CsvFactory factory =
          CsvFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxStringLength(options.limits().maxCellChars() + 1)
                      .build())
              .build();
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
      if (options.lenientQuotes()) {
        schema = schema.withoutQuoteChar();
      }
      try {
        parser = factory.createParser(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parser.setSchema(schema);
    }

    @Override
    public Optional<TableRow> next() throws IOException {
      try {
        JsonToken t = parser.nextToken();
        if (t == null) {
          return Optional.empty();
        }
        rows++;
        line = numbered(parser.currentLocation().getLineNr());
        inRecord = true;
        column = 1;
        if (rows > options.limits().maxRows()) {
          throw new InputLimitException(
              CsvOptions.ROW_COUNT, options.limits().maxRows(), rowLocation(), null);
        }
        List<String> cells = new ArrayList<>();
        for (t = parser.nextToken();
            t != JsonToken.END_ARRAY && t != null;
            t = parser.nextToken()) {
          cells.add(cell(parser.getText(), cells.size() + 1));
          column = cells.size() + 1;
        }
        inRecord = false;
        if (rows == 1) {
          width = cells.size();
        }
        if (guard && parser.currentLocation().getLineNr() > line + 1) {
          for (String c : cells) {
            if (c.indexOf('\t') >= 0) {
              throw new SwallowedRows(
                  rowLocation(),
                  "a quote in tab-separated text would join " + "rows into one cell");
            }
          }
        }
        return Optional.of(TableRow.of(source, line, cells));
      } catch (StreamConstraintsException e) {
        throw new InputLimitException(
            CsvOptions.CELL_LENGTH, options.limits().maxCellChars(), rowLocation(), e);
      } catch (CharacterCodingException e) {
        throw PlanFormatException.builder(
                "the input is not valid UTF-8 (is it Windows-1252 or Latin-1 text?)")
            .at(badBytesLocation())
            .expected("UTF-8 text (save the file as CSV UTF-8)")
            .cause(e)
            .build();
      } catch (JsonProcessingException e) {
        if (guard) {
          throw new SwallowedRows(
              rowLocation(), "a quote in tab-separated text does not quote " + "a whole cell");
        }
        if (String.valueOf(e.getOriginalMessage()).contains("Missing closing quote")) {
          throw PlanFormatException.builder("unterminated quoted cell (is the file truncated?)")
              .at(cellLocation())
              .expected("a closing quote before the end of the input")
              .build();
        }
        throw PlanFormatException.builder(
                "malformed "
                    + (options.lenientQuotes() ? "text table" : "CSV")
                    + ": "
                    + e.getOriginalMessage())
            .at(cellLocation())
            .expected(
                "cells separated by the delimiter, quotes closed before the end of the "
                    + "cell (or read quotes as text)")
            .build();
      }
    }

    private String cell(String text, int column) {
      if (column > options.limits().maxColumns()) {
        throw new InputLimitException(
            "the cells of one row",
            options.limits().maxColumns(),
            TableRow.of(source, line, List.of()).location(column),
            null);
      }
      if (text.length() > options.limits().maxCellChars()) {
        throw new InputLimitException(
            CsvOptions.CELL_LENGTH,
            options.limits().maxCellChars(),
            TableRow.of(source, line, List.of()).location(column),
            null);
      }
      if (text.indexOf('\u0000') >= 0) {
        throw PlanFormatException.builder(
                "the input contains a NUL character, so it is not " + "text")
            .at(TableRow.of(source, line, List.of()).location(column))
            .expected(
                "a CSV or tab-separated text export (export a binary spreadsheet first, "
                    + "or read it as a workbook)")
            .build();
      }
      String cell =
          rows == 1 && column == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
      if (options.lenientQuotes() && cell.indexOf('"') >= 0) {
        warnings.add(
            ReadWarning.of(
                TableRow.of(source, line, List.of()).location(column),
                "a quote character in text extracted without quoting",
                "",
                "read the quote as text"));
      }
      return cell;
    }

    private long numbered(long physicalLine) {
      return options.numbering() == CsvOptions.RowNumbering.RECORDS ? rows : physicalLine;
    }

    /**
     * The row of bytes that did not decode. The decoder delivers every character before them, so
     * the parser stops in their record or, between records, just before it (it may have read the
     * last record's line break without ending it).
     */
    private InputLocation badBytesLocation() {
      boolean between = input.afterLineBreak() && (rows == 1 || column > width);
      if (rows > 0 && inRecord && !between) {
        return rowLocation();
      }
      long next =
          options.numbering() == CsvOptions.RowNumbering.RECORDS
              ? rows + 1
              : Math.max(line + 1, parser.currentLocation().getLineNr());
      return InputLocation.builder().source(source).row(next).build();
    }

    private InputLocation cellLocation() {
      return line < 1
          ? InputLocation.ofSource(source)
          : TableRow.of(source, line, List.of()).location(column);
    }

    private InputLocation rowLocation() {
      return line < 1
          ? InputLocation.ofSource(source)
          : InputLocation.builder().source(source).row(line).build();
    }

    @Override
    public List<ReadWarning> warnings() {
      return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
