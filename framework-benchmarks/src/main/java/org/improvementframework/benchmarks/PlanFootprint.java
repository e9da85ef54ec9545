package org.improvementframework.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;

/**
 * Measures the heap a plan read from its canonical JSON retains, against the size of that JSON
 * in UTF-8 as the library writes it (indented) and without whitespace:
 * {@code java -XX:+UseSerialGC -Xmx2g -cp benchmarks.jar
 * org.improvementframework.benchmarks.PlanFootprint 100000}.
 *
 * <p>Method: the JSON bytes are made first; then the used heap is taken after full collections
 * (until it stops falling) before the plan is read and again after, with the plan still
 * referenced and the bytes dropped. The difference is the heap the plan retains, everything it
 * references included (strings, dates, lists, the Immutables instances). The serial collector
 * makes {@code System.gc()} a full, compacting collection. Run it alone: nothing else allocates.
 */
public final class PlanFootprint {

  private PlanFootprint() {}

  /**
   * Prints the JSON size, the retained heap and their ratio for a generated plan.
   *
   * @param args the number of milestones (default 100000); may be empty
   */
  public static void main(String[] args) {
    int milestones = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    byte[] json = BenchmarkPlans.json(BenchmarkPlans.plan(milestones));
    long jsonBytes = json.length;
    long compactBytes = compactLength(json);
    long before = settledHeap();
    ImprovementPlan plan =
        PlanJson.read(new ByteArrayInputStream(json), BenchmarkPlans.JSON_OPTIONS).value();
    json = null;
    long after = settledHeap();
    long retained = after - before + jsonBytes; // the bytes were in "before", dropped by "after"
    Check.equal(plan.milestones().count(), (long) milestones, "milestones read");
    System.out.printf(
        Locale.ROOT,
        "milestones %d%njson %d bytes (%.1f per milestone)%n"
            + "compact json %d bytes (%.1f per milestone)%n"
            + "retained %d bytes (%.1f per milestone)%nratio to json %.2f, to compact json %.2f%n",
        milestones,
        jsonBytes,
        (double) jsonBytes / milestones,
        compactBytes,
        (double) compactBytes / milestones,
        retained,
        (double) retained / milestones,
        (double) retained / jsonBytes,
        (double) retained / compactBytes);
    // keeps the plan reachable until after the measurement
    System.out.println("areas " + plan.areas().size());
  }

  /** The length of the same JSON without the writer's indentation and line breaks. */
  static long compactLength(byte[] json) {
    JsonFactory f = new JsonFactory();
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2);
    try (JsonParser p = f.createParser(json);
        JsonGenerator g = f.createGenerator(out)) {
      while (p.nextToken() != null) {
        g.copyCurrentEvent(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  private static long settledHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used >= last) {
        return Math.min(used, last);
      }
      last = used;
    }
    return last;
  }
}
