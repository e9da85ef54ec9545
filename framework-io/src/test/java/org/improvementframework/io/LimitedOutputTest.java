package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LimitedOutputTest {

  /** Code points at the edges of each UTF-8 length: one, two, three and four bytes. */
  private static final int[] CODE_POINTS = {
    'a', '\n', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000,
    0x1F600, 0x10FFFF
  };

  /**
   * The law of the counting writer: a write is accepted exactly when everything written so far,
   * in the unit counted, fits within the limit (once one is refused, every later one is), and
   * the target then holds exactly what the accepted writes wrote. In UTF-8 a final high surrogate
   * counts nothing yet: its bytes are written, and counted, with its low half.
   */
  @Test
  void acceptsExactlyTheWritesWithinTheLimit_andTheTargetHoldsTheAcceptedPrefix() {
    qt().withExamples(1000)
        .forAll(text(), integers().between(1, 80), longs().all(), booleans().all())
        .checkAssert(
            (text, limit, seed, utf8) -> {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              StringWriter chars = new StringWriter();
              LimitedOutput out =
                  utf8
                      ? LimitedOutput.ofUtf8(bytes, limit, "bytes", "O.bytes")
                      : LimitedOutput.ofChars(chars, limit, "characters", "O.chars");
              String accepted = "";
              boolean spent = false; // a refused write leaves a hole: refuse all after it
              for (String piece : pieces(text, seed)) {
                String written = accepted + piece;
                long size = utf8 ? wholeCharacters(written).length : written.length();
                WriteLimitException refused = write(out, piece, seed);
                spent |= size > limit;
                assertThat(refused == null)
                    .as("%s accepted at %d of %d", piece, size, limit)
                    .isEqualTo(!spent);
                if (refused == null) {
                  accepted = written;
                } else {
                  assertThat(refused.limit()).isEqualTo((long) limit);
                  assertThat(refused.option()).isEqualTo(utf8 ? "O.bytes" : "O.chars");
                }
              }
              flush(out);
              if (utf8) {
                assertThat(bytes.toByteArray()).isEqualTo(wholeCharacters(accepted));
              } else {
                assertThat(chars).hasToString(accepted);
              }
            });
  }

  @Test
  void close_flushesButLeavesTheCallersTargetOpen() throws IOException {
    StringWriter target = new StringWriter();
    Writer buffered = new BufferedWriter(target);
    try (Writer limited = LimitedOutput.ofChars(buffered, 10, "characters", "O.l")) {
      limited.write("abc");
    }
    assertThat(target).hasToString("abc");
    buffered.write("d");
    buffered.flush();
    assertThat(target).hasToString("abcd");

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    try (Writer limited = LimitedOutput.ofUtf8(stream, 10, "bytes", "O.l")) {
      limited.write("\u00e9");
    }
    stream.write('!');
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo("\u00e9!");
  }

  /** Whole characters of up to 30 code points, each at an edge of a UTF-8 length. */
  private static Gen<String> text() {
    return lists()
        .of(integers().between(0, CODE_POINTS.length - 1))
        .ofSizeBetween(0, 30)
        .map(
            indexes -> {
              StringBuilder sb = new StringBuilder();
              indexes.forEach(i -> sb.appendCodePoint(CODE_POINTS[i]));
              return sb.toString();
            });
  }

  /** Cuts a text into pieces at places chosen by a seed, between the halves of a pair too. */
  private static List<String> pieces(String text, long seed) {
    Random random = new Random(seed);
    List<String> pieces = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int n = 1 + random.nextInt(text.length() - i);
      pieces.add(text.substring(i, i + n));
      i += n;
    }
    return pieces;
  }

  /** The UTF-8 of text, without a final high surrogate, which waits for its other half. */
  private static byte[] wholeCharacters(String text) {
    boolean half = !text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1));
    return (half ? text.substring(0, text.length() - 1) : text).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a piece in one call of one of a writer's methods, chosen by the seed and the piece: a
   * single character through {@code write(int)} a quarter of the time.
   */
  private static WriteLimitException write(Writer w, String piece, long seed) {
    try {
      switch ((int) Math.floorMod(seed + piece.hashCode(), 4L)) {
        case 0 -> {
          if (piece.length() == 1) {
            w.write(piece.charAt(0));
          } else {
            w.write(piece.toCharArray());
          }
        }
        case 1 -> w.write(piece);
        case 2 -> w.write("<" + piece + ">", 1, piece.length());
        default -> w.write(("<" + piece).toCharArray(), 1, piece.length());
      }
      return null;
    } catch (WriteLimitException e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(Writer w) {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
