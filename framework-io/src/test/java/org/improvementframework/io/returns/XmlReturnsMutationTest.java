package org.improvementframework.io.returns;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.junit.jupiter.api.Test;

/** The guards of the XML cursor: depth and text at their limits, located errors, closing. */
class XmlReturnsMutationTest {

  private static XmlReturns open(String xml, InputLimits limits) {
    return XmlReturns.open(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "census.xml", limits);
  }

  /** Reads every event of a document, as the census readers do. */
  private static int elements(String xml, InputLimits limits) {
    int started = 0;
    try (XmlReturns x = open(xml, limits)) {
      int event;
      while ((event = x.next()) != END_DOCUMENT) {
        started += event == START_ELEMENT ? 1 : 0;
      }
    }
    return started;
  }

  private static String nested(int depth) {
    return "<e>".repeat(depth) + "</e>".repeat(depth);
  }

  @Test
  void next_nestingAtTheDepthLimit_isRead_andOneDeeperIsRefusedAtItsPath() {
    qt().forAll(integers().between(1, 40))
        .checkAssert(
            depth -> {
              InputLimits limits = InputLimits.defaults().withMaxDepth(depth);
              assertThat(elements(nested(depth), limits)).isEqualTo(depth);
              assertThatThrownBy(() -> elements(nested(depth + 1), limits))
                  .isInstanceOfSatisfying(
                      InputLimitException.class,
                      e -> {
                        assertThat(e.limit()).isEqualTo((long) depth);
                        assertThat(e.getMessage())
                            .contains("nesting depth exceeds the limit of " + depth);
                        assertThat(e.location().source()).hasValue("census.xml");
                        assertThat(e.location().column()).hasValue("/e".repeat(depth + 1));
                      });
            });
  }

  @Test
  void text_atTheCellLimit_isRead_andOneCharacterMoreIsRefusedAtTheElement() {
    InputLimits limits = InputLimits.defaults().withMaxCellChars(4);
    try (XmlReturns x = open("<Message>\n<LEA>abcd</LEA></Message>", limits)) {
      assertThat(x.next()).isEqualTo(START_ELEMENT);
      assertThat(x.next()).isEqualTo(START_ELEMENT);
      assertThat(x.text()).isEqualTo("abcd");
      // text() moved past the end of LEA: the next event ends the message
      assertThat(x.next()).isEqualTo(END_ELEMENT);
      assertThat(x.name()).isEqualTo("Message");
    }
    try (XmlReturns x = open("<Message>\n<LEA>abcde</LEA></Message>", limits)) {
      x.next();
      x.next();
      assertThatThrownBy(x::text)
          .isInstanceOfSatisfying(
              InputLimitException.class,
              e -> {
                assertThat(e.getMessage()).contains("characters exceeds the limit of 4");
                assertThat(e.location().column()).hasValue("/Message/LEA");
                assertThat(e.location().line()).hasValue(2);
                assertThat(e.getMessage()).doesNotContain("abcde");
              });
    }
  }

  @Test
  void dateIntoAList_readsADate_leavesAnEmptyOneEmpty_andLocatesOneThatIsNot() {
    List<PlanFormatException> problems = new ArrayList<>();
    List<Optional<LocalDate>> dates = new ArrayList<>();
    try (XmlReturns x =
        open(
            "<Child>\n<DOB>2015-03-04</DOB>\n<DOB></DOB>\n<DOB>31/02/2015</DOB>\n</Child>",
            InputLimits.defaults())) {
      int event;
      while ((event = x.next()) != END_DOCUMENT) {
        if (event == START_ELEMENT && x.name().equals("DOB")) {
          dates.add(x.date(problems));
        }
      }
    }
    assertThat(dates)
        .containsExactly(Optional.of(LocalDate.of(2015, 3, 4)), Optional.empty(), Optional.empty());
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.problem()).isEqualTo("not a date");
              assertThat(p.field()).hasValue("DOB");
              assertThat(p.expected()).hasValue(ReturnDates.EXPECTED);
              assertThat(p.location().column()).hasValue("/Child/DOB");
              assertThat(p.location().line()).hasValue(4);
              assertThat(p.getMessage()).doesNotContain("31/02");
            });
  }

  @Test
  void whereOfAChild_isThePathOfTheCurrentElementAndTheChild() {
    try (XmlReturns x = open("<Message>\n\n<Children/></Message>", InputLimits.defaults())) {
      x.next();
      assertThat(x.where("LEA").column()).hasValue("/Message/LEA");
      assertThat(x.where("LEA").source()).hasValue("census.xml");
      x.next();
      assertThat(x.where("Child").column()).hasValue("/Message/Children/Child");
      assertThat(x.where("Child").line()).hasValue(3);
      assertThat(x.where().column()).hasValue("/Message/Children");
    }
  }

  @Test
  void next_aDoctype_isRefusedAsADtd_andBrokenXmlAsNotWellFormed() {
    String dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x \"y\">]>\n<m>&x;</m>";
    assertThatThrownBy(() -> elements(dtd, InputLimits.defaults()))
        .isInstanceOfSatisfying(
            PlanFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("cannot read the XML return");
              assertThat(e.expected()).hasValue("no DTD and no entity references");
              assertThat(e.location().source()).hasValue("census.xml");
            });
    assertThatThrownBy(() -> elements("<m>\n<a></b>\n</m>", InputLimits.defaults()))
        .isInstanceOfSatisfying(
            PlanFormatException.class,
            e -> {
              assertThat(e.expected()).hasValue("XML that is not well formed");
              assertThat(e.location().line()).hasValue(2);
              assertThat(e.getMessage()).doesNotContain("</b>");
            });
  }

  @Test
  void close_closesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayInputStream in =
        new ByteArrayInputStream("<m><a/></m>".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    XmlReturns x = XmlReturns.open(in, "census.xml", InputLimits.defaults());
    x.next();
    assertThat(closed).isFalse();
    x.close();
    assertThat(closed).isTrue();
  }
}
