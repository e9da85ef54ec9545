package org.improvementframework.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a large tracker in the action-rows layout for measuring a whole import (see
 * docs/performance.md): a title, a header, and areas of 500 actions each under an area heading
 * row, with shared strings as spreadsheet programs write them. Names and texts are invented.
 *
 * <p>Run from the worktree root with the test class path, for example {@code java -cp ...
 * org.improvementframework.excel.BigWorkbook big.xlsx 100000}.
 */
public final class BigWorkbook {

  private static final String[] LEADS = {
    "Head of Safeguarding",
    "Principal Social Worker",
    "Service Manager, Assessment",
    "Head of Corporate Parenting",
    "Participation Lead"
  };
  private static final String[] RAGS = {"Red", "Amber", "Green", ""};
  private static final String[] DUE = {"31/03/2025", "Q3 2024/25", "Monthly from Oct 24", "TBC"};

  private BigWorkbook() {}

  /**
   * Writes the workbook.
   *
   * @param args the file, and the number of action rows
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int actions = Integer.parseInt(args[1]);
    try (SXSSFWorkbook book = new SXSSFWorkbook(null, 200, true, true);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Improvement plan");
      int r = 0;
      text(sheet.createRow(r++), "Eastholm Council - Improvement Plan - progress at October 2024");
      text(sheet.createRow(r++), "Ref", "Action", "Lead", "Due date", "RAG", "Progress update");
      for (int i = 0; i < actions; i++) {
        int area = i / 500 + 1;
        int action = i % 500 + 1;
        if (action == 1) {
          text(
              sheet.createRow(r++),
              String.valueOf(area),
              "Area for improvement " + area + ": practice theme number " + area);
        }
        text(
            sheet.createRow(r++),
            area + "." + action,
            "Action " + i + ": review the quality of practice in team " + (i % 97),
            LEADS[i % LEADS.length],
            DUE[i % DUE.length],
            RAGS[i % RAGS.length],
            "Progress note " + i + ": audit of " + (i % 50) + " cases completed");
      }
      book.write(out);
    }
  }

  private static void text(Row row, String... cells) {
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
  }
}
