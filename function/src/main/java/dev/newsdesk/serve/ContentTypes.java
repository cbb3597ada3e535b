package dev.newsdesk.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a served file, from its name. Text types carry {@code charset=utf-8};
 * JSON and XML declare their own encoding. The feed is {@code application/atom+xml} so that feed
 * readers and browsers recognise it.
 */
final class ContentTypes {
  static final String FALLBACK = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("atom", "application/atom+xml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("woff2", "font/woff2"));

  private ContentTypes() {
  }

  /** @param path a relative path such as {@code stories/st-0123456789ab.json} */
  static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.equals("feed.xml")) {
      return "application/atom+xml";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? FALLBACK : BY_EXTENSION.getOrDefault(name.substring(dot + 1), FALLBACK);
  }

  static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html");
  }
}
