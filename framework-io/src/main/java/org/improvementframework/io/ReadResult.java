package org.improvementframework.io;

import java.util.List;
import java.util.Objects;

/**
 * What a reader that can go on past problems returns: the value it read, and the warnings about
 * what it went past, in the order found.
 *
 * <p>This record is immutable and thread-safe when its value is.
 *
 * @param <T> the type of the value read
 * @param value the value read; not null
 * @param warnings the warnings, in the order found; not null, unmodifiable
 */
public record ReadResult<T>(T value, List<ReadWarning> warnings) {

  /**
   * Creates a result; the canonical constructor, which copies the warnings.
   *
   * @param value the value read; not null
   * @param warnings the warnings; not null, no null elements
   * @throws NullPointerException if {@code value}, {@code warnings} or a warning is null
   */
  public ReadResult {
    Objects.requireNonNull(value, "value");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * Obtains a result without warnings.
   *
   * @param <T> the type of the value
   * @param value the value; not null
   * @return the result; not null
   * @throws NullPointerException if {@code value} is null
   */
  public static <T> ReadResult<T> of(T value) {
    return new ReadResult<>(value, List.of());
  }

  /**
   * Obtains a result with warnings.
   *
   * @param <T> the type of the value
   * @param value the value; not null
   * @param warnings the warnings; not null, no null elements
   * @return the result; not null
   * @throws NullPointerException if {@code value}, {@code warnings} or a warning is null
   */
  public static <T> ReadResult<T> of(T value, List<ReadWarning> warnings) {
    return new ReadResult<>(value, warnings);
  }

  /**
   * Tells whether the reader warned about anything.
   *
   * @return true if there is at least one warning
   */
  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}
