package org.improvementframework.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.improvementframework.testing.Randomness;
import org.improvementframework.testing.SeededRandomness;

/**
 * Writes seeded synthetic case records for the re-referral and placement-move comparisons, in the
 * layouts of framework-io's {@code CaseRecordReader}, ISO dates, each file in date order as a
 * case-management extract comes: {@code referrals.csv} ({@code child_id,referral_date}),
 * {@code looked_after_periods.csv} ({@code child_id,date_of_birth,period_start,period_end}) and
 * {@code placements.csv} ({@code child_id,placement_start,placement_end,placement_type,
 * short_break}).
 *
 * <p>{@code java -cp benchmarks.jar org.improvementframework.benchmarks.CareRecordFiles DIR
 * [RECORDS]} writes about {@code RECORDS} referrals (default 1,000,000) and about as many periods
 * of care and placements together; the same seed gives the same bytes every time. Children are
 * numbered {@code C1000000}, ... (the ids of {@link CaseRecordFiles}); every name and date is
 * invented. Referrals: one to six a child, 1 to 900 days apart, so that some fall within 12
 * months of the last one, and one in 50 twice on the same day. Care: one or two periods a child,
 * a quarter still open, each split into one to six placements; one child in 20 has only short
 * breaks, and one period in 40 has a gap at its end with no placement.
 */
public final class CareRecordFiles {

  /** The file of referrals. */
  public static final String REFERRALS = "referrals.csv";

  /** The file of periods of care. */
  public static final String PERIODS = "looked_after_periods.csv";

  /** The file of placements. */
  public static final String PLACEMENTS = "placements.csv";

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

  private CareRecordFiles() {}

  /** One row of a file, the day it is sorted by first. */
  private record Row(LocalDate day, String line) {}

  /**
   * Writes the three files.
   *
   * @param args the directory, and the number of records of each kind (default 1000000)
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: CareRecordFiles DIR [RECORDS]");
      System.exit(2);
    }
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Path dir = Path.of(args[0]);
    long referrals = writeReferrals(dir, records);
    long care = writeCare(dir, records);
    System.out.println(
        "wrote "
            + referrals
            + " referrals and "
            + care
            + " periods of care and placements to "
            + dir);
  }

  /**
   * Writes {@code referrals.csv}, stopping after the child that reaches the number.
   *
   * @param dir the directory, created if missing; not null
   * @param records the number of referrals wanted, 1 or more
   * @return the number written
   * @throws UncheckedIOException if the file cannot be written
   */
  public static long writeReferrals(Path dir, int records) {
    Randomness r = SeededRandomness.of(CaseRecordFiles.SEED + 1);
    List<Row> rows = new ArrayList<>();
    for (int child = 0; rows.size() < records; child++) {
      String id = "C" + (1_000_000 + child);
      LocalDate day = FIRST.plusDays(r.choose(0, 3649));
      for (long n = r.choose(1, 6); n > 0; n--) {
        rows.add(new Row(day, id + "," + day));
        if (r.choose(0, 49) == 0) {
          rows.add(new Row(day, id + "," + day)); // the same day, twice
        }
        day = day.plusDays(r.choose(1, 900));
      }
    }
    write(dir, REFERRALS, "child_id,referral_date", rows);
    return rows.size();
  }

  /**
   * Writes {@code looked_after_periods.csv} and {@code placements.csv}, stopping after the child
   * that reaches the number of records of the two together.
   *
   * @param dir the directory, created if missing; not null
   * @param records the number of periods and placements wanted together, 1 or more
   * @return the number written
   * @throws UncheckedIOException if a file cannot be written
   */
  public static long writeCare(Path dir, int records) {
    Randomness r = SeededRandomness.of(CaseRecordFiles.SEED + 2);
    List<Row> periods = new ArrayList<>();
    List<Row> placements = new ArrayList<>();
    for (int child = 0; periods.size() + placements.size() < records; child++) {
      String id = "C" + (1_000_000 + child);
      LocalDate birth = LocalDate.of(2000, 1, 1).plusDays(r.choose(0, 6999));
      LocalDate start = FIRST.plusDays(r.choose(0, 3999));
      boolean shortBreaksOnly = r.choose(0, 19) == 0;
      for (long n = r.choose(1, 2); n > 0; n--) {
        LocalDate end = r.choose(0, 3) == 0 ? null : start.plusDays(r.choose(30, 2000));
        periods.add(new Row(start, id + "," + birth + "," + start + "," + text(end)));
        placements(r, id, start, end, shortBreaksOnly, placements);
        if (end == null) {
          break;
        }
        start = end.plusDays(r.choose(1, 700));
      }
    }
    write(dir, PERIODS, "child_id,date_of_birth,period_start,period_end", periods);
    write(
        dir,
        PLACEMENTS,
        "child_id,placement_start,placement_end,placement_type,short_break",
        placements);
    return (long) periods.size() + placements.size();
  }

  /** Splits a period of care into placements, one after another. */
  private static void placements(
      Randomness r,
      String id,
      LocalDate start,
      LocalDate end,
      boolean shortBreaksOnly,
      List<Row> out) {
    boolean gapAtEnd = r.choose(0, 39) == 0;
    LocalDate from = start;
    for (long n = r.choose(1, 6); n > 0; n--) {
      LocalDate to = from.plusDays(r.choose(20, 400));
      boolean last = n == 1 || (end != null && !to.isBefore(end));
      if (last) {
        // The last placement ends with the period, or goes on with it, unless the records
        // have a gap there.
        to = gapAtEnd ? (end == null ? from.plusDays(10) : min(from.plusDays(10), end)) : end;
      }
      String type = shortBreaksOnly ? "U1" : "U" + r.choose(1, 6);
      out.add(
          new Row(
              from,
              id + "," + from + "," + text(to) + "," + type + "," + (shortBreaksOnly ? "Y" : "N")));
      if (last) {
        return;
      }
      from = to;
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static String text(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  private static void write(Path dir, String file, String header, List<Row> rows) {
    rows.sort(Comparator.comparing(Row::day));
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8)) {
        w.write(header);
        w.write('\n');
        for (Row row : rows) {
          w.write(row.line());
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
