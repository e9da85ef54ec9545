package org.improvementframework.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A problem a reader found and went past: where it was, what was wrong, the text it concerned, and
 * what the reader did about it (kept the text, ignored a field, read a letter as a digit).
 *
 * <p>The {@link #toString() text form} reads, for example,
 * {@code plan.csv, row 14, column 'RAG': unknown RAG '4': read as AMBER}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param location where the problem is; not null ({@link InputLocation#unknown()} if unknown)
 * @param problem what was wrong, in words; not null
 * @param text the text concerned, in full; not null ({@code ""} if none)
 * @param action what the reader did about it, in words; not null
 */
public record ReadWarning(InputLocation location, String problem, String text, String action) {

  /**
   * Creates a warning; the canonical constructor.
   *
   * @param location where the problem is; not null
   * @param problem what was wrong, in words; not null
   * @param text the text concerned; not null ({@code ""} if none)
   * @param action what the reader did about it, in words; not null
   * @throws NullPointerException if any argument is null
   */
  public ReadWarning {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(action, "action");
  }

  /**
   * Obtains a warning.
   *
   * @param location where the problem is; not null
   * @param problem what was wrong, in words; not null
   * @param text the text concerned; not null ({@code ""} if none)
   * @param action what the reader did about it, in words; not null
   * @return the warning; not null
   * @throws NullPointerException if any argument is null
   */
  public static ReadWarning of(InputLocation location, String problem, String text, String action) {
    return new ReadWarning(location, problem, text, action);
  }

  /**
   * Gets the source; a shortcut for {@code location().source()}.
   *
   * @return the source, empty if unknown; not null
   */
  public Optional<String> source() {
    return location.source();
  }

  /**
   * Gets the row; a shortcut for {@code location().row()}.
   *
   * @return the row, empty if unknown; not null
   */
  public OptionalLong row() {
    return location.row();
  }

  /**
   * Gets the column; a shortcut for {@code location().column()}.
   *
   * @return the column, empty if unknown; not null
   */
  public Optional<String> column() {
    return location.column();
  }

  /**
   * Gets the warning as a user reads it: location, problem, text and action.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!location.isUnknown()) {
      sb.append(location).append(": ");
    }
    sb.append(problem);
    if (!text.isEmpty()) {
      sb.append(" '").append(PlanFormatException.abbreviate(text)).append('\'');
    }
    return sb.append(": ").append(action).toString();
  }
}
