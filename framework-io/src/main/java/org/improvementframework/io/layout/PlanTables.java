package org.improvementframework.io.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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

  /**
   * How many rows are read ahead to choose the layout: the header is looked for in the first 40
   * non-blank rows, and date headings in the 400 rows below it.
   */
  static final int LOOKAHEAD_ROWS = 1000;

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
   * <p>The rows stream: the first {@value #LOOKAHEAD_ROWS} are held to find the layout and its
   * header row, and after them only the plan being built is held, so that the memory a read
   * needs grows with the plan, not with the table. The {@code tracker} layout is the exception:
   * its reader takes the whole table.
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
    try (rows) {
      RowStream stream = new RowStream(rows, options.limits().maxRows());
      List<TableRow> head = stream.lookahead(LOOKAHEAD_ROWS);
      List<ReadWarning> warnings = new ArrayList<>();
      String source = options.source().orElse(head.isEmpty() ? null : head.get(0).source());
      if (head.stream().allMatch(TableRow::isBlank) && stream.ended()) {
        throw PlanFormatException.builder("the table is empty")
            .at(InputLocation.ofSource(source))
            .expected("a plan: a title row, a header row and rows of actions or milestones")
            .build();
      }
      LayoutDetector.Fit chosen =
          options.layout().isPresent()
              ? null
              : LayoutDetector.choose(LAYOUTS, head, source, warnings);
      Layout layout = chosen == null ? options.layout().get() : chosen.layout();
      ImprovementPlan plan =
          switch (layout.kind()) {
            case TRACKER -> tracker(stream.rest(head), options, source, warnings);
            case TABLE -> table(layout, chosen, head, stream, options, source, warnings);
          };
      if (stream.firstDated() != null && !hasMilestones(plan)) {
        throw PlanFormatException.builder(
                "the plan read has no milestone, but the table has dated rows")
            .at(stream.firstDated())
            .expected(
                "milestones with target dates: choose the layout that fits (--layout NAME|FILE)"
                    + " or describe the table in a layout file")
            .build();
      }
      List<ReadWarning> all = new ArrayList<>(rows.warnings());
      all.addAll(warnings);
      return ReadResult.of(plan, all);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the table: " + e.getMessage(), e);
    }
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
    // The text is read as a stream from the bytes, never held whole, and a table layout's rows
    // go to the layout reader as they are parsed: only the tracker layout holds them all.
    Supplier<Reader> text = CsvTables.decoding(bytes, null, source, warnings);
    ReadResult<ImprovementPlan> r;
    if (options.layout().isEmpty() && FlattenedRows.isFlattened(text.get())) {
      // Flattened text comes from a PDF of a few pages; its reader works on the whole text.
      String whole = CsvTables.decode(bytes, null, source, new ArrayList<>());
      r = read(TableReader.of(FlattenedRows.rows(whole, source, warnings)), options);
    } else {
      r =
          CsvTables.read(
              text,
              source,
              CsvOptions.defaults().withLimits(options.limits()),
              warnings,
              rows -> read(rows, options));
    }
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

  /** Reads a table layout; {@code chosen} is detection's fit of it, null if it was given. */
  private static ImprovementPlan table(
      Layout layout,
      LayoutDetector.Fit chosen,
      List<TableRow> head,
      RowStream stream,
      LayoutOptions options,
      String source,
      List<ReadWarning> warnings)
      throws IOException {
    LayoutDetector.Fit fit = chosen != null ? chosen : LayoutDetector.fit(layout, head);
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
    int first = fit.header().row() == null ? 0 : head.indexOf(fit.header().row()) + 1;
    PlanHead top =
        PlanHead.read(head.subList(0, Math.max(0, first - 1)), options, source, warnings);
    TableLayoutReader reader =
        new TableLayoutReader(
            layout, fit.header(), TargetContext.ofReportingDate(top.asAt()), source, warnings);
    head.subList(first, head.size()).forEach(reader::accept);
    for (Optional<TableRow> r = stream.next(); r.isPresent(); r = stream.next()) {
      reader.accept(r.get());
    }
    List<Area> areas = reader.finish();
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
        .title(top.title())
        .asAt(top.asAt())
        .addAllNotes(top.notes())
        .addAllNotes(reader.planNotes())
        .addAllAreas(areas)
        .build();
  }

  private static boolean hasMilestones(ImprovementPlan plan) {
    return plan.areas().stream()
        .flatMap(a -> a.actions().stream())
        .anyMatch(a -> !a.milestones().isEmpty());
  }

  /**
   * The rows of a table as they are read: counted against the row limit, and the first cell that
   * holds a date remembered, so that a plan without milestones from dated rows is refused without
   * keeping the rows.
   */
  private static final class RowStream {
    private final TableReader rows;
    private final long maxRows;
    private long count;
    private boolean ended;
    private InputLocation firstDated;

    RowStream(TableReader rows, long maxRows) {
      this.rows = rows;
      this.maxRows = maxRows;
    }

    Optional<TableRow> next() throws IOException {
      if (ended) {
        return Optional.empty();
      }
      Optional<TableRow> r = rows.next();
      if (r.isEmpty()) {
        ended = true;
        return r;
      }
      if (++count > maxRows) {
        throw new InputLimitException("the number of rows", maxRows, r.get().location(), null);
      }
      if (firstDated == null && r.get().number() > 1) {
        for (int i = 0; i < r.get().cells().size(); i++) {
          if (DATED.matcher(r.get().cell(i)).find()) {
            firstDated = r.get().location(i + 1);
            break;
          }
        }
      }
      return r;
    }

    /** Reads up to that many rows ahead. */
    List<TableRow> lookahead(int max) throws IOException {
      List<TableRow> head = new ArrayList<>();
      for (Optional<TableRow> r = next(); r.isPresent(); r = next()) {
        head.add(r.get());
        if (head.size() >= max) {
          break;
        }
      }
      return head;
    }

    /** The rows read ahead and every row after them. */
    List<TableRow> rest(List<TableRow> head) throws IOException {
      List<TableRow> all = new ArrayList<>(head);
      for (Optional<TableRow> r = next(); r.isPresent(); r = next()) {
        all.add(r.get());
      }
      return all;
    }

    boolean ended() {
      return ended;
    }

    InputLocation firstDated() {
      return firstDated;
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
