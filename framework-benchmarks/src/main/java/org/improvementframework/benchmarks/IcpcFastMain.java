package org.improvementframework.benchmarks;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.improvementframework.metrics.casework.IcpcTimeliness;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.StrategyDiscussion;

/**
 * Benchmark-only prototypes of a faster ICPC timeliness run, to measure what each piece gives
 * before any of it moves into the library: {@code java -cp benchmarks.jar
 * org.improvementframework.benchmarks.IcpcFastMain library|counts DIR FROM TO}.
 *
 * <ul>
 *   <li>{@code library}: {@link DatedIdColumns} (bytes, two columns) in place of framework-io's
 *       reader, feeding framework-metrics' {@link IcpcTimeliness} unchanged, which builds the
 *       full result (every conference's id, date and contribution).
 *   <li>{@code counts}: the same reader with the ids numbered as bytes ({@link ByteIds}) and the
 *       rules of {@code IcpcTimeliness} on sorted primitive arrays with a working-day prefix
 *       count; it gives the numerator, denominator and number excluded, as the peers do, not the
 *       lists of ids.
 * </ul>
 *
 * <p>Both print the line of {@link IcpcMain}. With {@code -Dphases=true} they print to standard
 * error the time from the JVM's start to {@code main}, to read, and to compute.
 */
public final class IcpcFastMain {

  private IcpcFastMain() {}

  /**
   * Prints the measure for the files in a directory.
   *
   * @param args {@code library} or {@code counts}, the directory, the first and last day
   */
  public static void main(String[] args) {
    if (args.length != 4 || !(args[0].equals("library") || args[0].equals("counts"))) {
      System.err.println("usage: IcpcFastMain library|counts DIR FROM TO");
      System.exit(2);
    }
    Phases phases = new Phases();
    Path dir = Path.of(args[1]);
    DateRange period = DateRange.of(LocalDate.parse(args[2]), LocalDate.parse(args[3]));
    String line =
        args[0].equals("library")
            ? IcpcMain.line(library(dir, period, phases))
            : counts(dir, period, WorkingDayCalendar.englandAndWales(), phases);
    phases.mark("compute");
    System.out.println(line);
    phases.print();
  }

  /**
   * Reads the files with the byte-level reader into the library's calculator.
   *
   * @param dir the directory of {@link CaseRecordFiles}; not null
   * @param period the period; not null
   * @param phases where to note the time read; not null
   * @return the library's result; not null
   */
  static IndicatorResult library(Path dir, DateRange period, Phases phases) {
    IcpcTimeliness icpc =
        IcpcTimeliness.of(period, WorkingDayCalendar.englandAndWales(), IcpcMain.CONVENTION);
    DatedIdColumns.read(
        dir.resolve(CaseRecordFiles.DISCUSSIONS),
        "child_id",
        "strategy_discussion_date",
        (b, s, e, day) ->
            icpc.add(
                new StrategyDiscussion(
                    new String(b, s, e - s, StandardCharsets.UTF_8), LocalDate.ofEpochDay(day))));
    DatedIdColumns.read(
        dir.resolve(CaseRecordFiles.CONFERENCES),
        "child_id",
        "icpc_date",
        (b, s, e, day) ->
            icpc.add(
                new InitialConference(
                    new String(b, s, e - s, StandardCharsets.UTF_8), LocalDate.ofEpochDay(day))));
    phases.mark("read");
    return icpc.result();
  }

