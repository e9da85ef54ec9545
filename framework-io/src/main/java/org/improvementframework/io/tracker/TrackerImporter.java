package org.improvementframework.io.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.ImprovementPlan;

/**
 * Reads a council's improvement tracker, exported from its spreadsheet as CSV or tab-separated
 * text, into a plan and the list of everything the importer had to repair or guess.
 *
 * <p>The layout: a title row (the reporting month in it, such as "... - March 2015"), then for
 * each area a row {@code AREA FOR IMPROVEMENT n: title ... lead}, a header row naming the columns
 * (OBJECTIVE, OUTCOMES, Action description, PROGRESS MILESTONES, TARGET DATE, Status of
 * milestone, RAG, Resolution for overdue milestones, Measured By), and one row per action whose
 * milestones, target dates and statuses are numbered lists that line up by number.
 *
 * <p>The importer copes with damaged exports and says what it did in a {@link ReadWarning} for
 * each repair, naming the row, the column, the text and the action taken: headers are found by
 * name in any order, case or spacing and with Greek or Cyrillic look-alike letters; a missing
 * label is taken from the usual column order; a row whose cells shifted left because one went
 * missing is put back by what its cells hold (dates, statuses, a RAG letter); lists numbered
 * {@code 1.}, {@code 1)}, {@code I.}, {@code i)} or not at all are split and lined up, and an
 * item without a partner is kept as a note; the letter {@code I} in numbers and dates is read as
 * 1; area numbers that were lost are inferred from the order; objectives, outcomes and measures
 * spread over the action rows are joined back. No text of the input is dropped: what fits no
 * field is kept as a note on the action, the area or the plan.
 *
 * <p>Input that cannot be read at all raises a {@link PlanFormatException} naming where: an
 * empty input, a file with no area, a binary file, bytes that do not decode in a fixed character
 * set, an unterminated quote in CSV, text copied out of a PDF with one table cell per line
 * (which {@code PlanTables.read} of {@code io.layout} rebuilds), and an
 * {@link InputLimitException} for input beyond the limits of {@link TrackerOptions} (checked
 * before reading when the size is known).
 *
 * <p>This class is a stateless utility and thread-safe.
 */
public final class TrackerImporter {

  private TrackerImporter() {}

  /**
   * Reads a tracker file.
   *
   * @param path the file; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws PlanFormatException if the file cannot be read as a tracker
   * @throws InputLimitException if the file is larger than the options allow
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult<ImprovementPlan> read(Path path, TrackerOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    String source = options.source().orElse(path.toString());
    Table table;
    try {
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        throw new InputLimitException(
            "the file size (" + size + " bytes)",
            options.maxBytes(),
            InputLocation.ofSource(source),
            null);
      }
      try (InputStream in = Files.newInputStream(path)) {
        table = rowsOfBytes(TrackerTable.readBytes(in, options, source), options, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read tracker file " + source + ": " + e.getMessage(), e);
    }
    return build(table, options, source);
  }

  /**
   * Reads a tracker from a stream of bytes, which this method does not close.
   *
   * @param in the bytes; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws PlanFormatException if the bytes cannot be read as a tracker
   * @throws InputLimitException if there are more bytes than the options allow
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<ImprovementPlan> read(InputStream in, TrackerOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    String source = options.source().orElse(null);
    return build(
        rowsOfBytes(TrackerTable.readBytes(in, options, source), options, source), options, source);
  }

  /**
   * Reads a tracker from characters, which this method does not close.
   *
   * @param in the characters; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws PlanFormatException if the text cannot be read as a tracker
   * @throws InputLimitException if there are more characters than the options allow
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult<ImprovementPlan> read(Reader in, TrackerOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    String source = options.source().orElse(null);
    String text = TrackerTable.readChars(in, options, source);
    return build(rowsOfText(text, options, source, new ArrayList<>()), options, source);
  }

  /**
   * Reads a tracker from its text.
   *
   * @param text the text; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws PlanFormatException if the text cannot be read as a tracker
   * @throws InputLimitException if the text is longer than the options allow
   */
  public static ReadResult<ImprovementPlan> read(String text, TrackerOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    String source = options.source().orElse(null);
    if (text.length() > options.maxBytes()) {
      throw new InputLimitException(
          "the input size (" + text.length() + " characters)",
          options.maxBytes(),
          InputLocation.ofSource(source),
          null);
    }
    return build(rowsOfText(text, options, source, new ArrayList<>()), options, source);
  }

  /**
   * Reads a tracker from rows already split into cells, such as the rows of a workbook sheet or
   * of {@link org.improvementframework.io.table.CsvTables}; the entry point of the tracker layout
   * of {@link org.improvementframework.io.layout.PlanTables}.
   *
   * @param rows the rows, in order; not null
   * @param options the options (the delimiter, character set and byte limit are not used); not
   *     null
   * @return the plan and the warnings; not null
   * @throws PlanFormatException if the rows cannot be read as a tracker
   * @throws InputLimitException if there are more rows than the options allow
   */
  public static ReadResult<ImprovementPlan> read(List<TableRow> rows, TrackerOptions options) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(options, "options");
    String source = options.source().orElse(rows.isEmpty() ? null : rows.get(0).source());
    if (rows.size() > options.maxRows()) {
      throw new InputLimitException(
          "the number of rows", options.maxRows(), InputLocation.ofSource(source), null);
    }
    List<TrackerTable.Row> converted = new ArrayList<>(rows.size());
    for (TableRow r : rows) {
      converted.add(new TrackerTable.Row((int) Math.min(Integer.MAX_VALUE, r.number()), r.cells()));
    }
    return build(new Table(converted, new ArrayList<>()), options, source);
  }

  // The bytes and the text are let go once they are rows: only the rows are held while the
  // plan is built (see docs/performance.md, section 10).
  private static Table rowsOfBytes(byte[] bytes, TrackerOptions options, String source) {
    List<ReadWarning> warnings = new ArrayList<>();
    String text = TrackerTable.decode(bytes, options, source, warnings);
    return rowsOfText(text, options, source, warnings);
  }

  private static Table rowsOfText(
      String text, TrackerOptions options, String source, List<ReadWarning> warnings) {
    List<TrackerTable.Row> rows = TrackerTable.rows(text, options, source, warnings);
    TrackerTable.refuseOneCellPerLine(text, rows, source);
    return new Table(rows, warnings);
  }

  /** The rows of the input and the warnings of reading them, before the plan is built. */
  private record Table(List<TrackerTable.Row> rows, List<ReadWarning> warnings) {}

  private static ReadResult<ImprovementPlan> build(
      Table table, TrackerOptions options, String source) {
    List<TrackerTable.Row> rows = table.rows();
    List<ReadWarning> warnings = table.warnings();
    TrackerReader reader = new TrackerReader(options, source, warnings);
    ImprovementPlan plan;
    try {
      plan = reader.read(rows);
    } catch (PlanFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // A broken invariant here is an importer bug; say so with the input named.
      throw PlanFormatException.builder("the importer could not build a valid plan")
          .at(InputLocation.ofSource(source))
          .text(String.valueOf(e.getMessage()))
          .expected("input the importer can read; please report this with the file")
          .cause(e)
          .build();
    }
    // Warnings in row order, whatever pass found them.
    List<ReadWarning> sorted = new ArrayList<>(warnings);
    sorted.sort(Comparator.comparingLong(w -> w.row().orElse(0L)));
    return ReadResult.of(plan, sorted);
  }
}
