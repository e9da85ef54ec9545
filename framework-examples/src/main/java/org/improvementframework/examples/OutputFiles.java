package org.improvementframework.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.improvementframework.io.AtomicFiles;
import org.improvementframework.io.IoFailures;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The files the command line writes: whole or not at all, and never over the input. */
final class OutputFiles {

  private OutputFiles() {}

  /**
   * Refuses an output that is the input file, unless the command writes the input's own format
   * (a conversion of a file to itself, which the atomic write makes safe).
   *
   * @param cl the command, for the usage error; not null
   * @param input the file read, or null for the bundled plan or standard input
   * @param output the file to write; not null
   * @param sameFormat whether the output is in the input's format
   * @throws ParameterException if the output would replace the input with another format
   */
  static void refuseOverInput(CommandLine cl, Path input, Path output, boolean sameFormat) {
    if (input == null || sameFormat || !same(input, output)) {
      return;
    }
    throw new ParameterException(
        cl,
        "the output "
            + output
            + " is the input file: writing it "
            + "would replace the plan; choose another output file");
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall back to comparing the names.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Writes text as UTF-8, creating the folder if needed; the old file stays as it was on any
   * failure.
   *
   * @param file the file; not null
   * @param text the text; not null
   * @throws java.io.UncheckedIOException if the file cannot be written, giving the reason
   */
  static void writeText(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw IoFailures.cannotWrite(file, e);
    }
  }
}
