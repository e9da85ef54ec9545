package org.improvementframework.io.statistics;

import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.model.ReportingPeriod;

/**
 * How a file writes its periods, so that {@code 2017/18} or {@code 2018} becomes a
 * {@link ReportingPeriod}. A canonical period ({@code FY2017-18}, {@code AY2017-18},
 * {@code 2018}, {@code 2018-03-31}) is read as such under every convention.
 */
public enum PeriodConvention {
  /**
   * Years ending 31 March, the convention of the children looked after and children in need
   * statistics: {@code 2017/18}, {@code 2017-18} and {@code 201718} are {@code FY2017-18}, and a
   * single year {@code 2018} is the reporting year ending 31 March 2018, also {@code FY2017-18}.
   */
  FINANCIAL_YEAR,
  /**
   * Academic years, September to August: {@code 2017/18} is {@code AY2017-18}, a single year
   * {@code 2018} the academic year ending in 2018.
   */
  ACADEMIC_YEAR,
  /** Calendar years: {@code 2018}. Two-year forms are refused. */
  CALENDAR_YEAR;

  private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})\\s*[/-]?\\s*(\\d{2}|\\d{4})");
  private static final Pattern ONE_YEAR = Pattern.compile("\\d{4}");

  /**
   * Reads a period as written in a file.
   *
   * @param text the text, such as {@code 2017/18}, {@code 2018} or {@code FY2017-18}; not null
   * @return the period, or empty if the text is not a period of this convention; not null
   * @throws NullPointerException if {@code text} is null
   */
  public Optional<ReportingPeriod> read(String text) {
    String s = Objects.requireNonNull(text, "text").strip();
    if (s.startsWith("FY") || s.startsWith("AY") || s.length() == 10) {
      try {
        return Optional.of(ReportingPeriod.parse(s));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    try {
      if (ONE_YEAR.matcher(s).matches()) {
        int year = Integer.parseInt(s);
        return Optional.of(
            switch (this) {
              case FINANCIAL_YEAR -> ReportingPeriod.financialYear(year - 1);
              case ACADEMIC_YEAR -> ReportingPeriod.academicYear(year - 1);
              case CALENDAR_YEAR -> ReportingPeriod.calendarYear(year);
            });
      }
      Matcher m = TWO_YEARS.matcher(s);
      if (!m.matches() || this == CALENDAR_YEAR) {
        return Optional.empty();
      }
      int start = Integer.parseInt(m.group(1));
      int end = Integer.parseInt(m.group(2));
      boolean consecutive = m.group(2).length() == 2 ? (start + 1) % 100 == end : start + 1 == end;
      if (!consecutive) {
        return Optional.empty();
      }
      return Optional.of(
          this == FINANCIAL_YEAR
              ? ReportingPeriod.financialYear(start)
              : ReportingPeriod.academicYear(start));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Gets the name used in mapping files: {@code financial-year}, {@code academic-year} or
   * {@code calendar-year}.
   *
   * @return the name; not null
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds a convention by its mapping-file name.
   *
   * @param name the name, such as {@code financial-year}; not null
   * @return the convention, or empty; not null
   */
  public static Optional<PeriodConvention> ofJsonName(String name) {
    for (PeriodConvention c : values()) {
      if (c.jsonName().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
