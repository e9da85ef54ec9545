package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Utf8CheckingInputStream} over text that starts valid: code points drawn at the
 * edges of UTF-8's ranges are encoded, then one byte may be replaced, removed or cut off, so that
 * most inputs are one step from valid and every branch of the checker's state is reached.
 */
class Utf8CheckingInputStreamMutationTest {

  /** Code points at each edge of UTF-8's one- to four-byte ranges and around the surrogates. */
  private static final int[] CODE_POINTS = {
    'a', '\n', 0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xCFFF, 0xD000, 0xD7FF, 0xE000, 0xFFFD,
    0xFFFF, 0x10000, 0x3FFFF, 0x40000, 0xFFFFF, 0x100000, 0x10FFFF
  };

  /** Bytes a corruption writes: the edges of the lead and continuation ranges. */
  private static final int[] BYTES = {
    0x00, '\n', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
    0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
  };

  /** Valid text of up to six code points. */
  private static Gen<List<Integer>> codePoints() {
    return lists().of(integers().between(0, CODE_POINTS.length - 1)).ofSizeBetween(0, 6);
  }

  /** A corruption: its kind (0 to 3, or 1 to 3 when {@code always}), where, and which byte. */
  private static Gen<int[]> corruption(boolean always) {
    return integers()
        .between(always ? 1 : 0, 3)
        .zip(integers().between(0, 40), (kind, where) -> new int[] {kind, where})
        .zip(integers().between(0, BYTES.length - 1), (kw, with) -> new int[] {kw[0], kw[1], with});
  }

