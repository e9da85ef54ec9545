package org.improvementframework.metrics.rules;

import java.util.Objects;
import java.util.Optional;
import org.improvementframework.model.Reference;

/**
 * What a plan rule found: the rule's id, how serious it is, where (an area, action or milestone,
 * or the plan as a whole), and a message in words.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId the id of the rule, such as {@code action-without-milestones}; not null
 * @param severity how serious; not null
 * @param ref where, or empty for the plan as a whole; not null
 * @param message what was found; not null
 */
public record Finding(String ruleId, Severity severity, Optional<Reference> ref, String message) {

  /**
   * Checks the parts.
   *
   * @param ruleId the ruleId, as described above; not null
   * @param severity the severity, as described above; not null
   * @param ref the ref, as described above; not null
   * @param message the message, as described above; not null
   * @throws NullPointerException if a part is null
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains a finding about one area, action or milestone.
   *
   * @param ruleId the id of the rule; not null
   * @param severity how serious; not null
   * @param ref where; not null
   * @param message what was found; not null
   * @return the finding; not null
   */
  public static Finding of(String ruleId, Severity severity, Reference ref, String message) {
    Objects.requireNonNull(ref, "ref");
    return new Finding(ruleId, severity, Optional.of(ref), message);
  }

  /**
   * Gets the finding as one line: {@code WARNING action-without-milestones 2.1: ...}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return severity + " " + ruleId + ref.map(r -> " " + r).orElse("") + ": " + message;
  }
}
