package org.improvementframework.io.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.ReportingPeriod;

/**
 * Declares how a published statistics file that is not an EES tidy file is read: its shape,
 * which column is the area code, the area name, the geographic level and the period, each
 * measure's column, and what the file's markers mean.
 *
 * <p>Users write it as a JSON file ({@link StatisticsMappingJson}); for example, for the
 * children looked after underlying data of SFR34/2015:
 *
 * <pre>{@code
 * StatisticsMapping m = StatisticsMapping
 *     .wide("New_geog_code", ReportingPeriod.financialYear(2014))
 *     .withAreaName("geog_n").withLevel("geog_l")
 *     .withMeasure(MeasureColumn.of("children looked after at 31 March", "CLA_Mar2015"));
 * }</pre>
 *
 * <p>Markers are matched ignoring case and surrounding space. The defaults are those of each
 * shape's publications: for {@linkplain StatisticsShape#WIDE_RELEASE wide releases}, {@code x}
 * suppressed (the statistical first releases replaced counts of one to five by a cross),
 * {@code ..} not available and {@code .} not applicable; for
 * {@linkplain StatisticsShape#TIDY_PERIOD tidy files}, the EES codes {@code c}, {@code z},
 * {@code x} (not available) and {@code k}. {@link #withMarkers(Map)} replaces them with what a
 * file's own metadata says.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param shape {@link StatisticsShape#WIDE_RELEASE} or {@link StatisticsShape#TIDY_PERIOD}; not
 *     null
 * @param areaCode the column of the area code, such as {@code New_geog_code}; not null
 * @param areaName the column of the area name; not null, empty if the file has none
 * @param level the column of the geographic level (such as {@code geog_l}); not null, empty to
 *     tell the level from the area code
 * @param period the period column; not null; required for a tidy file
 * @param convention how periods are written in the period column; not null
 * @param filePeriod the period of every value of a wide file whose measures do not give their
 *     own; not null
 * @param measures the measures, at least one, with distinct names; not null
 * @param markers the marker texts (lower case, stripped) and their meanings; not null
 */
