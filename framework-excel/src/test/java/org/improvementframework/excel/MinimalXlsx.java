package org.improvementframework.excel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the smallest .xlsx a spreadsheet program opens, part by part, so that tests can put
 * exactly the XML they need (hostile or damaged) into a sheet, streamed if it is large.
 */
final class MinimalXlsx {

  /** Writes the body of a part to a stream. */
  @FunctionalInterface
  interface PartWriter {
    void write(OutputStream out) throws IOException;
  }

  static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>";
  static final String SHEET_END = "</sheetData></worksheet>";

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";
  private static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
          + " Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
          + " Target=\"xl/workbook.xml\"/></Relationships>";
  private static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
          + " Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
          + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
          + " Target=\"sharedStrings.xml\"/></Relationships>";
  private static final String NO_STRINGS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";

  private MinimalXlsx() {}

  /** Writes a workbook of one sheet, "Plan", with the given sheet XML and no shared strings. */
  static Path write(Path file, String sheetXml) {
    return write(file, out -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)), NO_STRINGS);
  }

  /** Writes a workbook of one sheet, "Plan", streaming the sheet's XML, with shared strings. */
  static Path write(Path file, PartWriter sheet, String sharedStrings) {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", ROOT_RELS);
      put(zip, "xl/workbook.xml", WORKBOOK);
      put(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
      put(zip, "xl/sharedStrings.xml", sharedStrings);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      sheet.write(zip);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Writes a sheet of the given rows' XML between the usual start and end. */
  static Path writeRows(Path file, String rowsXml) {
    return write(file, SHEET_START + rowsXml + SHEET_END);
  }

  /**
   * Writes a workbook whose one sheet repeats a block of rows {@code times} times, without ever
   * deflating more than one block: each piece is deflated once, ending on a full flush so that it
   * refers to nothing before it, and the pieces are then concatenated into the zip entry.
   */
  static Path writeRepeated(Path file, byte[] rows, long times) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      RawZip zip = new RawZip(out);
      zip.entry("[Content_Types].xml", bytes(CONTENT_TYPES), new byte[0], 0, new byte[0]);
      zip.entry("_rels/.rels", bytes(ROOT_RELS), new byte[0], 0, new byte[0]);
      zip.entry("xl/workbook.xml", bytes(WORKBOOK), new byte[0], 0, new byte[0]);
      zip.entry("xl/_rels/workbook.xml.rels", bytes(WORKBOOK_RELS), new byte[0], 0, new byte[0]);
      zip.entry("xl/sharedStrings.xml", bytes(NO_STRINGS), new byte[0], 0, new byte[0]);
      zip.entry("xl/worksheets/sheet1.xml", bytes(SHEET_START), rows, times, bytes(SHEET_END));
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A zip writer for entries made of a prefix, a block repeated, and a suffix. */
  private static final class RawZip {
    private final OutputStream out;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int count;

    RawZip(OutputStream out) {
      this.out = out;
    }

    void entry(String name, byte[] prefix, byte[] block, long times, byte[] suffix)
        throws IOException {
      byte[] p = deflate(prefix, false);
      byte[] b = times == 0 ? new byte[0] : deflate(block, false);
      byte[] s = deflate(suffix, true);
      CRC32 crc = new CRC32();
      crc.update(prefix);
      for (long i = 0; i < times; i++) {
        crc.update(block);
      }
      crc.update(suffix);
      long size = prefix.length + times * block.length + suffix.length;
      long compressed = p.length + times * b.length + s.length;
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      ByteBuffer local = header(0x04034b50, 30, crc.getValue(), compressed, size, n.length);
      out.write(local.array());
      out.write(n);
      ByteBuffer dir = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
      dir.putInt(0x02014b50)
          .putShort((short) 20)
          .putShort((short) 20)
          .putShort((short) 0)
          .putShort((short) 8)
          .putInt(0)
          .putInt((int) crc.getValue())
          .putInt((int) compressed)
          .putInt((int) size)
          .putShort((short) n.length)
          .putShort((short) 0)
          .putShort((short) 0)
          .putShort((short) 0)
          .putShort((short) 0)
          .putInt(0)
          .putInt((int) offset);
      central.write(dir.array());
      central.write(n);
      out.write(p);
      for (long i = 0; i < times; i++) {
        out.write(b);
      }
      out.write(s);
      offset += 30 + n.length + compressed;
      count++;
    }

    void finish() throws IOException {
      byte[] dir = central.toByteArray();
      out.write(dir);
      ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
      end.putInt(0x06054b50)
          .putShort((short) 0)
          .putShort((short) 0)
          .putShort((short) count)
          .putShort((short) count)
          .putInt(dir.length)
          .putInt((int) offset)
          .putShort((short) 0);
      out.write(end.array());
    }

    private static ByteBuffer header(
        int signature, int length, long crc, long compressed, long size, int nameLength) {
      ByteBuffer h = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
      h.putInt(signature)
          .putShort((short) 20)
          .putShort((short) 0)
          .putShort((short) 8)
          .putInt(0)
          .putInt((int) crc)
          .putInt((int) compressed)
          .putInt((int) size)
          .putShort((short) nameLength)
          .putShort((short) 0);
      return h;
    }

    private static byte[] deflate(byte[] data, boolean last) {
      Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
      d.setInput(data);
      if (last) {
        d.finish();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      while (true) {
        int n = last ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
        bytes.write(buf, 0, n);
        if (last ? d.finished() : n < buf.length) {
          break;
        }
      }
      d.end();
      return bytes.toByteArray();
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
