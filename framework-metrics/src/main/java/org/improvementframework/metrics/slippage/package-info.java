/**
 * Slippage between two reports of the same plan, such as last month's and this month's:
 * deadlines moved, statuses gone backwards, RAG ratings worsened or improved, items added or
 * removed, text changed; and over a
 * {@link org.improvementframework.metrics.slippage.SlippageHistory history} of reports, the
 * series.
 */
package org.improvementframework.metrics.slippage;
