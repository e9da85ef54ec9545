package org.improvementframework.io.layout;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.table.TableRow;

/** Finds a layout's columns in a header row, matching names ignoring case and punctuation. */
final class Headers {

  private Headers() {}

  /**
   * The columns of a layout found in one row.
   *
   * @param row the header row, or null for a layout whose columns are all positions
   * @param columns the column index (from 0) of each field found
   */
  record Match(TableRow row, Map<Field, Integer> columns) {
    int size() {
      return columns.size();
    }

    boolean has(Field f) {
      return columns.containsKey(f);
    }

    /** Tells whether a column index holds a field of the layout. */
    boolean isMapped(int index) {
      return columns.containsValue(index);
    }
  }

  /**
   * One field's header names as detection compares them: normalised, sorted and without
   * duplicates, and the length of the longest.
   */
  record Names(List<String> sorted, int longest) {
    static Names of(List<String> names) {
      List<String> sorted = names.stream().map(Headers::normalise).distinct().sorted().toList();
      return new Names(sorted, sorted.stream().mapToInt(String::length).max().orElse(0));
    }
  }

  /** Lower case without accents or punctuation: "Measured By:" is "measured by". */
  static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        space = true;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Matches a layout's named columns against one row; positions are taken as given. */
  static Match match(Layout layout, TableRow row) {
    return match(layout, row, normalisedCells(row));
  }

  /** The cells of a row as {@link #normalise} gives them; a blank cell is empty. */
  static String[] normalisedCells(TableRow row) {
    List<String> raw = row.cells();
    String[] cells = new String[raw.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = raw.get(i).isBlank() ? "" : normalise(raw.get(i));
    }
    return cells;
  }

  /**
   * Matches a layout's named columns against one row whose cells are already normalised, so
   * that detection, which tries every layout on the same rows, normalises each row once.
   */
  static Match match(Layout layout, TableRow row, String[] cells) {
    Map<Field, Integer> found = new EnumMap<>(Field.class);
    boolean[] taken = new boolean[cells.length];
    for (Map.Entry<Field, Names> e : layout.matchNames().entrySet()) {
      int best = -1;
      int bestScore = 0;
      for (int i = 0; i < cells.length; i++) {
        if (cells[i].isEmpty() || taken[i]) {
          continue;
        }
        int score = score(cells[i], e.getValue());
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best >= 0) {
        found.put(e.getKey(), best);
        taken[best] = true;
      }
    }
    if (!found.isEmpty()) {
      layout
          .columnMap()
          .forEach(
              (f, c) -> {
                if (c.position() > 0) {
                  found.putIfAbsent(f, c.position() - 1);
                }
              });
    }
    return new Match(row, found);
  }

  /**
   * Scores a cell against a field's names: an exact name beats a prefix ("Action" over "Action
   * owner"), a longer one a shorter. An exact name scores 1000 plus its length; a name of three
   * characters or more that the cell begins with, followed by a space, scores its length.
   *
   * <p>The names are sorted and searched, not compared one by one, and only prefixes as long as
   * the longest name are tried: detection scores every cell of 40 rows for every field of every
   * layout, and under a fuzzer each comparison of strings is traced.
   */
  static int score(String cell, Names names) {
    if (Collections.binarySearch(names.sorted(), cell) >= 0) {
      return 1000 + cell.length();
    }
    for (int end = Math.min(cell.length() - 1, names.longest()); end >= 3; end--) {
      if (cell.charAt(end) == ' '
          && Collections.binarySearch(names.sorted(), cell.substring(0, end)) >= 0) {
        return end;
      }
    }
    return 0;
  }

  /** Tells whether every named column of the layout is a position, so no header row is needed. */
  static boolean allPositions(Layout layout) {
    return layout.columnMap().values().stream().allMatch(c -> c.position() > 0);
  }

  /** The columns of a layout without a header row. */
  static Match positions(Layout layout) {
    Map<Field, Integer> found = new EnumMap<>(Field.class);
    layout.columnMap().forEach((f, c) -> found.put(f, c.position() - 1));
    return new Match(null, found);
  }
}
