package org.improvementframework.metrics.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.improvementframework.model.Reference;

/**
 * What a plan rule found: the rule's id, how serious it is, where (an area, action or milestone,
 * or the plan as a whole), and a message in words.
 *
 * <p>A value with the accessors, equality and text a record of these four parts would have. The
 * built-in rules write the message when it is first asked for, from the facts it is about: a
 * report on a plan of 10^6 milestones finds about 160,000 things, and writing each message as
 * found was a quarter of the report's allocation, for text most callers never read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

  private final String ruleId;
  private final Severity severity;
  // Null for the plan as a whole: the Optional is made when asked for.
  private final Reference ref;
  private final Supplier<String> writer;
  // Written once, when first read; a race writes an equal string twice, which is harmless since
  // a string's fields are final (as String.hashCode caches its hash).
  private String message;

  private Finding(
      String ruleId, Severity severity, Reference ref, String message, Supplier<String> writer) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.ref = ref;
    this.message = message;
    this.writer = writer;
  }

  /**
   * Creates a finding from its parts.
   *
   * @param ruleId the id of the rule, such as {@code action-without-milestones}; not null
   * @param severity how serious; not null
   * @param ref where, or empty for the plan as a whole; not null
   * @param message what was found; not null
   * @throws NullPointerException if a part is null
   */
  public Finding(String ruleId, Severity severity, Optional<Reference> ref, String message) {
    this(
        ruleId,
        severity,
        Objects.requireNonNull(ref, "ref").orElse(null),
        Objects.requireNonNull(message, "message"),
        null);
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
    return new Finding(ruleId, severity, ref, Objects.requireNonNull(message, "message"), null);
  }

  /**
   * Obtains a finding whose message is written when first asked for, for the built-in rules.
   *
   * @param writer writes the message, the same each time, from immutable parts; not null
   */
  static Finding written(String ruleId, Severity severity, Reference ref, Supplier<String> writer) {
    Objects.requireNonNull(ref, "ref");
    return new Finding(ruleId, severity, ref, null, Objects.requireNonNull(writer, "writer"));
  }

  /**
   * Gets the id of the rule, such as {@code action-without-milestones}.
   *
   * @return the id; not null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Gets how serious the finding is.
   *
   * @return the severity; not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets where the finding is.
   *
   * @return the area, action or milestone, or empty for the plan as a whole; not null
   */
  public Optional<Reference> ref() {
    return Optional.ofNullable(ref);
  }

  /**
   * Gets what was found, in words.
   *
   * @return the message; not null
   */
  public String message() {
    String m = message;
    if (m == null) {
      m = Objects.requireNonNull(writer.get(), "message");
      message = m;
    }
    return m;
  }

  /**
   * Checks whether another object is a finding with equal parts.
   *
   * @param other the other object; may be null
   * @return true if the rule ids, severities, references and messages are equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Finding f
            && ruleId.equals(f.ruleId)
            && severity == f.severity
            && Objects.equals(ref, f.ref)
            && message().equals(f.message());
  }

  /**
   * Gets a hash of the parts, combined as a record's are.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return ((ruleId.hashCode() * 31 + severity.hashCode()) * 31 + Objects.hashCode(ref)) * 31
        + message().hashCode();
  }

  /**
   * Gets the finding as one line: {@code WARNING action-without-milestones 2.1: ...}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return severity + " " + ruleId + (ref == null ? "" : " " + ref) + ": " + message();
  }
}