  /**
   * Works out the counts on primitive arrays.
   *
   * @param dir the directory of {@link CaseRecordFiles}; not null
   * @param period the period; not null
   * @param calendar the working days; not null
   * @param phases where to note the time read; not null
   * @return the line {@link IcpcMain} prints; not null
   */
  static String counts(Path dir, DateRange period, WorkingDayCalendar calendar, Phases phases) {
    ByteIds ids = new ByteIds();
    Events sds = new Events();
    Events conferences = new Events();
    DatedIdColumns.read(
        dir.resolve(CaseRecordFiles.DISCUSSIONS),
        "child_id",
        "strategy_discussion_date",
        (b, s, e, day) -> sds.add(ids.number(b, s, e), day));
    DatedIdColumns.read(
        dir.resolve(CaseRecordFiles.CONFERENCES),
        "child_id",
        "icpc_date",
        (b, s, e, day) -> conferences.add(ids.number(b, s, e), day));
    phases.mark("read");
    long[] sd = sds.sorted();
    long[] cp = conferences.sorted();
    int first = (int) calendar.coverage().start().toEpochDay();
    int last = (int) calendar.coverage().end().toEpochDay();
    int[] workingBefore = workingDayIndex(calendar, first, last);
    int from = (int) period.start().toEpochDay();
    int to = (int) period.end().toEpochDay();
    long within = 0;
    long counted = 0;
    long excluded = 0;
    int j = 0; // the first discussion of the current child not yet passed
    for (int i = 0; i < cp.length; i++) {
      int child = (int) (cp[i] >>> 32);
      int day = day(cp[i]);
      boolean firstOfChild = i == 0 || (int) (cp[i - 1] >>> 32) != child;
      int previous = firstOfChild ? Integer.MIN_VALUE : day(cp[i - 1]);
      while (j < sd.length && sd[j] <= cp[i]) {
        j++;
      }
      if (day < from || day > to) {
        continue;
      }
      // The child's last discussion on or before the day is sd[j - 1], if it is theirs.
      boolean paired = j > 0 && (int) (sd[j - 1] >>> 32) == child && day(sd[j - 1]) > previous;
      if (day == previous) {
        excluded++;
        continue;
      }
      if (!paired) {
        // A conference before the start it belongs to (the child's next discussion, not after
        // their next conference) is an ICPC that is not within; with no such start, excluded.
        boolean nextOfChild = i + 1 < cp.length && (int) (cp[i + 1] >>> 32) == child;
        boolean startAfter =
            j < sd.length
                && (int) (sd[j] >>> 32) == child
                && (!nextOfChild || day(sd[j]) <= day(cp[i + 1]));
        counted += startAfter ? 1 : 0;
        excluded += startAfter ? 0 : 1;
        continue;
      }
      if (day < first || day > last || day(sd[j - 1]) < first) {
        excluded++;
        continue;
      }
      counted++;
      // Working days after the discussion's day (IcpcMain.CONVENTION, as the peers count).
      if (workingBefore[day - first] - workingBefore[day(sd[j - 1]) - first]
          <= IcpcTimeliness.WORKING_DAYS) {
        within++;
      }
    }
    String pct =
        counted == 0
            ? "z"
            : BigDecimal.valueOf(within * 100)
                .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP)
                .toPlainString();
    return "icpc within 15 working days: "
        + pct
        + "% = "
        + within
        + " / "
        + counted
        + "; excluded "
        + excluded;
  }

  private static int day(long pair) {
    return (int) pair ^ Integer.MIN_VALUE;
  }

  /** Working days from the first day up to and including each day of the coverage. */
  private static int[] workingDayIndex(WorkingDayCalendar calendar, int first, int last) {
    int[] index = new int[last - first + 1];
    int n = 0;
    for (int d = first; d <= last; d++) {
      n += d > first && calendar.isWorkingDay(LocalDate.ofEpochDay(d)) ? 1 : 0;
      index[d - first] = n;
    }
    return index;
  }

  /** (child, day) pairs packed into longs, sorted by child and then day. */
  private static final class Events {
    private long[] pairs = new long[1 << 16];
    private int size;

    void add(int child, int day) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
      }
      // The sign bit is flipped so that days before 1970 sort before later ones.
      pairs[size++] = ((long) child << 32) | ((day ^ Integer.MIN_VALUE) & 0xffffffffL);
    }

    long[] sorted() {
      long[] s = Arrays.copyOf(pairs, size);
      Arrays.sort(s);
      return s;
    }
  }

  /** Times of the phases of one run, printed to standard error when asked. */
  static final class Phases {
    private final boolean on = Boolean.getBoolean("phases");
    private final StringBuilder out = new StringBuilder();
    private long last = System.nanoTime();

    Phases() {
      if (on) {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        out.append("jvm start to main ").append(uptime).append(" ms");
      }
    }

    void mark(String phase) {
      if (on) {
        long now = System.nanoTime();
        out.append("; ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
        last = now;
      }
    }

    void print() {
      if (on) {
        System.err.println(out);
      }
    }
  }
}
