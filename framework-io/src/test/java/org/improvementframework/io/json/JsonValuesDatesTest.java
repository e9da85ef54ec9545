package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The reader's table of recent dates starts small and grows as a plan's dates push each other
 * out: whatever its size, every date reads as written, and a date read twice in a row is the one
 * object kept. Date ranges are read as the numbers of their ends, which agree with the model's
 * parser on every text.
 */
class JsonValuesDatesTest {

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final JsonFactory JSON = new JsonFactory();

  /** Reads a JSON array of dates, each twice in a row, through one {@link JsonValues}. */
  private static List<LocalDate[]> readTwice(List<LocalDate> dates) {
    String json =
        dates.stream()
            .map(d -> "\"" + d + "\", \"" + d + "\"")
            .collect(Collectors.joining(", ", "[", "]"));
    try (JsonParser p = JSON.createParser(json)) {
      JsonCursor c = new JsonCursor(p, "dates.json", JsonCursor.Unknown.ERROR, new ArrayList<>());
      JsonValues v = new JsonValues(c);
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      List<LocalDate[]> read = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        LocalDate first = v.date();
        p.nextToken();
        read.add(new LocalDate[] {first, v.date()});
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void date_anyDatesInAnyOrder_readAsWrittenAndKeptWhenReadAgain() {
    // Up to 6,000 reads of days within 20 years: from a few recurring dates, which never push
    // each other out, to thousands, which grow the table to its largest size and beyond.
    qt().withExamples(60)
        .forAll(
            lists().of(integers().between(0, 7300)).ofSizeBetween(1, 6000),
            integers().between(1, 7300))
        .checkAssert(
            (days, spread) -> {
              List<LocalDate> dates =
                  days.stream().map(d -> FIRST.plusDays(d % spread)).collect(Collectors.toList());
              List<LocalDate[]> read = readTwice(dates);
              assertThat(read).hasSize(dates.size());
              for (int i = 0; i < dates.size(); i++) {
                assertThat(read.get(i)[0]).isEqualTo(dates.get(i));
                assertThat(read.get(i)[1]).isSameAs(read.get(i)[0]);
              }
            });
  }

  @Test
  void range_anyTwoDayTexts_readAsTheModelReadsThemOrRefusedWithItsWords() {
    // Years, months and days a little past their ranges, in either order: read by their numbers
    // exactly when DateRange.parse takes the text, else refused as the model's parser refuses.
    qt().forAll(
            integers().between(0, 9999 * 14 * 33 - 1), integers().between(0, 9999 * 14 * 33 - 1))
        .checkAssert(
            (a, b) -> {
              String text = dayText(a) + "/" + dayText(b);
              DateRange model;
              try {
                model = DateRange.parse(text);
              } catch (DateTimeException | IllegalArgumentException e) {
                model = null;
              }
              try (JsonParser p = JSON.createParser("\"" + text + "\"")) {
                JsonCursor c = new JsonCursor(p, "r.json", JsonCursor.Unknown.ERROR, List.of());
                JsonValues v = new JsonValues(c);
                p.nextToken();
                if (model == null) {
                  assertThatThrownBy(v::range)
                      .isInstanceOf(PlanFormatException.class)
                      .hasMessageStartingWith("cannot read date range");
                } else {
                  v.range();
                  assertThat(v.rangeStart()).as(text).isEqualTo(CanonicalText.key(model.start()));
                  assertThat(v.rangeEnd()).as(text).isEqualTo(CanonicalText.key(model.end()));
                  assertThat(v.date(v.rangeStart())).isEqualTo(model.start());
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The text {@code yyyy-MM-dd} of a number of a year, a month from 0 to 13, a day to 32. */
  private static String dayText(int n) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", n / (14 * 33), n / 33 % 14, n % 33);
  }
}
