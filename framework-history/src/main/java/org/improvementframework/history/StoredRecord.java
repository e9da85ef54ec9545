package org.improvementframework.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record as a store keeps it: its index entry and the plan's JSON text, not yet checked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary the index entry; not null
 * @param json the plan's JSON as stored (a database may have reordered its keys); not null
 */
public record StoredRecord(RecordSummary summary, String json) {

  /**
   * Checks the parts.
   *
   * @param summary the index entry; not null
   * @param json the JSON text; not null
   * @throws NullPointerException if a part is null
   */
  public StoredRecord {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(json, "json");
  }

  /**
   * Gets the reporting date.
   *
   * @return the date; not null
   */
  public LocalDate asAt() {
    return summary.asAt();
  }
}
