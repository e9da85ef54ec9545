package org.improvementframework.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the bundled sample published statistics into a folder, for commands to read. */
final class StatisticsSamples {

  static final String HEALTH = "cla-health-assessment-sample.csv";
  static final String HEALTH_MAPPING = "cla-health-assessment.mapping.json";
  static final String SFR34 = "sfr34-cla-2015-sample.csv";
  static final String SFR34_MAPPING = "sfr34-cla-2015.mapping.json";
  static final String EES = "ees-care-leavers-activity-2022-sample.csv";
  static final String NEIGHBOURS = "trafford-statistical-neighbours.txt";

  private StatisticsSamples() {}

  static Path copy(Path dir, String name) {
    try (InputStream in = StatisticsSamples.class.getResourceAsStream("statistics/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + name);
      }
      Path p = dir.resolve(name);
      Files.copy(in, p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
