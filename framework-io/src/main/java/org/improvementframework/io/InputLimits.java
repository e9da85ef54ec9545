package org.improvementframework.io;

import org.immutables.value.Value;
import org.improvementframework.io.internal.Checks;
import org.improvementframework.io.internal.ValueStyle;

/**
 * The limits every reader of framework-io applies to its input, so that a hostile or mistaken file
 * is refused early with an {@link InputLimitException} instead of exhausting memory or time.
 *
 * <p>Each limit says once what it counts: {@code maxInputBytes} counts the bytes of the input as
 * stored (before decoding, after decompression for workbooks); {@code maxCellChars} counts the
 * UTF-16 characters of one cell, JSON string or field; {@code maxRows} counts the physical rows of
 * a table or sheet; {@code maxColumns} the cells of one row; {@code maxDepth} the nesting of a JSON
 * or XML document; {@code maxNumberChars} the characters of one number as written, so that no
 * number with a huge exponent or digit count reaches arithmetic.
 *
 * <p>Every limit is at least 1. A copy with one limit changed comes from its {@code withMaxX}
 * method, such as {@code InputLimits.defaults().withMaxRows(1_000)}; each throws
 * {@link IllegalArgumentException} for a limit less than 1, naming the limit.
 *
 * <p>Writers check against the same defaults: what a writer of this library writes, its reader
 * reads with {@link #defaults()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class InputLimits implements WithInputLimits {

  /** The default for {@link #maxInputBytes()}: 256 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 256L * 1024 * 1024;

  /** The default for {@link #maxCellChars()}: one million characters. */
  public static final int DEFAULT_MAX_CELL_CHARS = 1_000_000;

  /** The default for {@link #maxRows()}: ten million rows. */
  public static final long DEFAULT_MAX_ROWS = 10_000_000;

  /** The default for {@link #maxColumns()}: 16,384 columns, as many as a worksheet can have. */
  public static final int DEFAULT_MAX_COLUMNS = 16_384;

  /** The default for {@link #maxDepth()}: 64 levels. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default for {@link #maxNumberChars()}: 100 characters. */
  public static final int DEFAULT_MAX_NUMBER_CHARS = 100;

  private static final InputLimits DEFAULTS =
      of(
          DEFAULT_MAX_INPUT_BYTES,
          DEFAULT_MAX_CELL_CHARS,
          DEFAULT_MAX_ROWS,
          DEFAULT_MAX_COLUMNS,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_NUMBER_CHARS);

  /** For the generated implementation only. */
  InputLimits() {}

  /**
   * Obtains limits from their six values.
   *
   * @param maxInputBytes the bytes of one input, at least 1
   * @param maxCellChars the characters of one cell or string, at least 1
   * @param maxRows the rows of one table, at least 1
   * @param maxColumns the cells of one row, at least 1
   * @param maxDepth the nesting depth of a document, at least 1
   * @param maxNumberChars the characters of one number, at least 1
   * @return the limits; not null
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public static InputLimits of(
      long maxInputBytes,
      int maxCellChars,
      long maxRows,
      int maxColumns,
      int maxDepth,
      int maxNumberChars) {
    return ImmutableInputLimits.of(
        maxInputBytes, maxCellChars, maxRows, maxColumns, maxDepth, maxNumberChars);
  }

  /**
   * Obtains the default limits, with which every reader reads whatever this library writes.
   *
   * @return the defaults; not null
   */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Gets the most bytes of one input, as stored.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract long maxInputBytes();

  /**
   * Gets the most characters of one cell, JSON string or field.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract int maxCellChars();

  /**
   * Gets the most physical rows of one table or sheet.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract long maxRows();

  /**
   * Gets the most cells of one row.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract int maxColumns();

  /**
   * Gets the deepest nesting of a JSON or XML document.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract int maxDepth();

  /**
   * Gets the most characters of one number as written.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract int maxNumberChars();

  /** One check for the factory and every generated {@code withMaxX}: no limit below 1. */
  @Value.Check
  void check() {
    Checks.positive("maxInputBytes", maxInputBytes());
    Checks.positive("maxCellChars", maxCellChars());
    Checks.positive("maxRows", maxRows());
    Checks.positive("maxColumns", maxColumns());
    Checks.positive("maxDepth", maxDepth());
    Checks.positive("maxNumberChars", maxNumberChars());
  }
}
