package org.improvementframework.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.apache.poi.ss.util.CellRangeAddress;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;

/**
 * Repeats the value of each merged range's top-left cell down the first column of the range as
 * the rows stream past. Only the ranges (four numbers each) are held, and of the values only
 * those of the ranges the current row lies in.
 */
final class MergedRanges {

  private record Range(long firstRow, int firstCol, long lastRow, int lastCol) {}

  private static final class Active {
    private final Range range;
    private String value;

    private Active(Range range) {
      this.range = range;
    }
  }

  private final List<Range> ranges;
  private final List<Active> active = new ArrayList<>();
  private int next;

  private MergedRanges(List<Range> ranges) {
    this.ranges = ranges;
  }

  static MergedRanges none() {
    return new MergedRanges(List.of());
  }

  /** Takes the merged ranges of a sheet already read (an .xls), cut at the column limit. */
  static MergedRanges of(List<CellRangeAddress> regions, InputLimits limits) {
    List<Range> ranges = new ArrayList<>();
    for (CellRangeAddress a : regions) {
      ranges.add(
          new Range(
              a.getFirstRow() + 1L,
              a.getFirstColumn() + 1,
              a.getLastRow() + 1L,
              Math.min(a.getLastColumn() + 1, limits.maxColumns())));
    }
    ranges.sort(Comparator.comparingLong(Range::firstRow));
    return new MergedRanges(ranges);
  }

  /** Reads the merged ranges of a sheet in a first pass over its XML. */
  static MergedRanges read(
      InputStream sheet, String part, InputLimits limits, InputLocation where) {
    List<Range> ranges = new ArrayList<>();
    try (XmlCursor xml = new XmlCursor(sheet, part, limits, where)) {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.xml().getLocalName().equals("mergeCell")) {
          Range r = parse(xml.attribute("ref"), limits);
          if (r != null) {
            if (ranges.size() >= limits.maxRows()) {
              throw new InputLimitException("merged ranges", limits.maxRows(), where, null);
            }
            ranges.add(r);
          }
        }
      }
    }
    ranges.sort(Comparator.comparingLong(Range::firstRow));
    return new MergedRanges(ranges);
  }

  private static Range parse(String ref, InputLimits limits) {
    int colon = ref == null ? -1 : ref.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String from = ref.substring(0, colon);
    String to = ref.substring(colon + 1);
    long r1 = CellRefs.row(from);
    long r2 = CellRefs.row(to);
    int c1 = CellRefs.column(from);
    int c2 = CellRefs.column(to);
    if (r1 < 1 || r2 < r1 || c1 < 1 || c2 < c1) {
      return null;
    }
    // A range past the column limit is cut at it: the cells beyond are never read anyway.
    return new Range(r1, c1, r2, Math.min(c2, limits.maxColumns()));
  }

  /** Fills a row's empty cells that head a merged range's column; text is never replaced. */
  void apply(long row, List<String> cells) {
    if (ranges.isEmpty()) {
      return;
    }
    active.removeIf(a -> a.range.lastRow() < row);
    while (next < ranges.size() && ranges.get(next).firstRow() <= row) {
      Active a = new Active(ranges.get(next++));
      if (a.range.lastRow() >= row) {
        active.add(a);
      }
    }
    for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
      Active a = it.next();
      if (a.value == null) {
        int top = a.range.firstCol() - 1;
        a.value = a.range.firstRow() == row && top < cells.size() ? cells.get(top) : "";
      }
      if (a.value.isEmpty()) {
        continue;
      }
      // Down the first column only: across columns the same text would be read twice (a title
      // merged over six columns is one title, not six).
      int c = a.range.firstCol() - 1;
      while (cells.size() <= c) {
        cells.add("");
      }
      if (cells.get(c).isEmpty()) {
        cells.set(c, a.value);
      }
    }
  }
}
