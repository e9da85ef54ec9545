package org.improvementframework.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.improvementframework.excel.WorkbookFormatException.Reason;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what their name says, or are built to hurt a reader: each gives a typed,
 * located error within the limits, and nothing is written beside or into the file.
 */
class HostileWorkbooksTest {

  @TempDir Path dir;

  @Test
  void open_xlsNamedXlsx_isReadAsTheXlsItIs() throws IOException {
    Path file = dir.resolve("tracker.xlsx");
    try (HSSFWorkbook xls = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      xls.createSheet("Plan").createRow(0).createCell(0).setCellValue("Ref");
      xls.write(out);
    }
    assertThat(TrackerWorkbooksTest.rows(file))
        .extracting(r -> r.sheet() + " " + r.number() + " " + r.cells())
        .containsExactly("Plan 1 [Ref]");
  }

  @Test
  void open_encryptedXls_saysItIsEncrypted() throws IOException {
    Path file = dir.resolve("tracker.xls");
    Biff8EncryptionKey.setCurrentUserPassword("invented-password");
    try (HSSFWorkbook xls = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      xls.createSheet("Plan").createRow(0).createCell(0).setCellValue("Ref");
      xls.writeProtectWorkbook("invented-password", "owner");
      xls.write(out);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    WorkbookFormatException e = refused(file, WorkbookFormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage()).contains("tracker.xls", "password").doesNotContain("invented");
  }

  @Test
  void read_xlsPastTheRowLimit_isRefusedNamingSheetAndRow() throws IOException {
    Path file = dir.resolve("long.xls");
    try (HSSFWorkbook xls = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = xls.createSheet("Plan");
      for (int i = 0; i < 30; i++) {
        sheet.createRow(i).createCell(0).setCellValue("row " + i);
      }
      xls.write(out);
    }
    WorkbookOptions options =
        WorkbookOptions.defaults().withLimits(InputLimits.defaults().withMaxRows(20));
    InputLimitException e = refused(file, options, InputLimitException.class);
    assertThat(e.getMessage()).contains("long.xls", "sheet 'Plan'", "row 21");
  }

  @Test
  void open_odsNamedXlsx_saysItIsOpenDocument() throws IOException {
    Path file = dir.resolve("tracker.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write(
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
    }
    WorkbookFormatException e = refused(file, WorkbookFormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.OPEN_DOCUMENT);
    assertThat(e.getMessage()).contains("tracker.xlsx", ".ods", "save it as");
  }

  @Test
  void open_passwordProtected_saysItIsEncrypted() throws Exception {
    Path plain =
        MinimalXlsx.writeRows(
            dir.resolve("plain.xlsx"),
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ref</t></is></c></row>");
    Path file = dir.resolve("protected.xlsx");
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("invented-password");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream os = encryptor.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    WorkbookFormatException e = refused(file, WorkbookFormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage()).contains("protected.xlsx", "password");
  }

  @Test
  void read_zipBomb_isRefusedAsAnExpansionLimit() throws IOException {
    Path file =
        MinimalXlsx.write(
            dir.resolve("bomb.xlsx"),
            out -> {
              out.write(MinimalXlsx.SHEET_START.getBytes(StandardCharsets.UTF_8));
              byte[] spaces = new byte[1 << 20];
              Arrays.fill(spaces, (byte) ' ');
              for (int i = 0; i < 200; i++) {
                out.write(spaces);
              }
              out.write(MinimalXlsx.SHEET_END.getBytes(StandardCharsets.UTF_8));
            },
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
    assertThat(Files.size(file)).isLessThan(1 << 20);
    InputLimitException e = refused(file, InputLimitException.class);
    assertThat(e.getMessage()).contains("bomb.xlsx", "sheet 'Plan'", "expansion");
  }

  @Test
  void read_sheetOfOneGigabyte_stopsAtTheByteLimit() throws IOException {
    byte[] rows = rowsOfText(10_000);
    long times = (1L << 30) / rows.length + 1;
    Path file = MinimalXlsx.writeRepeated(dir.resolve("huge.xlsx"), rows, times);
    assertThat(Files.size(file)).isLessThan(4 << 20);
    // With POI's own expansion check (on by default) the sheet is refused early ...
    assertThat(refused(file, InputLimitException.class).getMessage()).contains("expansion");
    // ... and with it off, as a user with a huge honest sheet might set it, the byte limit holds.
    double ratio = ZipSecureFile.getMinInflateRatio();
    ZipSecureFile.setMinInflateRatio(0);
    try {
      WorkbookOptions options =
          WorkbookOptions.defaults()
              .withLimits(InputLimits.defaults().withMaxInputBytes(32L << 20));
      InputLimitException e = refused(file, options, InputLimitException.class);
      assertThat(e.limit()).isEqualTo(32L << 20);
      assertThat(e.getMessage()).contains("huge.xlsx", "sheet 'Plan'", "bytes");
    } finally {
      ZipSecureFile.setMinInflateRatio(ratio);
    }
  }

  @Test
  void read_billionLaughs_isRefusedAsUnsafeXml() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    Path file =
        MinimalXlsx.write(
            dir.resolve("laughs.xlsx"),
            "<?xml version=\"1.0\"?>"
                + dtd
                + MinimalXlsx.SHEET_START.substring(MinimalXlsx.SHEET_START.indexOf("<worksheet"))
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
                + MinimalXlsx.SHEET_END);
    WorkbookFormatException e = refused(file, WorkbookFormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.UNSAFE_XML);
    assertThat(e.getMessage()).contains("laughs.xlsx", "sheet 'Plan'");
  }

  @Test
  void read_externalEntity_isRefusedAndNothingIsFetched() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the reader");
    Path file =
        MinimalXlsx.write(
            dir.resolve("xxe.xlsx"),
            "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>"
                + MinimalXlsx.SHEET_START.substring(MinimalXlsx.SHEET_START.indexOf("<worksheet"))
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + MinimalXlsx.SHEET_END);
    WorkbookFormatException e = refused(file, WorkbookFormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.UNSAFE_XML);
    assertThat(e.getMessage()).doesNotContain("not for the reader");
  }

  @Test
  void read_fiftyThousandColumns_isRefusedNamingRowAndColumn() throws IOException {
    StringBuilder row = new StringBuilder("<row r=\"3\">");
    for (int c = 0; c < 50_000; c++) {
      row.append("<c><v>").append(c).append("</v></c>");
    }
    Path file = MinimalXlsx.writeRows(dir.resolve("wide.xlsx"), row.append("</row>").toString());
    InputLimitException e = refused(file, InputLimitException.class);
    assertThat(e.limit()).isEqualTo(InputLimits.DEFAULT_MAX_COLUMNS);
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.location().column()).hasValue("XFE");
    assertThat(e.getMessage()).contains("wide.xlsx", "sheet 'Plan'", "row 3");
  }

