package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;

/**
 * The byte-level path of the event files, periods of care and placements gives what the {@code
 * Reader} path gives for the same bytes: the same rows in the same order, the same problems at the
 * same rows, the same warnings, or the same error. The files are generated with the defects real
 * exports have (bad ids, dates and flags, blank lines, CRLF and lone CR, quoted cells holding
 * commas and line breaks, a byte order mark, malformed CSV, text that is not ASCII, columns in
 * another order), then some of their bytes are replaced by a quote, a tab, a NUL, a CR, a letter
 * that is not ASCII or a byte that is not UTF-8, and a line may be longer than a plain line can
 * be; the bytes come a few at a time, so that lines are cut at every place by the buffer's refill.
 */
class ByteRowsTest {

  /** Reads a file one way, giving each row as a line of text. */
  @FunctionalInterface
  private interface Path<I> {
    List<CaseRecordFormatException> read(
        I in, Consumer<String> rows, Consumer<? super ReadWarning> warnings);
  }

  @Test
  void placements_bytesAndText_readAlike() {
    agree(
        (kinds, r) -> r.nextBoolean() ? FilePartsTest.placements(kinds, r) : longLines(kinds, r),
        (in, rows, w) ->
            CareColumns.PLACEMENTS.forEach(
                in, "p.csv", (id, s, e, t, b) -> rows.accept(id + "|" + s + e + t + b), w),
        (in, rows, w) ->
            CareColumns.PLACEMENTS.forEach(
                in, "p.csv", (id, s, e, t, b) -> rows.accept(id + "|" + s + e + t + b), w));
  }

  @Test
  void periods_bytesAndText_readAlike() {
    agree(
        CareColumnsTest::periods,
        (in, rows, w) ->
            CareColumns.PERIODS.forEach(
                in, "c.csv", (id, b, s, e) -> rows.accept(id + "|" + b + " " + s + " " + e), w),
        (in, rows, w) ->
            CareColumns.PERIODS.forEach(
                in, "c.csv", (id, b, s, e) -> rows.accept(id + "|" + b + " " + s + " " + e), w));
  }

  @Test
  void events_bytesAndText_readAlike() {
    agree(
        DatedFastPathTest::file,
        (in, rows, w) ->
            CaseRecordReader.REFERRALS.forEachDated(
                in, "r.csv", (id, day) -> rows.accept(id + "|" + day), w),
        (in, rows, w) ->
            CaseRecordReader.REFERRALS.forEachDated(
                in, "r.csv", (id, day) -> rows.accept(id + "|" + day), w));
  }

  /** The ids given as UTF-8 bytes decode to the text path's ids, with the same rows and days. */
  @Test
  void events_idsAsBytes_andText_readAlike() {
    agree(
        DatedFastPathTest::file,
        (in, rows, w) ->
            CaseRecordReader.REFERRALS.forEachDatedBytes(
                in,
                "r.csv",
                (id, from, to, day) ->
                    rows.accept(
                        new String(id, from, to - from, StandardCharsets.UTF_8) + "|" + day),
                w),
        (in, rows, w) ->
            CaseRecordReader.REFERRALS.forEachDated(
                in, "r.csv", (id, day) -> rows.accept(id + "|" + day), w));
  }

