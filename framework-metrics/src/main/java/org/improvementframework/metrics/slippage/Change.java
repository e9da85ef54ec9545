package org.improvementframework.metrics.slippage;

import java.util.Objects;
import org.improvementframework.model.Reference;

/**
 * One change between two reports: what kind, where, which field, the text before and after, and
 * for a moved deadline by how many days (positive when later).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what changed; not null
 * @param ref the area, action or milestone; not null
 * @param field the field that changed, such as {@code target}, {@code status}, {@code rag},
 *     {@code description}; for an added or removed item, its kind ({@code area}, {@code action},
 *     {@code milestone}); not null
 * @param before the earlier text, empty when added; not null
 * @param after the later text, empty when removed; not null
 * @param days how many days the deadline moved, positive when later; 0 for other changes
 */
public record Change(
    ChangeKind kind, Reference ref, String field, String before, String after, long days) {

  /**
   * Checks the parts.
   *
   * @param kind the kind, as described above; not null
   * @param ref the ref, as described above; not null
   * @param field the field, as described above; not null
   * @param before the before, as described above; not null
   * @param after the after, as described above; not null
   * @param days the days, as described above
   * @throws NullPointerException if a part is null
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * Gets the change in words, such as {@code 2.1.3 target moved 61 days later: 'April 15' ->
   * 'June 15'} or {@code 2.1 RAG worsened: GREEN -> AMBER}.
   *
   * @return the text; not null
   */
  public String message() {
    return switch (kind) {
      case ADDED -> field + " " + ref + " added";
      case REMOVED -> field + " " + ref + " removed";
      case DEADLINE_LATER, DEADLINE_EARLIER ->
          ref
              + " "
              + field
              + " moved "
              + Math.abs(days)
              + " days "
              + (days > 0 ? "later" : "earlier")
              + ": '"
              + before
              + "' -> '"
              + after
              + "'";
      case STATUS_BACKWARDS -> ref + " status went backwards: '" + before + "' -> '" + after + "'";
      case STATUS_FORWARDS -> ref + " status went forwards: '" + before + "' -> '" + after + "'";
      case RAG_WORSENED -> ref + " RAG worsened: " + before + " -> " + after;
      case RAG_IMPROVED -> ref + " RAG improved: " + before + " -> " + after;
      case DEADLINE_SET_OR_CLEARED ->
          ref + " " + field + " deadline set or cleared: '" + before + "' -> '" + after + "'";
      default -> ref + " " + field + " changed: '" + before + "' -> '" + after + "'";
    };
  }
}
