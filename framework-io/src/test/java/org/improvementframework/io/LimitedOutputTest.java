package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LimitedOutputTest {

  @Test
  void chars_passWhatFitsWhole_andRefuseMore_whateverWriteIsUsed() {
    qt().withExamples(500)
        .forAll(
            strings().basicLatinAlphabet().ofLengthBetween(0, 40),
            integers().between(1, 40),
            longs().all())
        .checkAssert(
            (text, limit, seed) -> {
              StringWriter out = new StringWriter();
              Writer limited = new LimitedOutput.Chars(out, limit, "characters", "Opt.limit");
              WriteLimitException e =
                  catchThrowableOfType(
                      WriteLimitException.class, () -> writeInPieces(limited, text, seed));
              if (text.length() <= limit) {
                assertThat(e).isNull();
                assertThat(out).hasToString(text);
              } else {
                assertThat(e).isNotNull();
                assertThat(e.limit()).isEqualTo((long) limit);
                assertThat(e.option()).isEqualTo("Opt.limit");
                assertThat(out.toString().length()).isLessThanOrEqualTo(limit);
              }
            });
  }

  @Test
  void bytes_passWhatFitsWhole_andRefuseMore() {
    qt().withExamples(500)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40), integers().between(1, 40))
        .checkAssert(
            (text, limit) -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              LimitedOutput.Bytes limited = new LimitedOutput.Bytes(out, limit, "bytes", "O.l");
              WriteLimitException e =
                  catchThrowableOfType(
                      WriteLimitException.class,
                      () -> {
                        if (bytes.length > 0) {
                          limited.write(bytes[0]);
                          limited.write(bytes, 1, bytes.length - 1);
                        }
                      });
              assertThat(e == null).isEqualTo(bytes.length <= limit);
              assertThat(out.size()).isLessThanOrEqualTo(limit);
            });
  }

  @Test
  void close_flushesButLeavesTheCallersWriterOpen() throws IOException {
    StringWriter target = new StringWriter();
    Writer buffered = new BufferedWriter(target);
    try (Writer limited = new LimitedOutput.Chars(buffered, 10, "characters", "O.l")) {
      limited.write("abc");
    }
    assertThat(target).hasToString("abc");
    buffered.write("d");
    buffered.flush();
    assertThat(target).hasToString("abcd");
  }

  /** Writes a text through each of a writer's methods, in pieces chosen by a seed. */
  private static void writeInPieces(Writer w, String text, long seed) {
    Random random = new Random(seed);
    try {
      int i = 0;
      while (i < text.length()) {
        int n = 1 + random.nextInt(text.length() - i);
        switch (random.nextInt(4)) {
          case 0 -> {
            w.write(text.charAt(i));
            n = 1;
          }
          case 1 -> w.write(text.substring(i, i + n));
          case 2 -> w.write(text, i, n);
          default -> w.write(text.toCharArray(), i, n);
        }
        i += n;
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
