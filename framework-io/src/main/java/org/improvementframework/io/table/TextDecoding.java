package org.improvementframework.io.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * Decodes the bytes of a text table for {@link CsvTables#decode}: a byte order mark, a given
 * character set, or UTF-8 with Windows-1252 as the located fallback.
 */
final class TextDecoding {

  private TextDecoding() {}

  /** See {@link CsvTables#decode}. */
  static String decode(byte[] bytes, Charset charset, String source, List<ReadWarning> warnings) {
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
      return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
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
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String source) {
    try {
      return decoder(charset)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw PlanFormatException.builder("cannot decode the input as " + charset.name())
          .at(InputLocation.ofSource(source))
          .expected("text in " + charset.name() + " (give the file's character set)")
          .cause(e)
          .build();
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
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
      for (int k = 1; k <= extra; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return bytes.length;
  }
}
