package org.improvementframework.io.casework;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;

/**
 * Where a case-record reader's columns are in a file: the names of its header row matched to the
 * columns the reader needs, ignoring case and surrounding spaces, in any order. Kept apart from
 * the reader because both of its row loops, by characters and by bytes, resolve the header the
 * same way.
 */
final class CaseRecordHeader {

  private final String[] columns;
  private final Set<String> optional;

  /** The columns in the order the documentation lists them, and those a header may leave out. */
  CaseRecordHeader(String[] columns, Set<String> optional) {
    this.columns = columns;
    this.optional = optional;
  }

  /**
   * Reads a header row's names into the index of each column in the file (-1 for an optional
   * column left out), giving the header's warnings: a name given twice, a name not known.
   *
   * @throws CaseRecordFormatException if a required column is missing, naming it and the row
   */
  int[] indexes(String[] names, String source, long row, Consumer<? super ReadWarning> warnings) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).strip();
      }
      if (byName.putIfAbsent(name, i) != null && !name.isEmpty()) {
        warnings.accept(
            ReadWarning.of(
                InputLocation.ofCell(source, row, "#" + (i + 1)),
                "column named twice",
                "",
                "read the first, ignored this one"));
      }
    }
    Set<String> known = Set.of(columns);
    byName.forEach(
        (name, i) -> {
          if (!name.isEmpty() && !known.contains(name)) {
            // named by position, never quoted: a file without a header row has a child's data here
            warnings.accept(
                ReadWarning.of(
                    InputLocation.ofCell(source, row, "#" + (i + 1)),
                    "unknown column, not one of " + String.join(", ", columns),
                    "",
                    "ignored"));
          }
        });
    int[] index = new int[columns.length];
    for (int c = 0; c < columns.length; c++) {
      Integer i = byName.get(columns[c]);
      if (i == null && !optional.contains(columns[c])) {
        throw new CaseRecordFormatException(
            source, row, columns[c], "this column in the header row (needed: " + required() + ")");
      }
      index[c] = i == null ? -1 : i;
    }
    return index;
  }

  private String required() {
    StringBuilder sb = new StringBuilder();
    for (String c : columns) {
      if (!optional.contains(c)) {
        sb.append(sb.length() == 0 ? "" : ", ").append(c);
      }
    }
    return sb.toString();
  }
}
