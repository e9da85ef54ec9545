package org.improvementframework.metrics.rag;

import java.util.Objects;
import org.improvementframework.model.Rag;

/**
 * A derived RAG rating, the rule that gave it and the reason in words, written as a clause such
 * as {@code milestone 2.1.3 is 45 days overdue and no resolution is written}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rag the rating; not null
 * @param rule the id of the rule that gave it; not null
 * @param reason why, as a clause; not null
 */
public record RagJudgement(Rag rag, String rule, String reason) {

  /**
   * Checks the parts.
   *
   * @param rag the rag, as described above; not null
   * @param rule the rule, as described above; not null
   * @param reason the reason, as described above; not null
   * @throws NullPointerException if a part is null
   */
  public RagJudgement {
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
