package org.improvementframework.metrics.indicators;

import java.util.Objects;
import java.util.Optional;
import org.improvementframework.model.IndicatorValue;

/**
 * One area's published value of an indicator for a period: a number, a marker (suppressed, not
 * applicable, not available, rounds to zero), or missing when the published data has no row for
 * the area at all. Neither a marker nor a missing value is ever read as zero.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the area's code, such as {@code E08000009}; not null, not blank
 * @param name the area's name, such as {@code Trafford}; not null, may be empty if unknown
 * @param value the value; empty when the data has no value for the area; not null
 */
public record AreaValue(String code, String name, Optional<IndicatorValue> value) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the code is blank
   */
  public AreaValue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (code.isBlank()) {
      throw new IllegalArgumentException("area code must not be blank");
    }
  }

  /**
   * Obtains an area with a published value.
   *
   * @param code the code; not null, not blank
   * @param name the name; not null
   * @param value the value, a number or a marker; not null
   * @return the area value; not null
   */
  public static AreaValue of(String code, String name, IndicatorValue value) {
    return new AreaValue(code, name, Optional.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Obtains an area the published data has no value for.
   *
   * @param code the code; not null, not blank
   * @param name the name; not null, may be empty
   * @return the area value; not null
   */
  public static AreaValue missing(String code, String name) {
    return new AreaValue(code, name, Optional.empty());
  }

  /**
   * Tells whether the value is a number, and so can be ranked and averaged.
   *
   * @return true for a number; false for a marker or a missing value
   */
  public boolean isNumber() {
    return value.map(IndicatorValue::isNumber).orElse(false);
  }

  /**
   * Gives the value as a user reads it: the number, the marker's code, or {@code missing}.
   *
   * @return the text; not null
   */
  public String valueText() {
    return value.map(IndicatorValue::toString).orElse("missing");
  }
}
