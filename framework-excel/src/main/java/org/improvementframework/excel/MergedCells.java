package org.improvementframework.excel;

/**
 * What a reader puts in the cells of a merged range, such as an area title merged down the rows
 * of its actions.
 */
public enum MergedCells {
  /**
   * Repeats the value of the range's top-left cell down the range's first column, into every row
   * of the range, so that each row carries its area as a layout reads it; the other columns of
   * the range stay empty, so that a title merged across columns is read once. Costs one more
   * pass over the sheet's XML, because a sheet lists its merged ranges after its rows.
   */
  REPEAT,
  /** Leaves the value in the top-left cell only, as the file stores it; one pass. */
  TOP_LEFT
}
