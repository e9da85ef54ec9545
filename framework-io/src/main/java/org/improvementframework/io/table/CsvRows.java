package org.improvementframework.io.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.LimitedReader;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * The streaming reader of {@link CsvTables} over Jackson's CSV parser: numbers the rows, applies
 * the limits cell by cell, and turns the parser's failures into located format errors.
 */
final class CsvRows implements TableReader {

  /** Thrown by a guarded reader when a quoted cell of a TSV has swallowed rows. */
  static final class SwallowedRows extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InputLocation location;
    private final String problem;

    SwallowedRows(InputLocation location, String problem) {
      super(problem, null, false, false);
      this.location = location;
      this.problem = problem;
    }

    InputLocation location() {
      return location;
    }

    String problem() {
      return problem;
    }
  }

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

  /**
   * Creates a reader; with {@code guard}, a quoted cell that swallowed rows of a TSV throws
   * {@link SwallowedRows} so that the caller can read the text again with quotes as text.
   */
  CsvRows(LimitedReader reader, String source, CsvOptions options, char delimiter, boolean guard) {
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
      if (parser.nextToken() == null) {
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
      List<String> cells = cells();
      inRecord = false;
      if (rows == 1) {
        width = cells.size();
      }
      if (guard) {
        checkNotSwallowed(cells);
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
      throw malformed(e);
    }
  }

  /** Reads the cells of the record whose start the parser has just read. */
  private List<String> cells() throws IOException {
    List<String> cells = new ArrayList<>();
    for (JsonToken t = parser.nextToken();
        t != JsonToken.END_ARRAY && t != null;
        t = parser.nextToken()) {
      cells.add(cell(parser.getText(), cells.size() + 1));
      column = cells.size() + 1;
    }
    return cells;
  }

  /** A record over several lines with a tab inside a cell was several rows before a quote. */
  private void checkNotSwallowed(List<String> cells) {
    if (parser.currentLocation().getLineNr() > line + 1) {
      for (String c : cells) {
        if (c.indexOf('\t') >= 0) {
          throw new SwallowedRows(
              rowLocation(), "a quote in tab-separated text would join rows into one cell");
        }
      }
    }
  }

  private RuntimeException malformed(JsonProcessingException e) {
    if (guard) {
      return new SwallowedRows(
          rowLocation(), "a quote in tab-separated text does not quote a whole cell");
    }
    if (String.valueOf(e.getOriginalMessage()).contains("Missing closing quote")) {
      return PlanFormatException.builder("unterminated quoted cell (is the file truncated?)")
          .at(cellLocation())
          .expected("a closing quote before the end of the input")
          .build();
    }
    return PlanFormatException.builder(
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
    String cell = rows == 1 && column == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
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
