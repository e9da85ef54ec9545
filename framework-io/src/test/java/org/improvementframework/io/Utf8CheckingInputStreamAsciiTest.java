package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link Utf8CheckingInputStream} over long text that is mostly ASCII, as a plan is:
 * runs of ASCII long enough to be checked 32 and eight bytes at a time, newlines anywhere in a
 * run, other characters between runs, and reads of any length, so that a run starts and ends at
 * every offset of a read.
 */
class Utf8CheckingInputStreamAsciiTest {

  private static final String[] PIECES = {
    "a",
    "plan ",
    "\n",
    "    \"ref\": \"2.1.3\",\n",
    "\u00e9",
    "\u20ac",
    "\ud83d\ude00",
    "\n\n",
    "abcdefghijklmnopq",
    "{\n  \"status\": {\n    \"progress\": \"COMPLETE\"\n  }\n}"
  };

  private static final byte[][] BAD = {
    {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {}
  };

  private static String text(List<Integer> pieces) {
    StringBuilder sb = new StringBuilder();
    pieces.forEach(i -> sb.append(PIECES[i]));
    return sb.toString();
  }

  @Test
  void mostlyAsciiText_inAnyReads_isDeliveredWhole_orRefusedWhereItIsBad() {
    qt().forAll(
            lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 30),
            integers().between(0, BAD.length - 1),
            integers().between(1, 100))
        .checkAssert(
            (pieces, bad, chunk) -> {
              byte[] good = text(pieces).getBytes(StandardCharsets.UTF_8);
              byte[] tail = "tail of the text\n".getBytes(StandardCharsets.UTF_8);
              byte[] all = new byte[good.length + BAD[bad].length + tail.length];
              System.arraycopy(good, 0, all, 0, good.length);
              System.arraycopy(BAD[bad], 0, all, good.length, BAD[bad].length);
              System.arraycopy(tail, 0, all, good.length + BAD[bad].length, tail.length);

              ByteArrayOutputStream delivered = new ByteArrayOutputStream();
              Utf8CheckingInputStream.Malformed failure = read(all, chunk, delivered);

              if (BAD[bad].length == 0) {
                assertThat(failure).isNull();
                assertThat(delivered.toByteArray()).isEqualTo(all);
                return;
              }
              assertThat(failure).isNotNull();
              assertThat(failure.byteOffset()).isEqualTo(good.length);
              assertThat(delivered.toByteArray())
                  .isEqualTo(Arrays.copyOf(all, delivered.size()))
                  .hasSizeBetween(good.length, good.length + BAD[bad].length - 1);
            });
  }

  /** Reads to the end or the failure, at an offset of 3 into the buffer, collecting the bytes. */
  private static Utf8CheckingInputStream.Malformed read(
      byte[] bytes, int chunk, ByteArrayOutputStream delivered) {
    byte[] buf = new byte[chunk + 3];
    try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes))) {
      for (int n; (n = in.read(buf, 3, chunk)) >= 0; ) {
        delivered.write(buf, 3, n);
      }
      return null;
    } catch (Utf8CheckingInputStream.Malformed e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
