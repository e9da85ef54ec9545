package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the browser harness of the dashboard test sees what it must report. */
class HeadlessChromiumTest {

  @Test
  void open_pageWithConsoleErrorAndUncaughtException_reportsBoth(@TempDir Path dir)
      throws Exception {
    Optional<Path> chromium = HeadlessChromium.executable();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (.ci/run installs it)");
    Path page = dir.resolve("broken.html");
    Files.writeString(
        page,
        "<!doctype html><html><body><p id='p'>hello</p><script>"
            + "console.error('deliberate');</script><script>undefinedFunction();</script>"
            + "</body></html>",
        StandardCharsets.UTF_8);

    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
      browser.open(page);

      assertThat(browser.evaluate("document.getElementById('p').textContent").asText())
          .isEqualTo("hello");
      assertThat(browser.errors()).anyMatch(e -> e.contains("deliberate"));
      assertThat(browser.errors()).anyMatch(e -> e.contains("undefinedFunction"));
    }
  }

  @Test
  void open_cleanPage_reportsNoErrors(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = HeadlessChromium.executable();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (.ci/run installs it)");
    Path page = dir.resolve("clean.html");
    Files.writeString(
        page,
        "<!doctype html><html><head><link rel='icon' href='data:,'></head>"
            + "<body><p>fine</p></body></html>",
        StandardCharsets.UTF_8);

    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
      browser.open(page);
      browser.screenshot(dir.resolve("clean.png"));

      assertThat(browser.errors()).isEmpty();
      assertThat(Files.size(dir.resolve("clean.png"))).isGreaterThan(100);
    }
  }
}
