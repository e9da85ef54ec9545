package org.improvementframework.io.returns.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * Walks the CSV files of an SSDA903 folder, table by table in the order of {@link Ssda903Table}
 * (Header and AD1 before Episodes, so that a streaming reader knows each child's date of birth
 * and match before it meets the child's episodes), files of one table in name order.
 */
final class Ssda903Folder {

  private Ssda903Folder() {}

  /** Reads every table file of a folder, codes checked for a year, each row to the sink. */
  static void read(
      Path folder,
      InputLimits limits,
      int year,
      Consumer<Ssda903Row> sink,
      Consumer<PlanFormatException> problems,
      Consumer<ReadWarning> warnings) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder.getFileName(), e);
    }
    Comparator<Path> byTable =
        Comparator.comparing((Path f) -> table(f).map(Enum::ordinal).orElse(-1));
    for (Path file : files.stream().sorted(byTable.thenComparing(Path::getFileName)).toList()) {
      String name = file.getFileName().toString();
      Optional<Ssda903Table> table = table(file);
      if (table.isEmpty()) {
        warnings.accept(
            ReadWarning.of(
                InputLocation.ofSource(name),
                "not the CSV file of an SSDA903 table",
                "",
                "not read"));
        continue;
      }
      try {
        if (Files.size(file) > limits.maxInputBytes()) {
          throw new InputLimitException(
              "bytes", limits.maxInputBytes(), InputLocation.ofSource(name), null);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        Ssda903Reader.of(table.get(), limits, year)
            .read(in, name, sink, warnings)
            .forEach(problems);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
  }

  private static Optional<Ssda903Table> table(Path file) {
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return Optional.empty();
    }
    return Ssda903Table.ofFileName(name);
  }
}
