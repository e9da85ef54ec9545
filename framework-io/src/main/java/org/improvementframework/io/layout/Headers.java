package org.improvementframework.io.layout;

import java.text.Normalizer;
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
    Map<Field, Integer> found = new EnumMap<>(Field.class);
    List<String> raw = row.cells();
    String[] cells = new String[raw.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = raw.get(i).isBlank() ? "" : normalise(raw.get(i));
    }
    for (Map.Entry<Field, List<String>> e : layout.matchNames().entrySet()) {
      int best = -1;
      int bestScore = 0;
      for (int i = 0; i < cells.length; i++) {
        String cell = cells[i];
        if (cell.isEmpty() || found.containsValue(i)) {
          continue;
        }
        for (String n : e.getValue()) {
          // An exact name beats a prefix ("Action" over "Action owner"), a longer one a shorter.
          int score =
              cell.equals(n)
                  ? 1000 + n.length()
                  : n.length() >= 3
                          && cell.startsWith(n)
                          && cell.length() > n.length()
                          && cell.charAt(n.length()) == ' '
                      ? n.length()
                      : 0;
          if (score > bestScore) {
            best = i;
            bestScore = score;
          }
        }
      }
      if (best >= 0) {
        found.put(e.getKey(), best);
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
