package org.improvementframework.io;

import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Streams that count what a writer writes and stop it, with a {@link WriteLimitException},
 * before the output grows past what the matching reader accepts.
 */
public final class LimitedOutput {

  private LimitedOutput() {}

  /** The count both streams keep: what is written against the limit the reader will apply. */
  private static final class Budget {
    private final long limit;
    private final String what;
    private final String option;
    private long count;

    Budget(long limit, String what, String option) {
      this.limit = limit;
      this.what = what;
      this.option = option;
    }

    void add(int n) {
      count += n;
      if (count > limit) {
        throw new WriteLimitException(what, limit, option);
      }
    }
  }

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
      this.budget = new Budget(limit, what, option);
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

  /** Counts characters. */
  public static final class Chars extends FilterWriter {
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
      super(out);
      this.budget = new Budget(limit, what, option);
    }

    @Override
    public void write(int c) throws IOException {
      budget.add(1);
      out.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      budget.add(len);
      out.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      budget.add(len);
      out.write(str, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
