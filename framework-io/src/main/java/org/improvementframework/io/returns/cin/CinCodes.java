package org.improvementframework.io.returns.cin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The children in need census code lists by collection year, loaded from the resource {@code
 * cin-codes.csv} beside this class: one row per element and code with the first and last
 * collection year (named by the March it ends in: 2022 is 2021-22) in which the code is listed.
 *
 * <p>The coded elements are {@code GenderCurrent}, {@code UPNunknown}, {@code Ethnicity}, {@code
 * Disability}, {@code ReferralSource}, {@code PrimaryNeedCode}, {@code ReasonForClosure}, {@code
 * AssessmentFactors} (factors identified at assessment), {@code InitialCategoryOfAbuse}, {@code
 * LatestCategoryOfAbuse}, {@code ReferralNFA} and {@code ICPCnotRequired}. Codes are matched as
 * the schemas define them, case included ({@code NONE}, {@code true}).
 *
 * <p>Source: the DfE's census specifications as transcribed in the XML schemas of
 * SocialFinanceDigitalLabs/liia-tools (MIT licence), {@code liiatools/spec/cin_census/
 * CIN_schema_2018.xsd}, {@code CIN_schema_2020.xsd}, {@code CIN_schema_2021.xsd} and {@code
 * cin-2022.xsd}. What differs between them: factors {@code 18A} and {@code 19A} (physical and
 * sexual abuse) are listed to 2019-20 and split into {@code 18B}/{@code 18C} and {@code 19B}/{@code
 * 19C} (child on child, adult on child) from 2020-21; {@code 24A} (child criminal exploitation)
 * from 2021-22; the flags' {@code TRUE}/{@code FALSE} are listed to 2020-21. Between two known
 * schemas the earlier one's list holds (2018-19 takes the 2017-18 list); years before 2017-18 are
 * checked against the 2017-18 list, years after 2021-22 against the 2021-22 list.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CinCodes {

  /** The earliest collection year of a known schema. */
  public static final int FIRST_KNOWN_YEAR = 2018;

  /** The latest collection year of a known schema. */
  public static final int LATEST_KNOWN_YEAR = 2022;

  private static final String RESOURCE = "cin-codes.csv";
  private static final Map<String, Map<String, Years>> LISTS = load();
  private static final Set<String> ALL_CODES =
      LISTS.values().stream()
          .flatMap(m -> m.keySet().stream())
          .collect(Collectors.toUnmodifiableSet());

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
     * Describes the years as collection years, such as {@code 2017-18 to 2019-20}.
     *
     * @return the text; not null
     */
    @Override
    public String toString() {
      return yearText(first) + last.map(l -> " to " + yearText(l)).orElse(" onward");
    }
  }

  private CinCodes() {}

  /**
   * Gets the names of the coded elements.
   *
   * @return the local names of the elements, in the order of the resource; not null
   */
  public static Set<String> elements() {
    return LISTS.keySet();
  }

  /**
   * Whether an element holds a code of a list.
   *
   * @param element the element's local name; not null
   * @return true if the element is coded
   */
  public static boolean isCoded(String element) {
    return LISTS.containsKey(Objects.requireNonNull(element, "element"));
  }

  /**
   * Whether a text is a code of some element's list in some year: only such a text is quoted in
   * a warning, so that an id or a date typed into a coded element is never shown.
   *
   * @param text the text; not null
   * @return true if some list holds it
   */
  public static boolean isListed(String text) {
    return ALL_CODES.contains(Objects.requireNonNull(text, "text"));
  }

  /**
   * Gets the years a code of an element is listed in.
   *
   * @param element the element's local name, such as {@code ReferralSource}; not null
   * @param code the code as written; not null
   * @return the years, or empty if no known year lists the code; not null
   */
  public static Optional<Years> years(String element, String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(LISTS.getOrDefault(element, Map.of()).get(code));
  }

  /**
   * Gets the codes of an element listed for a collection year.
   *
   * @param element the element's local name; not null
   * @param year the collection year, named by the March it ends in
   * @return the codes in the order of the specification; not null
   */
  public static List<String> codes(String element, int year) {
    return LISTS
        .getOrDefault(Objects.requireNonNull(element, "element"), Map.of())
        .entrySet()
        .stream()
        .filter(e -> e.getValue().contains(year))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Writes a collection year as the DfE does, such as {@code 2021-22} for 2022.
   *
   * @param year the year, named by the March it ends in
   * @return the text; not null
   */
  public static String yearText(int year) {
    return (year - 1) + "-" + String.format("%02d", Math.floorMod(year, 100));
  }

  private static Map<String, Map<String, Years>> load() {
    Map<String, Map<String, Years>> lists = new LinkedHashMap<>();
    try (InputStream in = CinCodes.class.getResourceAsStream(RESOURCE)) {
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
        Optional<Integer> last = f[3].isEmpty() ? Optional.empty() : Optional.of(parse(f[3]));
        lists
            .computeIfAbsent(f[0], k -> new LinkedHashMap<>())
            .put(f[1], new Years(parse(f[2]), last));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return lists;
  }

  private static int parse(String year) {
    return Integer.parseInt(year.strip());
  }
}
