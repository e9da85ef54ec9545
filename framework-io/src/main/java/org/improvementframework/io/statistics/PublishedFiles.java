package org.improvementframework.io.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableRow;

/**
 * Reads a published statistics CSV file of any shape the library knows into
 * {@link PublishedSeries series}: an EES tidy file by its own columns, a wide release or a
 * tidy-period file by a {@link StatisticsMapping}.
 *
 * <pre>{@code
 * StatisticsMapping m = StatisticsMappingJson.read(Path.of("sfr34-2015.mapping.json"));
 * List<PublishedSeries> series = PublishedFiles.read(Path.of("SFR34_CLA2015.csv"),
 *     Optional.of(m), InputLimits.defaults()).value();
 * }</pre>
 *
 * <p>A file that is not EES tidy and has no mapping is refused with a message that names the
 * shapes the library knows, what the file's header looks like, and how to declare a mapping.
 *
 * <p>This class is thread-safe.
 */
public final class PublishedFiles {

  /** What every wrong-shape message ends with: the shapes known and how to declare a mapping. */
  static final String SHAPES_HELP =
      "The library reads three shapes of published statistics: "
          + "(1) "
          + StatisticsShape.EES_TIDY.description()
          + "; (2) "
          + StatisticsShape.WIDE_RELEASE.description()
          + "; (3) "
          + StatisticsShape.TIDY_PERIOD.description()
          + ". Declare a mapping in a JSON file {\"format\": \"statistics-mapping\", \"version\":"
          + " 1, \"shape\": ..., \"areaCode\": ..., \"measures\": [{\"name\": ..., \"column\":"
          + " ...}]} (see docs/statistics.md)";

  private static final Set<String> EES_COLUMNS =
      Set.of("time_period", "time_identifier", "geographic_level");

  private PublishedFiles() {}

  /**
   * Reads a UTF-8 CSV file of published statistics.
   *
   * @param path the file; not null
   * @param mapping the mapping of a wide or tidy-period file; empty for an EES tidy file; not
   *     null
   * @param limits the limits; not null
   * @return the series and the warnings; not null
   * @throws PlanFormatException if the file is of no known shape, or does not fit the mapping
   * @throws InputLimitException if a limit is passed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult<List<PublishedSeries>> read(
      Path path, Optional<StatisticsMapping> mapping, InputLimits limits) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, String.valueOf(path.getFileName()), mapping, limits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads UTF-8 CSV bytes of published statistics. The stream is not closed.
   *
   * @param in the bytes; not null
   * @param source the file name or description for messages; may be null
   * @param mapping the mapping of a wide or tidy-period file; empty for an EES tidy file; not
   *     null
   * @param limits the limits; not null
   * @return the series and the warnings; not null
   * @throws PlanFormatException if the input is of no known shape, or does not fit the mapping
   * @throws InputLimitException if a limit is passed
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<List<PublishedSeries>> read(
      InputStream in, String source, Optional<StatisticsMapping> mapping, InputLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(limits, "limits");
    byte[] bytes;
    try {
      // Bounded before anything is kept, so that a huge input is refused, not buffered.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxInputBytes()) {
      throw new InputLimitException(
          "input size", limits.maxInputBytes(), InputLocation.ofSource(source), null);
    }
    // Published files are UTF-8 (a byte order mark is dropped); a bad byte is a located error.
    String text = CsvTables.decode(bytes, StandardCharsets.UTF_8, source, new ArrayList<>());
    List<TableRow> rows =
        CsvTables.read(text, source, CsvOptions.defaults().withDelimiter(',').withLimits(limits))
            .rows();
    StatisticsShape shape = shapeOf(rows, mapping);
    if (shape == StatisticsShape.EES_TIDY) {
      return PublishedStatistics.read(
          new ByteArrayInputStream(bytes),
          PublishedStatistics.Options.defaults().withSource(source).withLimits(limits));
    }
    return MappedStatistics.read(rows, mapping.orElseThrow(), limits);
  }

  /**
   * Tells the shape of a file from its header and the mapping given.
   *
   * @param rows the file's rows, the header first (blank rows before it are skipped); not null
   * @param mapping the mapping, if any; not null
   * @return {@link StatisticsShape#EES_TIDY} for a header with {@code time_period},
   *     {@code time_identifier} and {@code geographic_level}; otherwise the mapping's shape
   * @throws PlanFormatException if the file is not EES tidy and there is no mapping; the
   *     message names the shapes known, the header, and how to declare a mapping
   */
  public static StatisticsShape shapeOf(List<TableRow> rows, Optional<StatisticsMapping> mapping) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(mapping, "mapping");
    TableRow header = rows.stream().filter(r -> !r.isBlank()).findFirst().orElse(null);
    List<String> names =
        header == null
            ? List.of()
            : header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    if (names.containsAll(EES_COLUMNS)) {
      return StatisticsShape.EES_TIDY;
    }
    if (mapping.isPresent()) {
      return mapping.get().shape();
    }
    String guess = guess(names);
    throw PlanFormatException.builder(
            "cannot tell the shape of this statistics file"
                + (guess.isEmpty() ? "" : " (" + guess + ")"))
        .at(
            header == null
                ? (rows.isEmpty() ? InputLocation.unknown() : rows.get(0).location())
                : header.location())
        .expected(
            "a header of a known shape; the header has "
                + MappedStatistics.shortList(
                    header == null
                        ? List.of()
                        : header.cells().stream().map(String::strip).toList())
                + ". "
                + SHAPES_HELP)
        .build();
  }

  /** A hint at what the file looks like, from its header alone. */
  private static String guess(List<String> names) {
    boolean period =
        names.stream()
            .anyMatch(n -> n.equals("period") || n.equals("year") || n.equals("time_period"));
    boolean code =
        names.stream()
            .anyMatch(n -> n.contains("code") || n.startsWith("geog") || n.startsWith("la_"));
    if (code && period) {
      return "it looks like a tidy file with a period column: declare a tidy-period mapping";
    }
    if (code) {
      return "it looks like a wide release file: declare a wide mapping";
    }
    return "";
  }
}
