package org.improvementframework.io.table;

import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.InputLimits;

/**
 * How {@link CsvTables} reads a text table: the delimiter (or detection), whether quotes are read
 * as RFC 4180 quoting or, leniently, as text, and the limits.
 *
 * <p>The lenient mode is for text extracted from a PDF, where a quote character is a letter of the
 * prose and never a CSV quote: reading it as a quote would join every line up to the next quote
 * into one cell. In that mode each quote is kept as text and reported in a warning naming its
 * row and column.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param delimiter the cell delimiter (such as a comma, a tab or a semicolon), or null to detect
 *     one of those three from the first lines
 * @param lenientQuotes true to read quote characters as text, with a warning
 * @param limits the limits of the input; not null
 * @param numbering how rows are numbered; not null
 */
public record CsvOptions(
    Character delimiter, boolean lenientQuotes, InputLimits limits, RowNumbering numbering) {

  /** What the row limit counts, as the tokenizers' limit errors name it. */
  static final String ROW_COUNT = "row count (rows read, the header included)";

  /** What the cell limit counts, as the tokenizers' limit errors name it. */
  static final String CELL_LENGTH = "cell length";

  private static final CsvOptions DEFAULTS =
      new CsvOptions(null, false, InputLimits.defaults(), RowNumbering.LINES);

  /** How a row's number is counted when a quoted cell spans lines. */
  public enum RowNumbering {
    /** The line on which the record starts, as a text editor shows it. */
    LINES,
    /** The record's place in the file, as a spreadsheet program shows it. */
    RECORDS
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if {@code limits} or {@code numbering} is null
   * @throws IllegalArgumentException if the delimiter is a quote or a line break
   */
  public CsvOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(numbering, "numbering");
    if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
      throw new IllegalArgumentException(
          "delimiter must not be a quote or a line break, but was " + (int) delimiter.charValue());
    }
  }

  /**
   * Obtains options whose rows are numbered by lines.
   *
   * @param delimiter the cell delimiter, or null to detect it
   * @param lenientQuotes true to read quote characters as text, with a warning
   * @param limits the limits of the input; not null
   * @throws NullPointerException if {@code limits} is null
   * @throws IllegalArgumentException if the delimiter is a quote or a line break
   */
  public CsvOptions(Character delimiter, boolean lenientQuotes, InputLimits limits) {
    this(delimiter, lenientQuotes, limits, RowNumbering.LINES);
  }

  /**
   * Obtains the defaults: the delimiter detected, quotes as in RFC 4180, the default limits,
   * rows numbered by lines.
   *
   * @return the defaults; not null
   */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Gets the delimiter, if fixed.
   *
   * @return the delimiter, or empty to detect it; not null
   */
  public Optional<Character> fixedDelimiter() {
    return Optional.ofNullable(delimiter);
  }

  /**
   * Obtains a copy with a fixed delimiter.
   *
   * @param d the delimiter, such as a comma, a tab or a semicolon
   * @return the options; not null
   * @throws IllegalArgumentException if {@code d} is a quote or a line break
   */
  public CsvOptions withDelimiter(char d) {
    return new CsvOptions(d, lenientQuotes, limits, numbering);
  }

  /**
   * Obtains a copy that reads quote characters as text, with a warning for each.
   *
   * @param lenient true for the lenient mode
   * @return the options; not null
   */
  public CsvOptions withLenientQuotes(boolean lenient) {
    return new CsvOptions(delimiter, lenient, limits, numbering);
  }

  /**
   * Obtains a copy with other limits.
   *
   * @param l the limits; not null
   * @return the options; not null
   * @throws NullPointerException if {@code l} is null
   */
  public CsvOptions withLimits(InputLimits l) {
    return new CsvOptions(delimiter, lenientQuotes, l, numbering);
  }

  /**
   * Obtains a copy that numbers rows another way.
   *
   * @param n the numbering; not null
   * @return the options; not null
   * @throws NullPointerException if {@code n} is null
   */
  public CsvOptions withNumbering(RowNumbering n) {
    return new CsvOptions(delimiter, lenientQuotes, limits, n);
  }
}
