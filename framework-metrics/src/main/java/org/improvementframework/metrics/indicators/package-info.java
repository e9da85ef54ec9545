/**
 * Indicators: an observation judged against its target with polarity and tolerance, the
 * direction of travel between observations, and disclosure control for figures to be published.
 * A suppressed, not applicable or not available value is never counted as zero: it gives no
 * rating and too little data for a direction.
 */
package org.improvementframework.metrics.indicators;