  @Test
  void read_cellPastTheCharacterLimit_isRefusedWithoutQuotingIt() throws IOException {
    String text = "x".repeat(5000);
    Path file =
        MinimalXlsx.writeRows(
            dir.resolve("long.xlsx"),
            "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>");
    WorkbookOptions options =
        WorkbookOptions.defaults().withLimits(InputLimits.defaults().withMaxCellChars(1000));
    InputLimitException e = refused(file, options, InputLimitException.class);
    assertThat(e.location().column()).hasValue("B");
    assertThat(e.getMessage()).doesNotContain("xxxx");
  }

  @Test
  void read_inlineTextUnderADamagedType_isKeptAndWarnedAboutWhere() throws IOException {
    // Found by WorkbookFuzzTest: <is> under a type other than inlineStr had no <v> to read.
    Path file =
        MinimalXlsx.writeRows(
            dir.resolve("mistyped.xlsx"),
            "<row r=\"3\"><c r=\"C3\" t=\"inlineStr&#13;x\"><is><t>Audit_x0020_plan</t></is></c>"
                + "<c r=\"D3\" t=\"b\"><is><t>yes</t></is></c></row>");
    try (Workbook book = Workbooks.open(file, WorkbookOptions.defaults());
        TableReader rows = book.allSheets()) {
      TableRow row = rows.next().orElseThrow();
      assertThat(row.cells()).containsExactly("", "", "Audit plan", "yes");
      assertThat(rows.next()).isEmpty();
      assertThat(rows.warnings())
          .extracting(Object::toString)
          .anySatisfy(w -> assertThat(w).contains("row 3", "column 'C'", "type 'inlineStr\\rx'"))
          .anySatisfy(w -> assertThat(w).contains("row 3", "column 'D'", "type 'b'"));
    }
  }

