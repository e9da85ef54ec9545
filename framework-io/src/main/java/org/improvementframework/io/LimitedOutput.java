package org.improvementframework.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * Streams that count what a writer writes and stop it, with a {@link WriteLimitException},
 * before the output grows past what the matching reader accepts.
 */
public final class LimitedOutput {

  private LimitedOutput() {}

  /** Counts bytes. */
  public static final class Bytes extends FilterOutputStream {
    private final Budget budget;

    /**
     * Wraps a stream.
     *
     * @param out the stream written to; not null
     * @param limit the most bytes that may be written
     * @param what what is counted, for the error; not null
     * @param option the option that sets the limit, for the error; not null
     */
    public Bytes(OutputStream out, long limit, String what, String option) {
      super(out);
      this.budget = Budget.ofOutput(limit, what, option);
    }

    @Override
    public void write(int b) throws IOException {
      budget.add(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      budget.add(len);
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      // The caller owns the stream: closing a writer over it only flushes.
      flush();
    }
  }

  /**
   * Counts characters. Every write of {@link Writer} reaches {@link #write(char[], int, int)}, so
   * that is the one place that counts.
   */
  public static final class Chars extends Writer {
    private final Writer out;
    private final Budget budget;

    /**
     * Wraps a writer.
     *
     * @param out the writer written to; not null
     * @param limit the most characters that may be written
     * @param what what is counted, for the error; not null
     * @param option the option that sets the limit, for the error; not null
     */
    public Chars(Writer out, long limit, String what, String option) {
      this.out = Objects.requireNonNull(out, "out");
      this.budget = Budget.ofOutput(limit, what, option);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      budget.add(len);
      out.write(cbuf, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      // As for bytes: the caller owns the writer.
      flush();
    }
  }
}
