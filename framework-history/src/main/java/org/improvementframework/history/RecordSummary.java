package org.improvementframework.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a store's index: the reporting date, the SHA-256 hash of the plan's canonical JSON,
 * and where the record is kept, for messages.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asAt the reporting date; not null
 * @param sha256 the hash, 64 lower-case hexadecimal digits; not null
 * @param source where the record is kept, such as a file name; not null
 */
public record RecordSummary(LocalDate asAt, String sha256, String source) {

  /**
   * Checks the parts.
   *
   * @param asAt the reporting date; not null
   * @param sha256 the hash; not null
   * @param source where the record is kept; not null
   * @throws NullPointerException if a part is null
   */
  public RecordSummary {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(source, "source");
  }
}
