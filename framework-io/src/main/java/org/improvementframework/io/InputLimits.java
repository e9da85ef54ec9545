package org.improvementframework.io;

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
 * <p>Writers check against the same defaults: what a writer of this library writes, its reader
 * reads with {@link #defaults()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxInputBytes the bytes of one input, at least 1
 * @param maxCellChars the characters of one cell or string, at least 1
 * @param maxRows the rows of one table, at least 1
 * @param maxColumns the cells of one row, at least 1
 * @param maxDepth the nesting depth of a document, at least 1
 * @param maxNumberChars the characters of one number, at least 1
 */
public record InputLimits(
    long maxInputBytes,
    int maxCellChars,
    long maxRows,
    int maxColumns,
    int maxDepth,
    int maxNumberChars) {

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
      new InputLimits(
          DEFAULT_MAX_INPUT_BYTES,
          DEFAULT_MAX_CELL_CHARS,
          DEFAULT_MAX_ROWS,
          DEFAULT_MAX_COLUMNS,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_NUMBER_CHARS);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public InputLimits {
    positive("maxInputBytes", maxInputBytes);
    positive("maxCellChars", maxCellChars);
    positive("maxRows", maxRows);
    positive("maxColumns", maxColumns);
    positive("maxDepth", maxDepth);
    positive("maxNumberChars", maxNumberChars);
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
   * Obtains a copy with another byte limit.
   *
   * @param bytes the bytes of one input, at least 1
   * @return the limits; not null
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public InputLimits withMaxInputBytes(long bytes) {
    return new InputLimits(bytes, maxCellChars, maxRows, maxColumns, maxDepth, maxNumberChars);
  }

  /**
   * Obtains a copy with another cell limit.
   *
   * @param chars the characters of one cell, at least 1
   * @return the limits; not null
   * @throws IllegalArgumentException if {@code chars} is less than 1
   */
  public InputLimits withMaxCellChars(int chars) {
    return new InputLimits(maxInputBytes, chars, maxRows, maxColumns, maxDepth, maxNumberChars);
  }

  /**
   * Obtains a copy with another row limit.
   *
   * @param rows the rows of one table, at least 1
   * @return the limits; not null
   * @throws IllegalArgumentException if {@code rows} is less than 1
   */
  public InputLimits withMaxRows(long rows) {
    return new InputLimits(maxInputBytes, maxCellChars, rows, maxColumns, maxDepth, maxNumberChars);
  }

  /**
   * Obtains a copy with another column limit.
   *
   * @param columns the cells of one row, at least 1
   * @return the limits; not null
   * @throws IllegalArgumentException if {@code columns} is less than 1
   */
  public InputLimits withMaxColumns(int columns) {
    return new InputLimits(maxInputBytes, maxCellChars, maxRows, columns, maxDepth, maxNumberChars);
  }

  /**
   * Obtains a copy with another depth limit.
   *
   * @param depth the nesting depth, at least 1
   * @return the limits; not null
   * @throws IllegalArgumentException if {@code depth} is less than 1
   */
  public InputLimits withMaxDepth(int depth) {
    return new InputLimits(maxInputBytes, maxCellChars, maxRows, maxColumns, depth, maxNumberChars);
  }

  /**
   * Obtains a copy with another number limit.
   *
   * @param chars the characters of one number, at least 1
   * @return the limits; not null
   * @throws IllegalArgumentException if {@code chars} is less than 1
   */
  public InputLimits withMaxNumberChars(int chars) {
    return new InputLimits(maxInputBytes, maxCellChars, maxRows, maxColumns, maxDepth, chars);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be 1 or more, not " + value);
    }
  }
}
