package org.improvementframework.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The JDK's strict UTF-8 decoder as the oracle the checking streams are compared with. */
final class JdkUtf8 {

  private JdkUtf8() {}

  /** Whether the JDK's decoder, refusing malformed and unmappable input, accepts the bytes. */
  static boolean accepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
