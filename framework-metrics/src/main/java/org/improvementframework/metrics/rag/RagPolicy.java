package org.improvementframework.metrics.rag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.model.Rag;

/**
 * How to derive a RAG rating: an ordered list of rules, the first that matches wins (the
 * ClearPoint approach), a rating when none matches, what each colour means, and which colours
 * are worse than which.
 *
 * <p>The {@linkplain #defaults() default policy}, in order:
 * <ol>
 *   <li>{@code all-complete}: every milestone complete gives the complete colour (GREEN by
 *       default, BLUE where a council uses blue for complete);</li>
 *   <li>{@code overdue-unresolved}: a milestone overdue by more than N days (0 by default) with
 *       no resolution written gives RED;</li>
 *   <li>{@code overdue}: any other overdue milestone gives AMBER;</li>
 *   <li>{@code due-not-started}: a milestone due within the window but not started (or with no
 *       status) gives AMBER;</li>
 *   <li>otherwise GREEN.</li>
 * </ol>
 * The meaning of each colour is text a council sets ({@link #withMeaning(Rag, String)}); an
 * area's rating is the worst of its actions' in the policy's order ({@link #worst(Rag, Rag)}).
 *
 * <pre>{@code
 * RagPolicy p = RagPolicy.standard(Rag.BLUE, 14).withMeaning(Rag.BLUE, "complete");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, as long as its rules are.
 */
public final class RagPolicy {

