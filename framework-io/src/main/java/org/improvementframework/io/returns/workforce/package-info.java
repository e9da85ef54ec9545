/**
 * A streaming reader of the children's social work workforce census XML (CSWW): workers with
 * their FTE, FTE and cases at 30 September, agency flag and role dates, and the local authority's
 * vacancies.
 */
package org.improvementframework.io.returns.workforce;
