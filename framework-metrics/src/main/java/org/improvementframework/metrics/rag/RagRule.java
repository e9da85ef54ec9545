package org.improvementframework.metrics.rag;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.model.Rag;

/**
 * One rule of a {@link RagPolicy}: given the facts of an action, a rating and its reason, or
 * nothing if the rule does not apply.
 *
 * <pre>{@code
 * RagRule stalled = RagRule.of("stalled",
 *     f -> f.counts().complete() == 0 && f.counts().overdue() > 0,
 *     Rag.RED,
 *     f -> "nothing is complete and " + f.counts().overdue() + " milestones are overdue");
 * }</pre>
 *
 * <p>Implementations must be pure functions of the facts, and should be immutable and
 * thread-safe.
 */
public interface RagRule {

  /**
   * Gets the rule's id, such as {@code overdue-unresolved}.
   *
   * @return the id; not null
   */
  String id();

  /**
   * Judges an action.
   *
   * @param facts the action's facts as of a date; not null
   * @return the judgement, or empty if this rule does not apply; not null
   */
  Optional<RagJudgement> judge(ActionFacts facts);

  /**
   * Obtains a rule from a condition, the rating it gives and the reason.
   *
   * @param id the rule's id; not null
   * @param when when the rule applies; not null
   * @param rag the rating it gives; not null
   * @param reason the reason, as a clause, written when the judgement's reason is first asked
   *     for; not null
   * @return the rule; not null
   */
  static RagRule of(
      String id, Predicate<ActionFacts> when, Rag rag, Function<ActionFacts, String> reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(reason, "reason");
    return new RagRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Optional<RagJudgement> judge(ActionFacts facts) {
        return when.test(facts)
            ? Optional.of(RagJudgement.written(rag, id, facts, reason))
            : Optional.empty();
      }

      @Override
      public String toString() {
        return id + " -> " + rag;
      }
    };
  }
}