  private static final List<Rag> DEFAULT_ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE);
  private static final RagPolicy DEFAULT = standard(Rag.GREEN, 0);

  private final List<RagRule> rules;
  private final Rag otherwise;
  private final Map<Rag, String> meanings;
  private final List<Rag> worstFirst;
  // The judgements when no rule matches, the same for every action: made once, not per action.
  private final RagJudgement noMilestones;
  private final RagJudgement noneOverdue;

  private RagPolicy(
      List<RagRule> rules, Rag otherwise, Map<Rag, String> meanings, List<Rag> worstFirst) {
    this.rules = rules;
    this.otherwise = otherwise;
    this.meanings = meanings;
    this.worstFirst = worstFirst;
    this.noMilestones = new RagJudgement(otherwise, "otherwise", "it has no milestones");
    this.noneOverdue =
        new RagJudgement(otherwise, "otherwise", "no milestone is overdue or due without a start");
  }

  /**
   * Obtains the default policy: complete is GREEN, and any overdue milestone without a
   * resolution is RED.
   *
   * @return the policy; not null
   */
  public static RagPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Obtains the default rules with a chosen colour for complete and a grace period before an
   * unresolved overdue milestone turns an action RED.
   *
   * @param completeColour the colour of an action whose milestones are all complete; not null
   * @param redAfterDays how many days overdue an unresolved milestone may be before it is RED,
   *     0 or more
   * @return the policy; not null
   * @throws IllegalArgumentException if the number of days is negative
   */
  public static RagPolicy standard(Rag completeColour, int redAfterDays) {
    Objects.requireNonNull(completeColour, "completeColour");
    if (redAfterDays < 0) {
      throw new IllegalArgumentException("redAfterDays must be 0 or more, but was " + redAfterDays);
    }
    List<RagRule> rules =
        List.of(
            RagRule.of(
                "all-complete",
                f -> f.counts().total() > 0 && f.counts().complete() == f.counts().total(),
                completeColour,
                f ->
                    f.counts().total() == 1
                        ? "its milestone is complete"
                        : "all " + f.counts().total() + " milestones are complete"),
            RagRule.of(
                "overdue-unresolved",
                // The counts first: the most overdue milestone is made each time it is asked for.
                f ->
                    !f.hasResolution()
                        && f.counts().overdue() > 0
                        && f.mostOverdue().get().daysOverdue() > redAfterDays,
                Rag.RED,
                f -> overdueClause(f.mostOverdue().get()) + " and no resolution is written"),
            RagRule.of(
                "overdue",
                f -> f.counts().overdue() > 0,
                Rag.AMBER,
                f ->
                    overdueClause(f.mostOverdue().get())
                        + (f.hasResolution() ? " with a resolution written" : "")),
            RagRule.of(
                "due-not-started",
                f -> f.dueNotStarted() > 0,
                Rag.AMBER,
                f ->
                    f.dueNotStarted()
                        + (f.dueNotStarted() == 1 ? " milestone is" : " milestones are")
                        + " due within the window but not started"));
    Map<Rag, String> meanings = new EnumMap<>(Rag.class);
    meanings.put(Rag.RED, "off track");
    meanings.put(Rag.AMBER, "at risk");
    meanings.put(Rag.GREEN, "on track");
    meanings.put(Rag.BLUE, "complete");
    return new RagPolicy(rules, Rag.GREEN, Collections.unmodifiableMap(meanings), DEFAULT_ORDER);
  }

  private static String overdueClause(DatedMilestone d) {
    long days = d.daysOverdue();
    return "milestone "
        + d.milestone().ref()
        + " is "
        + days
        + (days == 1 ? " day" : " days")
        + " overdue";
  }

  /**
   * Obtains a policy from its own rules.
   *
   * @param rules the rules, first match wins; not null, no null elements
   * @param otherwise the rating when no rule matches; not null
   * @return the policy, with the default meanings and order; not null
   */
  public static RagPolicy of(List<RagRule> rules, Rag otherwise) {
    Objects.requireNonNull(otherwise, "otherwise");
    return new RagPolicy(List.copyOf(rules), otherwise, DEFAULT.meanings, DEFAULT_ORDER);
  }

  /**
   * Returns a copy of this policy with a rule placed before the others.
   *
   * @param rule the rule; not null
   * @return the new policy; not null
   */
  public RagPolicy withFirstRule(RagRule rule) {
    List<RagRule> list = new ArrayList<>(rules.size() + 1);
    list.add(rule);
    list.addAll(rules);
    return new RagPolicy(List.copyOf(list), otherwise, meanings, worstFirst);
  }

  /**
   * Returns a copy of this policy in which a colour has the given meaning.
   *
   * @param rag the colour; not null
   * @param meaning what it means in this council, such as {@code re-scheduled}; not null
   * @return the new policy; not null
   */
  public RagPolicy withMeaning(Rag rag, String meaning) {
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(meaning, "meaning");
    Map<Rag, String> m = new EnumMap<>(meanings);
    m.put(rag, meaning);
    return new RagPolicy(rules, otherwise, Collections.unmodifiableMap(m), worstFirst);
  }

  /**
   * Returns a copy of this policy with another order of severity.
   *
   * @param worstFirst every colour once, worst first; not null
   * @return the new policy; not null
   * @throws IllegalArgumentException if a colour is missing or repeated
   */
  public RagPolicy withSeverity(List<Rag> worstFirst) {
    if (worstFirst.size() != Rag.values().length
        || worstFirst.stream().distinct().count() != Rag.values().length) {
      throw new IllegalArgumentException(
          "severity must list each of RED, AMBER, GREEN, BLUE once, but was " + worstFirst);
    }
    return new RagPolicy(rules, otherwise, meanings, List.copyOf(worstFirst));
  }

  /**
   * Gets the rules, in the order they are tried.
   *
   * @return the rules; not null, unmodifiable
   */
  public List<RagRule> rules() {
    return rules;
  }

  /**
   * Gets what a colour means under this policy.
   *
   * @param rag the colour; not null
   * @return the meaning; not null
   */
  public String meaning(Rag rag) {
    return meanings.get(rag);
  }

  /**
   * Gets how severe a colour is: 0 for the worst.
   *
   * @param rag the colour; not null
   * @return the rank, 0 to 3
   */
  public int severity(Rag rag) {
    return worstFirst.indexOf(rag);
  }

  /**
   * Gets the worse of two colours.
   *
   * @param a one colour; not null
   * @param b another colour; not null
   * @return the worse; not null
   */
  public Rag worst(Rag a, Rag b) {
    return severity(a) <= severity(b) ? a : b;
  }

  /**
   * Derives the rating of an action from its facts: the first matching rule's, or the fallback.
   *
   * @param facts the action's facts; not null
   * @return the judgement; not null
   */
  public RagJudgement judge(ActionFacts facts) {
    for (RagRule rule : rules) {
      Optional<RagJudgement> j = rule.judge(facts);
      if (j.isPresent()) {
        return j.get();
      }
    }
    return facts.counts().total() == 0 ? noMilestones : noneOverdue;
  }
}
