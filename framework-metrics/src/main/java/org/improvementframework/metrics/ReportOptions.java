package org.improvementframework.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rules.PlanRule;
import org.improvementframework.metrics.rules.PlanRules;

/**
 * The settings of a {@link MonthlyReport}: how milestones are judged, how RAG ratings are
 * derived, and which plan rules run.
 *
 * <pre>{@code
 * ReportOptions o = ReportOptions.defaults()
 *     .withClassifier(MilestoneClassifier.withDueWindow(14))
 *     .withRagPolicy(RagPolicy.standard(Rag.BLUE, 7))
 *     .withRule(myRule);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, as long as its rules are.
 */
public final class ReportOptions {

  private static final ReportOptions DEFAULT =
      new ReportOptions(MilestoneClassifier.defaults(), RagPolicy.defaults(), PlanRules.defaults());

  private final MilestoneClassifier classifier;
  private final RagPolicy ragPolicy;
  private final List<PlanRule> rules;

  private ReportOptions(MilestoneClassifier classifier, RagPolicy ragPolicy, List<PlanRule> rules) {
    this.classifier = classifier;
    this.ragPolicy = ragPolicy;
    this.rules = rules;
  }

  /**
   * Obtains the default settings: a 30-day due window, the default RAG policy, the built-in
   * rules.
   *
   * @return the settings; not null
   */
  public static ReportOptions defaults() {
    return DEFAULT;
  }

  /**
   * Returns a copy with another classifier.
   *
   * @param classifier how to judge milestones; not null
   * @return the settings; not null
   */
  public ReportOptions withClassifier(MilestoneClassifier classifier) {
    Objects.requireNonNull(classifier, "classifier");
    return new ReportOptions(classifier, ragPolicy, rules);
  }

  /**
   * Returns a copy with another RAG policy.
   *
   * @param policy how to derive RAG ratings; not null
   * @return the settings; not null
   */
  public ReportOptions withRagPolicy(RagPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new ReportOptions(classifier, policy, rules);
  }

  /**
   * Returns a copy with these rules instead.
   *
   * @param rules the plan rules, in the order to run; not null, no null elements
   * @return the settings; not null
   */
  public ReportOptions withRules(List<PlanRule> rules) {
    return new ReportOptions(classifier, ragPolicy, List.copyOf(rules));
  }

  /**
   * Returns a copy with one more rule, run after the others.
   *
   * @param rule the rule; not null
   * @return the settings; not null
   */
  public ReportOptions withRule(PlanRule rule) {
    Objects.requireNonNull(rule, "rule");
    List<PlanRule> list = new ArrayList<>(rules);
    list.add(rule);
    return new ReportOptions(classifier, ragPolicy, List.copyOf(list));
  }

  /**
   * Gets how milestones are judged.
   *
   * @return the classifier; not null
   */
  public MilestoneClassifier classifier() {
    return classifier;
  }

  /**
   * Gets how RAG ratings are derived.
   *
   * @return the policy; not null
   */
  public RagPolicy ragPolicy() {
    return ragPolicy;
  }

  /**
   * Gets the plan rules.
   *
   * @return the rules; not null, unmodifiable
   */
  public List<PlanRule> rules() {
    return rules;
  }
}