  private static byte[] encode(List<Integer> indexes) {
    StringBuilder sb = new StringBuilder();
    indexes.forEach(i -> sb.appendCodePoint(CODE_POINTS[i]));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Corrupts valid bytes: kind 0 leaves them, 1 replaces a byte, 2 removes one, 3 cuts the end.
   */
  private static byte[] corrupt(byte[] valid, int kind, int where, int with) {
    if (valid.length == 0 || kind == 0) {
      return valid;
    }
    int at = where % valid.length;
    return switch (kind) {
      case 1 -> {
        byte[] b = valid.clone();
        b[at] = (byte) BYTES[with];
        yield b;
      }
      case 2 -> {
        byte[] b = new byte[valid.length - 1];
        System.arraycopy(valid, 0, b, 0, at);
        System.arraycopy(valid, at + 1, b, at, valid.length - at - 1);
        yield b;
      }
      default -> Arrays.copyOf(valid, at);
    };
  }

  /** The bytes the checker delivers before it fails, or all of them. */
  private static final class Outcome {
    final ByteArrayOutputStream delivered = new ByteArrayOutputStream();
    Utf8CheckingInputStream.Malformed failure;
  }

  private static Outcome readChecked(byte[] bytes, int chunk) throws IOException {
    InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes));
    Outcome outcome = new Outcome();
    byte[] buf = new byte[chunk + 2];
    try {
      // an offset of 1 into the buffer, so that offsets are not always 0
      for (int n; (n = in.read(buf, 1, chunk)) >= 0; ) {
        outcome.delivered.write(buf, 1, n);
      }
    } catch (Utf8CheckingInputStream.Malformed e) {
      outcome.failure = e;
    }
    return outcome;
  }

  /** The length of the longest prefix of whole characters the JDK decodes. */
  private static int validPrefix(byte[] bytes) {
    for (int n = bytes.length; n > 0; n--) {
      if (JdkUtf8.accepts(Arrays.copyOf(bytes, n))) {
        return n;
      }
    }
    return 0;
  }

  @Test
  void checker_acceptsExactlyWhatTheJdkAccepts_forTextOneStepFromValid() {
    qt().forAll(codePoints(), corruption(false))
        .checkAssert(
            (points, c) -> {
              byte[] bytes = corrupt(encode(points), c[0], c[1], c[2]);
              for (int chunk = 1; chunk <= 4; chunk++) {
                Outcome outcome = readCheckedUnchecked(bytes, chunk);
                assertThat(outcome.failure == null).isEqualTo(JdkUtf8.accepts(bytes));
                if (outcome.failure == null) {
                  assertThat(outcome.delivered.toByteArray()).isEqualTo(bytes);
                }
              }
            });
  }

  @Test
  void checker_deliversTheCharactersBeforeTheBadSequence_andInOneChunkNoByteOfIt() {
    qt().forAll(codePoints(), corruption(true), integers().between(1, 5))
        .checkAssert(
            (points, c, chunk) -> {
              byte[] bytes = corrupt(encode(points), c[0], c[1], c[2]);
              if (JdkUtf8.accepts(bytes)) {
                return;
              }
              int valid = validPrefix(bytes);
              // Read whole, the bad sequence is held back, unless it is cut short by the end
              // of the input, which only the end shows.
              byte[] whole = readCheckedUnchecked(bytes, 64).delivered.toByteArray();
              assertThat(whole.length).isIn(valid, bytes.length);
              if (whole.length == bytes.length) {
                assertThat(bytes.length - valid).isBetween(1, 3);
              }
              // In chunks, a sequence begun in an earlier chunk has gone out with it: at most
              // the three bytes of an unfinished sequence past the valid text.
              byte[] chunked = readCheckedUnchecked(bytes, chunk).delivered.toByteArray();
              assertThat(chunked).isEqualTo(Arrays.copyOf(bytes, chunked.length));
              assertThat(chunked.length).isBetween(valid, valid + 3);
            });
  }

  @Test
  void malformed_namesTheByteOffsetOfTheBadSequence() {
    qt().forAll(codePoints(), codePoints(), integers().between(0, 3), integers().between(1, 5))
        .checkAssert(
            (before, after, bad, chunk) -> {
              byte[] good = encode(before);
              byte[] badBytes =
                  switch (bad) {
                    case 0 -> new byte[] {(byte) 0xFF};
                    case 1 -> new byte[] {(byte) 0xC0, (byte) 0xAF};
                    case 2 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
                    default -> new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
                  };
              byte[] tail = encode(after);
              byte[] all = new byte[good.length + badBytes.length + tail.length];
              System.arraycopy(good, 0, all, 0, good.length);
              System.arraycopy(badBytes, 0, all, good.length, badBytes.length);
              System.arraycopy(tail, 0, all, good.length + badBytes.length, tail.length);

              Outcome outcome = readCheckedUnchecked(all, chunk);
              assertThat(outcome.failure).isNotNull();
              assertThat(outcome.failure.byteOffset()).isEqualTo(good.length);
              byte[] delivered = outcome.delivered.toByteArray();
              assertThat(delivered).isEqualTo(Arrays.copyOf(all, delivered.length));
              assertThat(delivered.length)
                  .isBetween(good.length, good.length + badBytes.length - 1);
              byte[] whole = readCheckedUnchecked(all, all.length + 1).delivered.toByteArray();
              assertThat(whole).isEqualTo(good);
            });
  }

  @Test
  void truncatedSequence_atTheEnd_isRefusedAtItsLeadByte() {
    for (int cp : new int[] {0x80, 0x800, 0x10000, 0x10FFFF}) {
      byte[] whole = ("x\ny" + Character.toString(cp)).getBytes(StandardCharsets.UTF_8);
      for (int cut = 4; cut < whole.length; cut++) {
        byte[] truncated = Arrays.copyOf(whole, cut);
        Outcome outcome = readCheckedUnchecked(truncated, 64);
        assertThat(outcome.failure).as("cut at %d of U+%X", cut, cp).isNotNull();
        assertThat(outcome.failure.byteOffset()).isEqualTo(3);
        // only the end shows that the sequence is cut short: its bytes have gone out
        assertThat(outcome.delivered.toByteArray()).isEqualTo(truncated);
      }
    }
  }

  @Test
  void failure_isRepeatedOnEveryLaterRead() throws Exception {
    InputStream in =
        new Utf8CheckingInputStream(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC0, 'b'}));
    byte[] buf = new byte[8];
    assertThat(in.read(buf, 0, 8)).isEqualTo(1);
    Utf8CheckingInputStream.Malformed first =
        catchThrowableOfType(Utf8CheckingInputStream.Malformed.class, () -> in.read(buf, 0, 8));
    Utf8CheckingInputStream.Malformed second =
        catchThrowableOfType(Utf8CheckingInputStream.Malformed.class, in::read);
    assertThat(second).isSameAs(first);
    assertThat(first.byteOffset()).isEqualTo(1);
  }

  @Test
  void zeroLengthRead_inTheMiddleOfASequence_givesZero_andTheSequenceReadsOn() throws Exception {
    byte[] bytes = "é".getBytes(StandardCharsets.UTF_8);
    InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes));
    byte[] buf = new byte[4];
    assertThat(in.read(buf, 0, 1)).isEqualTo(1);
    assertThat(in.read(buf, 1, 0)).isZero();
    assertThat(in.read(buf, 1, 3)).isEqualTo(1);
    assertThat(Arrays.copyOf(buf, 2)).isEqualTo(bytes);
    assertThat(in.read(buf, 0, 4)).isEqualTo(-1);
  }

  @Test
  void singleByteRead_givesUnsignedBytes_thenMinusOne() throws Exception {
    byte[] bytes = ("é" + Character.toString(0x10FFFF)).getBytes(StandardCharsets.UTF_8);
    InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes));
    for (byte b : bytes) {
      assertThat(in.read()).isEqualTo(b & 0xFF);
    }
    assertThat(in.read()).isEqualTo(-1);
  }

  @Test
  void skip_readsAtMostEightKibibytesAtATime_andChecksWhatItSkips() throws Exception {
    byte[] bytes = new byte[20_000];
    Arrays.fill(bytes, (byte) 'a');
    InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes));
    assertThat(in.skip(20_000)).isEqualTo(8192);
    assertThat(in.skip(3)).isEqualTo(3);
    bytes[10_000] = (byte) 0xFF;
    InputStream bad = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes));
    assertThat(bad.skip(20_000)).isEqualTo(8192);
    assertThat(bad.skip(20_000)).isEqualTo(10_000 - 8192);
    Utf8CheckingInputStream.Malformed m =
        catchThrowableOfType(Utf8CheckingInputStream.Malformed.class, () -> bad.skip(1));
    assertThat(m.byteOffset()).isEqualTo(10_000);
  }

  private static Outcome readCheckedUnchecked(byte[] bytes, int chunk) {
    try {
      return readChecked(bytes, chunk);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
