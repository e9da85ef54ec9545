package org.improvementframework.metrics.indicators;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An area of a {@link Comparison} with its rank and quartile among the areas that have a number;
 * an area whose value is a marker or missing has neither.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param area the area and its value; not null
 * @param rank 1 for the best value, equal values sharing the better rank; empty if not ranked
 * @param quartile 1 (best) to 4; empty if not ranked
 */
public record Ranked(AreaValue area, OptionalInt rank, OptionalInt quartile) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a rank is given to a value that is not a number, or rank
   *     and quartile are not both given or both empty
   */
  public Ranked {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(quartile, "quartile");
    if (rank.isPresent() != area.isNumber() || quartile.isPresent() != rank.isPresent()) {
      throw new IllegalArgumentException(
          "area "
              + area.code()
              + " with value "
              + area.valueText()
              + " cannot have rank "
              + rank
              + " and quartile "
              + quartile);
    }
  }
}