  @Test
  void aBadRowAfterManyPlainOnes_isNamedByItsLine_andTheRowsAfterItAreRead() {
    StringBuilder csv = new StringBuilder("child_id,referral_date\r\n");
    for (int i = 0; i < 50_000; i++) {
      // line 40,003: the header is line 1, C0 line 2, and a blank line (line 20,002) counts too
      csv.append(i == 20_000 ? "\r\n" : "")
          .append("C")
          .append(i)
          .append(i == 40_000 ? ",2024-02-30" : ",2024-01-05")
          .append("\r\n");
    }
    List<String> ids = new ArrayList<>();
    List<CaseRecordFormatException> problems =
        CaseRecordReader.REFERRALS.forEachDated(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.US_ASCII)),
            "r.csv",
            (id, day) -> ids.add(id.toString()),
            w -> {});
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getMessage())
        .isEqualTo("r.csv row 40003, column 'referral_date': " + Row.DATE);
    assertThat(ids).hasSize(49_999).endsWith("C49999");
  }

  @Test
  void aMissingColumn_isTheHeadersError_onBothPaths() {
    String csv = "\uFEFFchild_id,placement_end\nC1,2024-01-01\n";
    String text = reading(csv.getBytes(StandardCharsets.UTF_8), false, PLACEMENTS_BYTES, null);
    assertThat(text).startsWith("Format 1 p.csv row 1, column 'placement_start'");
    assertThat(reading(csv.getBytes(StandardCharsets.UTF_8), true, null, PLACEMENTS_TEXT))
        .isEqualTo(text);
  }

  private static final Path<InputStream> PLACEMENTS_BYTES =
      (in, rows, w) ->
          CareColumns.PLACEMENTS.forEach(
              in, "p.csv", (id, s, e, t, b) -> rows.accept(id + "|" + s + e + t + b), w);
  private static final Path<Reader> PLACEMENTS_TEXT =
      (in, rows, w) ->
          CareColumns.PLACEMENTS.forEach(
              in, "p.csv", (id, s, e, t, b) -> rows.accept(id + "|" + s + e + t + b), w);

  /** A file generator of the kinds of row and a random source. */
  @FunctionalInterface
  private interface Files {
    String of(List<Integer> kinds, Random r);
  }

  private static void agree(Files files, Path<InputStream> bytes, Path<Reader> text) {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 15)).ofSizeBetween(0, 40), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              Random r = new Random(seed);
              byte[] file = damaged(files.of(kinds, r).getBytes(StandardCharsets.UTF_8), r);
              boolean trickle = r.nextBoolean();
              String fromText = reading(file, trickle, null, text);
              String fromBytes = reading(file, trickle, bytes, null);
              if (utf8(file)) {
                assertThat(fromBytes).isEqualTo(fromText);
              } else {
                // Which comes first of a CSV error and the bytes that are not UTF-8 depends, on
                // the Reader path too, on how far its decoder has read ahead: both refuse it.
                assertThat(fromText).matches("(?s)(Unchecked cannot read|Format ).*");
                assertThat(fromBytes).matches("(?s)(Unchecked cannot read|Format ).*");
              }
            });
  }

  /** What one path made of the bytes: rows, problems with rows, warnings, or the error. */
  private static String reading(
      byte[] file, boolean trickle, Path<InputStream> bytes, Path<Reader> text) {
    List<String> rows = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    try {
      InputStream in = trickle ? new Trickle(file) : new ByteArrayInputStream(file);
      List<CaseRecordFormatException> problems =
          bytes != null
              ? bytes.read(in, rows::add, w -> warnings.add(w.toString()))
              : text.read(
                  new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()),
                  rows::add,
                  w -> warnings.add(w.toString()));
      for (CaseRecordFormatException p : problems) {
        out.append(p.row()).append(' ').append(p.getMessage()).append('\n');
      }
      return String.join("\n", rows) + "\n--\n" + out + "--\n" + warnings;
    } catch (CaseRecordFormatException e) {
      return "Format " + e.row() + " " + e.getMessage() + "\n" + warnings;
    } catch (UncheckedIOException e) {
      return "Unchecked " + e.getMessage() + " " + e.getCause().getClass().getName();
    }
  }

  private static boolean utf8(byte[] file) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Some bytes replaced by what a plain row cannot hold; often none. */
  private static byte[] damaged(byte[] file, Random r) {
    byte[] out = file.clone();
    for (int n = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0; n > 0 && out.length > 0; n--) {
      byte[] bad = {'"', '\t', 0, '\r', (byte) 0xC3, (byte) 0xFF, ' ', ','};
      out[r.nextInt(out.length)] = bad[r.nextInt(bad.length)];
    }
    return out;
  }

  /** Placements, one row of which may be longer than a plain line. */
  private static String longLines(List<Integer> kinds, Random r) {
    StringBuilder sb =
        new StringBuilder("child_id,placement_start,placement_end,placement_type,short_break\n");
    for (int k : kinds) {
      String id = k == 0 ? "C" + "x".repeat(ByteRows.MAX_LINE - 30 + r.nextInt(60)) : "C" + k;
      sb.append(id).append(",2024-01-0").append(1 + r.nextInt(9)).append(",,U1,N\n");
    }
    return sb.toString();
  }

  /** The bytes one to seven at a time, as a slow pipe gives them. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final Random r = new Random(7);
    private int pos;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + r.nextInt(7)), bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }
  }
}
