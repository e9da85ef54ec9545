package org.improvementframework.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives Debian's headless Chromium over the DevTools protocol, with no dependency but the JDK's
 * WebSocket client and Jackson: opens a page, collects console errors and uncaught exceptions,
 * evaluates expressions and takes a screenshot.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final List<CompletableFuture<Void>> loads =
      Collections.synchronizedList(new ArrayList<>());
  private String session;

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Finds the Chromium executable: Debian's package first, then the PATH. */
  static Optional<Path> executable() {
    for (String candidate :
        new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Starts Chromium headless, with the flags this machine's closed network needs. */
  static HeadlessChromium start(Path executable) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String url = null;
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String line;
    while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
      Matcher m = DEVTOOLS.matcher(line);
      if (m.find()) {
        url = m.group(1);
        break;
      }
    }
    if (url == null) {
      process.destroyForcibly();
      throw new IOException("Chromium did not print its DevTools address within 30 s");
    }
    // Keep draining stderr so that Chromium never blocks on a full pipe.
    Thread drain =
        new Thread(
            () -> {
              try {
                while (err.readLine() != null) {
                  // discard
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    Listener listener = new Listener();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create(url), listener)
            .join();
    HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
    listener.browser = browser;
    browser.attach();
    return browser;
  }

  private void attach() {
    JsonNode created =
        call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"));
    String targetId = created.path("targetId").asText();
    JsonNode attached =
        call(
            null,
            "Target.attachToTarget",
            JSON.createObjectNode().put("targetId", targetId).put("flatten", true));
    session = attached.path("sessionId").asText();
    call(session, "Runtime.enable", JSON.createObjectNode());
    call(session, "Log.enable", JSON.createObjectNode());
    call(session, "Page.enable", JSON.createObjectNode());
    call(
        session,
        "Emulation.setDeviceMetricsOverride",
        JSON.createObjectNode()
            .put("width", 1280)
            .put("height", 2000)
            .put("deviceScaleFactor", 1)
            .put("mobile", false));
  }

  /** Opens the file and waits for its load event. */
  void open(Path file) {
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    loads.add(loaded);
    call(session, "Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
    loaded.orTimeout(30, TimeUnit.SECONDS).join();
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode evaluate(String expression) {
    JsonNode result =
        call(
            session,
            "Runtime.evaluate",
            JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Saves a PNG screenshot of the whole page. */
  void screenshot(Path png) throws IOException {
    JsonNode shot =
        call(
            session,
            "Page.captureScreenshot",
            JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  /** Gets the console errors, failed loads and uncaught exceptions seen so far. */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(message.toString(), true).join();
    JsonNode answer = reply.orTimeout(30, TimeUnit.SECONDS).join();
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private void receive(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    switch (method) {
      case "Runtime.exceptionThrown" -> errors.add("uncaught: " + params.path("exceptionDetails"));
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(params.path("type").asText())
            || "assert".equals(params.path("type").asText())) {
          errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
        }
      }
      case "Log.entryAdded" -> {
        if ("error".equals(params.path("entry").path("level").asText())) {
          errors.add(
              "log: "
                  + params.path("entry").path("text").asText()
                  + " "
                  + params.path("entry").path("url").asText());
        }
      }
      case "Page.loadEventFired" -> {
        synchronized (loads) {
          loads.forEach(l -> l.complete(null));
          loads.clear();
        }
      }
      default -> {}
    }
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS);
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
      deleteTree(profile);
    }
  }

  /**
   * Deletes the profile. Chromium's helper processes may still be writing into it for a moment
   * after the browser exits, so files that vanish or appear during the walk are tolerated and
   * the walk is retried; what is left after that is left in the temporary directory.
   */
  private static void deleteTree(Path root) {
    for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
      try {
        Files.walkFileTree(
            root,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                file.toFile().delete();
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                dir.toFile().delete();
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        // retried below
      }
      if (Files.exists(root)) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    private volatile HeadlessChromium browser;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        HeadlessChromium b = browser;
        if (b != null) {
          b.receive(text);
        } else {
          // Replies before the browser object exists cannot happen: it exists before any call.
          throw new IllegalStateException("message before attach: " + text);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
