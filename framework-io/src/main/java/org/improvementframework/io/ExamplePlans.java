package org.improvementframework.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;

/**
 * The plans that ship with the library, for examples, demonstrations and tests.
 *
 * <p>The 2015 plan is the Children's Services Improvement Monitoring Framework of March 2015
 * that this project began from, transcribed by hand from the text of its PDF table into the
 * canonical JSON format, with every repaired title, date or letter recorded in a note beside it.
 *
 * <pre>{@code
 * ImprovementPlan plan = ExamplePlans.plymouth2015();
 * plan.areas().size();   // 17
 * }</pre>
 *
 * <p>The resources live in this module, so this class is the way to reach them from code in
 * another named module.
 */
public final class ExamplePlans {

  /** The class-path resource of the curated 2015 plan, in the canonical JSON format. */
  public static final String PLYMOUTH_2015_RESOURCE =
      "/org/improvementframework/io/plans/plymouth-2015.json";

  private ExamplePlans() {}

  /**
   * Reads the curated 2015 plan.
   *
   * @return the plan, with 17 areas, 48 actions and 110 milestones; not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static ImprovementPlan plymouth2015() {
    try (InputStream in = openPlymouth2015()) {
      return PlanJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PLYMOUTH_2015_RESOURCE, e);
    }
  }

  /**
   * Opens the curated 2015 plan's canonical JSON; the caller closes the stream.
   *
   * @return the stream of UTF-8 JSON; not null
   * @throws UncheckedIOException if the resource is missing from the jar
   */
  public static InputStream openPlymouth2015() {
    InputStream in = ExamplePlans.class.getResourceAsStream(PLYMOUTH_2015_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("resource " + PLYMOUTH_2015_RESOURCE + " is missing from framework-io"));
    }
    return in;
  }
}
