package org.improvementframework.io.returns.ssda903;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.improvementframework.io.ReadWarning;

/**
 * The children of an SSDA903 return as small numbers, with what the indicators need of their
 * Header and AD1 rows in primitive arrays: the date of birth, the match date, and enough of the
 * first Header row to say which columns a later Header row of the same child changes.
 *
 * <p>A later Header row is compared with the first by a 64-bit fingerprint of each cell rather
 * than the cell itself, so that a national extract's Header table is not held in memory; two
 * different cells share a fingerprint with a chance of about one in 2<sup>64</sup>.
 */
final class ChildIndex {

  /** The value of a day not known. */
  static final int NONE = Integer.MIN_VALUE;

  private static final int HEADER_COLUMNS = Ssda903Table.HEADER.columns().size();

  private final Map<String, Integer> index = new HashMap<>();
  private String[] ids = new String[256];
  private int[] dob = filled(256);
  private int[] match = filled(256);
  private long[] headerRow = new long[256];
  private String[] headerSource = new String[256];
  private long[] fingerprints = new long[256 * HEADER_COLUMNS];
  private int size;

  /** The number of the child with the id, numbering a new child with the next number. */
  int of(String id) {
    Integer known = index.get(id);
    if (known != null) {
      return known;
    }
    if (size == ids.length) {
      grow();
    }
    index.put(id, size);
    ids[size] = id;
    return size++;
  }

  /** The number of the child with the id, or -1 if no row numbered it. */
  int find(String id) {
    Integer known = index.get(id);
    return known == null ? -1 : known;
  }

  int size() {
    return size;
  }

  String id(int child) {
    return ids[child];
  }

  /** The child's date of birth as an epoch day, or {@link #NONE} without a Header row. */
  int dob(int child) {
    return dob[child];
  }

  /** The child's AD1 {@code DATE_MATCH} as an epoch day, or {@link #NONE}. */
  int match(int child) {
    return match[child];
  }

  /**
   * Takes a Header row: the first of a child is kept; a later one is refused with a warning
   * naming the columns that differ (never their values, which are personal data).
   *
   * @return true if the row is the child's first Header row
   */
  boolean header(Ssda903Row r, Consumer<ReadWarning> warnings) {
    int c = of(r.child());
    List<Ssda903Column> columns = Ssda903Table.HEADER.columns();
    if (headerRow[c] == 0) {
      headerRow[c] = r.row();
      headerSource[c] = r.source();
      dob[c] = (int) r.date("DOB").orElseThrow().toEpochDay();
      for (int i = 0; i < HEADER_COLUMNS; i++) {
        fingerprints[c * HEADER_COLUMNS + i] = fingerprint(r.value(columns.get(i).name()));
      }
      return true;
    }
    StringBuilder differs = new StringBuilder();
    for (int i = 0; i < HEADER_COLUMNS; i++) {
      String name = columns.get(i).name();
      if (fingerprints[c * HEADER_COLUMNS + i] != fingerprint(r.value(name))) {
        differs.append(differs.length() == 0 ? "" : ", ").append(name);
      }
    }
    String first =
        headerSource[c].equals(r.source())
            ? "row " + headerRow[c]
            : headerSource[c] + " row " + headerRow[c];
    // the location and the column names only: the values are personal data
    warnings.accept(
        ReadWarning.of(
            r.location(),
            differs.length() == 0
                ? "duplicated Header row of a child"
                : "Header rows of a child disagree in " + differs + " (first at " + first + ")",
            "",
            "used the first Header row of the child, ignored this one"));
    return false;
  }

  /** Takes an AD1 row: the child's match date, the last row of the child winning. */
  void adoption(Ssda903Row r) {
    match[of(r.child())] = (int) r.date("DATE_MATCH").orElseThrow().toEpochDay();
  }

  static LocalDate day(int epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }

  private static long fingerprint(Optional<String> value) {
    // FNV-1a over the UTF-16 units; an absent cell and an empty one are the same
    long h = 0xcbf29ce484222325L;
    String s = value.orElse("");
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private void grow() {
    int n = ids.length * 2;
    ids = Arrays.copyOf(ids, n);
    int old = dob.length;
    dob = Arrays.copyOf(dob, n);
    match = Arrays.copyOf(match, n);
    Arrays.fill(dob, old, n, NONE);
    Arrays.fill(match, old, n, NONE);
    headerRow = Arrays.copyOf(headerRow, n);
    headerSource = Arrays.copyOf(headerSource, n);
    fingerprints = Arrays.copyOf(fingerprints, n * HEADER_COLUMNS);
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }
}
