/**
 * Milestone states and progress of an improvement plan as of any date. A milestone is {@link
 * org.improvementframework.metrics.MilestoneState#COMPLETE complete}, overdue, due within a
 * window, not yet due, or undated; {@link org.improvementframework.metrics.StateCounts counts}
 * of states combine associatively, so that progress by action, area, lead and plan can be
 * computed in parts and merged. {@link org.improvementframework.metrics.MonthlyReport} gathers
 * every answer of a monthly report in one pass. Nothing here reads the clock.
 */
package org.improvementframework.metrics;
