/**
 * Published statistics in the shapes the Department for Education has released them: the tidy
 * Explore Education Statistics files, the older statistical first release underlying data (one
 * row per area, one column per measure) and tidy files with a period column.
 *
 * <p>{@link org.improvementframework.io.statistics.PublishedStatistics} reads the tidy Explore
 * Education Statistics files into {@link org.improvementframework.io.statistics.PublishedSeries
 * series}. A {@link org.improvementframework.io.statistics.StatisticsMapping mapping} declares
 * which column is the area code, the area name, the period and each measure, and what the file's
 * markers mean; {@link org.improvementframework.io.statistics.PublishedFiles} reads any known
 * shape into series, and refuses other files with a message that names the shapes it knows.
 */
package org.improvementframework.io.statistics;
