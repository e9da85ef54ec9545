package org.improvementframework.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a record's canonical JSON, in lower-case hexadecimal. */
final class Hashes {

  private Hashes() {}

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }

  static boolean isSha256(String text) {
    return text.length() == 64
        && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c));
  }
}
