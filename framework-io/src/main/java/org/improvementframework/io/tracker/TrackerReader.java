package org.improvementframework.io.tracker;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.tracker.TrackerHeaders.Header;
import org.improvementframework.io.tracker.TrackerTable.Row;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.TargetContext;

/**
 * Turns the rows of a council tracker into a plan and warnings: finds the header rows and the
 * area rows, reads the title and the reporting date, and hands each area's rows to a
 * {@link TrackerAreaReader}.
 */
final class TrackerReader {

  private static final Pattern TITLE_MONTH =
      Pattern.compile("(?i)\\b(" + TrackerText.MONTH + ")[a-z]*\\.?[\\s,-]*((?:19|20)\\d{2})\\b");

  private final TrackerOptions options;
  private final String source;
  private final TrackerWarnings warner;
  private final TrackerVocabulary vocabulary = new TrackerVocabulary();
  private final TrackerHeaders headerReader;
  private final TrackerAlignment alignment;

  TrackerReader(TrackerOptions options, String source, List<ReadWarning> warnings) {
    this.options = options;
    this.source = source;
    this.warner = new TrackerWarnings(source, warnings);
    this.headerReader = new TrackerHeaders(warner);
    this.alignment = new TrackerAlignment(warner);
  }

  /** The rows of the input that are not blank, their headers, and which of them head areas. */
  private record Structure(List<Integer> nonBlank, Header[] headers, boolean[] areaRow) {}

  ImprovementPlan read(List<Row> rows) {
    Structure s = structure(rows);
    List<Integer> nonBlank = s.nonBlank();
    int firstArea = -1;
    for (int i : nonBlank) {
      if (s.areaRow()[i]) {
        firstArea = i;
        break;
      }
    }
    if (firstArea < 0) {
      throw warner.error(
          "no area found",
          rows.get(nonBlank.get(0)).line(),
          "an 'AREA FOR IMPROVEMENT n: title' row, or a row above a header row naming columns "
              + "such as OBJECTIVE, Action description, PROGRESS MILESTONES, TARGET DATE");
    }
    for (int i : nonBlank) {
      if (s.headers()[i] == null) {
        vocabulary.add(rows.get(i), s.areaRow()[i]);
      }
    }
    ImprovementPlan.Builder plan = ImprovementPlan.builder();
    LocalDate asAt = head(rows, s, firstArea, plan);
    TrackerAreaReader.Context context =
        new TrackerAreaReader.Context(
            warner,
            vocabulary,
            alignment,
            new TrackerActionReader(warner, TargetContext.ofReportingDate(asAt)));
    int previousNumber = 0;
    Header header = null;
    for (int k = 0; k < nonBlank.size(); k++) {
      int i = nonBlank.get(k);
      if (!s.areaRow()[i]) {
        continue;
      }
      int end = rows.size();
      for (int j = k + 1; j < nonBlank.size(); j++) {
        if (s.areaRow()[nonBlank.get(j)]) {
          end = nonBlank.get(j);
          break;
        }
      }
      TrackerAreaReader reading =
          new TrackerAreaReader(
              context,
              new TrackerAreaReader.Span(rows, s.headers(), i, end),
              previousNumber,
              header);
      Area area = reading.build();
      header = reading.header();
      previousNumber = area.number();
      plan.addAreas(area);
    }
    return plan.build();
  }

  /** Finds the header rows, and the area rows: a heading, or the row above a header row. */
  private Structure structure(List<Row> rows) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    if (nonBlank.isEmpty()) {
      throw warner.error(
          "the input is empty",
          0,
          "a tracker: a title row, then for each area an "
              + "'AREA FOR IMPROVEMENT n: title' row, a header row and one row per action");
    }
    Header[] headers = new Header[rows.size()];
    for (int i : nonBlank) {
      headers[i] = headerReader.header(rows.get(i));
    }
    boolean[] areaRow = new boolean[rows.size()];
    for (int k = 0; k < nonBlank.size(); k++) {
      int i = nonBlank.get(k);
      if (headers[i] != null) {
        continue;
      }
      boolean beforeHeader = k + 1 < nonBlank.size() && headers[nonBlank.get(k + 1)] != null;
      areaRow[i] = beforeHeader || TrackerHeadings.heading(rows.get(i)) != null;
    }
    titleAboveHeader(rows, nonBlank, areaRow);
    return new Structure(nonBlank, headers, areaRow);
  }

  /**
   * Reads the rows before the first area into the plan's title, reporting date, organisation
   * and notes, and returns the reporting date.
   */
  private LocalDate head(List<Row> rows, Structure s, int firstArea, ImprovementPlan.Builder plan) {
    String title = null;
    int titleRow = 0;
    List<String> planNotes = new ArrayList<>();
    for (int i : s.nonBlank()) {
      if (i >= firstArea) {
        break;
      }
      String text = TrackerText.clean(String.join(" ", rows.get(i).cells()));
      if (s.headers()[i] != null) {
        continue;
      }
      if (title == null) {
        title = text;
        titleRow = rows.get(i).line();
      } else {
        planNotes.add(text);
        warner.warn(
            rows.get(i).line(),
            "#1",
            "text between the title and the first area",
            text,
            "kept as a plan note");
      }
    }
    LocalDate asAt = asAt(title, titleRow);
    plan.asAt(asAt);
    if (options.title().isPresent()) {
      plan.title(options.title().get());
      if (title != null) {
        planNotes.add(0, "title row: " + title);
      }
    } else if (title != null) {
      plan.title(TrackerText.repairLookalikes(title));
    } else {
      String fallback = "Improvement plan" + (source == null ? "" : " (" + source + ")");
      warner.warn(
          0,
          null,
          "no title row before the first area",
          "",
          "titled the plan '" + fallback + "'; set TrackerOptions.title to choose");
      plan.title(fallback);
    }
    options.organisation().ifPresent(plan::organisation);
    plan.addAllNotes(planNotes);
    return asAt;
  }

  /**
   * The first row of the file is the plan's title even when a header row follows it at once,
   * unless it is an area heading or no other row is one: taken as an area, its text was lost.
   */
  private static void titleAboveHeader(List<Row> rows, List<Integer> nonBlank, boolean[] areaRow) {
    int first = nonBlank.get(0);
    if (!areaRow[first] || TrackerHeadings.heading(rows.get(first)) != null) {
      return;
    }
    for (int k = 1; k < nonBlank.size(); k++) {
      if (areaRow[nonBlank.get(k)]) {
        areaRow[first] = false;
        return;
      }
    }
  }

  private LocalDate asAt(String title, int titleRow) {
    if (options.asAt().isPresent()) {
      return options.asAt().get();
    }
    if (title != null) {
      Matcher m = TITLE_MONTH.matcher(title);
      YearMonth found = null;
      while (m.find()) {
        found = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
      }
      if (found != null) {
        LocalDate date = found.atEndOfMonth();
        warner.warn(
            titleRow,
            "#1",
            "no reporting date given",
            title,
            "took the end of the month "
                + "the title names, "
                + date
                + "; set TrackerOptions.asAt to choose");
        return date;
      }
    }
    throw warner.error(
        "cannot tell the plan's reporting date",
        titleRow,
        "a month and year in the title row (such as 'March 2015'), or TrackerOptions.asAt");
  }

  private static Month month(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(t.substring(0, 3))) {
        return m;
      }
    }
    throw new IllegalStateException("not a month: " + text);
  }
}
