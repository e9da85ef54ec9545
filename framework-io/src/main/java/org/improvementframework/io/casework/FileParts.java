package org.improvementframework.io.casework;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.improvementframework.io.ReadWarning;

/**
 * Reads a large case-record file on several threads at once, with the answer and the problems
 * of reading it on one: the file is cut into parts at line breaks, each part is read by its own
 * thread into an accumulator of its own (a calculator such as framework-metrics' {@code
 * PlacementMoves}), and the accumulators are merged in file order.
 *
 * <pre>{@code
 * FileParts.Result<ReReferrals> r = FileParts.read(file, "referrals.csv", 2,
 *     () -> ReReferrals.of(period),
 *     (in, source, m, w) -> CaseRecordReader.REFERRALS.forEachDated(in, source, m::addReferral, w),
 *     ReReferrals::merge, warning -> {});
 * }</pre>
 *
 * <p>Every row is still read and checked. A part after the first is its own small CSV: the
 * file's header line, then the rows from the cut on; the rows of its problems are renumbered to
 * the file's lines, so a problem names the same row as on one thread. A cut is only safe where no
 * quoted cell is open: a part that finds a quote character before its cut reads on to the end of
 * the file, as one thread would, and the parts after it are stopped and their work dropped. A file
 * whose first line is not a plain header (blank, quoted, or broken by a lone carriage return) or
 * that is shorter than {@link #SMALLEST} is read on one thread. Warnings go to the caller from the
 * first part only: the readers of this package warn about the header alone, which every part
 * shares.
 *
 * <p>The part readers must read as this package's readers do: rows numbered by the physical line
 * on which they start, the header's line 1, and their problems {@link CaseRecordFormatException}s.
 * The merge must be associative, and merging the accumulators of the parts in order must give
 * the accumulator of the whole file.
 */
public final class FileParts {

  /** Below this size (1 MiB) one thread is done before a second would have started. */
  public static final long SMALLEST = 1 << 20;

  private static final int PROBE = 1 << 16;

  private FileParts() {}

  /**
   * Reads one part of a file into an accumulator.
   *
   * @param <A> the accumulator
   */
  @FunctionalInterface
  public interface PartReader<A> {
    /**
     * Reads the rows of a CSV text into an accumulator.
     *
     * @param in the part, a CSV with its header row; not null
     * @param source the name of the file, for messages; not null
     * @param into the accumulator of this part; not null
     * @param warnings receives the warnings; not null
     * @return the rows that could not be read, in order; not null
     */
    List<CaseRecordFormatException> read(
        Reader in, String source, A into, Consumer<? super ReadWarning> warnings);
  }

  /**
   * The merged accumulator of a file and its rows that could not be read.
   *
   * @param <A> the accumulator
   * @param value the accumulator of every row read; not null
   * @param problems the rows that could not be read, in file order; not null
   */
  public record Result<A>(A value, List<CaseRecordFormatException> problems) {
    /**
     * Creates the result.
     *
     * @param value the accumulator; not null
     * @param problems the problems; not null, copied
     */
    public Result {
      Objects.requireNonNull(value, "value");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a file in up to {@code parts} parts at once, one thread each, the caller's thread
   * reading the first.
   *
   * @param <A> the accumulator
   * @param file the UTF-8 CSV file; not null
   * @param source the name of the file in messages; not null
   * @param parts how many parts to read at once, at least 1; 1 reads on the caller's thread only
   * @param create makes an empty accumulator; not null
   * @param reader reads a part into an accumulator; not null
   * @param merge merges the accumulator of a later part into an earlier one's; not null
   * @param warnings receives the warnings; not null
   * @return the merged accumulator and the rows that could not be read; not null
   * @throws CaseRecordFormatException if the file cannot be read as CSV, with its row in the file
   * @throws UncheckedIOException if the file cannot be read, or the reading is interrupted
   * @throws IllegalArgumentException if {@code parts} is less than 1
   * @throws NullPointerException if an argument is null
   */
  public static <A> Result<A> read(
      Path file,
      String source,
      int parts,
      Supplier<? extends A> create,
      PartReader<A> reader,
      BinaryOperator<A> merge,
      Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(merge, "merge");
    Objects.requireNonNull(warnings, "warnings");
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, not " + parts);
    }
    try {
      long[] cuts = parts == 1 ? new long[0] : cuts(file, parts, SMALLEST);
      return read(file, source, cuts, create, reader, merge, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * Reads a file cut at the given places: the seam the tests use to try every cut.
   *
   * @param cuts the offsets after the header's line where parts start, each just after a line
   *     feed, increasing; empty to read on one thread
   */
  static <A> Result<A> read(
      Path file,
      String source,
      long[] cuts,
      Supplier<? extends A> create,
      PartReader<A> reader,
      BinaryOperator<A> merge,
      Consumer<? super ReadWarning> warnings)
      throws IOException {
    if (cuts.length == 0) {
      A whole = create.get();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return new Result<>(whole, reader.read(in, source, whole, warnings));
      }
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return new Split<A>(ch, source, cuts, headerLine(ch)).read(create, reader, merge, warnings);
    }
  }

  /**
   * The places to cut a file into {@code parts}: just after the first line feed at or after each
   * equal share of its bytes; none if the file is small or its first line is not a plain header.
   */
  static long[] cuts(Path file, int parts, long smallest) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long header = size < smallest ? -1 : headerEnd(ch);
      long[] cuts = new long[parts - 1];
      int n = 0;
      long previous = header;
      for (int i = 1; i < parts && header > 0; i++) {
        long cut = lineEnd(ch, Math.max(previous, size / parts * i));
        if (cut < 0 || cut >= size) {
          break;
        }
        if (cut > previous) {
          cuts[n++] = cut;
          previous = cut;
        }
      }
      long[] found = new long[n];
      System.arraycopy(cuts, 0, found, 0, n);
      return found;
    }
  }

