package org.improvementframework.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed test workbooks: trackers laid out as councils keep them, with the defects
 * real files have (a title row above the header, merged area cells, dates as serial numbers and
 * as text, a hidden row, a hidden column, a formula, an old .xls copy). The councils and plans are
 * invented.
 *
 * <p>{@code TrackerWorkbooksTest} checks that the committed files are what this class writes;
 * after a change here, rewrite them from the worktree root with
 * {@code ./mvnw -q -pl framework-excel -am test -Dtest=TrackerWorkbooksTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dexcel.regenerate=true}.
 */
public final class TrackerWorkbooks {

  /** Where the files are committed. */
  static final Path FOLDER = Path.of("src/test/resources/org/improvementframework/excel");

  static final String ACTION_PER_ROW = "action-per-row.xlsx";
  static final String AREA_PER_SHEET = "area-per-sheet.xlsx";

  /** The tracker of {@link #ACTION_PER_ROW} saved as an Excel 97-2003 workbook. */
  static final String ACTION_PER_ROW_XLS = "action-per-row.xls";

  private TrackerWorkbooks() {}

  /**
   * Writes the files into {@link #FOLDER}, relative to the working directory.
   *
   * @param args a folder to write into instead; optional
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : FOLDER;
    Files.createDirectories(folder);
    actionPerRow(folder.resolve(ACTION_PER_ROW), false);
    actionPerRow(folder.resolve(ACTION_PER_ROW_XLS), true);
    areaPerSheet(folder.resolve(AREA_PER_SHEET));
  }

  static void actionPerRow(Path file, boolean xls) throws IOException {
    try (var book = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Improvement plan");
      CellStyle date = dateStyle(sheet, "dd/mm/yyyy");
      text(sheet, 0, "Northbrook Borough Council - Children's Services Improvement Plan 2024-25");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
      text(sheet, 1, "Progress as at 31 October 2024");
      text(sheet, 3, "Ref", "Action", "Lead", "Due date", "RAG", "Progress update", "QA notes");
      text(sheet, 4, "1", "Area for improvement 1: Management oversight at the front door");
      text(
          sheet,
          5,
          "1.1",
          "Introduce a daily threshold meeting chaired by a team manager",
          "Head of Safeguarding",
          "",
          "Green",
          "Daily meetings in place since September; audit of 40 contacts in October",
          "checked");
      date(sheet, 5, 3, LocalDate.of(2024, 9, 30), date);
      text(
          sheet,
          6,
          "1.2",
          "Audit the quality of strategy discussions each month",
          "Principal Social Worker",
          "Monthly from Oct 24",
          "Amber",
          "First audit done; the second was delayed by staffing");
      text(
          sheet,
          7,
          "1.3",
          "Pilot a duty desk for partner agencies",
          "Head of Safeguarding",
          "",
          "Red",
          "Superseded by 1.1");
      date(sheet, 7, 3, LocalDate.of(2024, 6, 30), date);
      sheet.getRow(7).setZeroHeight(true);
      text(sheet, 8, "2", "Area for improvement 2: Timeliness of assessments");
      text(
          sheet,
          9,
          "2.1",
          "Reduce the assessments open longer than 45 working days",
          "Service Manager, Assessment",
          "",
          "Red",
          "62 open at the end of October, from 71");
      date(sheet, 9, 3, LocalDate.of(2025, 3, 31), date);
      text(
          sheet,
          10,
          "2.2",
          "Weekly tracking of assessments by team managers",
          "Team Managers, Assessment",
          "31/01/2025",
          "Amber",
          "Tracker built; not yet weekly");
      text(sheet, 11, "3", "Area for improvement 3: Pathway plans for care leavers");
      text(
          sheet,
          12,
          "3.1",
          "Every care leaver has a pathway plan reviewed in six months",
          "Head of Corporate Parenting",
          "",
          "Green",
          "94% reviewed (target 90%)");
      date(sheet, 12, 3, LocalDate.of(2024, 12, 31), date);
      text(
          sheet,
          13,
          "3.2",
          "Co-produce the local offer with the Children in Care Council",
          "Participation Lead",
          "TBC",
          "",
          "");
      text(sheet, 15, "", "Actions rated red");
      sheet.getRow(15).createCell(2).setCellFormula("COUNTIF(E6:E14,\"Red\")");
      sheet.setColumnHidden(6, true);
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      write(sheet, file);
    }
  }

  static void areaPerSheet(Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet one = areaSheet(book, "Area 1", "Westmere City Council - Improvement Plan - Area 1");
      CellStyle date = dateStyle(one, "d mmm yyyy");
      text(
          one,
          2,
          "1. Quality of child protection practice",
          "1.1 Strengthen supervision",
          "1.1.1",
          "Supervision policy revised and agreed",
          "Head of Service, CP",
          "",
          "Complete",
          "Green");
      date(one, 2, 5, LocalDate.of(2024, 7, 31), date);
      text(
          one,
          3,
          "",
          "",
          "1.1.2",
          "Every worker supervised monthly, recorded on file",
          "Team Managers, CP",
          "Sept 2024",
          "In progress",
          "Amber");
      text(
          one,
          4,
          "",
          "",
          "1.1.3",
          "Audit of supervision records",
          "Principal Social Worker",
          "",
          "Not started",
          "Red");
      date(one, 4, 5, LocalDate.of(2024, 11, 30), date);
      text(
          one,
          5,
          "",
          "1.2 Child protection plans are SMART",
          "1.2.1",
          "Plan template revised with families",
          "Head of Service, CP",
          "",
          "Complete",
          "Green");
      date(one, 5, 5, LocalDate.of(2024, 5, 31), date);
      text(
          one,
          6,
          "",
          "",
          "1.2.2",
          "Conference chairs check every plan",
          "IRO Service Manager",
          "Q3 2024/25",
          "In progress",
          "Amber");
      one.addMergedRegion(new CellRangeAddress(2, 6, 0, 0));
      one.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
      one.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
      Sheet two = areaSheet(book, "Area 2", "Westmere City Council - Improvement Plan - Area 2");
      text(
          two,
          2,
          "2. Placement sufficiency",
          "2.1 Recruit more foster carers",
          "2.1.1",
          "Recruitment campaign launched",
          "Head of Fostering",
          "",
          "Complete",
          "Green");
      date(two, 2, 5, LocalDate.of(2024, 4, 30), date);
      text(
          two,
          3,
          "",
          "",
          "2.1.2",
          "Twelve new fostering households approved",
          "Head of Fostering",
          "31/03/2025",
          "In progress",
          "Amber");
      text(
          two,
          4,
          "",
          "",
          "2.1.3",
          "Old campaign evaluation (withdrawn)",
          "Head of Fostering",
          "",
          "Not started",
          "Red");
      two.getRow(4).setZeroHeight(true);
      two.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
      two.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
      write(two, file);
    }
  }

  private static Sheet areaSheet(XSSFWorkbook book, String name, String title) {
    Sheet sheet = book.createSheet(name);
    text(sheet, 0, title);
    text(sheet, 1, "Area", "Action", "Ref", "Milestone", "Lead", "Target date", "Status", "RAG");
    return sheet;
  }

  private static CellStyle dateStyle(Sheet sheet, String format) {
    var book = sheet.getWorkbook();
    CellStyle style = book.createCellStyle();
    style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
    return style;
  }

  private static void text(Sheet sheet, int row, String... cells) {
    Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        r.createCell(c).setCellValue(cells[c]);
      }
    }
  }

  private static void date(Sheet sheet, int row, int column, LocalDate value, CellStyle style) {
    var cell = sheet.getRow(row).createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void write(Sheet sheet, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      sheet.getWorkbook().write(out);
    }
  }
}
