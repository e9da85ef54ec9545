package org.improvementframework.io.returns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;

/**
 * Passes the first reports of a reader (warnings, or rows skipped) on, and only counts the rest,
 * by kind, so that a file with millions of bad rows holds {@value #DEFAULT_KEPT} of them and one
 * summary warning instead of millions of objects.
 *
 * <p>The kind of a report is its problem in words ({@link ReadWarning#problem()}), which never
 * holds a cell's text, so the summary holds no personal data. At most {@value #MAX_KINDS} kinds
 * are named; reports of further kinds are counted under {@code "other"}. The {@link #summary}
 * reads, for example, {@code cin.xml: 2345 more warnings not kept, by kind: 'unknown code, not
 * in the 2023-24 list' 2000, 'not a date' 345: counted only; the first 1000 are kept}.
 *
 * <p>Instances are mutable and not thread-safe: one per reading of one file.
 *
 * @param <T> the type of report
 */
public final class CappedReports<T> implements Consumer<T> {

  /** How many reports of one reading are kept by default, warnings and skipped rows apart. */
  public static final int DEFAULT_KEPT = 1_000;

  /** How many kinds a summary names before counting the rest as {@code "other"}. */
  public static final int MAX_KINDS = 50;

  private final int kept;
  private final String what;
  private final Function<? super T, String> kind;
  private final Consumer<? super T> out;
  private final Map<String, Long> over = new LinkedHashMap<>();
  private long passed;
  private long counted;

  private CappedReports(
      int kept, String what, Function<? super T, String> kind, Consumer<? super T> out) {
    if (kept < 0) {
      throw new IllegalArgumentException("kept must not be negative: " + kept);
    }
    this.kept = kept;
    this.what = Objects.requireNonNull(what, "what");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Obtains a cap that passes the first {@code kept} reports to {@code out}.
   *
   * @param <T> the type of report
   * @param kept how many reports to pass on; not negative
   * @param what what the reports are, plural, for the summary ({@code "warnings"}); not null
   * @param kind the kind of a report, in words without personal data; not null
   * @param out receives the reports kept; not null
   * @return the cap; not null
   * @throws IllegalArgumentException if {@code kept} is negative
   * @throws NullPointerException if an argument is null
   */
  public static <T> CappedReports<T> of(
      int kept, String what, Function<? super T, String> kind, Consumer<? super T> out) {
    return new CappedReports<>(kept, what, kind, out);
  }

  /**
   * Obtains a cap of {@value #DEFAULT_KEPT} warnings, by problem, passed to {@code out}.
   *
   * @param out receives the warnings kept; not null
   * @return the cap; not null
   * @throws NullPointerException if {@code out} is null
   */
  public static CappedReports<ReadWarning> warnings(Consumer<? super ReadWarning> out) {
    return new CappedReports<>(DEFAULT_KEPT, "warnings", ReadWarning::problem, out);
  }

  /**
   * Passes a report on if fewer than the cap have been, and otherwise counts it by kind.
   *
   * @param report the report; not null
   * @throws NullPointerException if {@code report} is null
   */
  @Override
  public void accept(T report) {
    Objects.requireNonNull(report, "report");
    if (passed < kept) {
      passed++;
      out.accept(report);
      return;
    }
    counted++;
    String k = kind.apply(report);
    if (!over.containsKey(k) && over.size() >= MAX_KINDS) {
      k = "other";
    }
    over.merge(k, 1L, Long::sum);
  }

  /**
   * Gets the number of reports passed on.
   *
   * @return the number, at most the cap
   */
  public long kept() {
    return passed;
  }

  /**
   * Gets the number of reports counted and not passed on.
   *
   * @return the number
   */
  public long dropped() {
    return counted;
  }

  /**
   * Gets the reports not passed on, counted by kind in the order the kinds were first met.
   *
   * @return the counts; an unmodifiable copy; not null
   */
  public Map<String, Long> droppedByKind() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(over));
  }

  /**
   * Gets the one warning that says how many reports were not kept, by kind.
   *
   * @param at where the reports were, usually the file; not null
   * @return the warning, empty if every report was kept; not null
   * @throws NullPointerException if {@code at} is null
   */
  public Optional<ReadWarning> summary(InputLocation at) {
    Objects.requireNonNull(at, "at");
    if (counted == 0) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    sb.append(counted).append(" more ").append(what).append(" not kept, by kind: ");
    String sep = "";
    for (Map.Entry<String, Long> e : over.entrySet()) {
      sb.append(sep).append('\'').append(e.getKey()).append("' ").append(e.getValue());
      sep = ", ";
    }
    return Optional.of(
        ReadWarning.of(at, sb.toString(), "", "counted only; the first " + kept + " are kept"));
  }
}
