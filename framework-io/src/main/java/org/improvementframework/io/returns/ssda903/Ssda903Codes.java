package org.improvementframework.io.returns.ssda903;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SSDA903 code lists by collection year, loaded from the resource {@code ssda903-codes.csv}
 * beside this class: one row per table, column and code with the first and last collection year
 * (named by the March it ends in: 2024 is 2023-24) in which the code is listed.
 *
 * <p>Source: the DfE specifications as transcribed in the public schemas of
 * SocialFinanceDigitalLabs/liia-tools ({@code liiatools/spec/s903/SSDA903_schema_2017.yml},
 * {@code _2021.yml}, {@code _2024.yml}, {@code samples/SSDA903_schema_2022.yml}). Between two
 * known schemas the earlier one's list holds: a code listed in 2017 and not in 2021 is valid
 * 2016-17 to 2019-20; a code first listed in 2021 is valid from 2020-21. Years before 2017 are
 * checked against the 2017 list, years after 2024 against the 2024 list.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ssda903Codes {

  /** The earliest collection year of a known schema. */
  public static final int FIRST_KNOWN_YEAR = 2017;

  /** The latest collection year of a known schema. */
  public static final int LATEST_KNOWN_YEAR = 2024;

  private static final String RESOURCE = "ssda903-codes.csv";
  private static final Map<String, Map<String, int[]>> LISTS = load();

  /**
   * The years a code is listed in: {@code last} is empty while the code is still listed.
   *
   * @param first the first collection year listing the code
   * @param last the last collection year listing it, or empty; not null
   */
  public record Years(int first, Optional<Integer> last) {

    /**
     * Creates the years.
     *
     * @param first the first year
     * @param last the last year, or empty; not null
     * @throws NullPointerException if {@code last} is null
     */
    public Years {
      Objects.requireNonNull(last, "last");
    }

    /**
     * Whether the code is listed for a collection year, years outside the known schemas taking
     * the nearest one's list.
     *
     * @param year the collection year, named by the March it ends in
     * @return true if listed
     */
    public boolean contains(int year) {
      int y = Math.max(FIRST_KNOWN_YEAR, Math.min(LATEST_KNOWN_YEAR, year));
      return y >= first && last.map(l -> y <= l).orElse(true);
    }

    /**
     * Describes the years as collection years, such as {@code 2016-17 to 2019-20}.
     *
     * @return the text; not null
     */
    @Override
    public String toString() {
      return yearText(first) + last.map(l -> " to " + yearText(l)).orElse(" onward");
    }
  }

  private Ssda903Codes() {}

  /**
   * Gets the years a code of a column is listed in.
   *
   * @param table the table; not null
   * @param column the column's name, such as {@code ACTIV}; not null
   * @param code the code as read, upper case; not null
   * @return the years, or empty if no known year lists the code; not null
   */
  public static Optional<Years> years(Ssda903Table table, String column, String code) {
    int[] y = LISTS.getOrDefault(key(table, column), Map.of()).get(code);
    return y == null
        ? Optional.empty()
        : Optional.of(new Years(y[0], y[1] == 0 ? Optional.empty() : Optional.of(y[1])));
  }

  /**
   * Gets the codes of a column listed for a collection year.
   *
   * @param table the table; not null
   * @param column the column's name; not null
   * @param year the collection year, named by the March it ends in
   * @return the codes in the order of the specification; not null
   */
  public static List<String> codes(Ssda903Table table, String column, int year) {
    return LISTS.getOrDefault(key(table, column), Map.of()).entrySet().stream()
        .filter(e -> years(table, column, e.getKey()).orElseThrow().contains(year))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Writes a collection year as the DfE does, such as {@code 2023-24} for 2024.
   *
   * @param year the year, named by the March it ends in
   * @return the text; not null
   */
  public static String yearText(int year) {
    return (year - 1) + "-" + String.format("%02d", year % 100);
  }

  private static String key(Ssda903Table table, String column) {
    return table.fileName() + "/" + column;
  }

  private static Map<String, Map<String, int[]>> load() {
    Map<String, Map<String, int[]>> lists = new HashMap<>();
    try (InputStream in = Ssda903Codes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the framework-io jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        int last = f[4].isEmpty() ? 0 : Integer.parseInt(f[4]);
        lists
            .computeIfAbsent(f[0] + "/" + f[1], k -> new LinkedHashMap<>())
            .put(f[2], new int[] {Integer.parseInt(f[3]), last});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return lists;
  }
}
