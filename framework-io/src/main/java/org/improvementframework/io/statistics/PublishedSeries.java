package org.improvementframework.io.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.model.Observation;

/**
 * One indicator series read from a published statistics file: one indicator column (such as
 * {@code number} or {@code percentage}) for one geography and one combination of filter values,
 * with its observations in period order. Suppressed, not applicable, not available and
 * rounds-to-zero cells are kept as {@link org.improvementframework.model.IndicatorValue.Marker
 * markers}, never as zero or blank.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param geographicLevel the {@code geographic_level}, such as {@code Local authority}; not null
 * @param areaCode the code of the geography, such as {@code E06000026} (the {@code new_la_code}
 *     of a local authority, the {@code region_code} of a region, the {@code country_code} of a
 *     country); not null, {@code ""} if the file has none
 * @param areaName the name of the geography, such as {@code Plymouth}; not null, {@code ""} if
 *     the file has none
 * @param filters the other columns that are neither time, geography nor indicators, with this
 *     series' values, in file order, such as {@code age=Aged 19 to 21}; not null, unmodifiable
 * @param indicator the indicator column; not null
 * @param observations the observations, in period order; not null, unmodifiable
 */
public record PublishedSeries(
    String geographicLevel,
    String areaCode,
    String areaName,
    Map<String, String> filters,
    String indicator,
    List<Observation> observations) {

  /**
   * Creates a series; the canonical constructor, which copies the map and list.
   *
   * @param geographicLevel the geographic level; not null
   * @param areaCode the geography's code; not null
   * @param areaName the geography's name; not null
   * @param filters the filter values; not null
   * @param indicator the indicator column; not null
   * @param observations the observations; not null
   * @throws NullPointerException if any argument or element is null
   */
  public PublishedSeries {
    Objects.requireNonNull(geographicLevel, "geographicLevel");
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(areaName, "areaName");
    Objects.requireNonNull(indicator, "indicator");
    filters =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(filters, "filters")));
    observations = List.copyOf(Objects.requireNonNull(observations, "observations"));
  }
}
