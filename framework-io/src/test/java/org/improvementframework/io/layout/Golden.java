package org.improvementframework.io.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected dumps kept as reviewed files beside the tests ({@code golden/NAME.txt}). When a dump
 * differs, the dump read is written to {@code target/golden-actual/NAME.txt} for review; it never
 * replaces the expected file.
 */
final class Golden {

  private Golden() {}

  /**
   * Gets the expected dump.
   *
   * @param name the file name without {@code .txt}
   * @param actual the dump read, written aside for review when it differs
   * @return the expected text, or a marker when there is no file yet
   */
  static String of(String name, String actual) {
    String expected;
    try (InputStream in = Golden.class.getResourceAsStream("golden/" + name + ".txt")) {
      expected =
          in == null
              ? "(no golden file " + name + ")"
              : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!expected.equals(actual)) {
      try {
        Path dir = Path.of("target", "golden-actual");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return expected;
  }
}
