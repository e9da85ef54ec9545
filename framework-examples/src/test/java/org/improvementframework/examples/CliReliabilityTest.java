package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's answers to a careless user: exit codes, messages, inputs and outputs. */
class CliReliabilityTest {

  private static final ImprovementPlan PLAN = PlanInput.curated();

  @Test
  void dashboardOverItsInput_isRefusedAndTheInputKept(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("f.json");
    PlanJson.write(PLAN, f);
    byte[] before = Files.readAllBytes(f);

    Cli.Run run = Cli.run("dashboard", f.toString(), "--out", f.toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).contains("is the input file").hasLineCount(1);
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
  }

  @Test
  void dashboardOverItsInputByAnotherName_isRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("f.json");
    PlanJson.write(PLAN, f);
    Path other = dir.resolve(".").resolve("f.json");

    Cli.Run run = Cli.run("dashboard", f.toString(), "--out", other.toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(PlanJson.read(f)).isEqualTo(PLAN);
  }

  @Test
  void convertOfAFileToItselfInItsFormat_isAllowedAndKeepsThePlan(@TempDir Path dir) {
    Path f = dir.resolve("f.json");
    PlanJson.write(PLAN, f);

    Cli.Run run = Cli.run("convert", f.toString(), f.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
    assertThat(PlanJson.read(f)).isEqualTo(PLAN);
  }

  @Test
  void convertOfAFileToItselfInAnotherFormat_isRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("f.json");
    PlanJson.write(PLAN, f);

    Cli.Run run = Cli.run("convert", f.toString(), f.toString(), "--output-format", "csv");

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(PlanJson.read(f)).isEqualTo(PLAN);
  }

  @Test
  void convertIntoAMissingFolder_givesTheReason(@TempDir Path dir) {
    Path out = dir.resolve("missing").resolve("out.json");

    Path f = dir.resolve("f.json");
    PlanJson.write(PLAN, f);
    Cli.Run run = Cli.run("convert", f.toString(), out.toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err())
        .contains("cannot write " + out + ": no such file or folder")
        .hasLineCount(1);
  }

  @Test
  void dash_readsStandardInput(@TempDir Path dir) {
    Path out = dir.resolve("out.csv");
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(PlanJson.write(PLAN).getBytes(StandardCharsets.UTF_8)));
      Cli.Run run = Cli.run("convert", "-", out.toString());
      assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
      assertThat(run.err()).contains("reading standard input");
    } finally {
      System.setIn(saved);
    }
    assertThat(PlanCsv.read(out, PlanCsv.Options.defaults()).value()).isEqualTo(PLAN);
  }

  @Test
  void folder_isNotCalledAMissingFile(@TempDir Path dir) {
    Cli.Run run = Cli.run("report", dir.toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).contains("a folder, not a file").doesNotContain("no such file");
  }

  @Test
  void fifo_isReadAsAStream(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("plan.json");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor() == 0, "mkfifo available");
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream o = Files.newOutputStream(fifo)) {
                PlanJson.write(PLAN, o);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });

    Cli.Run run = Cli.run("validate", fifo.toString());

    assertThat(run.err()).doesNotContain("no such file");
    assertThat(run.code()).as(run.err()).isIn(Main.OK, Main.FINDINGS);
    writer.get();
  }

  @Test
  void semicolonCsv_suggestsTheDelimiterOption_whichThenReadsIt(@TempDir Path dir) {
    Path f = dir.resolve("plan.csv");
    PlanCsv.write(PLAN, f, PlanCsv.Options.defaults().withDelimiter(';'));

    Cli.Run refused = Cli.run("report", f.toString());
    Cli.Run read = Cli.run("report", f.toString(), "--delimiter", ";");

    assertThat(refused.code()).isEqualTo(Main.UNREADABLE);
    assertThat(refused.err()).contains("try --delimiter ';'").hasLineCount(1);
    assertThat(read.code()).as(read.err()).isEqualTo(Main.OK);
  }

  @Test
  void escapeSequenceInAFileName_isShownEscaped(@TempDir Path dir) {
    Cli.Run run = Cli.run("report", dir.resolve("\u001b[2Jplan.json").toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).doesNotContain("\u001b").contains("\\u001b[2Jplan.json");
  }

  @Test
  void aBug_exitsThreeWithARequestToReportIt() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cl =
        Main.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(err, true), Duration.ofHours(1));
    CommandLine.ParseResult parsed = cl.parseArgs("report");

    int code =
        cl.getExecutionExceptionHandler()
            .handleExecutionException(new IllegalStateException("broken invariant"), cl, parsed);

    assertThat(code).isEqualTo(Main.INTERNAL);
    assertThat(err.toString())
        .contains("internal error: " + IllegalStateException.class.getName() + ": broken invariant")
        .contains("please report it at " + CliFailures.ISSUES);
  }

  @Test
  void aUserMistake_isNeverCalledABug() {
    assertThat(CliFailures.userMessage(new UncheckedIOException(new AccessDeniedException("x"))))
        .contains("permission denied");
    assertThat(CliFailures.userMessage(new IllegalStateException("bug"))).isNull();
  }
}
