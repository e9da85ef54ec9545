package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.layout.LayoutOptions;
import org.improvementframework.io.layout.PlanTables;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan copied out of a PDF, one table cell per line, given to the tracker importer: refused
 * with an error that points at the layout reader, which rebuilds such rows.
 */
class TrackerPdfCopyTest {

  /** The PDF copy the layout tests read: two areas, four actions, a page footer. */
  private static final String RESOURCE =
      "/org/improvementframework/io/layout/pdf-flattened-plan.txt";

  private static String text() throws IOException {
    try (InputStream in = TrackerPdfCopyTest.class.getResourceAsStream(RESOURCE)) {
      return new String(
          Objects.requireNonNull(in, RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The physical line (from 1) of the second line that is nothing but a reference. */
  private static long secondReferenceLine(String text) {
    String[] lines = text.split("\\R", -1);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().matches("\\d{1,2}(\\.\\d{1,2}){1,2}\\.?") && ++seen == 2) {
        return i + 1L;
      }
    }
    throw new AssertionError("fewer than two references");
  }

  private static TrackerOptions named(String source) {
    return TrackerOptions.builder().source(source).build();
  }

  @Test
  void read_pdfCopyFile_isRefusedAtTheSecondReferencePointingAtTheLayoutReader(@TempDir Path dir)
      throws IOException {
    String text = text();
    Path file = dir.resolve("northmoor-june.txt");
    Files.writeString(file, text);

    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> TrackerImporter.read(file, TrackerOptions.defaults()));

    assertThat(e.problem()).contains("one table cell per line").contains("PDF");
    assertThat(e.location().source()).contains(file.toString());
    assertThat(e.location().row()).hasValue(secondReferenceLine(text));
    assertThat(e.text()).contains("1.2");
    assertThat(e.expected()).hasValueSatisfying(x -> assertThat(x).contains("PlanTables.read"));
    assertThat(e.getMessage()).contains(file.toString()).contains("PlanTables.read");
    assertThat(e.getStackTrace()).isNotEmpty();
  }

  @Test
  void read_pdfCopyTextStreamOrReader_areRefusedAlike() throws IOException {
    String text = text();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<PlanFormatException> errors = new ArrayList<>();
    errors.add(
        catchThrowableOfType(
            PlanFormatException.class, () -> TrackerImporter.read(text, named("a.txt"))));
    errors.add(
        catchThrowableOfType(
            PlanFormatException.class,
            () -> TrackerImporter.read(new ByteArrayInputStream(bytes), named("a.txt"))));
    errors.add(
        catchThrowableOfType(
            PlanFormatException.class,
            () -> TrackerImporter.read(new StringReader(text), named("a.txt"))));

    assertThat(errors).doesNotContainNull();
    assertThat(errors).allSatisfy(e -> assertThat(e.problem()).contains("one table cell per line"));
    assertThat(errors)
        .extracting(PlanFormatException::getMessage)
        .containsOnly(errors.get(0).getMessage());
  }

  @Test
  void read_pdfCopyThroughTheLayoutReader_rebuildsThePlan() throws IOException {
    ImprovementPlan plan =
        PlanTables.read(
                new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8)),
                LayoutOptions.defaults().withSource("northmoor-june.txt"))
            .value();

    assertThat(plan.areas()).hasSize(2);
    assertThat(plan.areas().get(0).actions()).hasSize(2);
  }

  @Test
  void read_oneCellPerLineWithTwoOrMoreReferences_isRefusedAtTheSecond() {
    qt().forAll(integers().between(0, 4), integers().between(2, 6), integers().between(0, 3))
        .checkAssert(
            (before, references, between) -> {
              StringBuilder text = new StringBuilder();
              long line = 0;
              long second = 0;
              for (int i = 0; i < before; i++, line++) {
                text.append("Heading line ").append(i).append('\n');
              }
              for (int r = 1; r <= references; r++) {
                text.append("3.").append(r).append('\n');
                line++;
                second = r == 2 ? line : second;
                for (int i = 0; i < between; i++, line++) {
                  text.append("Words of cell ").append(i).append('\n');
                }
              }
              PlanFormatException e =
                  catchThrowableOfType(
                      PlanFormatException.class,
                      () -> TrackerImporter.read(text.toString(), TrackerOptions.defaults()));
              assertThat(e).isNotNull();
              assertThat(e.location().row()).hasValue(second);
              assertThat(e.text()).hasValue("3.2");
            });
  }

  @Test
  void read_trackerWithBareReferenceLines_isReadAsATracker() {
    String tracker =
        TrackerImporterTest.oneArea(
            "1.1",
            TrackerImporterTest.row("", "", "Agree the plan", "1. Draft", "Mar-15", "Complete"),
            "1.2");

    ImprovementPlan plan = TrackerImporter.read(tracker, TrackerOptions.defaults()).value();

    assertThat(plan.areas()).hasSize(1);
    assertThat(plan.areas().get(0).actions()).isNotEmpty();
  }
}
