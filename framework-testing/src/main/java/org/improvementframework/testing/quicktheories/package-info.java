/**
 * The adapter from this library's engine-neutral generators to QuickTheories {@code Gen}s, so
 * that failing plans shrink. Needs QuickTheories 0.26 on the class path.
 */
package org.improvementframework.testing.quicktheories;
