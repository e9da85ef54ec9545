package org.improvementframework.io.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.TargetContext;

/**
 * Reads an improvement plan from the rows of a table (a CSV or TSV file, a workbook sheet) laid
 * out in any of the {@link #knownLayouts() known layouts} or in a user's own {@link Layout}.
 *
 * <p>Without a layout in the options, every known layout is scored on the first rows and the best
 * is used; a warning says which and why. When none fits, a {@link PlanFormatException} names the
 * layouts looked for and the nearest match. A table that yields a plan without a single milestone
 * although rows hold dates is refused too, since that plan would silently say nothing.
 *
 * <p>This class is a stateless utility and thread-safe.
 */
public final class PlanTables {

  private static final List<String> KNOWN =
      List.of("tracker", "action-rows", "milestone-rows", "date-headings");
  private static final List<Layout> LAYOUTS = load();
  private static final Pattern DATED =
      Pattern.compile(
          "(?i)\\b\\d{1,2}[/.-]\\d{1,2}[/.-]"
              + "\\d{2,4}\\b"
              + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?[\\s'-]*"
              + "(?:19|20)?\\d{2}\\b");

  private PlanTables() {}

  /**
   * Gets the layouts that ship with the library, in the order detection tries them.
   *
   * @return the layouts; not null, unmodifiable
   */
  public static List<Layout> knownLayouts() {
    return LAYOUTS;
  }

  /**
   * Finds a known layout by its name.
   *
   * @param name the name, such as {@code action-rows}; not null
   * @return the layout, empty if none has that name; not null
   */
  public static Optional<Layout> knownLayout(String name) {
    Objects.requireNonNull(name, "name");
    return LAYOUTS.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * Reads a plan from the rows of a table, which this method closes.
   *
   * @param rows the rows; not null
   * @param options the layout, reporting date, source name and limits; not null
   * @return the plan and every warning, in the order found; not null
   * @throws PlanFormatException if no layout fits, the reporting date cannot be told, or the
   *     table has dated rows but gives no milestone
   * @throws InputLimitException if the table passes a limit
   * @throws UncheckedIOException if the rows cannot be read
   */
  public static ReadResult<ImprovementPlan> read(TableReader rows, LayoutOptions options) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(options, "options");
    List<TableRow> all = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    try (rows) {
      for (Optional<TableRow> r = rows.next(); r.isPresent(); r = rows.next()) {
        if (all.size() >= options.limits().maxRows()) {
          throw new InputLimitException(
              "the number of rows", options.limits().maxRows(), r.get().location(), null);
        }
        all.add(r.get());
      }
      warnings.addAll(rows.warnings());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the table: " + e.getMessage(), e);
    }
    String source = options.source().orElse(all.isEmpty() ? null : all.get(0).source());
    if (all.stream().allMatch(TableRow::isBlank)) {
      throw PlanFormatException.builder("the table is empty")
          .at(InputLocation.ofSource(source))
          .expected("a plan: a title row, a header row and rows of actions or milestones")
          .build();
    }
    Layout layout =
        options.layout().isPresent()
            ? options.layout().get()
            : LayoutDetector.choose(LAYOUTS, all, source, warnings).layout();
    ImprovementPlan plan =
        switch (layout.kind()) {
          case TRACKER -> tracker(all, options, source, warnings);
          case TABLE -> table(layout, all, options, source, warnings);
        };
    requireMilestones(plan, all, source);
    return ReadResult.of(plan, warnings);
  }

  /**
   * Reads a plan from a CSV or TSV text, which this method does not close: the bytes are decoded
   * (a byte order mark, else UTF-8, else Windows-1252 with a warning), split by
   * {@link CsvTables} (the delimiter detected) and read as by {@link #read(TableReader,
   * LayoutOptions)}.
   *
   * @param in the bytes; not null
   * @param options the layout, reporting date, source name and limits; not null
   * @return the plan and every warning, in the order found; not null
   * @throws PlanFormatException if the text is not a table or not a plan in a layout
   * @throws InputLimitException if the input passes a limit
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<ImprovementPlan> read(InputStream in, LayoutOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    String source = options.source().orElse(null);
    long max = options.limits().maxInputBytes();
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + (source == null ? "the input" : source) + ": " + e.getMessage(), e);
    }
    if (bytes.length > max) {
      throw new InputLimitException(
          "the input size (more than " + max + " bytes)",
          max,
          InputLocation.ofSource(source),
          null);
    }
    List<ReadWarning> warnings = new ArrayList<>();
    String text = CsvTables.decode(bytes, null, source, warnings);
    List<TableRow> rows;
    if (options.layout().isEmpty() && FlattenedRows.isFlattened(text)) {
      rows = FlattenedRows.rows(text, source, warnings);
    } else {
      CsvTables.Table table =
          CsvTables.read(text, source, CsvOptions.defaults().withLimits(options.limits()));
      warnings.addAll(table.warnings());
      rows = table.rows();
    }
    ReadResult<ImprovementPlan> r = read(TableReader.of(rows), options);
    warnings.addAll(r.warnings());
    return ReadResult.of(r.value(), warnings);
  }

  private static ImprovementPlan tracker(
      List<TableRow> rows, LayoutOptions options, String source, List<ReadWarning> warnings) {
    TrackerOptions.Builder b =
        TrackerOptions.builder()
            .maxRows((int) Math.min(Integer.MAX_VALUE, options.limits().maxRows()))
            .maxCellChars(options.limits().maxCellChars());
    options.reportingDate().ifPresent(b::asAt);
    if (source != null) {
      b.source(source);
    }
    ReadResult<ImprovementPlan> r = TrackerImporter.read(rows, b.build());
    warnings.addAll(r.warnings());
    return r.value();
  }

  private static ImprovementPlan table(
      Layout layout,
      List<TableRow> rows,
      LayoutOptions options,
      String source,
      List<ReadWarning> warnings) {
    LayoutDetector.Fit fit = LayoutDetector.fit(layout, rows);
    if (fit.header() == null || fit.header().size() == 0) {
      throw PlanFormatException.builder(
              "no header row names the columns of layout " + layout.name())
          .at(InputLocation.ofSource(source))
          .expected(
              "a row, among the first "
                  + LayoutDetector.HEADER_ROWS
                  + ", naming columns "
                  + "such as "
                  + layout.columns().values())
          .build();
    }
    int first = fit.header().row() == null ? 0 : rows.indexOf(fit.header().row()) + 1;
    PlanHead head =
        PlanHead.read(rows.subList(0, Math.max(0, first - 1)), options, source, warnings);
    TableLayoutReader reader =
        new TableLayoutReader(
            layout, fit.header(), TargetContext.ofReportingDate(head.asAt()), source, warnings);
    List<Area> areas = reader.read(rows.subList(first, rows.size()));
    if (areas.isEmpty()) {
      throw PlanFormatException.builder("no action or milestone below the header row")
          .at(
              fit.header().row() == null
                  ? InputLocation.ofSource(source)
                  : fit.header().row().location())
          .expected("rows of actions or milestones under the header row")
          .build();
    }
    return ImprovementPlan.builder()
        .title(head.title())
        .asAt(head.asAt())
        .addAllNotes(head.notes())
        .addAllAreas(areas)
        .build();
  }

  /** A plan without milestones from rows holding dates has lost them: refuse it. */
  private static void requireMilestones(ImprovementPlan plan, List<TableRow> rows, String source) {
    for (Area a : plan.areas()) {
      for (Action action : a.actions()) {
        if (!action.milestones().isEmpty()) {
          return;
        }
      }
    }
    for (TableRow r : rows) {
      for (int i = 0; i < r.cells().size(); i++) {
        if (DATED.matcher(r.cell(i)).find() && r.number() > 1) {
          throw PlanFormatException.builder(
                  "the plan read has no milestone, but the table has " + "dated rows")
              .at(r.location(i + 1))
              .expected(
                  "milestones with target dates: choose the layout that fits (--layout NAME|FILE)"
                      + " or describe the table in a layout file")
              .build();
        }
      }
    }
  }

  private static List<Layout> load() {
    List<Layout> layouts = new ArrayList<>();
    for (String name : KNOWN) {
      String resource = name + ".layout.json";
      try (InputStream in = PlanTables.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("layout resource missing from the jar: " + resource);
        }
        layouts.add(Layout.fromJson(in, resource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(layouts);
  }
}
