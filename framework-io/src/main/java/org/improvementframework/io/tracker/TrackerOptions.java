package org.improvementframework.io.tracker;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
public final class TrackerOptions {

  /** The default limit on the input size, in bytes (or characters for text input): 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  /** The default limit on the number of rows. */
  public static final int DEFAULT_MAX_ROWS = 100_000;

  /** The default limit on the characters of one cell. */
  public static final int DEFAULT_MAX_CELL_CHARS = 100_000;

  private static final TrackerOptions DEFAULTS = builder().build();

  private final LocalDate asAt;
  private final String title;
  private final String organisation;
  private final Character delimiter;
  private final Charset charset;
  private final String source;
  private final long maxBytes;
  private final int maxRows;
  private final int maxCellChars;

  private TrackerOptions(Builder b) {
    this.asAt = b.asAt;
    this.title = b.title;
    this.organisation = b.organisation;
    this.delimiter = b.delimiter;
    this.charset = b.charset;
    this.source = b.source;
    this.maxBytes = b.maxBytes;
    this.maxRows = b.maxRows;
    this.maxCellChars = b.maxCellChars;
  }

  /**
   * Obtains the default options.
   *
   * @return the defaults; not null
   */
  public static TrackerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a builder starting from the defaults.
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
  public Optional<LocalDate> asAt() {
    return Optional.ofNullable(asAt);
  }

  /**
   * Returns the plan title to use instead of the title row, if set.
   *
   * @return the title; not null
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the organisation to record in the plan, if set.
   *
   * @return the organisation; not null
   */
  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
  }

  /**
   * Returns the cell delimiter, if fixed.
   *
   * @return the delimiter, or empty to detect tab or comma; not null
   */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  /**
   * Returns the character set of byte input, if fixed.
   *
   * @return the character set, or empty for UTF-8 with a Windows-1252 fallback; not null
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * Returns the name of the input used in messages and warnings, if set.
   *
   * @return the source name; not null
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the largest input accepted, in bytes for byte input and characters for text input.
   *
   * @return the limit, positive
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Returns the largest number of rows accepted.
   *
   * @return the limit, positive
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * Returns the largest number of characters accepted in one cell.
   *
   * @return the limit, positive
   */
  public int maxCellChars() {
    return maxCellChars;
  }

  @Override
  public String toString() {
    return "TrackerOptions[asAt="
        + asAt
        + ", title="
        + title
        + ", delimiter="
        + delimiter
        + ", charset="
        + charset
        + ", maxBytes="
        + maxBytes
        + ", maxRows="
        + maxRows
        + ", maxCellChars="
        + maxCellChars
        + "]";
  }

  /** Builds {@link TrackerOptions}; not thread-safe. */
  public static final class Builder {
    private LocalDate asAt;
    private String title;
    private String organisation;
    private Character delimiter;
    private Charset charset;
    private String source;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxCellChars = DEFAULT_MAX_CELL_CHARS;

    private Builder() {}

    /**
     * Sets the reporting date of the plan.
     *
     * @param asAt the date; may be null to infer it from the title row
     * @return this builder; not null
     */
    public Builder asAt(LocalDate asAt) {
      this.asAt = asAt;
      return this;
    }

    /**
     * Sets the plan title, replacing the title row.
     *
     * @param title the title; may be null to read the title row
     * @return this builder; not null
     * @throws IllegalArgumentException if the title is blank
     */
    public Builder title(String title) {
      if (title != null && title.isBlank()) {
        throw new IllegalArgumentException("title must not be blank");
      }
      this.title = title;
      return this;
    }

    /**
     * Sets the organisation of the plan.
     *
     * @param organisation the organisation; may be null for none
     * @return this builder; not null
     * @throws IllegalArgumentException if the organisation is blank
     */
    public Builder organisation(String organisation) {
      if (organisation != null && organisation.isBlank()) {
        throw new IllegalArgumentException("organisation must not be blank");
      }
      this.organisation = organisation;
      return this;
    }

    /**
     * Fixes the cell delimiter.
     *
     * @param delimiter the delimiter, such as tab or comma; may be null to detect it
     * @return this builder; not null
     * @throws IllegalArgumentException if the delimiter is a quote or a line break
     */
    public Builder delimiter(Character delimiter) {
      if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
        throw new IllegalArgumentException(
            "delimiter must not be a quote or a line break, but was "
                + (int) delimiter.charValue());
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Fixes the character set of byte input; bytes that are not valid in it are an error.
     *
     * @param charset the character set; may be null for UTF-8 with a Windows-1252 fallback
     * @return this builder; not null
     */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /**
     * Sets the name of the input used in messages and warnings, such as a file name.
     *
     * @param source the name; may be null for none (a path names itself)
     * @return this builder; not null
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the largest input accepted.
     *
     * @param maxBytes bytes for byte input, characters for text input; positive
     * @return this builder; not null
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = positive("maxBytes", maxBytes);
      return this;
    }

    /**
     * Sets the largest number of rows accepted.
     *
     * @param maxRows the limit; positive
     * @return this builder; not null
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxRows(int maxRows) {
      this.maxRows = (int) positive("maxRows", maxRows);
      return this;
    }

    /**
     * Sets the largest number of characters accepted in one cell.
     *
     * @param maxCellChars the limit; positive
     * @return this builder; not null
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxCellChars(int maxCellChars) {
      this.maxCellChars = (int) positive("maxCellChars", maxCellChars);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; not null
     */
    public TrackerOptions build() {
      return new TrackerOptions(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive, but was " + value);
      }
      return value;
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof TrackerOptions)) {
      return false;
    }
    TrackerOptions o = (TrackerOptions) obj;
    return maxBytes == o.maxBytes
        && maxRows == o.maxRows
        && maxCellChars == o.maxCellChars
        && Objects.equals(asAt, o.asAt)
        && Objects.equals(title, o.title)
        && Objects.equals(organisation, o.organisation)
        && Objects.equals(delimiter, o.delimiter)
        && Objects.equals(charset, o.charset)
        && Objects.equals(source, o.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        asAt, title, organisation, delimiter, charset, source, maxBytes, maxRows, maxCellChars);
  }
}
