package org.improvementframework.metrics.indicators;

import java.util.Objects;
import java.util.Optional;
import org.improvementframework.model.Rag;

/**
 * An observation judged against a target: the rating, or none where the value is not a number,
 * and the reason in words.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rating the rating, or empty where the value is a marker; not null
 * @param reason why, such as {@code 68 is short of the target 75 by more than the tolerance 5};
 *     not null
 */
public record IndicatorEvaluation(Optional<Rag> rating, String reason) {

  /**
   * Checks the parts.
   *
   * @param rating the rating, as described above; not null
   * @param reason the reason, as described above; not null
   * @throws NullPointerException if a part is null
   */
  public IndicatorEvaluation {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(reason, "reason");
  }
}
