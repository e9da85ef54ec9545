package org.improvementframework.io.table;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * Decodes the bytes of a text table for {@link CsvTables#decode}: a byte order mark, a given
 * character set, or UTF-8 with Windows-1252 as the located fallback. The choice is made by
 * decoding into a small buffer, so that a caller can then read the text as a stream rather than
 * hold it whole beside its bytes.
 */
final class TextDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * The character set of a text table's bytes and where its text starts (after a byte order
   * mark); every byte from there decodes in it.
   */
  record Encoding(byte[] bytes, Charset charset, int offset) {
    /** Opens the text from its start; reading it cannot fail, as its bytes were checked. */
    Reader open() {
      return new InputStreamReader(
          new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset);
    }

    /** Decodes the whole text. */
    String text() {
      return new String(bytes, offset, bytes.length - offset, charset);
    }
  }

  /** See {@link CsvTables#decode}. */
  static String decode(byte[] bytes, Charset charset, String source, List<ReadWarning> warnings) {
    return encoding(bytes, charset, source, warnings).text();
  }

  /**
   * Chooses how to decode the bytes as {@link CsvTables#decode} describes, adding its warning.
   *
   * @throws PlanFormatException if the bytes do not decode in the character set that a byte
   *     order mark or the caller fixed
   */
  static Encoding encoding(
      byte[] bytes, Charset charset, String source, List<ReadWarning> warnings) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(warnings, "warnings");
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, source);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
    }
    if (charset != null) {
      return strict(bytes, 0, charset, source);
    }
    try {
      check(bytes, 0, StandardCharsets.UTF_8);
      return new Encoding(bytes, StandardCharsets.UTF_8, 0);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      int line = 1;
      for (int i = 0; i < bad && i < bytes.length; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      warnings.add(
          ReadWarning.of(
              InputLocation.builder().source(source).line(line).build(),
              "bytes are not valid UTF-8, first at byte " + bad,
              "",
              "read the whole input as Windows-1252; give the character set to choose another"));
      return new Encoding(bytes, WINDOWS_1252, 0);
    }
  }

  private static Encoding strict(byte[] bytes, int offset, Charset charset, String source) {
    try {
      check(bytes, offset, charset);
      return new Encoding(bytes, charset, offset);
    } catch (CharacterCodingException e) {
      throw PlanFormatException.builder("cannot decode the input as " + charset.name())
          .at(InputLocation.ofSource(source))
          .expected("text in " + charset.name() + " (give the file's character set)")
          .cause(e)
          .build();
    }
  }

  /** Decodes every byte into a small buffer, throwing at the first that does not decode. */
  private static void check(byte[] bytes, int offset, Charset charset)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult r;
    do {
      out.clear();
      r = decoder.decode(in, out, true);
      if (r.isError()) {
        r.throwException();
      }
    } while (r.isOverflow());
    do {
      out.clear();
      r = decoder.flush(out);
    } while (r.isOverflow());
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int extra =
          b < 0x80
              ? 0
              : b >= 0xC2 && b < 0xE0
                  ? 1
                  : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
      if (extra < 0 || i + extra >= bytes.length) {
        return i;
      }
      // The second byte's range is narrower after E0, ED, F0 and F4: no overlong form, no
      // encoded surrogate, nothing above U+10FFFF, as the JDK's decoder refuses them.
      if (extra > 0 && !secondByteFits(b, bytes[i + 1] & 0xFF)) {
        return i;
      }
      for (int k = 2; k <= extra; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return bytes.length;
  }

  /** Whether a second byte continues the sequence that a first byte {@code b} starts. */
  private static boolean secondByteFits(int b, int second) {
    int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
    int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    return second >= low && second <= high;
  }
}
