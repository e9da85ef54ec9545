package org.improvementframework.io.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.LimitedOutput;
import org.improvementframework.io.Utf16;
import org.improvementframework.io.WriteLimitException;
import org.improvementframework.io.csv.PlanCsv.Column;
import org.improvementframework.io.json.IndicatorJson;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Reference;
import org.improvementframework.model.Target;

/** Writes the milestone CSV: one row per milestone, the area and action columns repeated. */
final class PlanCsvWriter {

  static final Column[] COLUMNS = Column.values();
  static final int AREA_FIRST = Column.AREA.ordinal();
  static final int AREA_LAST = Column.AREA_NOTES.ordinal();
  static final int ACTION_FIRST = Column.ACTION.ordinal();
  static final int ACTION_LAST = Column.ACTION_NOTES.ordinal();
  static final int MILESTONE_FIRST = Column.MILESTONE.ordinal();
  static final int MILESTONE_LAST = Column.STATUS.ordinal();
  static final String LIMITS_OPTION = "PlanCsv.Options.withLimits";
  static final int PLAN_FIRST = Column.PLAN_TITLE.ordinal();

  static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private PlanCsvWriter() {}

  /**
   * Writes the sheet; see {@link PlanCsv#write(ImprovementPlan, Writer, PlanCsv.Options)}. The
   * output counts what it writes against the options' length limit, in the reader's unit.
   */
  static void write(ImprovementPlan plan, LimitedOutput limited, PlanCsv.Options options) {
    Objects.requireNonNull(plan, "plan");
    long rows = rowCount(plan);
    if (rows > options.limits().maxRows()) {
      throw new WriteLimitException(rows + " rows", options.limits().maxRows(), LIMITS_OPTION);
    }
    try {
      if (options.byteOrderMark()) {
        limited.write('\uFEFF');
      }
      CsvSchema schema =
          CsvSchema.emptySchema()
              .withColumnSeparator(options.delimiter())
              .withLineSeparator("\r\n");
      try (CsvGenerator g = options.factory().createGenerator(limited)) {
        g.setSchema(schema);
        String[] row = new String[COLUMNS.length];
        for (Column c : COLUMNS) {
          row[c.ordinal()] = c.heading();
        }
        writeRow(g, row, false, options);
        clear(row, AREA_FIRST, MILESTONE_LAST);
        fillPlan(row, plan);
        if (plan.areas().isEmpty()) {
          writeRow(g, row, true, options);
        }
        for (Area area : plan.areas()) {
          clear(row, AREA_FIRST, MILESTONE_LAST);
          fillArea(row, area);
          if (area.actions().isEmpty()) {
            writeRow(g, row, true, options);
          }
          for (Action action : area.actions()) {
            clear(row, ACTION_FIRST, MILESTONE_LAST);
            fillAction(row, action);
            if (action.milestones().isEmpty()) {
              writeRow(g, row, true, options);
            }
            for (Milestone m : action.milestones()) {
              fillMilestone(row, m);
              writeRow(g, row, true, options);
            }
          }
        }
      }
      limited.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows {@link #write} writes, the header included, counted before writing any. */
  static long rowCount(ImprovementPlan plan) {
    long rows = 1;
    for (Area area : plan.areas()) {
      long areaRows = 0;
      for (Action action : area.actions()) {
        areaRows += Math.max(1, action.milestones().size());
      }
      rows += Math.max(1, areaRows);
    }
    return plan.areas().isEmpty() ? 2 : rows;
  }

  private static void writeRow(CsvGenerator g, String[] row, boolean neutralise, PlanCsv.Options o)
      throws IOException {
    g.writeStartArray();
    for (int i = 0; i < row.length; i++) {
      String cell = neutralise ? neutralise(row[i]) : row[i];
      if (cell.length() > o.limits().maxCellChars()) {
        throw new WriteLimitException(
            "a cell of " + cell.length() + " characters in column '" + COLUMNS[i].heading() + "'",
            o.limits().maxCellChars(),
            LIMITS_OPTION);
      }
      int at = Utf16.loneSurrogate(cell);
      if (at >= 0) {
        throw new IllegalArgumentException(
            "cannot write column '"
                + COLUMNS[i].heading()
                + "': the text has a lone surrogate at character "
                + (at + 1)
                + ", which is not a Unicode character and cannot be written as UTF-8");
      }
      g.writeString(cell);
    }
    g.writeEndArray();
  }

  private static void clear(String[] row, int from, int to) {
    for (int i = from; i <= to; i++) {
      row[i] = "";
    }
  }

  private static void fillPlan(String[] row, ImprovementPlan plan) {
    row[Column.PLAN_TITLE.ordinal()] = plan.title();
    row[Column.ORGANISATION.ordinal()] = plan.organisation().orElse("");
    row[Column.AS_AT.ordinal()] = plan.asAt().toString();
    row[Column.PLAN_PERIOD.ordinal()] = plan.period().map(DateRange::toString).orElse("");
    row[Column.PLAN_NOTES.ordinal()] = joinLines(plan.notes());
  }

  private static void fillArea(String[] row, Area area) throws IOException {
    row[Column.AREA.ordinal()] = Integer.toString(area.number());
    row[Column.AREA_TITLE.ordinal()] = area.title();
    row[Column.LEADS.ordinal()] = joinLines(area.leads());
    row[Column.OBJECTIVES.ordinal()] = joinLines(area.objectives());
    row[Column.OUTCOMES.ordinal()] = joinLines(area.outcomes());
    List<String> texts = new ArrayList<>();
    boolean anyIndicator = false;
    for (Measure m : area.measures()) {
      texts.add(m.text());
      anyIndicator |= m.indicator().isPresent();
    }
    row[Column.MEASURED_BY.ordinal()] = joinLines(texts);
    row[Column.INDICATORS.ordinal()] = anyIndicator ? indicatorsJson(area.measures()) : "";
    row[Column.AREA_NOTES.ordinal()] = joinLines(area.notes());
  }

  private static String indicatorsJson(List<Measure> measures) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartArray();
      for (Measure m : measures) {
        if (m.indicator().isPresent()) {
          IndicatorJson.write(m.indicator().get(), g);
        } else {
          g.writeNull();
        }
      }
      g.writeEndArray();
    }
    return w.toString();
  }

  private static void fillAction(String[] row, Action action) {
    row[Column.ACTION.ordinal()] = action.ref().toString();
    row[Column.ACTION_DESCRIPTION.ordinal()] = action.description();
    row[Column.RAG.ordinal()] = action.reportedRag().map(Rag::name).orElse("");
    row[Column.RESOLUTION.ordinal()] = action.resolution().orElse("");
    List<String> deps = new ArrayList<>();
    for (Reference r : action.dependencies()) {
      deps.add(r.toString());
    }
    row[Column.DEPENDENCIES.ordinal()] = joinLines(deps);
    row[Column.ACTION_NOTES.ordinal()] = joinLines(action.notes());
  }

  private static void fillMilestone(String[] row, Milestone m) {
    row[Column.MILESTONE.ordinal()] = m.ref().toString();
    row[Column.MILESTONE_DESCRIPTION.ordinal()] = m.description();
    Target t = m.target();
    row[Column.TARGET.ordinal()] = t.text();
    row[Column.TARGET_KIND.ordinal()] = t.kind().name();
    List<String> periods = new ArrayList<>();
    for (DateRange r : t.periods()) {
      periods.add(r.toString());
    }
    row[Column.TARGET_PERIODS.ordinal()] = joinLines(periods);
    row[Column.RECURRENCE.ordinal()] = t.recurrence().map(Recurrence::name).orElse("");
    row[Column.PROGRESS.ordinal()] = m.status().progress().name();
    row[Column.STATUS.ordinal()] = m.status().text();
  }

  /** One element per line; the escapes keep an element's own line breaks and backslashes. */
  static String joinLines(List<String> values) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\\') {
          sb.append("\\\\");
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\r') {
          sb.append("\\r");
        } else {
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /** Prefixes an apostrophe to a cell a spreadsheet could take as a formula. */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
      return "'" + cell;
    }
    return cell;
  }

  /** Undoes {@link #neutralise(String)}. */
  static String restore(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' ? cell.substring(1) : cell;
  }
}
