package org.improvementframework.io.returns;

import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The code lists of a statutory return by collection year, loaded from a CSV resource: one row per
 * list and code, the list named by one or more key columns ({@code table,column} for SSDA903,
 * {@code element} for the CIN census), then the first and the last collection year listing the
 * code (named by the March it ends in: 2024 is 2023-24; the last is empty while still listed).
 * Lines starting with {@code #} and blank lines are comments; the first other line is the header.
 *
 * <p>Between two known schemas the earlier one's list holds; years before the first known schema
 * are checked against its list, years after the latest against the latest's ({@link Years}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeLists {

  private final int firstKnown;
  private final int latestKnown;
  private final Map<String, Map<String, Years>> lists;
  private final Set<String> allCodes;

  /**
   * The years a code is listed in, and the years of the known schemas that a year outside them
   * is clamped to.
   *
   * @param first the first collection year listing the code
   * @param last the last collection year listing it, or empty while still listed; not null
   * @param firstKnown the collection year of the earliest known schema
   * @param latestKnown the collection year of the latest known schema
   */
  public record Years(int first, Optional<Integer> last, int firstKnown, int latestKnown) {

    /**
     * Creates the years.
     *
     * @param first the first year
     * @param last the last year, or empty; not null
     * @param firstKnown the earliest known schema's year
     * @param latestKnown the latest known schema's year, not before {@code firstKnown}
     * @throws NullPointerException if {@code last} is null
     * @throws IllegalArgumentException if {@code latestKnown} is before {@code firstKnown}
     */
    public Years {
      Objects.requireNonNull(last, "last");
      if (latestKnown < firstKnown) {
        throw new IllegalArgumentException(
            "latestKnown " + latestKnown + " is before firstKnown " + firstKnown);
      }
    }

    /**
     * Whether the code is listed for a collection year, years outside the known schemas taking
     * the nearest one's list.
     *
     * @param year the collection year, named by the March it ends in
     * @return true if listed
     */
    public boolean contains(int year) {
      int y = Math.max(firstKnown, Math.min(latestKnown, year));
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

  private CodeLists(int firstKnown, int latestKnown, Map<String, Map<String, Years>> lists) {
    this.firstKnown = firstKnown;
    this.latestKnown = latestKnown;
    this.lists = lists;
    this.allCodes =
        lists.values().stream()
            .flatMap(m -> m.keySet().stream())
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Loads code lists from a CSV resource beside a class.
   *
   * @param anchor the class the resource is beside; not null
   * @param resource the resource's name; not null
   * @param keyColumns how many leading columns name the list, joined by {@code /}; at least 1
   * @param firstKnown the collection year of the earliest known schema
   * @param latestKnown the collection year of the latest known schema
   * @return the lists; not null
   * @throws IllegalStateException if the resource is missing
   * @throws IllegalArgumentException if a row has too few columns or a year is not a number
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static CodeLists load(
      Class<?> anchor, String resource, int keyColumns, int firstKnown, int latestKnown) {
    return parse(SpecificationRows.lines(anchor, resource), keyColumns, firstKnown, latestKnown);
  }

  /**
   * Reads code lists from the lines of their CSV text, as {@link #load} does.
   *
   * @param lines the lines; not null
   * @param keyColumns how many leading columns name the list; at least 1
   * @param firstKnown the collection year of the earliest known schema
   * @param latestKnown the collection year of the latest known schema
   * @return the lists; not null
   * @throws IllegalArgumentException if a row has too few columns or a year is not a number
   */
  public static CodeLists parse(
      List<String> lines, int keyColumns, int firstKnown, int latestKnown) {
    if (keyColumns < 1) {
      throw new IllegalArgumentException("keyColumns must be at least 1, not " + keyColumns);
    }
    Map<String, Map<String, Years>> lists = new LinkedHashMap<>();
    for (SpecificationRows.Row row : SpecificationRows.rows(lines)) {
      List<String> f = row.fields();
      if (f.size() < keyColumns + 3) {
        throw new IllegalArgumentException(
            "a code list row needs " + (keyColumns + 3) + " columns, found " + f.size());
      }
      String key = String.join("/", f.subList(0, keyColumns));
      String last = f.get(keyColumns + 2).strip();
      Years years =
          new Years(
              year(f.get(keyColumns + 1)),
              last.isEmpty() ? Optional.empty() : Optional.of(year(last)),
              firstKnown,
              latestKnown);
      lists.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(f.get(keyColumns), years);
    }
    return new CodeLists(firstKnown, latestKnown, lists);
  }

  private static int year(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a collection year: '" + text + "'", e);
    }
  }

  /**
   * Gets the collection year of the earliest known schema.
   *
   * @return the year
   */
  public int firstKnownYear() {
    return firstKnown;
  }

  /**
   * Gets the collection year of the latest known schema.
   *
   * @return the year
   */
  public int latestKnownYear() {
    return latestKnown;
  }

  /**
   * Gets the names of the lists, in the order of the resource.
   *
   * @return the names; unmodifiable; not null
   */
  public Set<String> keys() {
    return Collections.unmodifiableSet(lists.keySet());
  }

  /**
   * Whether a text is a code of any list, whatever its years.
   *
   * @param code the text; not null
   * @return true if some list has it
   * @throws NullPointerException if {@code code} is null
   */
  public boolean isListed(String code) {
    return allCodes.contains(Objects.requireNonNull(code, "code"));
  }

  /**
   * Gets the years a code of a list is listed in.
   *
   * @param key the list's name; not null
   * @param code the code as read; not null
   * @return the years, or empty if no known year of that list has the code; not null
   * @throws NullPointerException if an argument is null
   */
  public Optional<Years> years(String key, String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(
        lists.getOrDefault(Objects.requireNonNull(key, "key"), Map.of()).get(code));
  }

  /**
   * Gets the codes of a list listed for a collection year.
   *
   * @param key the list's name; not null
   * @param year the collection year, named by the March it ends in
   * @return the codes in the order of the resource; not null
   * @throws NullPointerException if {@code key} is null
   */
  public List<String> codes(String key, int year) {
    return lists.getOrDefault(Objects.requireNonNull(key, "key"), Map.of()).entrySet().stream()
        .filter(e -> e.getValue().contains(year))
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
    return (year - 1) + "-" + String.format("%02d", Math.floorMod(year, 100));
  }
}
