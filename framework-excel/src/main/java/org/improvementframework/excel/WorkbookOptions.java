package org.improvementframework.excel;

import java.util.Objects;
import org.improvementframework.io.InputLimits;

/**
 * How a workbook is read: the input limits and what merged cells hold.
 *
 * <p>{@link InputLimits#maxInputBytes()} bounds the file as stored and, separately, the
 * decompressed bytes of each XML part (a sheet, the shared strings, the styles);
 * {@link InputLimits#maxRows()} the rows of one sheet; {@link InputLimits#maxColumns()} the column
 * of any cell; {@link InputLimits#maxCellChars()} the text of one cell;
 * {@link InputLimits#maxNumberChars()} a number as stored.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param limits the input limits; not null
 * @param mergedCells what the cells of a merged range hold; not null
 */
public record WorkbookOptions(InputLimits limits, MergedCells mergedCells) {

  private static final WorkbookOptions DEFAULTS =
      new WorkbookOptions(InputLimits.defaults(), MergedCells.REPEAT);

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public WorkbookOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(mergedCells, "mergedCells");
  }

  /**
   * Obtains the defaults: {@link InputLimits#defaults()} and {@link MergedCells#REPEAT}.
   *
   * @return the defaults; not null
   */
  public static WorkbookOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a copy with other limits.
   *
   * @param limits the limits; not null
   * @return the options; not null
   * @throws NullPointerException if {@code limits} is null
   */
  public WorkbookOptions withLimits(InputLimits limits) {
    return new WorkbookOptions(limits, mergedCells);
  }

  /**
   * Obtains a copy with another treatment of merged cells.
   *
   * @param mergedCells what the cells of a merged range hold; not null
   * @return the options; not null
   * @throws NullPointerException if {@code mergedCells} is null
   */
  public WorkbookOptions withMergedCells(MergedCells mergedCells) {
    return new WorkbookOptions(limits, mergedCells);
  }
}
