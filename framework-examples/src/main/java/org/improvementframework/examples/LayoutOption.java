package org.improvementframework.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.layout.Layout;
import org.improvementframework.io.layout.LayoutOptions;
import org.improvementframework.io.layout.PlanTables;
import picocli.CommandLine.Option;

/** The options of reading a council's table: its layout and its reporting date. */
final class LayoutOption {

  @Option(
      names = "--reporting-date",
      paramLabel = "DATE",
      description =
          "The plan's reporting (\"as at\") date, as yyyy-MM-dd, for a tracker whose "
              + "title row names no month. Default: the end of the month the title names.")
  LocalDate reportingDate;

  @Option(
      names = "--layout",
      paramLabel = "NAME|FILE",
      description =
          "The layout of a tracker table: a known layout's name (see `layouts`) or a "
              + "layout JSON file. Default: detected from the first rows.")
  String layout;

  /**
   * Gives the library's options for a source.
   *
   * @param source the file name for messages; not null
   * @return the options; not null
   * @throws PlanFormatException if the layout is neither a known name nor a layout file
   */
  LayoutOptions options(String source) {
    LayoutOptions options = LayoutOptions.defaults().withSource(source);
    if (reportingDate != null) {
      options = options.withReportingDate(reportingDate);
    }
    if (layout != null) {
      options = options.withLayout(resolve(layout));
    }
    return options;
  }

  /** A known layout's name wins over a file of that name in the working directory. */
  static Layout resolve(String nameOrFile) {
    return PlanTables.knownLayout(nameOrFile)
        .orElseGet(
            () -> {
              Path file = Path.of(nameOrFile);
              if (!Files.isRegularFile(file)) {
                throw new PlanFormatException(
                    "--layout '"
                        + nameOrFile
                        + "' is neither a known layout "
                        + PlanTables.knownLayouts().stream().map(Layout::name).toList()
                        + " nor a layout file");
              }
              return Layout.fromJson(file);
            });
  }
}
