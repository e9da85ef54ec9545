package org.improvementframework.io.returns.ssda903;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.improvementframework.io.returns.SpecificationRows;
import org.improvementframework.io.returns.ssda903.Ssda903Column.Kind;

/**
 * The columns of each SSDA903 table, read once from the resource {@value #RESOURCE} beside this
 * class (the specification's column lists as data rather than code), each coded column's codes
 * from {@link Ssda903Codes}: those the latest known year lists, and those only earlier years do.
 */
final class Ssda903Columns {

  /** The resource of the columns, one CSV row per column: table, column, kind, need. */
  static final String RESOURCE = "ssda903-columns.csv";

  // the names first: the codes of the columns are found by their table's name
  private static final List<String> LINES = SpecificationRows.lines(Ssda903Columns.class, RESOURCE);
  private static final Map<Ssda903Table, String> NAMES = names(LINES);
  private static final Map<Ssda903Table, List<Ssda903Column>> COLUMNS = parse(LINES);

  private Ssda903Columns() {}

  /**
   * Gets a table's columns, in the specification's order.
   *
   * @param table the table; not null
   * @return the columns; unmodifiable; not null
   */
  static List<Ssda903Column> of(Ssda903Table table) {
    return COLUMNS.get(table);
  }

  /**
   * Gets a table's name as the specification writes it.
   *
   * @param table the table; not null
   * @return the name; not null
   */
  static String fileName(Ssda903Table table) {
    return NAMES.get(table);
  }

  static Map<Ssda903Table, String> names(List<String> lines) {
    Map<Ssda903Table, String> names = new EnumMap<>(Ssda903Table.class);
    for (SpecificationRows.Row row : SpecificationRows.rows(lines)) {
      String name = row.fields().get(0);
      String first = names.putIfAbsent(table(row), name);
      if (first != null && !first.equals(name)) {
        throw bad(row.line(), "the table's name as its first row writes it, " + first);
      }
    }
    return names;
  }

  /**
   * Reads the columns from the lines of the resource: {@code #} comments, a header row, then one
   * row per column; every table must have columns, {@code CHILD} first.
   *
   * @param lines the lines; not null
   * @return the columns of every table; not null
   * @throws IllegalStateException naming the line and what was expected, if the lines are not so
   */
  static Map<Ssda903Table, List<Ssda903Column>> parse(List<String> lines) {
    Map<Ssda903Table, List<Ssda903Column>> columns = new EnumMap<>(Ssda903Table.class);
    for (SpecificationRows.Row row : SpecificationRows.rows(lines)) {
      Ssda903Table table = table(row);
      List<String> f = row.fields();
      Kind kind = kind(f.get(2), row.line());
      boolean required = required(f.get(3), row.line());
      columns
          .computeIfAbsent(table, t -> new ArrayList<>())
          .add(column(table, f.get(1), kind, required));
    }
    for (Ssda903Table t : Ssda903Table.values()) {
      List<Ssda903Column> c = columns.get(t);
      if (c == null || c.get(0).kind() != Kind.ID) {
        throw new IllegalStateException(
            RESOURCE + ": table " + t.fileName() + " must have columns, the id (CHILD) first");
      }
      columns.put(t, List.copyOf(c));
    }
    return Collections.unmodifiableMap(columns);
  }

  private static Ssda903Column column(
      Ssda903Table table, String name, Kind kind, boolean required) {
    if (kind != Kind.CODE) {
      return new Ssda903Column(name, kind, required, Set.of(), Set.of());
    }
    Set<String> current =
        new LinkedHashSet<>(Ssda903Codes.codes(table, name, Ssda903Codes.LATEST_KNOWN_YEAR));
    Set<String> older = new LinkedHashSet<>();
    for (int y = Ssda903Codes.FIRST_KNOWN_YEAR; y < Ssda903Codes.LATEST_KNOWN_YEAR; y++) {
      older.addAll(Ssda903Codes.codes(table, name, y));
    }
    older.removeAll(current);
    return new Ssda903Column(name, kind, required, current, older);
  }

  /** Finds the table of a row, whose constant is its name in upper case with words apart. */
  private static Ssda903Table table(SpecificationRows.Row row) {
    List<String> f = row.fields();
    if (f.size() != 4) {
      throw bad(row.line(), "4 fields (table,column,kind,need), found " + f.size());
    }
    String name = f.get(0).toUpperCase(Locale.ROOT);
    for (Ssda903Table t : Ssda903Table.values()) {
      if (t.name().replace("_", "").equals(name)) {
        return t;
      }
    }
    throw bad(row.line(), "a table name as the specification writes it, such as Episodes");
  }

  private static Kind kind(String text, int line) {
    return switch (text) {
      case "id", "date", "code", "text", "integer" -> Kind.valueOf(text.toUpperCase(Locale.ROOT));
      default -> throw bad(line, "a kind: id, date, code, text or integer");
    };
  }

  private static boolean required(String text, int line) {
    return switch (text) {
      case "required" -> true;
      case "optional" -> false;
      default -> throw bad(line, "a need: required or optional");
    };
  }

  private static IllegalStateException bad(int line, String expected) {
    return new IllegalStateException(RESOURCE + " line " + line + ": expected " + expected);
  }
}
