package dev.newsdesk.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's site in a real browser: serves the repository's {@code site/} and the fixture public
 * folder with {@link SiteServer} on 127.0.0.1, then runs {@code site/test/browser.test.mjs} (headless
 * Chromium driven by playwright-core) against it and forwards its report.
 *
 * <p>Skips, saying what is missing, when Node.js, Chromium ({@code CHROMIUM} or
 * {@code /usr/bin/chromium}) or {@code site/test/node_modules/playwright-core} is absent. To run it:
 * <pre>
 * apt-get install -y chromium
 * (cd site/test &amp;&amp; npm ci)
 * </pre>
 * Screenshots of every page go to {@code function/target/site-screenshots/}.
 */
class BrowserTest {
  private static final long TIMEOUT_MINUTES = 5;
  private static final String INSTALL = "install with: apt-get install -y chromium && (cd site/test && npm ci)";

  @TempDir
  Path temp;

  @Test
  void siteWorksInHeadlessChromium() throws Exception {
    Path module = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path siteDir = module.resolveSibling("site");
    Path testDir = siteDir.resolve("test");
    assumeTrue(Files.isRegularFile(siteDir.resolve("index.html")),
        () -> "skipped: no site/ next to " + module + " (a copy of function/ alone has none)");
    Optional<Path> node = executable(System.getenv("NODE"), "node");
    assumeTrue(node.isPresent(), "skipped: Node.js (node) is not on the PATH; " + INSTALL);
    Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
    assumeTrue(Files.isExecutable(chromium), () -> "skipped: no Chromium at " + chromium + "; " + INSTALL);
    assumeTrue(Files.isRegularFile(testDir.resolve("node_modules/playwright-core/package.json")),
        () -> "skipped: " + testDir.resolve("node_modules/playwright-core") + " is missing; " + INSTALL);

    Path publicDir = ServeFixtures.copyPublic(temp.resolve("public"));
    Path screenshots = module.resolve("target/site-screenshots");
    try (SiteServer server = new SiteServer(publicDir, siteDir, SiteServer.DEFAULT_HOST, 0).start()) {
      ProcessBuilder builder = new ProcessBuilder(node.get().toString(), "--test-reporter=spec",
          "browser.test.mjs", server.url().toString(), "--fixtures")
          .directory(testDir.toFile())
          .redirectErrorStream(true);
      builder.environment().put("CHROMIUM", chromium.toString());
      builder.environment().put("NEWSDESK_SCREENSHOTS", screenshots.toString());
      builder.environment().put("NO_COLOR", "1");
      System.out.println("BrowserTest: " + server.url() + " (site " + siteDir + "), screenshots in " + screenshots);

      Process process = builder.start();
      List<String> output = new ArrayList<>();
      Thread pump = new Thread(() -> forward(process, output), "browser-test-output");
      pump.start();
      boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      pump.join(TimeUnit.SECONDS.toMillis(10));
      String report = String.join("\n", output);
      assertTrue(finished, () -> "the browser tests did not finish in " + TIMEOUT_MINUTES + " minutes:\n" + report);
      assertEquals(0, process.exitValue(), () -> "the browser tests failed:\n" + report);
    }
  }

  private static void forward(Process process, List<String> output) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        System.out.println("  " + line);
        synchronized (output) {
          output.add(line);
        }
      }
    } catch (IOException e) {
      System.out.println("  (output ended: " + e.getMessage() + ")");
    }
  }

  /** {@code override} when set, else the first {@code name} on the PATH. */
  private static Optional<Path> executable(String override, String name) {
    if (override != null && !override.isBlank()) {
      Path path = Path.of(override);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(searchPath.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
