package org.improvementframework.io.casework;

/**
 * A row that could not be read and was skipped: returned as a problem, not thrown from where it
 * was found, so it records no stack trace. Without one, a file of a million bad rows costs a
 * few hundred bytes a row rather than a kilobyte or more.
 */
final class SkippedRowException extends CaseRecordFormatException {

  private static final long serialVersionUID = 1L;

  SkippedRowException(String source, long row, String column, String expected) {
    super(source, row, column, expected);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
