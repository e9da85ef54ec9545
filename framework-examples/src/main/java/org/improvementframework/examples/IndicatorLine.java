package org.improvementframework.examples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.indicators.DisclosureControl;
import org.improvementframework.model.IndicatorValue;

/**
 * One printed indicator: its figures after disclosure control (or as computed, when the user
 * turns it off), its exclusions counted by reason, and the returns it was read from.
 *
 * @param measure the measure's name, with the working-day convention where it has one
 * @param source the return and fields it was computed from
 * @param period the period or snapshot
 * @param unit the counting unit
 * @param value the value as published
 * @param numerator the numerator as published
 * @param denominator the denominator as published
 * @param exclusions the count of exclusions by reason, as published
 * @param breakdown counts by band, as published
 */
record IndicatorLine(
    String measure,
    String source,
    String period,
    String unit,
    String value,
    String numerator,
    String denominator,
    Map<String, String> exclusions,
    Map<String, String> breakdown) {

  /** A line for a measure the returns given cannot supply. */
  static IndicatorLine unavailable(String measure, String why) {
    return new IndicatorLine(measure, why, "", "", "x", "", "", Map.of(), Map.of());
  }

  /**
   * Builds the line of a result; {@code countNumerator} is false when the numerator is not a
   * count of children or events (days, cases over FTE), so that only the denominator is checked.
   */
  static IndicatorLine of(
      IndicatorResult r, String source, DisclosureControl dc, boolean percentage) {
    long den = r.included().size();
    long num = r.countInNumerator();
    String value;
    String numerator;
    String denominator;
    if (dc == null) {
      value = r.value().toString();
      numerator = r.numerator().toPlainString();
      denominator = r.denominator().toPlainString();
    } else if (percentage) {
      value = dc.percentage(num, den, 1).toString();
      numerator = dc.count(num).toString();
      denominator = dc.count(den).toString();
    } else {
      // an average or a ratio: suppressed with the count of children or events it rests on
      boolean hidden = dc.suppresses(den);
      value =
          hidden
              ? IndicatorValue.of(IndicatorValue.Marker.SUPPRESSED).toString()
              : r.value().toString();
      numerator = hidden ? value : r.numerator().toPlainString();
      denominator = hidden ? value : r.denominator().toPlainString();
    }
    Map<String, Long> byReason = new TreeMap<>();
    r.excluded().forEach(e -> byReason.merge(e.reason(), 1L, Long::sum));
    Map<String, String> exclusions = new LinkedHashMap<>();
    byReason.forEach(
        (k, v) -> exclusions.put(k, dc == null ? v.toString() : dc.count(v).toString()));
    Map<String, String> breakdown = new LinkedHashMap<>();
    r.breakdown()
        .forEach((k, v) -> breakdown.put(k, dc == null ? v.toString() : dc.count(v).toString()));
    return new IndicatorLine(
        r.measure(),
        source,
        r.period().toString(),
        r.countingUnit().toString().toLowerCase(Locale.ROOT),
        value,
        numerator,
        denominator,
        exclusions,
        breakdown);
  }

  static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
