/**
 * The canonical JSON format of a plan ({@code "format": "improvement-plan", "version": 1}): {@link
 * org.improvementframework.io.json.PlanJson} reads and writes whole documents, and {@link
 * org.improvementframework.io.json.ImprovementFrameworkModule} lets an application's own Jackson 2
 * {@code ObjectMapper} read and write the model's types in the same form.
 *
 * <p>Errors name the JSON path, line and column of the value that could not be read.
 */
package org.improvementframework.io.json;