public record StatisticsMapping(
    StatisticsShape shape,
    String areaCode,
    Optional<String> areaName,
    Optional<String> level,
    Optional<String> period,
    PeriodConvention convention,
    Optional<ReportingPeriod> filePeriod,
    List<MeasureColumn> measures,
    Map<String, Marker> markers) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the shape is EES, a tidy mapping has no period column,
   *     a wide measure has no period, measure names repeat, or a marker text is a number or blank
   */
  public StatisticsMapping {
    Objects.requireNonNull(shape, "shape");
    if (shape == StatisticsShape.EES_TIDY) {
      throw new IllegalArgumentException(
          "an EES tidy file needs no mapping: mapping shape must " + "be wide or tidy-period");
    }
    areaCode = MeasureColumn.nonBlank(areaCode, "areaCode");
    areaName = Objects.requireNonNull(areaName, "areaName").map(String::strip);
    level = Objects.requireNonNull(level, "level").map(String::strip);
    period = Objects.requireNonNull(period, "period").map(String::strip);
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(filePeriod, "filePeriod");
    measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
    Set<String> names = new HashSet<>();
    for (MeasureColumn m : measures) {
      if (!names.add(m.name())) {
        throw new IllegalArgumentException("measure name '" + m.name() + "' is given twice");
      }
      if (shape == StatisticsShape.WIDE_RELEASE
          && m.period().isEmpty()
          && filePeriod.isEmpty()
          && period.isEmpty()) {
        throw new IllegalArgumentException(
            "measure '"
                + m.name()
                + "' of a wide file has no "
                + "period: give the mapping's period, the measure's period or a period column");
      }
    }
    if (shape == StatisticsShape.TIDY_PERIOD && period.isEmpty()) {
      throw new IllegalArgumentException("a tidy-period mapping needs its period column");
    }
    Map<String, Marker> copy = new LinkedHashMap<>();
    Objects.requireNonNull(markers, "markers")
        .forEach(
            (k, v) -> {
              String code =
                  Objects.requireNonNull(k, "marker text").strip().toLowerCase(Locale.ROOT);
              if (code.isEmpty() || isNumber(code)) {
                throw new IllegalArgumentException(
                    "marker text '" + k + "' must not be blank or a " + "number");
              }
              copy.put(code, Objects.requireNonNull(v, "marker meaning"));
            });
    markers = Collections.unmodifiableMap(copy);
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Obtains a mapping of a wide release file, all of whose values are of one period, with no
   * measures yet and the release markers.
   *
   * @param areaCode the area code column; not null, not blank
   * @param filePeriod the period of the file's values; not null
   * @return the mapping; measures must be added before it reads anything; not null
   */
  public static StatisticsMapping wide(String areaCode, ReportingPeriod filePeriod) {
    return new StatisticsMapping(
        StatisticsShape.WIDE_RELEASE,
        areaCode,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        PeriodConvention.FINANCIAL_YEAR,
        Optional.of(Objects.requireNonNull(filePeriod, "filePeriod")),
        List.of(),
        releaseMarkers());
  }

  /**
   * Obtains a mapping of a tidy file with a period column, with no measures yet and the EES
   * markers.
   *
   * @param areaCode the area code column; not null, not blank
   * @param periodColumn the period column; not null, not blank
   * @param convention how its periods are written; not null
   * @return the mapping; not null
   */
  public static StatisticsMapping tidyPeriod(
      String areaCode, String periodColumn, PeriodConvention convention) {
    return new StatisticsMapping(
        StatisticsShape.TIDY_PERIOD,
        areaCode,
        Optional.empty(),
        Optional.empty(),
        Optional.of(MeasureColumn.nonBlank(periodColumn, "periodColumn")),
        convention,
        Optional.empty(),
        List.of(),
        eesMarkers());
  }

  /**
   * Gets the markers of the older statistical first releases: {@code x} suppressed, {@code ..}
   * not available, {@code .} not applicable.
   *
   * @return the markers; not null, unmodifiable
   */
  public static Map<String, Marker> releaseMarkers() {
    Map<String, Marker> m = new LinkedHashMap<>();
    m.put("x", Marker.SUPPRESSED);
    m.put("..", Marker.NOT_AVAILABLE);
    m.put(".", Marker.NOT_APPLICABLE);
    return Collections.unmodifiableMap(m);
  }

  /**
   * Gets the markers of Explore Education Statistics: {@code c} suppressed, {@code z} not
   * applicable, {@code x} not available, {@code k} rounds to zero.
   *
   * @return the markers; not null, unmodifiable
   */
  public static Map<String, Marker> eesMarkers() {
    Map<String, Marker> m = new LinkedHashMap<>();
    for (Marker marker : Marker.values()) {
      m.put(marker.code(), marker);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns a copy naming the area name column.
   *
   * @param column the column; not null, not blank
   * @return the copy; not null
   */
  public StatisticsMapping withAreaName(String column) {
    return new StatisticsMapping(
        shape,
        areaCode,
        Optional.of(MeasureColumn.nonBlank(column, "column")),
        level,
        period,
        convention,
        filePeriod,
        measures,
        markers);
  }

  /**
   * Returns a copy naming the geographic level column.
   *
   * @param column the column; not null, not blank
   * @return the copy; not null
   */
  public StatisticsMapping withLevel(String column) {
    return new StatisticsMapping(
        shape,
        areaCode,
        areaName,
        Optional.of(MeasureColumn.nonBlank(column, "column")),
        period,
        convention,
        filePeriod,
        measures,
        markers);
  }

  /**
   * Returns a copy with one more measure.
   *
   * @param measure the measure; not null, with a name not yet used
   * @return the copy; not null
   * @throws IllegalArgumentException if the name is used
   */
  public StatisticsMapping withMeasure(MeasureColumn measure) {
    List<MeasureColumn> all = new ArrayList<>(measures);
    all.add(Objects.requireNonNull(measure, "measure"));
    return new StatisticsMapping(
        shape, areaCode, areaName, level, period, convention, filePeriod, all, markers);
  }

  /**
   * Returns a copy whose markers are exactly the given ones, as a file's metadata states them.
   *
   * @param meanings the marker texts and their meanings; not null
   * @return the copy; not null
   * @throws IllegalArgumentException if a marker text is blank or a number
   */
  public StatisticsMapping withMarkers(Map<String, Marker> meanings) {
    return new StatisticsMapping(
        shape, areaCode, areaName, level, period, convention, filePeriod, measures, meanings);
  }
}
