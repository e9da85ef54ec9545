package org.improvementframework.metrics.indicators;

import java.util.Objects;
import org.improvementframework.model.IndicatorValue;

/**
 * The council's own value of an indicator, beside its published one: what the plan observed, or
 * what the library computed from case records or statutory returns before publication.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the value; not null
 * @param source where it comes from; not null
 */
public record OwnValue(IndicatorValue value, Source source) {

  /** Where a council's own value comes from. */
  public enum Source {
    /** An observation written in the improvement plan. */
    PLAN,
    /** Computed from the council's case records. */
    CASE_RECORDS,
    /** Computed from a statutory return (SSDA903, CIN census, workforce census). */
    STATUTORY_RETURN
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public OwnValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
