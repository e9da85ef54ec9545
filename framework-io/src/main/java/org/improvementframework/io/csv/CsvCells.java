package org.improvementframework.io.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.csv.PlanCsv.Column;
import org.improvementframework.io.json.IndicatorJson;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.Indicator;

/**
 * Reads the cells of the milestone CSV into values: numbers, references, dates, enums, list cells
 * and the indicators' JSON, each failure a {@link PlanFormatException} naming the row, the column,
 * the text and what was expected. Blank lines of list cells are warnings.
 */
final class CsvCells {

  private static final JsonFactory INDICATOR_JSON =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
          .build();

  private final String source;
  private final LongSupplier record;
  private final List<ReadWarning> warnings = new ArrayList<>();

  /**
   * @param source the input's name for messages; may be null
   * @param record the number of the row being read
   */
  CsvCells(String source, LongSupplier record) {
    this.source = source;
    this.record = record;
  }

  List<ReadWarning> warnings() {
    return warnings;
  }

  /** The row that errors found while building name; the row of the first occurrence. */
  private long rowForErrors;

  /** Makes errors name a row while an area or action is built from its first row. */
  void rowForErrors(long row) {
    rowForErrors = row;
  }

  <T> T at(long row, Supplier<T> f) {
    long saved = rowForErrors;
    rowForErrors = row;
    try {
      return f.get();
    } finally {
      rowForErrors = saved;
    }
  }

  long currentRow() {
    return rowForErrors > 0 ? rowForErrors : record.getAsLong();
  }

  PlanFormatException cellError(String problem, Column column, String text, String expected) {
    return PlanFormatException.builder(problem)
        .at(InputLocation.ofCell(source, currentRow(), column.heading()))
        .field(column.heading())
        .text(text)
        .expected(expected)
        .build();
  }

  List<Indicator> indicators(String json, int measures) {
    List<Indicator> list = new ArrayList<>();
    if (json.isEmpty()) {
      for (int i = 0; i < measures; i++) {
        list.add(null);
      }
      return list;
    }
    try (JsonParser p = INDICATOR_JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw cellError(
            "indicators are not a JSON array",
            Column.INDICATORS,
            json,
            "a JSON array with one indicator or null per measure");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        list.add(t == JsonToken.VALUE_NULL ? null : IndicatorJson.read(p, source));
      }
      if (p.nextToken() != null) {
        throw cellError(
            "unexpected text after the indicators", Column.INDICATORS, json, "one JSON array");
      }
    } catch (PlanFormatException e) {
      if (e.location().row().isPresent()) {
        throw e;
      }
      throw cellError(
          "cannot read indicators: " + e.getMessage(),
          Column.INDICATORS,
          json,
          "a JSON array with one indicator or null per measure");
    } catch (IOException e) {
      throw cellError(
          "cannot read indicators as JSON",
          Column.INDICATORS,
          json,
          "a JSON array with one indicator or null per measure");
    }
    if (list.size() != measures) {
      throw cellError(
          list.size() + " indicators for " + measures + " measures",
          Column.INDICATORS,
          json,
          "one indicator or null per line of '" + Column.MEASURED_BY.heading() + "'");
    }
    return list;
  }

  int positive(String s, Column column) {
    try {
      return AreaRef.parse(s).number();
    } catch (IllegalArgumentException e) {
      throw cellError("cannot read area number", column, s, "a positive whole number");
    }
  }

  /**
   * Builds a value of the model from cells already read, reporting an invariant it refuses as bad
   * input in {@code column}: the model's message says which rule, the column says where.
   */
  <T> T built(String what, Column column, String text, String expected, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw cellError("invalid " + what + ": " + e.getMessage(), column, text, expected);
    }
  }

  <T> T parse(String s, Column column, String expected, Function<String, T> parser) {
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw cellError("cannot read " + column.heading(), column, s, expected);
    }
  }

  <E extends Enum<E>> E enumCell(String s, Column column, Class<E> type) {
    E[] all = type.getEnumConstants();
    for (E e : all) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw enumError(column, s, all);
  }

  /** The error for a cell that names none of an enum's constants. */
  <E extends Enum<E>> PlanFormatException enumError(Column column, String s, E[] all) {
    StringBuilder names = new StringBuilder("one of ");
    for (int i = 0; i < all.length; i++) {
      names.append(i == 0 ? "" : ", ").append(all[i].name());
    }
    return cellError("cannot read " + column.heading(), column, s, names.toString());
  }

  /** Splits a list cell's text into its elements, undoing the escapes; blank lines are skipped. */
  List<String> lines(String s, Column column) {
    if (s.isEmpty()) {
      return List.of();
    }
    if (isOneElement(s)) {
      // The usual cell (one target period, one lead) needs no copy.
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      if (c == '\n') {
        String element = sb.toString();
        if (element.isBlank()) {
          warnings.add(
              ReadWarning.of(
                  InputLocation.ofCell(source, currentRow(), column.heading()),
                  "blank line in a list cell",
                  s,
                  "skipped the blank line"));
        } else {
          out.add(element);
        }
        sb.setLength(0);
      } else if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == '\\' || n == 'n' || n == 'r') {
          sb.append(n == '\\' ? '\\' : n == 'n' ? '\n' : '\r');
          i++;
        } else {
          sb.append(c);
        }
      } else if (c != '\r' || (i + 1 < s.length() && s.charAt(i + 1) != '\n')) {
        // A raw CR before a line break or at the cell's end is a spreadsheet's CRLF; a CR of
        // the text itself was written as the escape \r, handled above, and is kept.
        sb.append(c);
      }
    }
    return out;
  }

  /** Tells whether a list cell is one element with no escape: not blank, no line break. */
  private static boolean isOneElement(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\\') {
        return false;
      }
    }
    return !s.isBlank();
  }
}
