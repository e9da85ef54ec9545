/**
 * Plan rules: checks of a plan as of a date that report {@link
 * org.improvementframework.metrics.rules.Finding findings} (rule id, severity, reference,
 * message) instead of throwing. {@link org.improvementframework.metrics.rules.PlanRules} holds
 * the built-in rules; users add their own by implementing {@link
 * org.improvementframework.metrics.rules.PlanRule}.
 */
package org.improvementframework.metrics.rules;
