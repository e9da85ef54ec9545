/**
 * Tables of text cells, whatever file they came from: a CSV or TSV export, a sheet of a workbook,
 * text extracted from a PDF. A {@link org.improvementframework.io.table.TableReader} hands out
 * {@link org.improvementframework.io.table.TableRow rows} one at a time, each knowing where it
 * stands in its input (file, sheet, row as the user sees it), so that every reader above it can
 * say where a problem is without knowing what kind of file it read.
 */
package org.improvementframework.io.table;
