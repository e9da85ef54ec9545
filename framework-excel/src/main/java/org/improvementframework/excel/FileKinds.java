package org.improvementframework.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.improvementframework.excel.WorkbookFormatException.Reason;
import org.improvementframework.io.InputLocation;

/**
 * Tells from its first bytes and its directory what a file really is, whatever its name, so that
 * an {@code .xls} is read as one even when named {@code .xlsx}, and an {@code .ods}, an Excel 95
 * file or an encrypted workbook gets a message that says what it is and what to do, not a
 * parser's complaint.
 */
final class FileKinds {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
  private static final String SAVE_AS =
      "an Excel workbook (.xlsx); open the file in a "
          + "spreadsheet program and save it as Excel Workbook (.xlsx)";

  /** A workbook's directory has a few dozen entries; more is not a spreadsheet program's file. */
  private static final int MAX_ENTRIES = 10_000;

  private FileKinds() {}

  /** Tells whether the file starts like a zip archive or an OLE2 (old Office) file. */
  static boolean looksLikeWorkbook(Path file) throws IOException {
    byte[] head = head(file);
    return startsWith(head, ZIP) || startsWith(head, OLE2);
  }

  /**
   * Checks that the file is a workbook, or throws saying what it is instead.
   *
   * @return true for an Excel 97-2003 workbook ({@code .xls}), false for Office Open XML
   */
  static boolean check(Path file, InputLocation where) throws IOException {
    byte[] head = head(file);
    if (startsWith(head, OLE2)) {
      WorkbookFormatException refused = ole2(file, where);
      if (refused != null) {
        throw refused;
      }
      return true;
    }
    if (!startsWith(head, ZIP)) {
      throw new WorkbookFormatException(
          Reason.NOT_A_WORKBOOK,
          "not an Excel workbook: the file is neither a zip archive nor an old Office file",
          where,
          SAVE_AS,
          null);
    }
    checkZip(file, where);
    return false;
  }

  private static void checkZip(Path file, InputLocation where) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry mime = zip.getEntry("mimetype");
      if (mime != null && mime.getSize() < 200) {
        try (InputStream in = zip.getInputStream(mime)) {
          String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
          if (type.startsWith(ODS_MIME)) {
            throw new WorkbookFormatException(
                Reason.OPEN_DOCUMENT,
                "an OpenDocument spreadsheet (.ods), not an Excel workbook",
                where,
                SAVE_AS,
                null);
          }
        }
      }
      boolean workbook = false;
      int n = 0;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        if (++n > MAX_ENTRIES) {
          throw new WorkbookFormatException(
              Reason.NOT_A_WORKBOOK,
              "a zip archive of more than " + MAX_ENTRIES + " files, not an Excel workbook",
              where,
              SAVE_AS,
              null);
        }
        String name = e.nextElement().getName();
        workbook |= name.startsWith("xl/") && name.endsWith(".xml");
      }
      if (!workbook) {
        throw new WorkbookFormatException(
            Reason.NOT_A_WORKBOOK,
            "a zip archive without an Excel workbook in it",
            where,
            SAVE_AS,
            null);
      }
    } catch (IOException e) {
      // java.util.zip reports a truncated or malformed archive as several kinds of IOException
      // (ZipException, EOFException); the file itself was just read, so it is the content.
      throw new WorkbookFormatException(
          Reason.DAMAGED,
          "a damaged zip archive",
          where,
          "a complete .xlsx file; copy it again from where it came from",
          e);
    }
  }

  private static WorkbookFormatException ole2(Path file, InputLocation where) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return new WorkbookFormatException(
            Reason.ENCRYPTED,
            "a workbook protected by a password (encrypted)",
            where,
            "an unprotected workbook; open it in a spreadsheet program with its password, "
                + "remove the password and save it as .xlsx",
            null);
      }
      if (root.hasEntry("Workbook")) {
        return null;
      }
      if (root.hasEntry("Book")) {
        return new WorkbookFormatException(
            Reason.OLD_XLS,
            "an Excel 5.0/95 workbook, which this reader does not read",
            where,
            SAVE_AS,
            null);
      }
      return new WorkbookFormatException(
          Reason.NOT_A_WORKBOOK, "an old Office file that is not a workbook", where, SAVE_AS, null);
    } catch (IOException | RuntimeException e) {
      return new WorkbookFormatException(
          Reason.DAMAGED,
          "a damaged old Office file (.xls or encrypted workbook)",
          where,
          SAVE_AS,
          e);
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length
        && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}
