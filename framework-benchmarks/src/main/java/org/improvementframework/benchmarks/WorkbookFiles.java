package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a large tracker workbook for the workbook-reader comparison:
 * {@code java -cp benchmarks.jar org.improvementframework.benchmarks.WorkbookFiles FILE ROWS}
 * writes one sheet of a header and {@code ROWS} milestone rows (reference, action, milestone,
 * lead, target date as a date-formatted serial number, status, RAG, progress text), with shared
 * strings as Excel writes them. The rows are invented and repeat a small vocabulary.
 */
public final class WorkbookFiles {

  private static final String[] LEADS = {
    "Head of Safeguarding",
    "Principal Social Worker",
    "Service Manager, Assessment",
    "Head of Corporate Parenting",
    "Participation Lead"
  };
  private static final String[] STATUSES = {"Complete", "In progress", "Not started", "Ongoing"};
  private static final String[] RAGS = {"Green", "Amber", "Red", "Blue"};

  private WorkbookFiles() {}

  /**
   * Writes the workbook.
   *
   * @param args the file and the number of rows
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WorkbookFiles FILE ROWS");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]));
  }

  /**
   * Writes a workbook of {@code rows} milestone rows.
   *
   * @param file the file; not null
   * @param rows the number of rows after the header
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, int rows) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(null, 200, true, true);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Milestones");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      String[] header = {
        "Ref", "Action", "Milestone", "Lead", "Target date", "Status", "RAG", "Progress update"
      };
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      LocalDate start = LocalDate.of(2024, 4, 30);
      for (int i = 1; i <= rows; i++) {
        int area = 1 + i / 1000;
        int action = 1 + (i / 10) % 100;
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(area + "." + action + "." + (1 + i % 10));
        row.createCell(1)
            .setCellValue(
                "Action "
                    + area
                    + "."
                    + action
                    + ": improve the timeliness and quality of practice");
        row.createCell(2).setCellValue("Milestone " + i + " agreed with partners and reviewed");
        row.createCell(3).setCellValue(LEADS[i % LEADS.length]);
        var target = row.createCell(4);
        target.setCellValue(start.plusDays(i % 700));
        target.setCellStyle(date);
        row.createCell(5).setCellValue(STATUSES[i % STATUSES.length]);
        row.createCell(6).setCellValue(RAGS[i % RAGS.length]);
        row.createCell(7)
            .setCellValue(
                "Update "
                    + (i % 97)
                    + ": audit of "
                    + (i % 40)
                    + " cases completed; findings to the board");
      }
      book.write(out);
    }
  }
}
