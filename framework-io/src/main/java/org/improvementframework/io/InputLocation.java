package org.improvementframework.io;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.improvementframework.io.internal.Checks;
import org.improvementframework.io.internal.ValueStyle;

/**
 * Where in an input something was found: the source (a file name or a description), and any of a
 * physical line and character column, a row and a column of a table, or a JSON path.
 *
 * <p>Every part is optional, because a reader knows different things: a JSON reader knows the
 * path, line and character column; a CSV or spreadsheet reader knows the row number and the column
 * heading (or letter). Lines, rows and column numbers count from 1. The {@link #toString() text
 * form} names only the parts that are known, for example
 * {@code plan.csv, row 14, column 'TARGET DATE'} or
 * {@code plan.json, $.plan.areas[3].title (line 40, column 18)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class InputLocation implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final InputLocation UNKNOWN = builder().build();

  /** For the generated implementation only. */
  InputLocation() {}

  /** The physical line as stored: 0 where unknown. */
  @Value.Default
  long rawLine() {
    return 0;
  }

  /** The character column as stored: 0 where unknown. */
  @Value.Default
  int rawLineColumn() {
    return 0;
  }

  /** The row as stored: 0 where unknown. */
  @Value.Default
  long rawRow() {
    return 0;
  }

  /** Zero stands for unknown, so only a negative position is a caller's mistake. */
  @Value.Check
  void checkPositions() {
    Checks.knownOrZero("line", rawLine());
    Checks.knownOrZero("lineColumn", rawLineColumn());
    Checks.knownOrZero("row", rawRow());
  }

  /**
   * Obtains a location about which nothing is known.
   *
   * @return the unknown location; not null
   */
  public static InputLocation unknown() {
    return UNKNOWN;
  }

  /**
   * Obtains the location of a cell of a table.
   *
   * @param source the file name or description of the input; may be null if unknown
   * @param row the row number, counting from 1 (the header is row 1 if the input has one)
   * @param column the column heading, letter or number as the user sees it; may be null if the
   *     location is the whole row
   * @return the location; not null
   * @throws IllegalArgumentException if {@code row} is less than 1
   */
  public static InputLocation ofCell(String source, long row, String column) {
    Checks.positive("row", row);
    return builder().source(source).row(row).column(column).build();
  }

  /**
   * Obtains the location of a value in a JSON document.
   *
   * @param source the file name or description of the input; may be null if unknown
   * @param jsonPath the JSON path, such as {@code $.plan.areas[3].title}; not null
   * @param line the physical line, counting from 1, or 0 if unknown
   * @param lineColumn the character column in the line, counting from 1, or 0 if unknown
   * @return the location; not null
   * @throws NullPointerException if {@code jsonPath} is null
   * @throws IllegalArgumentException if {@code line} or {@code lineColumn} is negative
   */
  public static InputLocation ofJsonPath(
      String source, String jsonPath, long line, int lineColumn) {
    Objects.requireNonNull(jsonPath, "jsonPath");
    return builder().source(source).jsonPath(jsonPath).line(line).lineColumn(lineColumn).build();
  }

  /**
   * Obtains the location of a whole source.
   *
   * @param source the file name or description of the input; may be null if unknown
   * @return the location; not null
   */
  public static InputLocation ofSource(String source) {
    return builder().source(source).build();
  }

  /**
   * Obtains a builder of locations, with nothing known yet.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a builder that starts from this location, to add or replace parts.
   *
   * @return a new builder; not null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Obtains a copy of this location with the given source, if this one has none.
   *
   * @param defaultSource the source to use when none is known; may be null
   * @return a location with a source if either has one; not null
   */
  public InputLocation withDefaultSource(String defaultSource) {
    if (source().isPresent() || defaultSource == null) {
      return this;
    }
    return toBuilder().source(defaultSource).build();
  }

  /**
   * Gets the file name or description of the input.
   *
   * @return the source, empty if unknown; not null
   */
  public abstract Optional<String> source();

  /**
   * Gets the physical line of a text input, counting from 1.
   *
   * @return the line, empty if unknown; not null
   */
  public OptionalLong line() {
    return rawLine() > 0 ? OptionalLong.of(rawLine()) : OptionalLong.empty();
  }

  /**
   * Gets the sheet of a workbook, by its name.
   *
   * @return the sheet name, empty if the input is not a workbook; not null
   */
  public abstract Optional<String> sheet();

  /**
   * Gets the character column within the {@link #line() line}, counting from 1.
   *
   * @return the character column, empty if unknown; not null
   */
  public OptionalInt lineColumn() {
    return rawLineColumn() > 0 ? OptionalInt.of(rawLineColumn()) : OptionalInt.empty();
  }

  /**
   * Gets the row of a table (a CSV record or a spreadsheet row), counting from 1; a CSV record
   * that spans several lines is one row.
   *
   * @return the row, empty if unknown; not null
   */
  public OptionalLong row() {
    return rawRow() > 0 ? OptionalLong.of(rawRow()) : OptionalLong.empty();
  }

  /**
   * Gets the column of a table, as the user sees it: a heading, a letter or a number.
   *
   * @return the column, empty if unknown; not null
   */
  public abstract Optional<String> column();

  /**
   * Gets the JSON path, such as {@code $.plan.areas[3].title}.
   *
   * @return the JSON path, empty if not a JSON input; not null
   */
  public abstract Optional<String> jsonPath();

  /**
   * Tells whether nothing at all is known about this location.
   *
   * @return true if no part is known
   */
  public boolean isUnknown() {
    return source().isEmpty()
        && sheet().isEmpty()
        && rawLine() == 0
        && rawRow() == 0
        && column().isEmpty()
        && jsonPath().isEmpty();
  }

  /**
   * Gets the location as a user reads it, naming only the known parts, such as
   * {@code plan.csv, row 14, column 'TARGET DATE'}; {@code unknown location} when nothing is
   * known.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    String source = source().orElse(null);
    String sheet = sheet().orElse(null);
    String column = column().orElse(null);
    String jsonPath = jsonPath().orElse(null);
    long line = rawLine();
    long row = rawRow();
    int lineColumn = rawLineColumn();
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
    }
    if (sheet != null) {
      separate(sb).append("sheet '").append(sheet).append('\'');
    }
    if (row > 0) {
      separate(sb).append("row ").append(row);
    }
    if (column != null) {
      separate(sb).append("column '").append(column).append('\'');
    }
    if (jsonPath != null) {
      separate(sb).append(jsonPath);
    }
    if (line > 0) {
      boolean alone = sb.length() == 0 || (jsonPath == null && row == 0);
      if (alone) {
        separate(sb).append("line ").append(line);
      } else {
        sb.append(" (line ").append(line);
      }
      if (lineColumn > 0) {
        sb.append(", column ").append(lineColumn);
      }
      if (!alone) {
        sb.append(')');
      }
    }
    return sb.length() == 0 ? "unknown location" : sb.toString();
  }

  private static StringBuilder separate(StringBuilder sb) {
    return sb.length() == 0 ? sb : sb.append(", ");
  }

  /**
   * Builds an {@link InputLocation}; every part is optional, and a string part set to null stays
   * unknown, as does a line, character column or row of 0. {@code build()} throws
   * {@link IllegalArgumentException} for a negative line, character column or row. A builder is
   * not thread-safe.
   */
  public static final class Builder extends ImmutableInputLocation.Builder {
    Builder() {}
  }
}
