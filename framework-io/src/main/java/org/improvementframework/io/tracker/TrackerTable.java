package org.improvementframework.io.tracker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableRow;

/**
 * Reads bytes or characters into rows of cells, within the limits of the options; the first
 * step of the tracker importer.
 */
final class TrackerTable {

  private static final Pattern BARE_REFERENCE =
      Pattern.compile("\\s*\\d{1,2}(?:\\.\\d{1,2}){1,2}\\.?\\s*");

  /** One row of the input: the line it starts on and its cells. */
  record Row(int line, List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    boolean isBlank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  private TrackerTable() {}

  static byte[] readBytes(InputStream in, TrackerOptions options, String source) {
    long max = options.maxBytes();
    try {
      byte[] buffer = new byte[8192];
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long total = 0;
      int n;
      while ((n = in.read(buffer)) >= 0) {
        total += n;
        if (total > max) {
          throw tooLarge(max, "bytes", source);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  static String readChars(Reader in, TrackerOptions options, String source) {
    long max = options.maxBytes();
    try {
      StringBuilder sb = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (sb.length() + (long) n > max) {
          throw tooLarge(max, "characters", source);
        }
        sb.append(buffer, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  private static InputLimitException tooLarge(long max, String unit, String source) {
    return new InputLimitException(
        "the input size (more than " + max + " " + unit + ")",
        max,
        InputLocation.ofSource(source),
        null);
  }

  private static UncheckedIOException unreadable(String source, IOException e) {
    return new UncheckedIOException(
        "cannot read tracker input" + (source == null ? "" : " " + source) + ": " + e.getMessage(),
        e);
  }

  /** Decodes bytes: a BOM decides; else the option's charset, else UTF-8 or Windows-1252. */
  static String decode(
      byte[] bytes, TrackerOptions options, String source, List<ReadWarning> warnings) {
    return CsvTables.decode(bytes, options.charset().orElse(null), source, warnings);
  }

  /**
   * Splits text into rows of cells with the one tokenizer of framework-io; in tab-separated text
   * a quote that would swallow rows is read as text, with a warning.
   */
  static List<Row> rows(
      String input, TrackerOptions options, String source, List<ReadWarning> warnings) {
    InputLimits limits =
        InputLimits.defaults()
            .withMaxRows(options.maxRows())
            .withMaxCellChars(options.maxCellChars())
            .withMaxInputBytes(options.maxBytes());
    CsvTables.Table table =
        CsvTables.read(
            input, source, new CsvOptions(options.delimiter().orElse(null), false, limits));
    warnings.addAll(table.warnings());
    List<Row> rows = new ArrayList<>(table.rows().size());
    for (TableRow r : table.rows()) {
      rows.add(new Row((int) r.number(), r.cells()));
    }
    return rows;
  }

  /**
   * Refuses text copied out of a PDF, one table cell per line: no tab, and at least two rows that
   * are nothing but an action or milestone reference, the evidence the layout reader uses too
   * (a line of such a copy may still hold a comma, so other rows can have several cells). Read
   * as a tracker it would give areas of one-cell rows with every field lost to notes; the layout
   * reader rebuilds its rows.
   */
  static void refuseOneCellPerLine(String text, List<Row> rows, String source) {
    if (text.indexOf('\t') >= 0) {
      return;
    }
    Row second = null;
    int references = 0;
    for (Row row : rows) {
      if (row.cells().size() == 1 && BARE_REFERENCE.matcher(row.cells().get(0)).matches()) {
        references++;
        second = references == 2 ? row : second;
      }
    }
    if (second != null) {
      throw PlanFormatException.builder(
              "the text has one table cell per line, as copied out of a PDF, not the rows of a"
                  + " tracker")
          .at(InputLocation.ofCell(source, second.line(), null))
          .text(second.cells().get(0))
          .expected(
              "a CSV or tab-separated tracker; read a PDF copy with PlanTables.read (package"
                  + " io.layout), which rebuilds its rows")
          .build();
    }
  }
}
