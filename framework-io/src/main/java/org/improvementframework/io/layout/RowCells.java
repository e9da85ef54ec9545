package org.improvementframework.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.table.TableRow;

/** The cells of one data row, read through the layout's columns. */
final class RowCells {

  private static final Pattern REF =
      Pattern.compile(
          "^\\s*([A-Za-z]{0,3})\\s*([0-9Il]{1,3}(?:\\s*\\.\\s*[0-9Il]{1,3}){0,3})\\s*[.):]?\\s*$");
  private static final Pattern BULLET =
      Pattern.compile(
          "^\\s*(?:[\\u2022\\u25cf\\u25aa\\u2013*\\-]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s+");
  private static final Pattern LEADING_REF =
      Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,3}){1,3})[.):]?\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern INLINE_BULLET = Pattern.compile("\\s+[\\u2022\\u25cf\\u25aa]\\s*");

  private final TableRow row;
  private final Headers.Match header;

  RowCells(TableRow row, Headers.Match header) {
    this.row = row;
    this.header = header;
  }

  /** The stripped text of a field's cell; empty if the layout has no such column. */
  String text(Field field) {
    Integer index = header.columns().get(field);
    return index == null ? "" : row.cell(index).strip();
  }

  /** The column name of a field, for messages: its header text or letter. */
  String column(Field field) {
    Integer index = header.columns().get(field);
    return index == null ? field.jsonName() : columnName(index);
  }

  String columnName(int index) {
    String name = header.row() == null ? "" : header.row().cell(index).strip();
    return name.isEmpty() ? TableRow.columnLetters(index + 1) : name;
  }

  /** The indexes of non-blank cells that no field of the layout reads. */
  List<Integer> unmapped() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      if (!row.cell(i).isBlank() && !header.isMapped(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Reads a reference such as {@code 1}, {@code 1.1}, {@code 1.1.1}, {@code A1} or {@code P1.3}
   * into its numbers, reading the letter I or l as 1; empty if the text is not a reference.
   */
  static List<Integer> reference(String text) {
    Matcher m = REF.matcher(text);
    if (!m.matches()) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : m.group(2).split("\\s*\\.\\s*")) {
      numbers.add(Integer.valueOf(part.replace('I', '1').replace('l', '1')));
    }
    return numbers;
  }

  /**
   * Reads a description that starts with its own reference, such as {@code 1.1 Strengthen
   * supervision}: the reference's numbers, empty if it does not start so.
   */
  static List<Integer> leadingReference(String text) {
    Matcher m = LEADING_REF.matcher(text);
    return m.matches() ? reference(m.group(1)) : List.of();
  }

  /** The description without the reference it starts with, as {@link #leadingReference} read. */
  static String withoutLeadingReference(String text) {
    Matcher m = LEADING_REF.matcher(text);
    return m.matches() ? m.group(2).strip() : text;
  }

  /** The non-blank cells of a row, stripped and joined by spaces. */
  static String joined(TableRow row) {
    StringBuilder sb = new StringBuilder();
    for (String c : row.cells()) {
      if (!c.isBlank()) {
        sb.append(sb.length() == 0 ? "" : " ").append(c.strip());
      }
    }
    return sb.toString();
  }

  /**
   * Splits a cell into list items, one per line or bullet, without the bullet or number: a list
   * written over several lines of a cell is several items, never one.
   */
  static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    for (String line : text.split("\\R")) {
      for (String part : INLINE_BULLET.split(line)) {
        String item = BULLET.matcher(part).replaceFirst("").strip();
        if (!item.isEmpty()) {
          items.add(item);
        }
      }
    }
    return items;
  }

  /** Splits a lead cell at slashes, semicolons and line breaks: "A Smith/B Jones" is two. */
  static List<String> leads(String text) {
    List<String> leads = new ArrayList<>();
    for (String part : text.split("\\s*(?:/|;|\\R)\\s*")) {
      if (!part.isBlank()) {
        leads.add(part.strip());
      }
    }
    return leads;
  }

  /** The index of the one non-blank cell of a row; empty if none or several. */
  static Optional<Integer> singleCell(TableRow row) {
    int found = -1;
    for (int i = 0; i < row.cells().size(); i++) {
      if (!row.cell(i).isBlank()) {
        if (found >= 0) {
          return Optional.empty();
        }
        found = i;
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(found);
  }

  /** The first non-blank cell of a row, stripped, for a row that has no description. */
  static String firstText(TableRow row) {
    for (String c : row.cells()) {
      if (!c.isBlank()) {
        return c.strip();
      }
    }
    return "(no description)";
  }

  /** Tells whether a reference starts with the numbers of another. */
  static boolean startsWith(List<Integer> ref, List<Integer> prefix) {
    return ref.size() >= prefix.size() && ref.subList(0, prefix.size()).equals(prefix);
  }
}
