package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.improvementframework.io.ExamplePlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The report's fast path either leaves a line to picocli or runs it exactly as picocli would:
 * same exit code, same standard output, same standard error.
 */
class ReportFastPathTest {

  @TempDir static Path dir;
  private static String plan;

  @BeforeAll
  static void writePlan() throws IOException {
    Path file = dir.resolve("plan.json");
    try (InputStream in = ExamplePlans.openPlymouth2015()) {
      Files.copy(in, file);
    }
    plan = file.toString();
  }

  private static Cli.Run run(boolean fast, String... args) {
    return Cli.with(
        main -> {
          if (fast) {
            Optional<ReportCommand> report = ReportFastPath.parse(main, args);
            assertThat(report).as("on the fast path: " + String.join(" ", args)).isPresent();
            return ReportFastPath.execute(report.get());
          }
          return CommandLines.forArgs(main, args).execute(args);
        });
  }

  private static boolean accepted(String... args) {
    Main main =
        new Main(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Duration.ZERO);
    return ReportFastPath.parse(main, args).isPresent();
  }

  private static List<String> words() {
    return List.of(
        "--format",
        "json",
        "CSV",
        "Text",
        "xml",
        "--format=csv",
        "--format=",
        "--strict",
        "--strict=true",
        "--due-window",
        "7",
        "0045",
        "-1",
        " 7",
        "--due-window=0",
        "--as-of",
        "2015-06-30",
        "2015-02-30",
        "30/06/2015",
        "--as-of=2014-12-01",
        "--input-format",
        "tracker",
        "--input-format=JSON",
        plan,
        "no-such-plan.json",
        "@args.txt",
        "-",
        "--",
        "--help",
        "-V",
        "--lead",
        "--bogus");
  }

  @Test
  void property_everyLineTheFastPathTakes_runsAsPicocliRunsIt() {
    Gen<List<String>> lines = lists().of(Generate.pick(words())).ofSizeBetween(0, 5);
    AtomicInteger fast = new AtomicInteger();
    qt().withExamples(150)
        .forAll(lines)
        .checkAssert(
            rest -> {
              String[] args =
                  Stream.concat(Stream.of("report"), rest.stream()).toArray(String[]::new);
              if (accepted(args)) {
                fast.incrementAndGet();
                assertThat(run(true, args)).as(String.join(" ", args)).isEqualTo(run(false, args));
              }
            });
    // the property says something only if the fast path took a fair share of the lines
    assertThat(fast.get()).isGreaterThan(15);
  }

  @Test
  void theEverydayLines_takeTheFastPath_andPrintWhatPicocliPrints() {
    List<String[]> lines =
        List.of(
            new String[] {"report"},
            new String[] {"report", plan, "--format", "json"},
            new String[] {"report", "--as-of=2015-06-30", "--due-window", "14", "--strict", plan},
            new String[] {"report", "--input-format", "tracker", "--format=CSV"},
            new String[] {"report", "no-such-plan.json"});
    for (String[] args : lines) {
      Cli.Run fast = run(true, args);
      assertThat(fast).as(String.join(" ", args)).isEqualTo(run(false, args));
      assertThat(fast.out() + fast.err()).isNotEmpty();
    }
    assertThat(run(true, "report", "--strict").code()).isEqualTo(Main.FINDINGS);
    assertThat(run(true, "report", "no-such-plan.json").err())
        .startsWith("error: cannot read no-such-plan.json: no such file");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "report --help",
        "report -h",
        "report --version",
        "report --format xml",
        "report --format",
        "report --strict --strict",
        "report --format json --format csv",
        "report a.json b.json",
        "report @args.txt",
        "report -",
        "report -- plan.json",
        "report --due-window -1",
        "report --due-window 1e3",
        "report --as-of 30/06/2015",
        "report --lead Someone",
        "report --previous old.json",
        "report --published stats.csv --la E06000026",
        "validate",
        "help report",
        "--version"
      })
  void linesThatPicocliMustJudge_areLeftToIt(String line) {
    assertThat(accepted(line.split(" "))).isFalse();
  }

  @Test
  void theReport_asAProcess_loadsNoPicocliClass() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("verbose.txt").toFile())
            .start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the report ends").isTrue();
    assertThat(p.exitValue()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("verbose.txt"), StandardCharsets.UTF_8);
    assertThat(lines).anyMatch(l -> l.contains("OVERDUE MILESTONES (6)"));
    assertThat(lines).anyMatch(l -> l.contains(ReportFastPath.class.getName()));
    assertThat(lines).noneMatch(l -> l.contains("picocli."));
  }
}
