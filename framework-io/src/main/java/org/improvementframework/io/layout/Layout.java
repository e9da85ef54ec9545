package org.improvementframework.io.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.InputLimits;

/**
 * A description of how a council lays out its plan in a table: which column holds which part of
 * the plan, whether each row is an action or a milestone, and where the areas are.
 *
 * <p>A layout is declarative: columns are named by their header text and its synonyms (matched
 * ignoring case, spacing and punctuation) or by their position. Areas come from section-heading
 * rows ({@code Area 2: Quality of practice}), from a column, or from the first number of each
 * reference ({@code 2.1}). Rows with a date alone ({@code By September 2015}) give the target of
 * the rows below them. The one exception is the {@link Kind#TRACKER tracker} layout of the
 * original 2015 tracker, whose milestones are numbered lists inside cells and which its own
 * reader understands.
 *
 * <p>Layouts ship with the library ({@link PlanTables#knownLayouts()}); users write their own as a
 * small JSON file read with {@link #fromJson(Path)} (see docs/io-tracker.md).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Layout {

  /** Which reader a layout needs. */
  public enum Kind {
    /** The 2015 tracker: numbered lists of milestones, targets and statuses inside cells. */
    TRACKER,
    /** A plain table described by its columns. */
    TABLE
  }

  /** What one data row of the table holds. */
  public enum RowKind {
    /** One action per row, read as an action with one milestone. */
    ACTION,
    /** One milestone per row; a row whose action cell is empty continues the action above. */
    MILESTONE
  }

  /** Where the areas of the plan come from. */
  public enum AreaSource {
    /** Rows with one cell of text, such as {@code Area 2: Quality of practice}. */
    HEADING,
    /** The {@link Field#AREA} column; a new area starts where its text changes. */
    COLUMN,
    /** The first number of each row's reference: {@code 2.1} is in area 2. */
    REFERENCE
  }

  /** The parts of a plan a column can hold. */
  public enum Field {
    /** The area's title (with {@link AreaSource#COLUMN}). */
    AREA,
    /** The action's description. */
    ACTION,
    /** The milestone's description. */
    MILESTONE,
    /** The reference of the row: {@code 1}, {@code 1.1}, {@code 1.1.1}, {@code P1.3}. */
    REFERENCE,
    /** A description, read as the milestone's (or the action's, if there is none). */
    DESCRIPTION,
    /** The lead officer of the row. */
    LEAD,
    /** The target date. */
    TARGET,
    /** The status or progress update. */
    STATUS,
    /** The RAG rating. */
    RAG,
    /** The resolution for an overdue milestone. */
    RESOLUTION,
    /** The area's objectives, one element per item. */
    OBJECTIVES,
    /** The area's outcomes, one element per item. */
    OUTCOMES,
    /** What the area is measured by, one measure per item. */
    MEASURED_BY;

    /**
     * Gets the name used in layout files: lower case with hyphens ({@code measured-by}).
     *
     * @return the name; not null
     */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Where a field's column is: by one of its header names, or by its position.
   *
   * @param names the header texts that name the column, matched ignoring case and punctuation;
   *     not null, may be empty when a position is given
   * @param position the column number counting from 1, or 0 to find it by name
   */
  public record Column(List<String> names, int position) {
    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if there is neither a name nor a position, or the
     *     position is negative
     */
    public Column {
      names = List.copyOf(Objects.requireNonNull(names, "names"));
      if (position < 0 || names.isEmpty() && position == 0) {
        throw new IllegalArgumentException(
            "a column needs a header name or a position of 1 or "
                + "more, not "
                + names
                + " at "
                + position);
      }
    }
  }

  private final String name;
  private final String description;
  private final Kind kind;
  private final RowKind rows;
  private final AreaSource areas;
  private final boolean dateHeadings;
  private final Map<Field, Column> columns;

  /** The header names as detection compares them, worked out once. */
  private final Map<Field, Headers.Names> matchNames;

  Layout(
      String name,
      String description,
      Kind kind,
      RowKind rows,
      AreaSource areas,
      boolean dateHeadings,
      Map<Field, Column> columns) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.rows = Objects.requireNonNull(rows, "rows");
    this.areas = Objects.requireNonNull(areas, "areas");
    this.dateHeadings = dateHeadings;
    EnumMap<Field, Column> copy = new EnumMap<>(Field.class);
    copy.putAll(columns);
    this.columns = copy;
    EnumMap<Field, Headers.Names> names = new EnumMap<>(Field.class);
    copy.forEach((f, c) -> names.put(f, Headers.Names.of(c.names())));
    this.matchNames = names;
  }

  /** The normalised header names of each field named by header, in field order. */
  Map<Field, Headers.Names> matchNames() {
    return matchNames;
  }

  /** The columns by field, without a copy, for the readers of this package. */
  Map<Field, Column> columnMap() {
    return columns;
  }

  /**
   * Reads a layout from a JSON file.
   *
   * @param path the file; not null
   * @return the layout; not null
   * @throws org.improvementframework.io.PlanFormatException if the file is not a layout, naming
   *     the JSON path and what was expected
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Layout fromJson(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return fromJson(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read layout file " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a layout from JSON bytes, which this method does not close.
   *
   * @param in the bytes; not null
   * @param source the file name for messages; may be null
   * @return the layout; not null
   * @throws org.improvementframework.io.PlanFormatException if the bytes are not a layout
   * @throws UncheckedIOException if the stream fails
   */
  public static Layout fromJson(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    return LayoutJson.read(in, source, InputLimits.defaults());
  }

  /**
   * Gets the name, by which {@code --layout NAME} chooses it.
   *
   * @return the name; not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets a one-line description for people.
   *
   * @return the description; not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets which reader the layout needs.
   *
   * @return the kind; not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets what one data row holds.
   *
   * @return the row kind; not null
   */
  public RowKind rows() {
    return rows;
  }

  /**
   * Gets where the areas come from.
   *
   * @return the area source; not null
   */
  public AreaSource areas() {
    return areas;
  }

  /**
   * Tells whether milestones are grouped under date-heading rows, which detection then looks for.
   *
   * @return true if the layout expects date headings
   */
  public boolean dateHeadings() {
    return dateHeadings;
  }

  /**
   * Gets the columns of the fields the layout names.
   *
   * @return the columns by field; not null, unmodifiable
   */
  public Map<Field, Column> columns() {
    return Map.copyOf(columns);
  }

  /**
   * Gets the column of one field.
   *
   * @param field the field; not null
   * @return the column, empty if the layout has none for it; not null
   */
  public Optional<Column> column(Field field) {
    return Optional.ofNullable(columns.get(Objects.requireNonNull(field, "field")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layout l
        && name.equals(l.name)
        && description.equals(l.description)
        && kind == l.kind
        && rows == l.rows
        && areas == l.areas
        && dateHeadings == l.dateHeadings
        && columns.equals(l.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, rows, areas, dateHeadings, columns);
  }

  /**
   * Gives the name and description.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return name + ": " + description;
  }
}
