package org.improvementframework.metrics.rag;

import java.util.Objects;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Rag;

/**
 * An action whose reported RAG rating differs from the one its policy derives, with the reason
 * in words: {@code reported GREEN but milestone 2.1.3 is 45 days overdue and no resolution is
 * written}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ref the action; not null
 * @param reported the rating the plan reports; not null
 * @param derived the rating derived and why; not null
 */
public record RagDisagreement(ActionRef ref, Rag reported, RagJudgement derived) {

  /**
   * Checks the parts.
   *
   * @param ref the ref, as described above; not null
   * @param reported the reported, as described above; not null
   * @param derived the derived, as described above; not null
   * @throws NullPointerException if a part is null
   */
  public RagDisagreement {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(derived, "derived");
  }

  /**
   * Gets the disagreement in words.
   *
   * @return such as {@code reported GREEN but milestone 2.1.3 is 45 days overdue}; not null
   */
  public String message() {
    return "action "
        + ref
        + " reported "
        + reported
        + " but "
        + derived.reason()
        + " ("
        + derived.rag()
        + ")";
  }
}
