package org.improvementframework.io.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableRow;

/** The sample files of this package's tests, copied from DfE open data (see the README). */
final class Samples {

  static final String SFR34 = "sfr34-cla-2015-sample.csv";
  static final String SFR34_MAPPING = "sfr34-cla-2015.mapping.json";
  static final String HEALTH = "cla-health-assessment-sample.csv";
  static final String HEALTH_MAPPING = "cla-health-assessment.mapping.json";
  static final String EES =
      "/org/improvementframework/io/ees-care-leavers-activity-2022-sample.csv";

  private Samples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static StatisticsMapping mapping(String name) {
    return StatisticsMappingJson.read(text(name), name);
  }

  static List<TableRow> rows(String csv, String source) {
    return CsvTables.read(csv, source, CsvOptions.defaults().withDelimiter(',')).rows();
  }
}
