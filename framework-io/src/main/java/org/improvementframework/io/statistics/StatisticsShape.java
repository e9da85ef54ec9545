package org.improvementframework.io.statistics;

/** The shapes of published statistics files the library reads. */
public enum StatisticsShape {
  /**
   * The tidy CSV of Explore Education Statistics: {@code time_period}, {@code time_identifier},
   * {@code geographic_level}, geography, filter and indicator columns; read without a mapping.
   */
  EES_TIDY(
      "EES tidy CSV (time_period, time_identifier, geographic_level, ...; no mapping " + "needed)"),
  /**
   * The underlying data of an older statistical first release: one row per area (England,
   * regions, local authorities) and one column per measure, all for one period; read by a
   * mapping.
   */
  WIDE_RELEASE(
      "wide release underlying data (one row per area, one column per measure, such "
          + "as SFR34/2015; needs a mapping with shape \"wide\")"),
  /**
   * A tidy file with a period column, such as {@code 2017/18}: one row per area and period, and
   * a value column per measure (or one value column selected by a measure-name column); read by
   * a mapping.
   */
  TIDY_PERIOD(
      "tidy file with a period column such as 2017/18 (needs a mapping with shape "
          + "\"tidy-period\")");

  private final String description;

  StatisticsShape(String description) {
    this.description = description;
  }

  /**
   * Gets a one-line description of the shape for messages.
   *
   * @return the description; not null
   */
  public String description() {
    return description;
  }
}
