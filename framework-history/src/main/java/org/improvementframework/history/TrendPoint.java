package org.improvementframework.history;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.model.Rag;

/**
 * One reporting date of a trend, for the plan, an area or a lead: the milestone counts (complete,
 * overdue, due, ...), the reported and the derived RAG ratings of the actions counted by colour,
 * and the plan-rule findings counted by severity. Every colour and severity is present, zero when
 * none.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asAt the reporting date, which is also the date of judgement; not null
 * @param counts the milestones by state; not null
 * @param reportedRag the actions' reported RAG ratings by colour; not null
 * @param derivedRag the actions' derived RAG ratings by colour; not null
 * @param findings the findings by severity; not null
 */
public record TrendPoint(
    LocalDate asAt,
    StateCounts counts,
    Map<Rag, Long> reportedRag,
    Map<Rag, Long> derivedRag,
    Map<Severity, Long> findings) {

  /**
   * Checks and copies the parts.
   *
   * @param asAt the date; not null
   * @param counts the counts; not null
   * @param reportedRag the reported colours; not null
   * @param derivedRag the derived colours; not null
   * @param findings the findings; not null
   * @throws NullPointerException if a part is null
   */
  public TrendPoint {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(counts, "counts");
    reportedRag = complete(Rag.class, Rag.values(), reportedRag, "reportedRag");
    derivedRag = complete(Rag.class, Rag.values(), derivedRag, "derivedRag");
    findings = complete(Severity.class, Severity.values(), findings, "findings");
  }

  private static <E extends Enum<E>> Map<E, Long> complete(
      Class<E> type, E[] keys, Map<E, Long> given, String name) {
    Objects.requireNonNull(given, name);
    Map<E, Long> out = new EnumMap<>(type);
    for (E key : keys) {
      out.put(key, given.getOrDefault(key, 0L));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Gets the percentage of milestones complete.
   *
   * @return the percentage from 0 to 100, or empty when there are no milestones; not null
   */
  public OptionalDouble percentComplete() {
    return counts.percentComplete();
  }
}
