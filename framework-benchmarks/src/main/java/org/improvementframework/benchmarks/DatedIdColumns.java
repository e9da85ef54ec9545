package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A benchmark-only prototype of a byte-level reader of the two columns an event indicator needs
 * from a case-record CSV file: the child's id and one date. It reads the file's bytes once, finds
 * the two columns by name in the header (any order, other columns skipped, names matched ignoring
 * case and surrounding spaces, a byte-order mark allowed) and hands each row to a {@link Visitor}
 * as a slice of the bytes and an epoch day, without making a {@code String}, a {@code LocalDate}
 * or a record per row. Dates are {@code yyyy-MM-dd} or {@code dd/MM/yyyy}.
 *
 * <p>It is a measurement of what framework-io's reader could gain, not a reader for users: it
 * refuses quoted cells (RFC 4180 quoting, which the real reader accepts) rather than read them.
 * Every refusal is an {@link IllegalArgumentException} naming the file, the row and the column,
 * and never the cell's text, which is a child's id or an event date.
 */
final class DatedIdColumns {

  /** Receives each row's id, as bytes of the file, and its day. */
  interface Visitor {
    /**
     * Takes one row.
     *
     * @param bytes the file's bytes; not to be changed
     * @param idStart the index of the id's first byte
     * @param idEnd the index after the id's last byte
     * @param epochDay the row's date as {@link LocalDate#toEpochDay()}
     */
    void row(byte[] bytes, int idStart, int idEnd, int epochDay);
  }

  private DatedIdColumns() {}

  /**
   * Reads a file, row by row.
   *
   * @param file the file; not null
   * @param idColumn the name of the id column; not null
   * @param dateColumn the name of the date column; not null
   * @param visitor what receives the rows; not null
   * @return the file's bytes, which the visitor's slices point into; not null
   * @throws IllegalArgumentException if a column is missing, or a row is short, quoted, has an
   *     empty id or a date in neither form
   * @throws UncheckedIOException if the file cannot be read
   */
  static byte[] read(Path file, String idColumn, String dateColumn, Visitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = file.getFileName().toString();
    int pos =
        b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf
            ? 3
            : 0;
    int headerEnd = lineEnd(b, pos);
    String[] header = new String(b, pos, headerEnd - pos, StandardCharsets.UTF_8).split(",", -1);
    int idAt = column(header, idColumn, name);
    int dateAt = column(header, dateColumn, name);
    int last = Math.max(idAt, dateAt);
    pos = next(b, headerEnd);
    for (long row = 2; pos < b.length; row++) {
      int end = lineEnd(b, pos);
      if (end == pos || (end == pos + 1 && b[pos] == '\r')) {
        pos = next(b, end); // a blank line, as at the end of many extracts
        continue;
      }
      int idStart = -1;
      int idEnd = -1;
      int day = 0;
      int cellStart = pos;
      for (int col = 0; col <= last; col++) {
        int cellEnd = cellStart;
        while (cellEnd < end && b[cellEnd] != ',') {
          if (b[cellEnd] == '"') {
            throw problem(
                name, row, header[col], "an unquoted cell (this prototype reads no" + " quoting)");
          }
          cellEnd++;
        }
        if (cellEnd == end && col < last) {
          throw problem(name, row, header[col + 1], "a cell; the row ends before it");
        }
        int trimmed = cellEnd > cellStart && b[cellEnd - 1] == '\r' ? cellEnd - 1 : cellEnd;
        if (col == idAt) {
          idStart = cellStart;
          idEnd = trimmed;
          if (idEnd == idStart) {
            throw problem(name, row, header[col], "a child id");
          }
        } else if (col == dateAt) {
          day = epochDay(b, cellStart, trimmed, name, row, header[col]);
        }
        cellStart = cellEnd + 1;
      }
      visitor.row(b, idStart, idEnd, day);
      pos = next(b, end);
    }
    return b;
  }

  private static int column(String[] header, String wanted, String file) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    throw new IllegalArgumentException(file + ": no column '" + wanted + "' in the header");
  }

  private static int lineEnd(byte[] b, int from) {
    int i = from;
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    return i;
  }

  private static int next(byte[] b, int lineEnd) {
    return Math.min(b.length, lineEnd + 1);
  }

  /** Reads {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, checking the day exists. */
  private static int epochDay(byte[] b, int s, int e, String file, long row, String column) {
    int year;
    int month;
    int day;
    if (e - s == 10 && b[s + 4] == '-' && b[s + 7] == '-') {
      year = digits(b, s, 4);
      month = digits(b, s + 5, 2);
      day = digits(b, s + 8, 2);
    } else if (e - s == 10 && b[s + 2] == '/' && b[s + 5] == '/') {
      day = digits(b, s, 2);
      month = digits(b, s + 3, 2);
      year = digits(b, s + 6, 4);
    } else {
      year = -1;
      month = -1;
      day = -1;
    }
    try {
      if (year >= 0 && month >= 0 && day >= 0) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
      }
    } catch (DateTimeException e2) {
      // reported below, without the text
    }
    throw problem(file, row, column, "a date as yyyy-MM-dd or dd/MM/yyyy");
  }

  private static int digits(byte[] b, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  private static IllegalArgumentException problem(
      String file, long row, String column, String expected) {
    return new IllegalArgumentException(
        file + ", row " + row + ", column '" + column.strip() + "': expected " + expected);
  }
}