  /**
   * The end of the first line, if it is a header every part can repeat: not blank, no quote, no
   * carriage return but the one before its line feed; -1 otherwise.
   */
  static long headerEnd(FileChannel ch) throws IOException {
    long end = lineEnd(ch, 0);
    if (end < 0 || end > PROBE) {
      return -1;
    }
    byte[] line = bytes(ch, 0, (int) end);
    int from = line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB ? 3 : 0;
    int to = line.length - 1;
    if (to > from && line[to - 1] == '\r') {
      to--;
    }
    if (to <= from) {
      return -1;
    }
    for (int i = 0; i < to; i++) {
      if (line[i] == '"' || line[i] == '\r') {
        return -1;
      }
    }
    return end;
  }

  private static byte[] headerLine(FileChannel ch) throws IOException {
    long end = headerEnd(ch);
    if (end < 0) {
      throw new IllegalArgumentException("the file's first line is not a plain header");
    }
    return bytes(ch, 0, (int) end);
  }

  /** The position just after the first line feed at or after {@code from}, or -1 if none. */
  private static long lineEnd(FileChannel ch, long from) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(PROBE);
    for (long pos = from; ; pos += buf.limit()) {
      buf.clear();
      if (ch.read(buf, pos) <= 0) {
        return -1;
      }
      buf.flip();
      for (int i = 0; i < buf.limit(); i++) {
        if (buf.get(i) == '\n') {
          return pos + i + 1;
        }
      }
    }
  }

  static byte[] bytes(FileChannel ch, long from, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length);
    while (buf.hasRemaining()) {
      if (ch.read(buf, from + buf.position()) < 0) {
        throw new IOException("the file was cut short while being read");
      }
    }
    return buf.array();
  }

  /** One read of a file in parts: the parts' threads and their outcomes. */
  private static final class Split<A> {
    private final FileChannel ch;
    private final String source;
    private final long[] starts;
    private final byte[] header;

    /** The first part that is not to be used: one after the first that saw a quote. */
    private final AtomicInteger dropFrom;

    Split(FileChannel ch, String source, long[] cuts, byte[] header) {
      this.ch = ch;
      this.source = source;
      this.header = header;
      this.starts = new long[cuts.length + 1];
      System.arraycopy(cuts, 0, starts, 1, cuts.length);
      this.dropFrom = new AtomicInteger(starts.length);
    }

    Result<A> read(
        Supplier<? extends A> create,
        PartReader<A> reader,
        BinaryOperator<A> merge,
        Consumer<? super ReadWarning> warnings)
        throws IOException {
      List<Part<A>> parts = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int k = 0; k < starts.length; k++) {
        parts.add(new Part<>(create.get()));
      }
      for (int k = 1; k < starts.length; k++) {
        Part<A> p = parts.get(k);
        Reader in = reader(k);
        Thread t = new Thread(() -> p.run(reader, in, source, w -> {}), "file part " + k);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
      parts.get(0).run(reader, reader(0), source, warnings);
      if (parts.get(0).failure != null) {
        dropFrom.set(1); // the later parts stop at their next read
      }
      join(threads);
      return Outcomes.combine(parts, dropFrom.get(), merge, source, this::linesBefore);
    }

    private Reader reader(int k) {
      PartStream in =
          new PartStream(ch, k == 0 ? new byte[0] : header, starts[k], end(k), k, dropFrom);
      // a decoder of its own reports bytes that are not UTF-8, as Files.newBufferedReader's does
      return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    private long end(int k) throws UncheckedIOException {
      try {
        return k + 1 < starts.length ? starts[k + 1] : ch.size();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
    }

    /** The physical lines before a part's start, counted as the tokenizer counts them. */
    private long linesBefore(int k) {
      try {
        return Lines.count(ch, starts[k]);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
    }

    private static void join(List<Thread> threads) {
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new UncheckedIOException(new InterruptedIOException("interrupted while reading"));
        }
      }
    }
  }

  /** What one part's thread made of its part. */
  static final class Part<A> {
    final A into;
    List<CaseRecordFormatException> problems = List.of();
    Throwable failure;

    Part(A into) {
      this.into = into;
    }

    void run(PartReader<A> reader, Reader in, String source, Consumer<? super ReadWarning> w) {
      try (in) {
        problems = reader.read(in, source, into, w);
      } catch (RuntimeException | Error | IOException e) {
        failure = e;
      }
    }
  }
}
