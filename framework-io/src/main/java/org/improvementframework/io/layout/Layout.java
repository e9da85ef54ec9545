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
import org.immutables.value.Value;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.internal.ValueStyle;

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
@Value.Immutable
@ValueStyle
public abstract class Layout {

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

  /** For the generated implementation only: layouts come from files and from this package. */
  Layout() {}

  /**
   * Obtains a layout from its parts; for the layout files' reader and the shipped layouts.
   * The columns keep field order, in which detection and the readers visit them.
   */
  static Layout ofParts(
      String name,
      String description,
      Kind kind,
      RowKind rows,
      AreaSource areas,
      boolean dateHeadings,
      Map<Field, Column> columns) {
    EnumMap<Field, Column> inFieldOrder = new EnumMap<>(Field.class);
    inFieldOrder.putAll(columns);
    return ImmutableLayout.of(name, description, kind, rows, areas, dateHeadings, inFieldOrder);
  }

  /** The header names as detection compares them, worked out once, in field order. */
  @Value.Lazy
  Map<Field, Headers.Names> matchNames() {
    EnumMap<Field, Headers.Names> names = new EnumMap<>(Field.class);
    columns().forEach((f, c) -> names.put(f, Headers.Names.of(c.names())));
    return names;
  }

  /** The columns by field, for the readers of this package. */
  Map<Field, Column> columnMap() {
    return columns();
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
  @Value.Parameter
  public abstract String name();

  /**
   * Gets a one-line description for people.
   *
   * @return the description; not null
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Gets which reader the layout needs.
   *
   * @return the kind; not null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Gets what one data row holds.
   *
   * @return the row kind; not null
   */
  @Value.Parameter
  public abstract RowKind rows();

  /**
   * Gets where the areas come from.
   *
   * @return the area source; not null
   */
  @Value.Parameter
  public abstract AreaSource areas();

  /**
   * Tells whether milestones are grouped under date-heading rows, which detection then looks for.
   *
   * @return true if the layout expects date headings
   */
  @Value.Parameter
  public abstract boolean dateHeadings();

  /**
   * Gets the columns of the fields the layout names.
   *
   * @return the columns by field, in field order; not null, unmodifiable
   */
  @Value.Parameter
  public abstract Map<Field, Column> columns();

  /**
   * Gets the column of one field.
   *
   * @param field the field; not null
   * @return the column, empty if the layout has none for it; not null
   */
  public Optional<Column> column(Field field) {
    return Optional.ofNullable(columns().get(Objects.requireNonNull(field, "field")));
  }

  /**
   * Gives the name and description.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return name() + ": " + description();
  }
}
