package org.improvementframework.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the floor of {@link JsonReadBenchmark} would cost if the reader made Jackson do less:
 * the floor, and the floor leaving undecoded the string values that the reader could read from
 * the parser's bytes instead (references, dates, date ranges, enum names, a target's and a
 * status's text). Jackson's UTF-8 parser decodes a string only when asked for its text, and skips
 * it otherwise; reading those values from the bytes pays only if skipping them makes the floor
 * much cheaper. Also the floor making a {@code String} of every other value, as the model keeps
 * them: work a read cannot leave out. Not a JMH benchmark: each variant in turn, the order
 * rotated every round, timed by the thread's CPU time.
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -cp benchmarks.jar org.improvementframework.benchmarks.JsonFloorCpu 100000 40
 * }</pre>
 *
 * <p>Prints one line per round, then each variant's median and least thread CPU of the later
 * half of the rounds, and the median of its time over the floor's in the same round.
 */
public final class JsonFloorCpu {

  /** The fields whose string values the reader reads as canonical forms or kept texts. */
  private static final Set<String> BY_BYTES =
      Set.of("ref", "kind", "progress", "recurrence", "reportedRag", "asAt", "periods");

  /** The objects whose {@code text} the reader finds among the texts it kept. */
  private static final Set<String> KEPT_TEXTS = Set.of("target", "status");

  private static final String[] NAMES = {
    "floor",
    "floor, values marked, all decoded",
    "the byte-readable values undecoded",
    "every value string undecoded",
    "strings made of the other values"
  };

  private JsonFloorCpu() {}

  /**
   * Times the floor and its variants, round after round.
   *
   * @param args the number of milestones (default 100,000) and of rounds (default 30)
   * @throws IOException never: the bytes are in memory
   */
  public static void main(String[] args) throws IOException {
    JsonReadBenchmark b = JsonReadCpu.setUp(args);
    int rounds = JsonReadCpu.rounds(args);
    JsonFactory factory = new JsonFactory();
    byte[] json = b.json();
    boolean[] decoded = decoded(factory, json);
    boolean[] all = new boolean[decoded.length];
    Arrays.fill(all, true);
    int byBytes = 0;
    for (boolean d : decoded) {
      byBytes += d ? 0 : 1;
    }
    System.out.printf(
        Locale.ROOT, "%d string values, %d of them readable by bytes%n", decoded.length, byBytes);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] times = new double[NAMES.length][rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < NAMES.length; k++) {
        int v = (k + r) % NAMES.length;
        long t0 = threads.getCurrentThreadCpuTime();
        sink +=
            switch (v) {
              case 0 -> JsonReadBenchmark.floor(factory, json);
              case 1 -> floor(factory, json, all, false);
              case 2 -> floor(factory, json, decoded, false);
              case 3 -> floor(factory, json, new boolean[decoded.length], false);
              default -> floor(factory, json, decoded, true);
            };
        times[v][r] = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
      }
      System.out.printf(Locale.ROOT, "round %2d %s%n", r, Arrays.toString(column(times, r)));
    }
    for (int v = 0; v < NAMES.length; v++) {
      double[] later = Arrays.copyOfRange(times[v], rounds / 2, rounds);
      double[] ratio = new double[later.length];
      for (int i = 0; i < later.length; i++) {
        ratio[i] = later[i] / times[0][rounds / 2 + i];
      }
      Arrays.sort(later);
      Arrays.sort(ratio);
      System.out.printf(
          Locale.ROOT,
          "%-36s median %6.1f ms  least %6.1f  / floor %.3f%n",
          NAMES[v],
          later[later.length / 2],
          later[0],
          ratio[ratio.length / 2]);
    }
    System.out.println("(" + sink + ")");
  }

  /**
   * Marks each string value of the document, in order: true where the reader decodes it (a
   * title, a description), false where it could read it from the bytes.
   */
  static boolean[] decoded(JsonFactory factory, byte[] json) throws IOException {
    List<Boolean> marks = new ArrayList<>();
    try (JsonParser p = factory.createParser(json)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.VALUE_STRING) {
          marks.add(!byBytes(p.getParsingContext()));
        }
      }
    }
    boolean[] decoded = new boolean[marks.size()];
    for (int i = 0; i < decoded.length; i++) {
      decoded[i] = marks.get(i);
    }
    return decoded;
  }

  private static boolean byBytes(JsonStreamContext c) {
    String name = c.inArray() ? c.getParent().getCurrentName() : c.getCurrentName();
    if ("text".equals(name)) {
      // a measure's text is in an object of a list, which has no name
      String object = c.getParent().getCurrentName();
      return object != null && KEPT_TEXTS.contains(object);
    }
    return name != null && BY_BYTES.contains(name);
  }

  /**
   * The floor, but each string value is decoded only where {@code decoded} says so, and with
   * {@code strings} made into a {@code String} there.
   */
  static long floor(JsonFactory factory, byte[] bytes, boolean[] decoded, boolean strings)
      throws IOException {
    long n = 0;
    int k = 0;
    try (JsonParser p = factory.createParser(new ByteArrayInputStream(bytes))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case VALUE_STRING -> {
            if (!decoded[k++]) {
              n++;
            } else {
              n += strings ? p.getText().length() : p.getTextLength();
            }
          }
          case FIELD_NAME, VALUE_NUMBER_FLOAT -> n += p.getTextLength();
          case VALUE_NUMBER_INT -> n += p.getLongValue();
          default -> n++;
        }
      }
    }
    return n;
  }

  private static double[] column(double[][] times, int r) {
    double[] c = new double[times.length];
    for (int v = 0; v < times.length; v++) {
      c[v] = Math.round(times[v][r] * 10) / 10.0;
    }
    return c;
  }
}
