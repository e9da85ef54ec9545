package org.improvementframework.examples;

import picocli.CommandLine.Option;

/** The sheet of an Excel workbook that a command reads. */
final class SheetOption {

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description =
          "The sheet of an Excel workbook (.xlsx) to read. Default: every sheet, in "
              + "the order of the tabs, as one table.")
  String name;
}
