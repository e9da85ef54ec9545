package org.improvementframework.io.layout;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;

/**
 * The rows above the header row: the plan's title (the first of them), notes (the others, never
 * dropped), and the reporting date, given or taken from the month the title names.
 */
record PlanHead(String title, LocalDate asAt, List<String> notes) {

  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul"
              + "|aug|sep|oct|nov|dec)[a-z]*\\.?[\\s,-]*((?:19|20)\\d{2})\\b");

  static PlanHead read(
      List<TableRow> rows, LayoutOptions options, String source, List<ReadWarning> warnings) {
    String title = null;
    long titleRow = 0;
    List<String> notes = new ArrayList<>();
    for (TableRow r : rows) {
      if (r.isBlank()) {
        continue;
      }
      String text = RowCells.joined(r);
      if (title == null) {
        title = text;
        titleRow = r.number();
      } else {
        notes.add(text);
        warnings.add(
            ReadWarning.of(
                r.location(),
                "text between the title and the header row",
                text,
                "kept it as a plan note"));
      }
    }
    if (title == null) {
      title = "Improvement plan" + (source == null ? "" : " (" + source + ")");
      warnings.add(
          ReadWarning.of(
              InputLocation.ofSource(source),
              "no title row above the " + "header row",
              "",
              "titled the plan '" + title + "'"));
    }
    List<String> texts = new ArrayList<>(notes);
    texts.add(0, title);
    return new PlanHead(title, asAt(texts, titleRow, options, source, warnings), notes);
  }

  /** The last month named in the title, else in the rows below it. */
  private static LocalDate asAt(
      List<String> texts,
      long titleRow,
      LayoutOptions options,
      String source,
      List<ReadWarning> warnings) {
    if (options.reportingDate().isPresent()) {
      return options.reportingDate().get();
    }
    YearMonth found = null;
    String title = texts.get(0);
    for (int i = 0; i < texts.size() && found == null; i++) {
      Matcher m = MONTH_YEAR.matcher(texts.get(i));
      while (m.find()) {
        found = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        title = texts.get(i);
      }
    }
    InputLocation at =
        titleRow > 0
            ? InputLocation.builder().source(source).row(titleRow).build()
            : InputLocation.ofSource(source);
    if (found == null) {
      throw PlanFormatException.builder("cannot tell the plan's reporting date")
          .at(at)
          .expected(
              "a month and year in the title row (such as 'March 2015'), or a reporting "
                  + "date given with LayoutOptions.withReportingDate (--reporting-date on the "
                  + "command line)")
          .build();
    }
    LocalDate date = found.atEndOfMonth();
    warnings.add(
        ReadWarning.of(
            at,
            "no reporting date given",
            title,
            "took the end of the "
                + "month named above the header, "
                + date
                + "; give --reporting-date to choose"));
    return date;
  }

  private static Month month(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(p)) {
        return m;
      }
    }
    throw new IllegalStateException("not a month: " + prefix);
  }
}
