/**
 * Excel workbooks read as tables of framework-io. {@link
 * org.improvementframework.excel.Workbooks#open Workbooks.open} gives a {@link
 * org.improvementframework.excel.Workbook} whose sheets are read, one or all, as {@link
 * org.improvementframework.io.table.TableReader}s of {@link
 * org.improvementframework.io.table.TableRow}s, ready for the layouts that turn a council's
 * tracker into a plan. Rows stream; limits and located errors are those of framework-io.
 */
package org.improvementframework.excel;
