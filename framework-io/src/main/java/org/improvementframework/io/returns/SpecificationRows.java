package org.improvementframework.io.returns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of a small CSV resource that transcribes part of a return's specification (code lists,
 * column lists), shipped in the framework-io jar: lines starting with {@code #} and blank lines
 * are comments, the first other line is the header, each later line a row of fields split at
 * commas (the resources hold no quoted field). Read once, when the class that needs them loads.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpecificationRows {

  /**
   * One row: its fields and its line in the resource, 1 for the first line.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param line the line number, from 1
   * @param fields the fields; not null
   */
  public record Row(int line, List<String> fields) {

    /**
     * Creates a row, copying its fields.
     *
     * @param line the line number
     * @param fields the fields; not null
     * @throws NullPointerException if the fields or a field is null
     */
    public Row {
      fields = List.copyOf(fields);
    }
  }

  private SpecificationRows() {}

  /**
   * Reads the lines of a resource beside a class.
   *
   * @param anchor the class the resource is beside; not null
   * @param resource the resource's name; not null
   * @return the lines; not null
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static List<String> lines(Class<?> anchor, String resource) {
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = Objects.requireNonNull(anchor, "anchor").getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the framework-io jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Gets the rows of the lines of such a resource: neither the comments nor the header.
   *
   * @param lines the lines; not null
   * @return the rows, in order; not null
   */
  public static List<Row> rows(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      rows.add(new Row(i + 1, List.of(line.split(",", -1))));
    }
    return rows;
  }
}
