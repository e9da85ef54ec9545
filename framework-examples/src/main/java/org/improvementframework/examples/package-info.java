/**
 * The command line of the Improvement Framework ({@link org.improvementframework.examples.Main}):
 * the monthly board report of a plan as text, JSON or CSV, validation, conversion between the
 * plan formats, and a self-contained HTML dashboard. A plan is read from canonical JSON, the
 * milestone CSV or a council's tracker export, or is the bundled 2015 plan when no file is given.
 */
package org.improvementframework.examples;
