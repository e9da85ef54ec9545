package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file in parts on several threads gives what one thread gives: the same rows in the
 * same order, the same problems with the same row numbers, the same warnings, or the same error,
 * for generated placement files with the defects real exports have (bad ids, dates and flags,
 * blank lines, CRLF and lone CR, quoted cells holding commas and line breaks, a byte order mark,
 * malformed CSV, an unterminated quote, text that is not ASCII) cut at any line feeds, including
 * those inside quoted cells.
 */
class FilePartsTest {

  private static final String SOURCE = "placements.csv";

  @TempDir Path dir;

  @Test
  void anyCut_givesTheOneThreadReading() throws IOException {
    Path file = dir.resolve(SOURCE);
    qt().withExamples(400)
        .forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 60), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              Random r = new Random(seed);
              byte[] bytes = placements(kinds, r).getBytes(StandardCharsets.UTF_8);
              write(file, bytes);
              Reading one = reading(file, new long[0]);
              long[] cuts = anyCuts(file, bytes, r);
              Reading split = reading(file, cuts);
              assertThat(split.rows).isEqualTo(one.rows);
              assertThat(split.problems).isEqualTo(one.problems);
              assertThat(split.warnings).isEqualTo(one.warnings);
              assertThat(split.error).isEqualTo(one.error);
            });
  }

  @Test
  void aBadRowInTheSecondHalf_isNamedByItsLineInTheFile() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 400; i++) {
      // a blank line (line 302: the header is line 1), then an impossible start (line 303)
      csv.append(i == 300 ? "\n" : "").append(i == 300 ? "C9,2024-02-30" : "C" + i + ",2024-01-05");
      csv.append(",,U1,N\r\n");
    }
    Path file = dir.resolve(SOURCE);
    Files.writeString(file, csv);
    long[] cuts = FileParts.cuts(file, 2, 0);
    assertThat(cuts).hasSize(1);
    Reading split = reading(file, cuts);
    assertThat(split.threads).hasSize(2);
    assertThat(split.problems)
        .containsExactly("303 placements.csv row 303, column 'placement_start': " + Row.DATE);
    assertThat(split.rows).hasSize(399);
    assertThat(reading(file, new long[0]).problems).isEqualTo(split.problems);
  }

  @Test
  void aQuotedLineBreakAcrossTheCut_readsOnAsOneThread() throws IOException {
    String csv = HEADER + "C1,2024-01-05,,U1,N\n\"C\n2\",2024-01-06,,U1,N\nC3,2024-01-07,,U1,N\n";
    Path file = dir.resolve(SOURCE);
    Files.writeString(file, csv);
    long inside = csv.indexOf("C\n2") + 2; // just after the line feed inside the quotes
    Reading split = reading(file, new long[] {inside});
    assertThat(split.rows).isEqualTo(reading(file, new long[0]).rows).hasSize(3);
    assertThat(split.rows.get(1)).startsWith("C\n2 ");
    assertThat(split.threads).hasSize(1); // the second part's work was dropped
  }

  @Test
  void aQuoteOnlyAfterTheCut_keepsTheSplit() throws IOException {
    String csv = HEADER + "C1,2024-01-05,,U1,N\n\"C,2\",2024-01-06,,U1,N\n";
    Path file = dir.resolve(SOURCE);
    Files.writeString(file, csv);
    Reading split = reading(file, new long[] {csv.indexOf("\"C,2")});
    assertThat(split.rows).isEqualTo(reading(file, new long[0]).rows).hasSize(2);
    assertThat(split.threads).hasSize(2);
  }

  @Test
  void bytesThatAreNotUtf8InTheSecondHalf_failAsOnOneThread() throws IOException {
    byte[] csv =
        (HEADER + "C1,2024-01-05,,U1,N\nC2,2024-01-06,,U1,N\n").getBytes(StandardCharsets.UTF_8);
    csv[csv.length - 18] = (byte) 0xC3; // the '2' of the last id: a lead byte without its follower
    Path file = dir.resolve(SOURCE);
    Files.write(file, csv);
    Reading split = reading(file, FileParts.cuts(file, 2, 0));
    assertThat(split.error).isEqualTo(reading(file, new long[0]).error).startsWith("Unchecked");
  }

  @Test
  void cuts_none_forASmallFile_orAHeaderThatIsBlankQuotedOrBrokenByACarriageReturn()
      throws IOException {
    String rows = "C1,2024-01-05,,U1,N\n".repeat(50);
    assertThat(cutsOf(HEADER + rows, 1 << 20)).isEmpty();
    assertThat(cutsOf(HEADER + rows, 0)).hasSize(3);
    assertThat(cutsOf("\n" + HEADER + rows, 0)).isEmpty();
    assertThat(cutsOf("\r\n" + HEADER + rows, 0)).isEmpty();
    assertThat(cutsOf("\"child_id\"" + HEADER.substring(8) + rows, 0)).isEmpty();
    assertThat(cutsOf("child_id\r" + HEADER.substring(8) + rows, 0)).isEmpty();
    assertThat(cutsOf("\uFEFF" + HEADER.replace("\n", "\r\n") + rows, 0)).hasSize(3);
  }

  @Test
  void read_refusesFewerThanOnePart() {
    assertThatThrownBy(
            () ->
                FileParts.read(
                    dir.resolve(SOURCE),
                    SOURCE,
                    0,
                    Accumulator::new,
                    FilePartsTest::read,
                    FilePartsTest::merge,
                    w -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void read_inTwoParts_givesEveryRowOnce() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 60_000; i++) {
      csv.append("C").append(i).append(",2024-01-05,2024-02-01,U1,N\n");
    }
    Path file = dir.resolve(SOURCE);
    Files.writeString(file, csv);
    FileParts.Result<Accumulator> r =
        FileParts.read(
            file, SOURCE, 2, Accumulator::new, FilePartsTest::read, FilePartsTest::merge, w -> {});
    assertThat(r.value().rows).hasSize(60_000);
    assertThat(r.value().rows.get(59_999)).startsWith("C59999 ");
    assertThat(new HashSet<>(r.value().rows)).hasSize(60_000);
    assertThat(r.value().threads).hasSize(2);
  }

  private static final String HEADER =
      "child_id,placement_start,placement_end,placement_type,short_break\n";

  /** What a reading gave: rows, problems with their rows, warnings and any error. */
  private record Reading(
      List<String> rows,
      List<String> problems,
      List<String> warnings,
      String error,
      Set<String> threads) {}

  /** The rows of the parts read so far, with the threads that read them. */
  private static final class Accumulator {
    final List<String> rows = new ArrayList<>();
    final Set<String> threads = new TreeSet<>();
  }

  private static List<CaseRecordFormatException> read(
      Reader in, String source, Accumulator into, Consumer<? super ReadWarning> warnings) {
    into.threads.add(Thread.currentThread().getName());
    return CareColumns.PLACEMENTS.forEach(
        in,
        source,
        (id, start, end, type, shortBreak) ->
            into.rows.add(id + " " + start + " " + end + " " + type + " " + shortBreak),
        warnings);
  }

  private static Accumulator merge(Accumulator a, Accumulator b) {
    a.rows.addAll(b.rows);
    a.threads.addAll(b.threads);
    return a;
  }

  private static Reading reading(Path file, long[] cuts) {
    List<String> warnings = new ArrayList<>();
    try {
      FileParts.Result<Accumulator> r =
          FileParts.read(
              file,
              SOURCE,
              cuts,
              Accumulator::new,
              FilePartsTest::read,
              FilePartsTest::merge,
              w -> warnings.add(w.toString()));
      List<String> problems = new ArrayList<>();
      for (CaseRecordFormatException p : r.problems()) {
        problems.add(p.row() + " " + p.getMessage());
      }
      return new Reading(r.value().rows, problems, warnings, null, r.value().threads);
    } catch (CaseRecordFormatException e) {
      return new Reading(
          List.of(), List.of(), warnings, "Format " + e.row() + " " + e.getMessage(), Set.of());
    } catch (UncheckedIOException e) {
      return new Reading(
          List.of(),
          List.of(),
          warnings,
          "Unchecked " + e.getMessage() + " " + e.getCause().getClass().getName(),
          Set.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long[] cutsOf(String csv, long smallest) throws IOException {
    Path file = dir.resolve("cuts.csv");
    Files.writeString(file, csv);
    return FileParts.cuts(file, 4, smallest);
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Up to three cuts at any line feeds after a plain header, inside quotes or not; or none. */
  private static long[] anyCuts(Path file, byte[] bytes, Random r) {
    long header;
    try (FileChannel ch = FileChannel.open(file)) {
      header = FileParts.headerEnd(ch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Long> feeds = new ArrayList<>();
    for (int i = (int) Math.max(header, 0); header > 0 && i < bytes.length - 1; i++) {
      if (bytes[i] == '\n') {
        feeds.add((long) i + 1);
      }
    }
    TreeSet<Long> chosen = new TreeSet<>();
    for (int n = 1 + r.nextInt(3); n > 0 && !feeds.isEmpty(); n--) {
      chosen.add(feeds.get(r.nextInt(feeds.size())));
    }
    return chosen.stream().mapToLong(Long::longValue).toArray();
  }

  static String placements(List<Integer> kinds, Random r) {
    StringBuilder sb = new StringBuilder(r.nextInt(8) == 0 ? "\uFEFF" : "");
    sb.append(
        switch (r.nextInt(6)) {
          case 0 -> "Short_Break,placement_type,x,placement_start,CHILD_ID,placement_end\n";
          case 1 -> "\n" + HEADER; // a blank first line: one thread
          case 2 -> HEADER.replace("\n", "\r\n");
          default -> HEADER;
        });
    boolean reordered = sb.indexOf("Short_Break") >= 0;
    for (int k : kinds) {
      String id =
          switch (k) {
            case 0 -> "";
            case 1 -> "  ";
            case 2 -> "\"C,1\"";
            case 9 -> "\"C\n" + r.nextInt(3) + "\"";
            case 10 -> "\"C\r\n" + r.nextInt(3) + "\"";
            case 11 -> "\"C\"\"" + r.nextInt(3) + "\"";
            case 12 -> r.nextInt(4) == 0 ? "\"C\"x" : "C1"; // text after a closing quote
            case 13 -> r.nextInt(4) == 0 ? "\"C" : "C2"; // a quote never closed
            case 14 -> "Zo\u00eb" + r.nextInt(3);
            default -> "C" + r.nextInt(9);
          };
      if (k == 8) {
        sb.append(r.nextBoolean() ? "\n" : "\r\n");
        continue;
      }
      String start = k == 3 ? bad(r) : date(r);
      String end = r.nextBoolean() ? "" : k == 4 ? bad(r) : date(r);
      String type = k == 5 ? "" : "U" + r.nextInt(6);
      String flag = k == 6 ? "maybe" : new String[] {"Y", "N", "", "yes", "n", "0"}[r.nextInt(6)];
      sb.append(
              reordered
                  ? String.join(",", flag, type, "x", start, id, end)
                  : String.join(",", id, start, end, type, flag))
          .append(
              switch (k) {
                case 7 -> "\r\n";
                case 15 -> "\r";
                default -> "\n";
              });
    }
    return sb.toString();
  }

  private static String date(Random r) {
    return String.format(
        "20%02d-%02d-%02d", 10 + r.nextInt(15), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private static String bad(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> "2024-02-30";
      case 1 -> "";
      case 2 -> "31/12/2023";
      default -> "1999-01-01";
    };
  }
}
