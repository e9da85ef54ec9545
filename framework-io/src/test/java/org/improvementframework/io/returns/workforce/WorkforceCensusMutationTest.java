package org.improvementframework.io.returns.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.returns.ReturnHeader;
import org.junit.jupiter.api.Test;

/**
 * Each element of a workforce census read into its own field, the worker's elements in any
 * order, and each kind of unreadable worker left out with a problem naming the element.
 */
class WorkforceCensusMutationTest {

  private static WorkforceCensus read(String body) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>" + body + "</Message>";
    return WorkforceCensus.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        "csww.xml",
        InputLimits.defaults());
  }

  private static final String HEADER =
      "<Header><Source><LEA>888</LEA></Source>"
          + "<CollectionDetails><ReferenceDate>2022-09-30</ReferenceDate></CollectionDetails>"
          + "</Header><LALevelVacancies><NumberOfVacancies>2.25</NumberOfVacancies>"
          + "<NoAgencyFTE>1.5</NoAgencyFTE></LALevelVacancies>";

  @Test
  void read_laLevelFields_eachIntoItsOwn() {
    WorkforceCensus c = read(HEADER);
    assertThat(c.lea()).isEqualTo("888");
    assertThat(c.referenceDate()).contains(LocalDate.of(2022, 9, 30));
    assertThat(c.vacancies()).contains(new BigDecimal("2.25"));
    assertThat(c.agencyFte()).contains(new BigDecimal("1.5"));
    assertThat(c.workers()).isEmpty();
    assertThat(c.problems()).isEmpty();
    assertThat(c).hasToString("WorkforceCensus[0 workers, 0 problems]");
  }

  @Test
  void read_collectionDetails_fillTheHeaderAsTheCinCensusDoes() {
    WorkforceCensus c =
        read(
            "<Header><CollectionDetails><Collection>CSWW</Collection><Year>2022</Year>"
                + "<ReferenceDate>2022-09-30</ReferenceDate></CollectionDetails>"
                + "<Source><LEA>888</LEA></Source></Header>");
    assertThat(c.header())
        .isEqualTo(new ReturnHeader("CSWW", "2022", Optional.of(LocalDate.of(2022, 9, 30)), "888"));
  }

  @Test
  void read_emptyCensus_hasNothing() {
    WorkforceCensus c = read("<Header/><NumberOfVacancies></NumberOfVacancies>");
    assertThat(c.lea()).isEmpty();
    assertThat(c.referenceDate()).isEmpty();
    assertThat(c.header()).isEqualTo(new ReturnHeader("", "", Optional.empty(), ""));
    assertThat(c.vacancies()).isEmpty();
    assertThat(c.agencyFte()).isEmpty();
  }

  @Test
  void read_workerWithEveryField_keepsEach() {
    WorkforceCensus c =
        read(
            HEADER
                + "<CSWWWorker><AgencyWorker>1</AgencyWorker><SWENo>SW1</SWENo><FTE>0.8</FTE>"
                + "<RoleStartDate>2020-01-06</RoleStartDate><RoleEndDate>2022-08-31</RoleEndDate>"
                + "<FTE30>0.6</FTE30><Cases30>999999</Cases30><OrgRole>5</OrgRole></CSWWWorker>"
                + "<CSWWWorker><SWENo>SW2</SWENo></CSWWWorker>");
    assertThat(c.workers()).hasSize(2);
    WorkforceCensus.Worker w = c.workers().get(0);
    assertThat(w.sweNo()).isEqualTo("SW1");
    assertThat(w.agency()).isTrue();
    assertThat(w.fte()).contains(new BigDecimal("0.8"));
    assertThat(w.fte30()).contains(new BigDecimal("0.6"));
    assertThat(w.cases30()).contains(999_999);
    assertThat(w.roleStart()).contains(LocalDate.of(2020, 1, 6));
    assertThat(w.roleEnd()).contains(LocalDate.of(2022, 8, 31));
    assertThat(w).hasToString("Worker[agency=true, fte30=0.6, cases30=999999]");
    WorkforceCensus.Worker bare = c.workers().get(1);
    assertThat(bare.sweNo()).isEqualTo("SW2");
    assertThat(bare.agency()).isFalse();
    assertThat(bare.fte()).isEmpty();
    assertThat(bare.cases30()).isEmpty();
    assertThat(bare.roleStart()).isEmpty();
    assertThat(bare.roleEnd()).isEmpty();
    assertThat(bare).hasToString("Worker[agency=false, fte30=, cases30=]");
    assertThat(c).hasToString("WorkforceCensus[2 workers, 0 problems]");
  }

  @Test
  void read_agencyWorker_isOnlyTheCodeOne() {
    for (String code : new String[] {"0", "2", "Y", "true", ""}) {
      WorkforceCensus c =
          read("<CSWWWorker><AgencyWorker>" + code + "</AgencyWorker></CSWWWorker>");
      assertThat(c.workers().get(0).agency()).as(code).isFalse();
    }
  }

  @Test
  void read_casesUpToSixDigits_areAccepted_andSevenOrOtherTextRefused() {
    qt().forAll(integers().between(0, 999_999))
        .checkAssert(
            n -> {
              WorkforceCensus c = read("<CSWWWorker><Cases30>" + n + "</Cases30></CSWWWorker>");
              assertThat(c.workers().get(0).cases30()).contains(n);
            });
    for (String bad : new String[] {"1000000", "-1", "1.5", "ten", "3 4"}) {
      WorkforceCensus c =
          read(
              "<CSWWWorker><SWENo>SW9</SWENo><Cases30>"
                  + bad
                  + "</Cases30></CSWWWorker><CSWWWorker><SWENo>SW8</SWENo></CSWWWorker>");
      assertThat(c.workers())
          .as(bad)
          .extracting(WorkforceCensus.Worker::sweNo)
          .containsExactly("SW8");
      PlanFormatException p = c.problems().get(0);
      assertThat(c.problems()).hasSize(1);
      assertThat(p.getMessage())
          .contains("not a whole number of cases", "Cases30", "a whole number from 0 to 999999")
          .doesNotContain("SW9");
      assertThat(c).hasToString("WorkforceCensus[1 workers, 1 problems]");
    }
  }

  @Test
  void read_unreadableWorkerNumbersAndDates_leaveOnlyThatWorkerOut() {
    String[] bad = {
      "<FTE>abc</FTE>",
      "<FTE30>1e99999</FTE30>",
      "<RoleStartDate>31/02/2020</RoleStartDate>",
      "<RoleEndDate>soon</RoleEndDate>"
    };
    for (String element : bad) {
      WorkforceCensus c =
          read(
              "<CSWWWorker><SWENo>SW1</SWENo></CSWWWorker><CSWWWorker><SWENo>SW2</SWENo>"
                  + element
                  + "</CSWWWorker><CSWWWorker><SWENo>SW3</SWENo><FTE></FTE></CSWWWorker>");
      assertThat(c.workers())
          .as(element)
          .extracting(WorkforceCensus.Worker::sweNo)
          .containsExactly("SW1", "SW3");
      assertThat(c.problems()).as(element).hasSize(1);
      String field = element.substring(1, element.indexOf('>'));
      assertThat(c.problems().get(0).location().toString()).as(element).contains(field);
    }
  }

  @Test
  void read_unreadableLaNumber_isAProblemButNoWorkerIsLost() {
    WorkforceCensus c =
        read(
            "<LALevelVacancies><NumberOfVacancies>many</NumberOfVacancies></LALevelVacancies>"
                + "<CSWWWorker><SWENo>SW1</SWENo></CSWWWorker>");
    assertThat(c.vacancies()).isEmpty();
    assertThat(c.problems()).hasSize(1);
    assertThat(c.workers()).hasSize(1);
    assertThat(Optional.of(c.problems().get(0).getMessage()))
        .hasValueSatisfying(m -> assertThat(m).contains("NumberOfVacancies"));
  }
}
