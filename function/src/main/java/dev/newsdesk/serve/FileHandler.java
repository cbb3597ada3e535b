package dev.newsdesk.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers every request: GET and HEAD of a file from the site root, else from the public root.
 * Site files are the page assets only (HTML, CSS, JavaScript, images); a site folder's {@code test/}
 * (the browser tests and their {@code node_modules}) is never served.
 *
 * <p>Stateless and thread-safe.
 */
final class FileHandler implements HttpHandler {
  /** Sent with every HTML page as well as in its meta tag; {@code frame-ancestors} works only here. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; "
      + "frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

  private static final Set<String> SITE_EXTENSIONS = Set.of("html", "css", "js", "mjs", "svg", "png", "ico", "woff2");

  private final SiteRoot site;
  private final SiteRoot publicRoot;

  FileHandler(SiteRoot site, SiteRoot publicRoot) {
    this.site = site;
    this.publicRoot = publicRoot;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(exchange, 405, "method not allowed: only GET and HEAD", head);
        return;
      }
      String path;
      try {
        path = RequestPath.parse(exchange.getRequestURI().getRawPath());
      } catch (RequestPath.Refused e) {
        sendText(exchange, e.status(), e.getMessage(), head);
        return;
      }
      Optional<SiteRoot.ServedFile> file;
      try {
        file = (isSiteAsset(path) ? site.find(path) : Optional.<SiteRoot.ServedFile>empty())
            .or(() -> publicRoot.find(path));
      } catch (UncheckedIOException e) {
        sendText(exchange, 500, "cannot read " + path, head);
        return;
      }
      if (file.isEmpty()) {
        sendText(exchange, 404, "not found: /" + path, head);
        return;
      }
      sendFile(exchange, path, file.get(), head);
    }
  }

  private static boolean isSiteAsset(String path) {
    if (path.equals("test") || path.startsWith("test/")) {
      return false;
    }
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') && SITE_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static void sendFile(HttpExchange exchange, String path, SiteRoot.ServedFile file, boolean head)
      throws IOException {
    String type = ContentTypes.of(path);
    commonHeaders(exchange, type);
    if (ContentTypes.isHtml(type)) {
      exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
    long size = file.size();
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
    if (size > 0) {
      try (InputStream in = file.open(); OutputStream out = exchange.getResponseBody()) {
        in.transferTo(out);
      }
    }
  }

  private static void sendText(HttpExchange exchange, int status, String message, boolean head) throws IOException {
    byte[] body = (status + " " + message + "\n").getBytes(StandardCharsets.UTF_8);
    commonHeaders(exchange, "text/plain; charset=utf-8");
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void commonHeaders(HttpExchange exchange, String type) {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    // The desk rewrites index.json, stories and the feed in place: always revalidate.
    headers.set("Cache-Control", "no-cache");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  }
}
