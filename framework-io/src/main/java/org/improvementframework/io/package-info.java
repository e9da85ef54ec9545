/** The io package of the Improvement Framework. */
package org.improvementframework.io;
