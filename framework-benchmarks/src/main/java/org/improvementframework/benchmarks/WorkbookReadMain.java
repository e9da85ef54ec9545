package org.improvementframework.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.improvementframework.excel.MergedCells;
import org.improvementframework.excel.Workbook;
import org.improvementframework.excel.WorkbookOptions;
import org.improvementframework.excel.Workbooks;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads every cell of every sheet of a workbook as text and prints the rows, cells and
 * characters, as a whole process for {@code /usr/bin/time -v}:
 * {@code java -Xmx64m -cp benchmarks.jar org.improvementframework.benchmarks.WorkbookReadMain
 * READER FILE}, where READER is {@code framework} (framework-excel's {@link Workbooks}, merged
 * cells repeated: two passes over each sheet), {@code framework-top-left} (one pass),
 * {@code poi} (POI's own event API: {@link XSSFSheetXMLHandler}) or {@code fastexcel}
 * (fastexcel-reader's row stream).
 */
public final class WorkbookReadMain {

  private long rows;
  private long cells;
  private long chars;

  private WorkbookReadMain() {}

  /**
   * Reads the file and prints the counts and the time taken.
   *
   * @param args the reader and the file
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: WorkbookReadMain framework|framework-top-left|poi|fastexcel FILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    WorkbookReadMain counts = new WorkbookReadMain();
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "framework" -> counts.framework(file, MergedCells.REPEAT);
      case "framework-top-left" -> counts.framework(file, MergedCells.TOP_LEFT);
      case "poi" -> counts.poi(file.toFile());
      case "fastexcel" -> counts.fastexcel(file.toFile());
      default -> throw new IllegalArgumentException("unknown reader " + args[0]);
    }
    System.out.printf(
        "%s: %d rows, %d cells, %d characters in %d ms%n",
        args[0], counts.rows, counts.cells, counts.chars, (System.nanoTime() - start) / 1_000_000);
  }

  private void framework(Path file, MergedCells merged) throws IOException {
    try (Workbook book = Workbooks.open(file, WorkbookOptions.defaults().withMergedCells(merged));
        TableReader reader = book.allSheets()) {
      for (Optional<TableRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        rows++;
        for (String cell : row.get().cells()) {
          cell(cell);
        }
      }
    }
  }

  private void poi(File file)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
      XSSFReader parts = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      SheetContentsHandler handler =
          new SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
              rows++;
            }

            @Override
            public void endRow(int rowNum) {
              // counted at the start
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
              WorkbookReadMain.this.cell(value);
            }
          };
      for (Iterator<InputStream> it = parts.getSheetsData(); it.hasNext(); ) {
        try (InputStream sheet = it.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(
              new XSSFSheetXMLHandler(parts.getStylesTable(), strings, handler, false));
          xml.parse(new InputSource(sheet));
        }
      }
    }
  }

  private void fastexcel(File file) throws IOException {
    try (ReadableWorkbook book = new ReadableWorkbook(file)) {
      for (Sheet sheet : book.getSheets().toList()) {
        try (var stream = sheet.openStream()) {
          stream.forEach(
              row -> {
                rows++;
                for (Cell c : row) {
                  cell(c == null ? "" : c.getText());
                }
              });
        }
      }
    }
  }

  private void cell(String text) {
    cells++;
    chars += text == null ? 0 : text.length();
  }
}
