/**
 * The history of a plan: one record per reporting date (the plan's canonical JSON and its SHA-256
 * hash), kept by a {@link org.improvementframework.history.HistoryStore}. {@link
 * org.improvementframework.history.PlanHistory} records, loads and compares; a {@link
 * org.improvementframework.history.Trend} is what a board reads across the months: progress, RAG
 * counts and findings by plan, area and lead, and each milestone's deadline moves.
 */
package org.improvementframework.history;
