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
 * Writes seeded synthetic case records of the child-protection path for the ICPC timeliness
 * comparison: {@code strategy_discussions.csv} ({@code child_id,strategy_discussion_date}) and
 * {@code initial_conferences.csv} ({@code child_id,icpc_date}), in the layouts of framework-io's
 * {@code CaseRecordReader}, ISO dates, each file in date order as a case-management extract
 * comes.
 *
 * <p>{@code java -cp benchmarks.jar org.improvementframework.benchmarks.CaseRecordFiles DIR
 * [RECORDS]} writes about {@code RECORDS} records (default 1,000,000) in the two files together;
 * the same seed gives the same bytes every time. Children are numbered {@code C1000000},
 * {@code C1000001}, ... Each child has one to three enquiries from
 * 2015 onwards; an enquiry has a strategy discussion nine times in ten, a second one a day to
 * five later one time in three, and a conference 5 to 29 days after the first, so that some are
 * late, some have no discussion of their own and some children have two on one day.
 */
public final class CaseRecordFiles {

  /** The file of strategy discussions. */
  public static final String DISCUSSIONS = "strategy_discussions.csv";

  /** The file of initial child protection conferences. */
  public static final String CONFERENCES = "initial_conferences.csv";

  /** The seed of the records. */
  public static final long SEED = 20_261_125L;

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

  private CaseRecordFiles() {}

  /** A child's id and a day. */
  private record Event(String childId, LocalDate day) {}

  /**
   * Writes the two files.
   *
   * @param args the directory, and the number of records (default 1000000)
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: CaseRecordFiles DIR [RECORDS]");
      System.exit(2);
    }
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    long written = write(Path.of(args[0]), records);
    System.out.println("wrote " + written + " records to " + args[0]);
  }

  /**
   * Writes at least {@code records} records, stopping after the child that reaches the number.
   *
   * @param dir the directory, created if missing; not null
   * @param records the number of records wanted, 1 or more
   * @return the number written
   * @throws UncheckedIOException if a file cannot be written
   */
  public static long write(Path dir, int records) {
    Randomness r = SeededRandomness.of(SEED);
    List<Event> discussions = new ArrayList<>();
    List<Event> conferences = new ArrayList<>();
    for (int child = 0; discussions.size() + conferences.size() < records; child++) {
      // Numbered ids, as case-management systems give: short base-36 ids ("C1pwg") collide in
      // String.hashCode (222,000 ids, 110,000 hashes), which a HashMap survives by treeifying.
      String id = "C" + (1_000_000 + child);
      LocalDate day = FIRST.plusDays(r.choose(0, 3649));
      for (long e = r.choose(1, 3); e > 0; e--) {
        LocalDate strategy = day.plusDays(r.choose(0, 9));
        if (r.choose(0, 9) > 0) {
          discussions.add(new Event(id, strategy));
        }
        if (r.choose(0, 2) == 0) {
          discussions.add(new Event(id, strategy.plusDays(r.choose(1, 5))));
        }
        conferences.add(new Event(id, strategy.plusDays(r.choose(5, 29))));
        if (r.choose(0, 49) == 0) {
          conferences.add(conferences.get(conferences.size() - 1)); // the same day, twice
        }
        day = day.plusDays(r.choose(30, 530));
      }
    }
    Comparator<Event> byDay = Comparator.comparing(Event::day);
    discussions.sort(byDay);
    conferences.sort(byDay);
    try {
      Files.createDirectories(dir);
      write(dir.resolve(DISCUSSIONS), "child_id,strategy_discussion_date", discussions);
      write(dir.resolve(CONFERENCES), "child_id,icpc_date", conferences);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (long) discussions.size() + conferences.size();
  }

  private static void write(Path file, String header, List<Event> events) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header);
      w.write('\n');
      for (Event e : events) {
        w.write(e.childId());
        w.write(',');
        w.write(e.day().toString());
        w.write('\n');
      }
    }
  }
}
