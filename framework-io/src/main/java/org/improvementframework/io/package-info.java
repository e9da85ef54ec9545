/**
 * Reading and writing improvement plans in the files councils have: the canonical JSON format
 * ({@link org.improvementframework.io.json.PlanJson}, with a Jackson 2
 * {@link org.improvementframework.io.json.ImprovementFrameworkModule}), the milestone CSV
 * ({@link org.improvementframework.io.csv.PlanCsv}), council tracker exports
 * ({@link org.improvementframework.io.tracker.TrackerImporter}) and published statistics
 * ({@link org.improvementframework.io.statistics.PublishedStatistics}).
 *
 * <p>This root package also holds what every reader shares: where a problem is
 * ({@link org.improvementframework.io.InputLocation}: file, sheet, row, column or JSON path), the
 * located error ({@link org.improvementframework.io.PlanFormatException}), the warnings returned
 * with a value ({@link org.improvementframework.io.ReadResult},
 * {@link org.improvementframework.io.ReadWarning}), the bounds on input
 * ({@link org.improvementframework.io.InputLimits}) and whole-file writes
 * ({@link org.improvementframework.io.AtomicFiles}). A reader that can go on returns every
 * problem of a file as a warning; one that cannot throws, naming where and what was expected.
 */
package org.improvementframework.io;
