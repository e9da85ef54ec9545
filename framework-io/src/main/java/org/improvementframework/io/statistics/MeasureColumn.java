package org.improvementframework.io.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.model.ReportingPeriod;

/**
 * Where a file holds one measure: the column of its values, the period of that column when the
 * column belongs to one year (as {@code CLA_Mar2015} does), and the rows it is read from when a
 * file keeps several measures in one value column (the cells other columns must hold, such as
 * {@code indicator = Children looked after who had their annual health assessment}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the measure's name, as series and comparisons call it; not null, not blank
 * @param column the column of its values, as headed (surrounding space ignored); not null, not
 *     blank
 * @param period the period of every value in the column; empty when the mapping or a period
 *     column gives it; not null
 * @param where the cells, by column, that select this measure's rows; empty for every row; not
 *     null, no null key or value; kept in the order given
 */
public record MeasureColumn(
    String name, String column, Optional<ReportingPeriod> period, Map<String, String> where) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part, a key or a value is null
   * @throws IllegalArgumentException if the name or column is blank
   */
  public MeasureColumn {
    name = nonBlank(name, "name");
    column = nonBlank(column, "column");
    Objects.requireNonNull(period, "period");
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(where, "where")
        .forEach(
            (k, v) ->
                copy.put(
                    Objects.requireNonNull(k, "where key").strip(),
                    Objects.requireNonNull(v, "where value")));
    where = Collections.unmodifiableMap(copy);
  }

  /**
   * Obtains a measure read from every row of one column.
   *
   * @param name the measure's name; not null, not blank
   * @param column the column; not null, not blank
   * @return the measure column; not null
   * @throws IllegalArgumentException if the name or column is blank
   */
  public static MeasureColumn of(String name, String column) {
    return new MeasureColumn(name, column, Optional.empty(), Map.of());
  }

  /**
   * Returns a copy whose every value is of the given period.
   *
   * @param period the period; not null
   * @return the copy; not null
   */
  public MeasureColumn withPeriod(ReportingPeriod period) {
    return new MeasureColumn(name, column, Optional.of(period), where);
  }

  /**
   * Returns a copy that reads only rows whose column holds the given text (ignoring surrounding
   * space), in addition to the conditions already given.
   *
   * @param whereColumn the column; not null
   * @param text the text it must hold; not null
   * @return the copy; not null
   */
  public MeasureColumn where(String whereColumn, String text) {
    Map<String, String> w = new LinkedHashMap<>(where);
    w.put(
        Objects.requireNonNull(whereColumn, "whereColumn").strip(),
        Objects.requireNonNull(text, "text"));
    return new MeasureColumn(name, column, period, w);
  }

  static String nonBlank(String s, String what) {
    Objects.requireNonNull(s, what);
    if (s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s.strip();
  }
}
