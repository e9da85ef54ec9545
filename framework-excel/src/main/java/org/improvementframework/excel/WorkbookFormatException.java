package org.improvementframework.excel;

import java.util.Objects;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;

/**
 * Thrown when a file cannot be read as an Excel workbook: it is another kind of file (an old
 * {@code .xls}, an OpenDocument spreadsheet, a Word document), it is encrypted, damaged, or its
 * XML is unsafe. The {@link #reason()} says which, and the message says what to do.
 *
 * <p>Limits passed (a zip bomb, a sheet too large, too many columns) are thrown as
 * {@link org.improvementframework.io.InputLimitException} instead, as by every reader of
 * framework-io. Messages name the file and sheet, never the contents of a cell.
 */
public class WorkbookFormatException extends PlanFormatException {

  private static final long serialVersionUID = 1L;

  /** Why a file is not a readable workbook. */
  public enum Reason {
    /** An Excel 97-2003 workbook ({@code .xls}), not Office Open XML. */
    OLD_XLS,
    /** An OpenDocument spreadsheet ({@code .ods}). */
    OPEN_DOCUMENT,
    /** A workbook protected by a password (encrypted). */
    ENCRYPTED,
    /** Some other kind of file. */
    NOT_A_WORKBOOK,
    /** A workbook whose parts are missing or malformed. */
    DAMAGED,
    /** XML with a document type declaration, which a workbook never needs. */
    UNSAFE_XML,
    /** A sheet name that the workbook does not have. */
    NO_SUCH_SHEET
  }

  /** Why the file could not be read. */
  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why the file is not readable; not null
   * @param problem what went wrong, in words; not null
   * @param location where; not null
   * @param expected what was expected or what to do, in words; may be null
   * @param cause the underlying exception; may be null
   * @throws NullPointerException if {@code reason}, {@code problem} or {@code location} is null
   */
  public WorkbookFormatException(
      Reason reason, String problem, InputLocation location, String expected, Throwable cause) {
    super(problem, location, null, null, expected, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Gets why the file could not be read.
   *
   * @return the reason; not null
   */
  public Reason reason() {
    return reason;
  }
}
