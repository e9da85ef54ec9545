/** The metrics package of the Improvement Framework. */
package org.improvementframework.metrics;
