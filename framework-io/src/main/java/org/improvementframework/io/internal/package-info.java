/**
 * What the packages of framework-io share in their making but not in their API: the style of the
 * value types Immutables generates and the range checks of their factories. The module does not
 * export this package.
 */
package org.improvementframework.io.internal;
