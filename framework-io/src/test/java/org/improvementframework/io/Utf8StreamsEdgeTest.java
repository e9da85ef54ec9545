package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the two UTF-8 checkers: they accept exactly what the JDK's strict decoder accepts,
 * whatever the chunks the bytes arrive in, and a refusal names the byte offset of the bad
 * sequence's first byte.
 */
class Utf8StreamsEdgeTest {

  /** Bytes that are mostly near the edges of UTF-8's ranges, so that both outcomes are drawn. */
  private static final int[] INTERESTING = {
    'a', '\n', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
    0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
  };

  private static Gen<byte[]> utf8Like() {
    return lists()
        .of(integers().between(0, INTERESTING.length - 1))
        .ofSizeBetween(0, 12)
        .map(
            list -> {
              byte[] b = new byte[list.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) INTERESTING[list.get(i)];
              }
              return b;
            });
  }

  /** Reads everything in chunks of the given size; returns the bytes or throws. */
  private static byte[] readChecked(byte[] bytes, int chunk) throws IOException {
    InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[chunk];
    for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean checkerAccepts(byte[] bytes, int chunk) {
    try {
      return Arrays.equals(readChecked(bytes, chunk), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void checkingStream_acceptsExactlyWhatTheJdkDecoderAccepts_inAnyChunks() {
    qt().forAll(utf8Like(), integers().between(1, 5))
        .check((bytes, chunk) -> checkerAccepts(bytes, chunk) == JdkUtf8.accepts(bytes));
  }

  @Test
  void strictReader_acceptsExactlyWhatTheJdkDecoderAccepts_andDecodesTheSameText() {
    qt().forAll(utf8Like(), integers().between(1, 5))
        .check(
            (bytes, chunk) -> {
              String read;
              try {
                read = readStrict(bytes, chunk);
              } catch (IOException e) {
                return !JdkUtf8.accepts(bytes);
              }
              return JdkUtf8.accepts(bytes)
                  && read.equals(new String(bytes, StandardCharsets.UTF_8));
            });
  }

  private static String readStrict(byte[] bytes, int chunk) throws IOException {
    Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes));
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[chunk];
    for (int n; (n = r.read(buf, 0, chunk)) >= 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void strictReader_givesTheGoodTextBeforeTheBadBytes_thenTheErrorOnEveryCall() throws Exception {
    Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes("ab", 0xFF, 'c')));
    char[] buf = new char[10];
    assertThat(r.read(buf, 0, 0)).isZero();
    assertThat(r.read(buf, 0, 10)).isEqualTo(2);
    assertThat(new String(buf, 0, 2)).isEqualTo("ab");
    assertThat(catchThrowableOfType(CharacterCodingException.class, () -> r.read(buf, 0, 10)))
        .isNotNull();
    assertThat(catchThrowableOfType(CharacterCodingException.class, () -> r.read(buf, 0, 10)))
        .isNotNull();
  }

  @Test
  void strictReader_longTextAcrossItsBuffer_isReadWhole() throws Exception {
    String text = "é".repeat(10_000) + "€x";
    assertThat(readStrict(text.getBytes(StandardCharsets.UTF_8), 777)).isEqualTo(text);
  }

  @Test
  void strictReader_closeLeavesTheStreamOpen() throws Exception {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new StrictUtf8Reader(in).close();
    assertThat(closed[0]).isFalse();
  }

  @Test
  void malformed_namesTheByteOffsetOfTheBadSequencesFirstByte() {
    byte[] input = bytes("ab\ncd", 0xE2, 0x82, 'x');
    Utf8CheckingInputStream.Malformed m =
        catchThrowableOfType(Utf8CheckingInputStream.Malformed.class, () -> readChecked(input, 3));
    assertThat(m.byteOffset()).isEqualTo(5);
    assertThat(m).hasMessage("invalid UTF-8 at byte offset 5");
    assertThat(m).isInstanceOf(CharConversionException.class);
  }

  @Test
  void malformed_offsetsCountBytesNotCharacters() {
    byte[] input = bytes("", 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 'a', 0xFF);
    Utf8CheckingInputStream.Malformed m =
        catchThrowableOfType(Utf8CheckingInputStream.Malformed.class, () -> readChecked(input, 8));
    assertThat(m.byteOffset()).isEqualTo(6);
  }

  @Test
  void malformed_truncatedSequenceAtTheEnd_namesItsLeadByte() {
    byte[] input = bytes("x\n\nab", 0xF0, 0x9F, 0x98);
    Utf8CheckingInputStream.Malformed m =
        catchThrowableOfType(Utf8CheckingInputStream.Malformed.class, () -> readChecked(input, 2));
    assertThat(m.byteOffset()).isEqualTo(5);
  }

  @Test
  void checkingStream_returnsTheGoodBytesBeforeABadSequence_thenFails() throws Exception {
    InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes("abc", 0xC3, 'x')));
    byte[] buf = new byte[10];
    assertThat(in.read(buf, 0, 10)).isEqualTo(3);
    assertThat(catchThrowableOfType(CharConversionException.class, () -> in.read(buf, 0, 10)))
        .isNotNull();
  }

  @Test
  void checkingStream_singleByteReadsAndSkip() throws Exception {
    InputStream in =
        new Utf8CheckingInputStream(new ByteArrayInputStream(bytes("a", 0xC3, 0xA9, 'b', 'c')));
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.read()).isEqualTo(0xC3);
    assertThat(in.skip(2)).isEqualTo(2);
    assertThat(in.read()).isEqualTo('c');
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.skip(5)).isZero();
    InputStream bad = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes("a", 0xFF)));
    assertThat(bad.skip(10)).isEqualTo(1);
    assertThat(catchThrowableOfType(CharConversionException.class, () -> bad.skip(10))).isNotNull();
  }

  @Test
  void loneSurrogate_isTheIndexOfTheFirstUnpairedHalf() {
    assertThat(Utf16.loneSurrogate("")).isEqualTo(-1);
    assertThat(Utf16.loneSurrogate("a\uD83D\uDE00b")).isEqualTo(-1);
    assertThat(Utf16.loneSurrogate("ab\uD83D")).isEqualTo(2);
    assertThat(Utf16.loneSurrogate("a\uD83Dx")).isEqualTo(1);
    assertThat(Utf16.loneSurrogate("a\uDE00\uD83D")).isEqualTo(1);
    assertThat(Utf16.loneSurrogate("\uD83D\uDE00\uDE00")).isEqualTo(2);
    assertThat(Utf16.loneSurrogate("\uD83D\uD83D\uDE00")).isZero();
  }

  @Test
  void loneSurrogate_agreesWithTheJdkEncoder() {
    char[] pool = {'a', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD7FF', '\uE000'};
    qt().forAll(lists().of(integers().between(0, pool.length - 1)).ofSizeBetween(0, 8))
        .check(
            idx -> {
              StringBuilder sb = new StringBuilder();
              idx.forEach(i -> sb.append(pool[i]));
              String s = sb.toString();
              boolean encodable = StandardCharsets.UTF_8.newEncoder().canEncode(s);
              return (Utf16.loneSurrogate(s) < 0) == encodable;
            });
  }

  private static byte[] bytes(String ascii, int... more) {
    byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(head, head.length + more.length);
    for (int i = 0; i < more.length; i++) {
      all[head.length + i] = (byte) more[i];
    }
    return all;
  }
}
