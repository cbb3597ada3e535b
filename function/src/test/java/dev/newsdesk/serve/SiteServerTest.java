package dev.newsdesk.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SiteServer} over real HTTP on 127.0.0.1: a site folder and a public folder (the fixtures)
 * served from one root. Requests that must reach the server byte for byte (traversal attempts) go
 * through a plain socket, so no client normalises them first.
 */
class SiteServerTest {
  private static final String SECRET = "secret: outside both roots";

  @TempDir
  Path temp;

  private Path site;
  private Path publicDir;
  private SiteServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws IOException {
    site = Files.createDirectories(temp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>site</title>");
    Files.writeString(site.resolve("story.html"), "<!DOCTYPE html><title>story</title>");
    Files.createDirectories(site.resolve("css"));
    Files.writeString(site.resolve("css/site.css"), "body{}");
    Files.createDirectories(site.resolve("js"));
    Files.writeString(site.resolve("js/front.js"), "export {};");
    Files.writeString(site.resolve("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.write(site.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    Files.createDirectories(site.resolve("test/node_modules/playwright-core"));
    Files.writeString(site.resolve("test/package.json"), "{}");
    Files.writeString(site.resolve("test/node_modules/playwright-core/index.js"), "x");
    Files.writeString(site.resolve("README.md"), "site readme");
    Files.writeString(site.resolve(".hidden.html"), "hidden");
    publicDir = ServeFixtures.copyPublic(temp.resolve("public"));
    Files.writeString(publicDir.resolve("index.html"), "public index: must lose to the site's");
    Files.writeString(publicDir.resolve("notes.bin"), "unknown type");
    Files.writeString(temp.resolve("secret.txt"), SECRET);
    server = new SiteServer(publicDir, site, SiteServer.DEFAULT_HOST, 0).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> send(String method, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(server.url().resolve(path))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return send("GET", path);
  }

  /** Sends {@code rawPath} exactly as given; returns the status line and the rest of the response. */
  private String[] raw(String rawPath) throws IOException {
    try (Socket socket = new Socket(server.url().getHost(), server.url().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n");
      return new String[] {end < 0 ? response : response.substring(0, end), response};
    }
  }

  @Test
  void bindsTheLoopbackAddressOnAFreePort() {
    URI url = server.url();
    assertEquals("http", url.getScheme());
    assertEquals("127.0.0.1", url.getHost());
    assertTrue(url.getPort() > 0);
    assertEquals("/", url.getPath());
  }

  @ParameterizedTest
  @CsvSource({
      "/, text/html; charset=utf-8",
      "/index.html, text/html; charset=utf-8",
      "/story.html?id=st-067872739147, text/html; charset=utf-8",
      "/css/site.css, text/css; charset=utf-8",
      "/js/front.js, text/javascript; charset=utf-8",
      "/favicon.svg, image/svg+xml",
      "/logo.png, image/png",
      "/index.json, application/json",
      "/stories/st-067872739147.json, application/json",
      "/feed.xml, application/atom+xml",
      "/notes.bin, application/octet-stream",
  })
  void servesEachFileWithItsContentType(String path, String type) throws Exception {
    HttpResponse<byte[]> response = get(path);
    assertEquals(200, response.statusCode(), path);
    assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow(), path);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void servesTheBytesOfTheFile() throws Exception {
    assertArrayEquals(Files.readAllBytes(publicDir.resolve("index.json")), get("/index.json").body());
    assertArrayEquals(Files.readAllBytes(site.resolve("logo.png")), get("/logo.png").body());
  }

  @Test
  void siteFilesWinOverPublicFilesOfTheSameName() throws Exception {
    assertEquals("<!DOCTYPE html><title>site</title>", new String(get("/").body(), StandardCharsets.UTF_8));
  }

  @Test
  void htmlCarriesTheContentSecurityPolicy() throws Exception {
    String csp = get("/story.html").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(get("/index.json").headers().firstValue("Content-Security-Policy").isEmpty());
  }

  @Test
  void headAnswersHeadersWithoutABody() throws Exception {
    HttpResponse<byte[]> response = send("HEAD", "/index.json");
    assertEquals(200, response.statusCode());
    assertEquals(0, response.body().length);
    assertEquals(Long.toString(Files.size(publicDir.resolve("index.json"))),
        response.headers().firstValue("Content-Length").orElseThrow());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
  void answersOnlyGetAndHead(String method) throws Exception {
    HttpResponse<byte[]> response = send(method, "/index.json");
    assertEquals(405, response.statusCode(), method);
    assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nothing.json", "/stories/st-ffffffffffff.json", "/stories/", "/stories", "/css",
      "/test/package.json", "/test/node_modules/playwright-core/index.js", "/README.md", "/.hidden.html",
      "/index.html/", "/secret.txt"})
  void answers404ForMissingFilesFoldersAndTheSitesTestFolder(String path) throws Exception {
    HttpResponse<byte[]> response = get(path);
    assertEquals(404, response.statusCode(), path);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertFalse(body.contains("st-067872739147") || body.contains("index.json"), "no listing: " + body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../secret.txt", "/stories/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
      "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/stories/%2e%2e/%2e%2e/secret.txt",
      "/%c0%ae%c0%ae/secret.txt", "/%252e%252e/secret.txt", "//secret.txt", "/.%2e/secret.txt",
      "/stories/..%2f..%2fsecret.txt", "/%00secret.txt"})
  void refusesTraversalWhateverTheEncoding(String rawPath) throws IOException {
    String[] response = raw(rawPath);
    assertTrue(response[0].matches("HTTP/1\\.1 40[04] .*"), rawPath + " -> " + response[0]);
    assertFalse(response[1].contains(SECRET), rawPath + " leaked the file");
  }

  @Test
  void refusesLinksThatLeadOutOfARoot() throws Exception {
    Path link = publicDir.resolve("escape.json");
    try {
      Files.createSymbolicLink(link, temp.resolve("secret.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here: " + e);
    }
    assertEquals(404, get("/escape.json").statusCode());
  }

  @Test
  void publicFolderThatDoesNotExistYetServesTheSiteAnd404s() throws Exception {
    try (SiteServer empty = new SiteServer(temp.resolve("no-such-public"), site, "127.0.0.1", 0).start()) {
      HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(empty.url()).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, page.statusCode());
      HttpResponse<byte[]> index = http.send(HttpRequest.newBuilder(empty.url().resolve("index.json")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(404, index.statusCode());
    }
  }

  @Test
  void servesASiteFromTheClassPath() throws Exception {
    try (SiteServer fromJar = new SiteServer(publicDir, SiteRoot.classpath("serve/classpath-site"), "127.0.0.1", 0)
        .start()) {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(fromJar.url()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("classpath site"));
      HttpResponse<String> css = http.send(HttpRequest.newBuilder(fromJar.url().resolve("css/site.css")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
      // A class-path folder reads as a listing of its names; it must not be served.
      for (String folder : new String[] {"css", "css/"}) {
        HttpResponse<String> listing = http.send(HttpRequest.newBuilder(fromJar.url().resolve(folder)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(404, listing.statusCode(), folder);
      }
      HttpResponse<String> json = http.send(HttpRequest.newBuilder(fromJar.url().resolve("index.json")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, json.statusCode(), "public files are served beside a class-path site");
    }
  }

  @Test
  void bundledSiteIsReportedWhenTheJarHasNone() {
    // In this test run the pom may not copy site/ to /site/ yet: then serve() says what is missing.
    if (SiteRoot.bundled().has("index.html")) {
      return;
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SiteServer.serve(publicDir, 0));
    assertTrue(e.getMessage().contains("/site/"), e.getMessage());
  }

  @Test
  void servesTheBundledSiteOnceTheBuildPackagesIt() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(SiteRoot.bundled().has("index.html"),
        "skipped: the build does not copy site/ to /site/ on the class path yet");
    assertFalse(SiteRoot.bundled().has("test/package.json"), "the jar must not carry site/test/");
    try (SiteServer bundled = SiteServer.serve(publicDir, 0)) {
      assertEquals("127.0.0.1", bundled.url().getHost());
      for (String path : new String[] {"", "story.html", "css/site.css", "js/story.js", "index.json"}) {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(bundled.url().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
      }
    }
  }

  @Test
  void closeFreesThePortAndCanBeRepeated() throws Exception {
    URI url = server.url();
    server.close();
    server.close();
    assertThrows(ConnectException.class, () -> {
      try (Socket socket = new Socket(url.getHost(), url.getPort())) {
        socket.getOutputStream().write(1);
      }
    });
  }

  @Test
  void joinReturnsOnceClosed() throws Exception {
    Thread closer = new Thread(server::close);
    closer.start();
    server.join();
    closer.join();
  }

  @Test
  void validatesItsArguments() {
    assertThrows(NullPointerException.class, () -> new SiteServer(null, site, "127.0.0.1", 0));
    assertThrows(NullPointerException.class, () -> new SiteServer(publicDir, (Path) null, "127.0.0.1", 0));
    assertThrows(IllegalArgumentException.class, () -> new SiteServer(publicDir, site, "127.0.0.1", 70_000));
    assertThrows(IllegalArgumentException.class,
        () -> new SiteServer(publicDir.resolve("index.json"), site, "127.0.0.1", 0));
    assertThrows(IllegalStateException.class, () -> server.start());
    assertThrows(IllegalStateException.class, () -> new SiteServer(publicDir, site, "127.0.0.1", 0).url());
  }
}
