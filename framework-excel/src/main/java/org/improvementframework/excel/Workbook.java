package org.improvementframework.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.improvementframework.excel.WarningLog.Kind;
import org.improvementframework.excel.WorkbookFormatException.Reason;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.table.TableReader;

/**
 * An open Excel workbook: its sheet names, and a {@link TableReader} over one sheet or all of
 * them. Obtained from {@link Workbooks#open}; close it to release the file. Readers of its sheets
 * stream, and may be opened one after another (or again) while the workbook is open.
 *
 * <p>The shared strings, which any cell may refer to, are read once, on the first sheet opened,
 * and held until the workbook is closed. A workbook is not thread-safe.
 */
public final class Workbook implements Closeable {

  /** One sheet as the workbook lists it. */
  private record SheetRef(String name, String relationId, boolean hidden) {}

  private final String source;
  private final OPCPackage pkg;
  private final XSSFReader parts;
  private final WorkbookOptions options;
  private final List<SheetRef> sheets;
  private final boolean date1904;

  /** The sheets of an .xls, read by their own reader; null for an .xlsx. */
  private final XlsSheets xls;

  private SharedStrings strings;
  private CellStyles styles;

  private Workbook(
      String source,
      OPCPackage pkg,
      XSSFReader parts,
      WorkbookOptions options,
      List<SheetRef> sheets,
      boolean date1904) {
    this.source = source;
    this.pkg = pkg;
    this.parts = parts;
    this.options = options;
    this.sheets = sheets;
    this.date1904 = date1904;
    this.xls = null;
  }

  private Workbook(String source, XlsSheets xls, WorkbookOptions options) {
    this.source = source;
    this.pkg = null;
    this.parts = null;
    this.options = options;
    this.sheets = xls.names().stream().map(n -> new SheetRef(n, null, false)).toList();
    this.date1904 = false;
    this.xls = xls;
  }

  static Workbook ofXls(String source, XlsSheets xls) {
    return new Workbook(source, xls, xls.options());
  }

