package org.improvementframework.metrics.rag;

import java.util.Objects;
import java.util.function.Function;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.model.Rag;

/**
 * A derived RAG rating, the rule that gave it and the reason in words, written as a clause such
 * as {@code milestone 2.1.3 is 45 days overdue and no resolution is written}.
 *
 * <p>A value with the accessors, equality and text a record of these three parts would have. A
 * rule made by {@link RagRule#of} writes its reason when it is first asked for, from the action's
 * facts (its reason is a pure function of them): a report rates every action, and writing each
 * reason as rated was a tenth of the report's allocation, for text most callers never read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RagJudgement {

  private final Rag rag;
  private final String rule;
  private final ActionFacts facts;
  private final Function<ActionFacts, String> writer;
  // Written once, when first read; a race writes an equal string twice, which is harmless since
  // a string's fields are final (as String.hashCode caches its hash).
  private String reason;

  /**
   * Creates a judgement from its parts.
   *
   * @param rag the rating; not null
   * @param rule the id of the rule that gave it; not null
   * @param reason why, as a clause; not null
   * @throws NullPointerException if a part is null
   */
  public RagJudgement(Rag rag, String rule, String reason) {
    this(rag, rule, Objects.requireNonNull(reason, "reason"), null, null);
  }

  private RagJudgement(
      Rag rag,
      String rule,
      String reason,
      ActionFacts facts,
      Function<ActionFacts, String> writer) {
    this.rag = Objects.requireNonNull(rag, "rag");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.reason = reason;
    this.facts = facts;
    this.writer = writer;
  }

  /** Obtains a judgement whose reason is written from the facts when first asked for. */
  static RagJudgement written(
      Rag rag, String rule, ActionFacts facts, Function<ActionFacts, String> writer) {
    return new RagJudgement(
        rag,
        rule,
        null,
        Objects.requireNonNull(facts, "facts"),
        Objects.requireNonNull(writer, "writer"));
  }

  /**
   * Gets the rating.
   *
   * @return the rating; not null
   */
  public Rag rag() {
    return rag;
  }

  /**
   * Gets the id of the rule that gave the rating.
   *
   * @return the id; not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Gets why, as a clause.
   *
   * @return the reason; not null
   * @throws NullPointerException if the rule's reason gave null
   */
  public String reason() {
    String r = reason;
    if (r == null) {
      r = Objects.requireNonNull(writer.apply(facts), "reason");
      reason = r;
    }
    return r;
  }

  /**
   * Checks whether another object is a judgement with equal parts.
   *
   * @param other the other object; may be null
   * @return true if the ratings, rules and reasons are equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof RagJudgement j
            && rag == j.rag
            && rule.equals(j.rule)
            && reason().equals(j.reason());
  }

  /**
   * Gets a hash of the parts, combined as a record's are.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return (rag.hashCode() * 31 + rule.hashCode()) * 31 + reason().hashCode();
  }

  /**
   * Gets the parts as a record would: {@code RagJudgement[rag=RED, rule=..., reason=...]}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return "RagJudgement[rag=" + rag + ", rule=" + rule + ", reason=" + reason() + "]";
  }
}
