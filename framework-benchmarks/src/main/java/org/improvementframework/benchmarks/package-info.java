/** JMH benchmarks of the Improvement Framework; not published. */
package org.improvementframework.benchmarks;