  @Test
  void open_zipOfZstandardEntries_saysItIsDamagedNotAMissingClass() throws IOException {
    // Found by WorkbookFuzzTest: Commons Compress needs the absent zstd-jni for zip method 93.
    Path whole =
        MinimalXlsx.writeRows(
            dir.resolve("whole.xlsx"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    byte[] bytes = Files.readAllBytes(whole);
    int patched = 0;
    for (int i = 0; i + 12 < bytes.length; i++) {
      boolean local =
          bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4;
      boolean central =
          bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
      if (local || central) {
        int method = i + (local ? 8 : 10);
        bytes[method] = 93; // Zstandard
        bytes[method + 1] = 0;
        patched++;
      }
    }
    assertThat(patched).isGreaterThanOrEqualTo(2);
    Path file = Files.write(dir.resolve("zstd.xlsx"), bytes);
    WorkbookFormatException e = refused(file, WorkbookFormatException.class);
    assertThat(e.reason()).isIn(Reason.DAMAGED, Reason.NOT_A_WORKBOOK);
    assertThat(e.getMessage()).contains("zstd.xlsx");
  }

  @Test
  void open_textFileNamedXlsx_saysItIsNotAWorkbook() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.xlsx"), "Ref,Action\n1.1,Do it\n");
    assertThat(refused(file, WorkbookFormatException.class).reason())
        .isEqualTo(Reason.NOT_A_WORKBOOK);
  }

  @Test
  void open_truncatedWorkbook_saysItIsDamaged() throws IOException {
    Path whole =
        MinimalXlsx.writeRows(
            dir.resolve("whole.xlsx"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(refused(file, WorkbookFormatException.class).reason())
        .isIn(Reason.DAMAGED, Reason.NOT_A_WORKBOOK);
  }

  private static byte[] rowsOfText(int count) {
    String row =
        "<row><c t=\"inlineStr\"><is><t>Review of case audit findings</t></is></c>"
            + "<c><v>42</v></c></row>";
    return row.repeat(count).getBytes(StandardCharsets.UTF_8);
  }

  private <T extends PlanFormatException> T refused(Path file, Class<T> type) throws IOException {
    return refused(file, WorkbookOptions.defaults(), type);
  }

  /** Reads every sheet to the end, expecting the given exception, and checks nothing changed. */
  private <T extends PlanFormatException> T refused(
      Path file, WorkbookOptions options, Class<T> type) throws IOException {
    byte[] before = Files.size(file) < (64 << 20) ? Files.readAllBytes(file) : null;
    List<Path> filesBefore = list();
    Throwable thrown = null;
    try (Workbook book = Workbooks.open(file, options);
        TableReader rows = book.allSheets()) {
      for (Optional<TableRow> row = rows.next(); row.isPresent(); row = rows.next()) {
        assertThat(row.get().number()).isPositive();
      }
    } catch (PlanFormatException e) {
      thrown = e;
    }
    assertThat(thrown).as("exception").isInstanceOf(type);
    assertThat(list()).as("files in the folder").isEqualTo(filesBefore);
    if (before != null) {
      assertThat(Files.readAllBytes(file)).as("the file is unchanged").isEqualTo(before);
    }
    return type.cast(thrown);
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
