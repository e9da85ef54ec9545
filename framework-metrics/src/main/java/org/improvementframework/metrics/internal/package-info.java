/**
 * Pieces shared by framework-metrics' packages; not exported by the module, and no part of the
 * API.
 */
package org.improvementframework.metrics.internal;
