package org.improvementframework.io.tracker;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.improvementframework.io.internal.ValueStyle;

/**
 * Settings of the {@link TrackerImporter}: the reporting date, the title, the delimiter, the
 * character set and the size limits that protect against hostile or accidental huge input.
 *
 * <p>The defaults: the reporting date is inferred from the title row ("... - March 2015" gives
 * 2015-03-31, with a warning); the delimiter is detected (a tab anywhere in the first lines
 * means tab-separated, otherwise comma-separated); bytes are read as UTF-8, and if they are not
 * valid UTF-8 as Windows-1252, with a warning; at most 16 MiB, 100,000 rows and 100,000
 * characters per cell are accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class TrackerOptions {

  /** The default limit on the input size, in bytes (or characters for text input): 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  /** The default limit on the number of rows. */
  public static final int DEFAULT_MAX_ROWS = 100_000;

  /** The default limit on the characters of one cell. */
  public static final int DEFAULT_MAX_CELL_CHARS = 100_000;

  private static final TrackerOptions DEFAULTS = builder().build();

  TrackerOptions() {}

  /**
   * Obtains the default options.
   *
   * @return the defaults; not null
   */
  public static TrackerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a builder starting from the defaults. Its setters take null for an optional setting
   * (the date, title, organisation, delimiter, character set and source), which leaves it unset;
   * {@code build()} throws {@link IllegalArgumentException} for a blank title or organisation, a
   * quote or line break as delimiter, or a limit that is not positive.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reporting ("as at") date to give the plan, if set.
   *
   * @return the date, or empty to infer it from the title row; not null
   */
  public abstract Optional<LocalDate> asAt();

  /**
   * Returns the plan title to use instead of the title row, if set; never blank.
   *
   * @return the title; not null
   */
  public abstract Optional<String> title();

  /**
   * Returns the organisation to record in the plan, if set; never blank.
   *
   * @return the organisation; not null
   */
  public abstract Optional<String> organisation();

  /**
   * Returns the cell delimiter, if fixed, such as tab or comma; never a quote or a line break.
   *
   * @return the delimiter, or empty to detect tab or comma; not null
   */
  public abstract Optional<Character> delimiter();

  /**
   * Returns the character set of byte input, if fixed; bytes not valid in it are an error.
   *
   * @return the character set, or empty for UTF-8 with a Windows-1252 fallback; not null
   */
  public abstract Optional<Charset> charset();

  /**
   * Returns the name of the input used in messages and warnings, if set (a path names itself).
   *
   * @return the source name; not null
   */
  public abstract Optional<String> source();

  /**
   * Returns the largest input accepted, in bytes for byte input and characters for text input.
   *
   * @return the limit, positive; {@link #DEFAULT_MAX_BYTES} unless set
   */
  @Value.Default
  public long maxBytes() {
    return DEFAULT_MAX_BYTES;
  }

  /**
   * Returns the largest number of rows accepted.
   *
   * @return the limit, positive; {@link #DEFAULT_MAX_ROWS} unless set
   */
  @Value.Default
  public int maxRows() {
    return DEFAULT_MAX_ROWS;
  }

  /**
   * Returns the largest number of characters accepted in one cell.
   *
   * @return the limit, positive; {@link #DEFAULT_MAX_CELL_CHARS} unless set
   */
  @Value.Default
  public int maxCellChars() {
    return DEFAULT_MAX_CELL_CHARS;
  }

  @Value.Check
  void check() {
    notBlank("title", title());
    notBlank("organisation", organisation());
    delimiter()
        .filter(d -> d == '"' || d == '\n' || d == '\r')
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "delimiter must not be a quote or a line break, but was " + (int) d.charValue());
            });
    positive("maxBytes", maxBytes());
    positive("maxRows", maxRows());
    positive("maxCellChars", maxCellChars());
  }

  private static void notBlank(String name, Optional<String> value) {
    if (value.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
  }

  /** Builds {@link TrackerOptions}; obtained from {@link TrackerOptions#builder()}. */
  public static final class Builder extends ImmutableTrackerOptions.Builder {
    Builder() {}
  }
}
