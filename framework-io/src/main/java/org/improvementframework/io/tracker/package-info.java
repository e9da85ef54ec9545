/**
 * The council tracker importer: the improvement tracker a council keeps in a spreadsheet,
 * exported as CSV or tab-separated text (or handed over as rows of a workbook sheet), read into a
 * plan with a warning for every repair. {@link org.improvementframework.io.tracker.TrackerImporter}
 * is the entry point and {@link org.improvementframework.io.tracker.TrackerOptions} its settings;
 * the classes behind them find header rows, line up numbered lists of milestones, target dates
 * and statuses, and put back cells that slid into the wrong column.
 */
package org.improvementframework.io.tracker;
