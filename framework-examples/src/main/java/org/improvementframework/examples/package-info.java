/** The examples package of the Improvement Framework. */
package org.improvementframework.examples;
