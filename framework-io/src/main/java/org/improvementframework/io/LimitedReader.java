package org.improvementframework.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails with an {@link InputLimitException} once more than a set number of
 * characters has been read, so that an endless or huge input is rejected without being buffered.
 */
public final class LimitedReader extends FilterReader {

  private final Budget budget;
  private int last = -1;

  /**
   * Wraps a reader.
   *
   * @param in the reader to count; not null
   * @param limit the most characters that may be read
   * @param source the name of the input, for the error; may be null
   */
  public LimitedReader(Reader in, long limit, String source) {
    super(in);
    this.budget =
        Budget.ofInput(limit, "input length in characters", InputLocation.ofSource(source));
  }

  @Override
  public int read() throws IOException {
    int c = budget.countOne(super.read());
    if (c >= 0) {
      last = c;
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n = budget.countRead(super.read(buffer, off, len));
    if (n > 0) {
      last = buffer[off + n - 1];
    }
    return n;
  }

  /**
   * Tells whether the last character read was a line break: the reader is between lines.
   *
   * @return true after a line break
   */
  public boolean afterLineBreak() {
    return last == '\n' || last == '\r';
  }
}
