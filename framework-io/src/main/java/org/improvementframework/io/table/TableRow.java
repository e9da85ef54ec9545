package org.improvementframework.io.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.InputLocation;

/**
 * One row of a table, as the user sees it in a spreadsheet program: its cells' text, its number,
 * and the file and sheet it came from.
 *
 * <p>The row number is the physical row a user would go to: in a CSV or TSV file the line on which
 * the record starts (counting blank lines and lines skipped for errors), in a workbook the sheet's
 * own row number. Cells are never null; an empty cell is {@code ""}. Columns count from 1 in
 * {@link #location(int)} and from 0 in {@link #cell(int)}, as lists do.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file name or description of the input; may be null if unknown
 * @param sheet the sheet of a workbook; null if the input has no sheets
 * @param number the physical row number, counting from 1
 * @param cells the text of each cell, in column order; not null, no null element
 * @param hidden whether the row is hidden in the workbook (always false for text files)
 */
public record TableRow(
    String source, String sheet, long number, List<String> cells, boolean hidden) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if {@code cells} or one of its elements is null
   * @throws IllegalArgumentException if {@code number} is less than 1
   */
  public TableRow {
    if (number < 1) {
      throw new IllegalArgumentException("number must be 1 or more, not " + number);
    }
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
  }

  /**
   * Obtains a visible row of a text file.
   *
   * @param source the file name or description; may be null if unknown
   * @param number the physical row number, counting from 1
   * @param cells the cells' text; not null, no null element
   * @return the row; not null
   */
  public static TableRow of(String source, long number, List<String> cells) {
    return new TableRow(source, null, number, cells, false);
  }

  /**
   * Gets the sheet of a workbook.
   *
   * @return the sheet name, empty for a text file; not null
   */
  public Optional<String> sheetName() {
    return Optional.ofNullable(sheet);
  }

  /**
   * Gets the text of a cell, or {@code ""} past the last cell.
   *
   * @param index the column index, counting from 0
   * @return the text; not null
   * @throws IndexOutOfBoundsException if {@code index} is negative
   */
  public String cell(int index) {
    Objects.checkIndex(index, Integer.MAX_VALUE);
    return index < cells.size() ? cells.get(index) : "";
  }

  /**
   * Tells whether every cell is empty or white space.
   *
   * @return true if the row holds no text
   */
  public boolean isBlank() {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Gets the location of the whole row, for messages.
   *
   * @return the location; not null
   */
  public InputLocation location() {
    return InputLocation.builder().source(source).sheet(sheet).row(number).build();
  }

  /**
   * Gets the location of one cell, for messages, naming the column by its spreadsheet letter.
   *
   * @param column the column number, counting from 1
   * @return the location; not null
   * @throws IllegalArgumentException if {@code column} is less than 1
   */
  public InputLocation location(int column) {
    return InputLocation.builder()
        .source(source)
        .sheet(sheet)
        .row(number)
        .column(columnLetters(column))
        .build();
  }

  /**
   * Gives the spreadsheet letters of a column: 1 is {@code A}, 27 is {@code AA}.
   *
   * @param column the column number, counting from 1
   * @return the letters; not null
   * @throws IllegalArgumentException if {@code column} is less than 1
   */
  public static String columnLetters(int column) {
    if (column < 1) {
      throw new IllegalArgumentException("column must be 1 or more, not " + column);
    }
    StringBuilder sb = new StringBuilder(4);
    for (int n = column; n > 0; n = (n - 1) / 26) {
      sb.append((char) ('A' + (n - 1) % 26));
    }
    return sb.reverse().toString();
  }

  /**
   * Gives a short description without the cells' text, which may hold personal data.
   *
   * @return the location and the number of cells; not null
   */
  @Override
  public String toString() {
    return location() + " (" + cells.size() + " cells" + (hidden ? ", hidden" : "") + ")";
  }
}
