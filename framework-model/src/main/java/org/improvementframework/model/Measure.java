package org.improvementframework.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an area's success is "measured by": always the text as written, and optionally the
 * indicator it names.
 *
 * <p>Copies: every attribute has a {@code with} method returning a changed copy, checked like
 * a newly built one ({@code measure.withIndicator(indicator)}); the value itself never changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measure implements WithMeasure {

  Measure() {}

  /**
   * Obtains a measure from its text alone.
   *
   * @param text the measured-by text; not null, not blank
   * @return the measure; not null
   * @throws IllegalArgumentException if the text is blank
   */
  public static Measure of(String text) {
    return ImmutableMeasure.builder().text(text).build();
  }

  /**
   * Obtains a measure from its text and the indicator it names.
   *
   * @param text the measured-by text; not null, not blank
   * @param indicator the indicator; not null
   * @return the measure; not null
   * @throws IllegalArgumentException if the text is blank
   */
  public static Measure of(String text, Indicator indicator) {
    return ImmutableMeasure.builder().text(text).indicator(indicator).build();
  }

  /**
   * Gets the measured-by text as written.
   *
   * @return the text; not null, not blank
   */
  public abstract String text();

  /**
   * Gets the indicator this measure names, where one is defined.
   *
   * @return the indicator, or empty; not null
   */
  public abstract Optional<Indicator> indicator();

  @Value.Check
  void check() {
    Texts.nonBlank("measure text", text());
  }
}