  static Workbook open(String source, OPCPackage pkg, WorkbookOptions options) throws IOException {
    InputLocation where = InputLocation.ofSource(source);
    try {
      XSSFReader parts = new XSSFReader(pkg);
      List<SheetRef> sheets = new ArrayList<>();
      boolean date1904 = false;
      try (XmlCursor xml =
          new XmlCursor(parts.getWorkbookData(), "the workbook part", options.limits(), where)) {
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          switch (xml.xml().getLocalName()) {
            case "workbookPr" ->
                date1904 =
                    "1".equals(xml.attribute("date1904"))
                        || "true".equals(xml.attribute("date1904"));
            case "sheet" ->
                sheets.add(
                    new SheetRef(
                        String.valueOf(xml.attribute("name")),
                        String.valueOf(xml.attribute("id")),
                        xml.attribute("state") != null
                            && !"visible".equals(xml.attribute("state"))));
            default -> {}
          }
        }
      }
      return new Workbook(source, pkg, parts, options, List.copyOf(sheets), date1904);
    } catch (OpenXML4JException | POIXMLException e) {
      throw damaged("a workbook without a readable workbook part", where, e);
    } catch (PlanFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI reports a part it cannot find or read as any of several unchecked types.
      throw damaged("a workbook without a readable workbook part", where, e);
    }
  }

  /**
   * Gets the file name or description given when the workbook was opened.
   *
   * @return the source; not null
   */
  public String source() {
    return source;
  }

  /**
   * Gets the names of the sheets, in the order of their tabs, hidden sheets included.
   *
   * @return the names; not null, unmodifiable
   */
  public List<String> sheetNames() {
    return sheets.stream().map(SheetRef::name).toList();
  }

  /**
   * Opens a reader of one sheet's rows.
   *
   * @param name the sheet name, as in {@link #sheetNames()}; not null
   * @return a reader of the sheet's rows; not null; close it when done
   * @throws NullPointerException if {@code name} is null
   * @throws WorkbookFormatException if there is no sheet of that name (reason
   *     {@link WorkbookFormatException.Reason#NO_SUCH_SHEET}) or the sheet is damaged
   * @throws org.improvementframework.io.InputLimitException if a part passes a limit
   * @throws IOException if the file cannot be read
   */
  public TableReader sheet(String name) throws IOException {
    Objects.requireNonNull(name, "name");
    for (int i = 0; i < sheets.size(); i++) {
      if (sheets.get(i).name().equals(name)) {
        return open(i, new WarningLog(source));
      }
    }
    throw new WorkbookFormatException(
        Reason.NO_SUCH_SHEET,
        "no sheet named '" + name + "'",
        InputLocation.ofSource(source),
        "one of the sheets " + sheetNames(),
        null);
  }

  /**
   * Opens a reader of the rows of every sheet, one sheet after another in the order of their
   * tabs, hidden sheets included with a warning; each row names its sheet.
   *
   * @return a reader of all rows; not null; close it when done
   */
  public TableReader allSheets() {
    return new AllSheetsReader(this, sheets.size(), new WarningLog(source));
  }

  TableReader open(int index, WarningLog log) throws IOException {
    return xls != null ? xls.open(index, log) : open(sheets.get(index), log);
  }

  private TableReader open(SheetRef ref, WarningLog log) throws IOException {
    InputLocation where = InputLocation.builder().source(source).sheet(ref.name()).build();
    if (ref.hidden()) {
      log.add(Kind.HIDDEN_SHEET, where, "hidden sheet", "", "read like the others");
    }
    loadSharedParts();
    String part = "sheet '" + ref.name() + "'";
    MergedRanges merged =
        options.mergedCells() == MergedCells.REPEAT
            ? MergedRanges.read(sheetData(ref, where), part, options.limits(), where)
            : MergedRanges.none();
    CellValues values = new CellValues(strings, styles, date1904, options.limits(), log);
    XmlCursor xml = new XmlCursor(sheetData(ref, where), part, options.limits(), where);
    return new SheetReader(source, ref.name(), xml, values, merged, options.limits(), log);
  }

  private InputStream sheetData(SheetRef ref, InputLocation where) throws IOException {
    try {
      return parts.getSheet(ref.relationId());
    } catch (InvalidFormatException | RuntimeException e) {
      throw damaged("the workbook lists a sheet it does not contain", where, e);
    }
  }

  private void loadSharedParts() throws IOException {
    InputLocation where = InputLocation.ofSource(source);
    if (strings == null) {
      InputStream in = optionalPart(true);
      strings = in == null ? SharedStrings.NONE : SharedStrings.read(in, options.limits(), where);
    }
    if (styles == null) {
      InputStream in = optionalPart(false);
      styles = in == null ? CellStyles.NONE : CellStyles.read(in, options.limits(), where);
    }
  }

  private InputStream optionalPart(boolean sharedStrings) throws IOException {
    try {
      return sharedStrings ? parts.getSharedStringsData() : parts.getStylesData();
    } catch (InvalidFormatException e) {
      return null;
    } catch (RuntimeException e) {
      // The part is listed but cannot be read: a damaged file, not a missing part.
      throw damaged(
          "the workbook lists " + (sharedStrings ? "shared strings" : "styles") + " it cannot read",
          InputLocation.ofSource(source),
          e);
    }
  }

  private static WorkbookFormatException damaged(
      String problem, InputLocation where, Throwable cause) {
    return new WorkbookFormatException(
        Reason.DAMAGED,
        problem,
        where,
        "a workbook saved by a spreadsheet program; open and save it again",
        cause);
  }

  /**
   * Closes the file without writing anything to it.
   *
   * @throws IOException if the file cannot be closed
   */
  @Override
  public void close() throws IOException {
    if (xls != null) {
      xls.close();
    } else {
      pkg.revert();
    }
  }
}
