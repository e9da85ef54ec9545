/** The testing package of the Improvement Framework. */
package org.improvementframework.testing;
