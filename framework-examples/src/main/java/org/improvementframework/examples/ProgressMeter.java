package org.improvementframework.examples;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;

/**
 * Shows on standard error how far a long task has got: nothing for a task that ends within the
 * delay (one second on the command line), then a line per interval such as {@code reading
 * big.json: 42% (12.5 of 29.8 MB), 2.0 s} or {@code reading big.xlsx: 45,000 rows read, 3.1 s},
 * and a last line when it ends. Small inputs stay
 * silent, so that the output of a quick command is only its answer.
 */
final class ProgressMeter implements AutoCloseable {

  /**
   * The smallest input whose reading shows progress: a smaller file that is slow is slow for
   * another reason (a cold JVM), and a line about it would be noise.
   */
  static final long MIN_BYTES = 256 * 1024;

  private final PrintWriter err;
  private final long totalBytes;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong rows = new AtomicLong();
  private final long started = System.nanoTime();
  private final ScheduledExecutorService timer;
  private final String task;
  private final boolean enabled;
  private final long delayNanos;
  private volatile boolean shown;

  private ProgressMeter(
      PrintWriter err,
      String task,
      long totalBytes,
      Duration delay,
      Duration interval,
      boolean enabled) {
    this.err = err;
    this.task = task;
    this.totalBytes = totalBytes;
    this.enabled = enabled;
    this.delayNanos = delay.toNanos();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "progress");
              t.setDaemon(true);
              return t;
            });
    if (enabled) {
      timer.scheduleAtFixedRate(
          this::tick, delay.toMillis(), Math.max(1, interval.toMillis()), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Starts a meter.
   *
   * @param err where to print; not null
   * @param task what is being done, such as {@code reading plan.json}; not null
   * @param totalBytes the size of the input, or -1 if unknown
   * @param delay how long to stay silent; not null
   * @return the meter; not null
   */
  static ProgressMeter start(PrintWriter err, String task, long totalBytes, Duration delay) {
    return new ProgressMeter(
        err, task, totalBytes, delay, Duration.ofSeconds(1), totalBytes >= MIN_BYTES);
  }

  /**
   * Starts a meter for a step without a size, such as working out a report.
   *
   * @param err where to print; not null
   * @param task what is being done; not null
   * @param large whether the input is large enough for the step to take a while
   * @param delay how long to stay silent; not null
   * @return the meter; not null
   */
  static ProgressMeter step(PrintWriter err, String task, boolean large, Duration delay) {
    return new ProgressMeter(err, task, -1, delay, Duration.ofSeconds(1), large);
  }

  /** Wraps a stream so that the meter counts the bytes read through it. */
  InputStream count(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          bytes.addAndGet(n);
        }
        return n;
      }
    };
  }

  /** Wraps a table reader so that the meter counts the rows read through it. */
  TableReader count(TableReader in) {
    return new TableReader() {
      @Override
      public Optional<TableRow> next() throws IOException {
        Optional<TableRow> row = in.next();
        row.ifPresent(r -> rows.incrementAndGet());
        return row;
      }

      @Override
      public List<ReadWarning> warnings() {
        return in.warnings();
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  /** Prints the current line; called by the timer. */
  void tick() {
    shown = true;
    err.println(line());
    err.flush();
  }

  String line() {
    StringBuilder s = new StringBuilder(task).append(':');
    long read = bytes.get();
    if (totalBytes > 0 && task.startsWith("reading")) {
      s.append(
          String.format(
              Locale.ROOT,
              " %d%% (%.1f of %.1f MB),",
              Math.min(100, read * 100 / totalBytes),
              read / 1e6,
              totalBytes / 1e6));
    }
    if (rows.get() > 0) {
      s.append(String.format(Locale.ROOT, " %,d rows read,", rows.get()));
    }
    s.append(String.format(Locale.ROOT, " %.1f s", (System.nanoTime() - started) / 1e9));
    return s.toString();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // A task that outlived the delay says so even if the timer thread never got a turn.
    if (enabled && !shown && System.nanoTime() - started >= delayNanos) {
      tick();
    }
    if (shown) {
      err.println(
          String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - started) / 1e9));
      err.flush();
    }
  }
}
