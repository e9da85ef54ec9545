package org.improvementframework.io.returns.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.cin.CinCensus;
import org.junit.jupiter.api.Test;

/**
 * A census with more unreadable workers than are kept: the rest counted into one warning, and a
 * readable worker after them still read; the input closed as the readers promise.
 */
class WorkforceCensusCapMutationTest {

  private static final String BAD_WORKER =
      "<CSWWWorker><SWENo>SW0</SWENo><Cases30>many</Cases30></CSWWWorker>";

  private static InputStream xml(String body) {
    return new ByteArrayInputStream(
        ("<Message>" + body + "</Message>").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_moreProblemsThanKept_countsTheRestAndStillReadsTheWorkersAfter() {
    int over = 7;
    String body =
        BAD_WORKER.repeat(CappedReports.DEFAULT_KEPT + over)
            + "<CSWWWorker><SWENo>SW1</SWENo><FTE>0.5</FTE></CSWWWorker>"
            + "<CSWWWorker><SWENo>SW2</SWENo></CSWWWorker>";
    WorkforceCensus c = WorkforceCensus.read(xml(body), "csww.xml", InputLimits.defaults());

    // a worker read after the cap is kept: its problems are counted, not its absence of one
    assertThat(c.workers()).extracting(WorkforceCensus.Worker::sweNo).containsExactly("SW1", "SW2");
    assertThat(c.problems()).hasSize(CappedReports.DEFAULT_KEPT);
    assertThat(c.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem())
                  .isEqualTo(
                      over
                          + " more problems not kept, by kind: 'not a whole number of cases' "
                          + over);
              assertThat(w.source()).hasValue("csww.xml");
              assertThat(w.row()).isEmpty();
            });
    assertThat(c)
        .hasToString(
            "WorkforceCensus[2 workers, " + (CappedReports.DEFAULT_KEPT + over) + " problems]");
  }

  @Test
  void read_problemsUpToTheCap_giveNoSummary() {
    WorkforceCensus c =
        WorkforceCensus.read(
            xml(BAD_WORKER.repeat(CappedReports.DEFAULT_KEPT)), "csww.xml", InputLimits.defaults());

    assertThat(c.problems()).hasSize(CappedReports.DEFAULT_KEPT);
    assertThat(c.warnings()).extracting(ReadWarning::problem).isEmpty();
  }

  @Test
  void read_closesTheInput_asTheReadersPromise() {
    AtomicBoolean workforce = new AtomicBoolean();
    AtomicBoolean cin = new AtomicBoolean();
    WorkforceCensus.read(closing("<Message/>", workforce), "csww.xml", InputLimits.defaults());
    CinCensus.read(closing("<Message/>", cin), "cin.xml", InputLimits.defaults());

    assertThat(workforce).isTrue();
    assertThat(cin).isTrue();
  }

  private static InputStream closing(String text, AtomicBoolean closed) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
  }
}
