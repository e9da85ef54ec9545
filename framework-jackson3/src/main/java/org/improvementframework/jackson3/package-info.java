/**
 * Jackson 3 support: {@link org.improvementframework.jackson3.ImprovementFrameworkModule} lets a
 * {@code tools.jackson} {@code JsonMapper} (Spring Boot 4's) read and write the model types in the
 * shapes of the canonical JSON format, and {@link org.improvementframework.jackson3.CanonicalJson}
 * reads and writes whole canonical documents. The bytes equal those of framework-io's
 * {@code PlanJson}, which uses Jackson 2, so the two majors can share stored plans.
 */
package org.improvementframework.jackson3;
