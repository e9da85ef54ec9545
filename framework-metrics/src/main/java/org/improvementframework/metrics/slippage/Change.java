package org.improvementframework.metrics.slippage;

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
public record Change(ChangeKind kind, Reference ref, String field, String before, String after,
    long days) {

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
    if (kind == null || ref == null || field == null || before == null || after == null) {
      throw new NullPointerException(kind == null ? "kind" : ref == null ? "ref"
          : field == null ? "field" : before == null ? "before" : "after");
    }
  }

  /**
   * Gets the change in words, such as {@code 2.1.3 target moved 61 days later: 'April 15' ->
   * 'June 15'} or {@code 2.1 RAG worsened: GREEN -> AMBER}.
   *
   * @return the text; not null
   */
  public String message() {
    switch (kind) {
      case ADDED:
        return field + " " + ref + " added";
      case REMOVED:
        return field + " " + ref + " removed";
      case DEADLINE_LATER:
      case DEADLINE_EARLIER:
        return ref + " " + field + " moved " + Math.abs(days) + " days "
            + (days > 0 ? "later" : "earlier") + ": '" + before + "' -> '" + after + "'";
      case STATUS_BACKWARDS:
        return ref + " status went backwards: '" + before + "' -> '" + after + "'";
      case STATUS_FORWARDS:
        return ref + " status went forwards: '" + before + "' -> '" + after + "'";
      case RAG_WORSENED:
        return ref + " RAG worsened: " + before + " -> " + after;
      case RAG_IMPROVED:
        return ref + " RAG improved: " + before + " -> " + after;
      case DEADLINE_SET_OR_CLEARED:
        return ref + " " + field + " deadline set or cleared: '" + before + "' -> '" + after
            + "'";
      default:
        return ref + " " + field + " changed: '" + before + "' -> '" + after + "'";
    }
  }
}
