package dev.newsdesk.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the raw path of a request into a relative file path that cannot leave the served roots, or
 * refuses it. Each {@code /}-separated segment is percent-decoded on its own, as strict UTF-8, and
 * then checked, so no encoding ({@code %2e%2e}, {@code %2f}, {@code %5c}, overlong UTF-8) can smuggle a
 * separator or a {@code ..} past the check.
 *
 * <p>Stateless and thread-safe.
 */
final class RequestPath {
  /** The file served for {@code /}. */
  static final String INDEX = "index.html";

  private RequestPath() {
  }

  /** Why a path was refused, with the HTTP status to answer. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  /**
   * @param rawPath the still-encoded path of the request URI, e.g. {@code /stories/st-0123456789ab.json}
   * @return the relative path, segments joined by {@code /}, e.g. {@code stories/st-0123456789ab.json}
   * @throws Refused with 400 for a malformed or traversing path, 404 for a folder or a hidden file
   */
  static String parse(String rawPath) throws Refused {
    if (rawPath == null || !rawPath.startsWith("/")) {
      throw new Refused(400, "the path must start with '/'");
    }
    if (rawPath.equals("/")) {
      return INDEX;
    }
    String[] raw = rawPath.substring(1).split("/", -1);
    List<String> segments = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      boolean last = i == raw.length - 1;
      if (raw[i].isEmpty()) {
        throw last ? new Refused(404, "folders are not listed") : new Refused(400, "empty path segment");
      }
      String segment = decode(raw[i]);
      if (segment.equals(".") || segment.equals("..")) {
        throw new Refused(400, "'.' and '..' are not allowed in a path");
      }
      for (int j = 0; j < segment.length(); j++) {
        char c = segment.charAt(j);
        if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
          throw new Refused(400, "a path segment must not contain separators or control characters");
        }
      }
      if (segment.startsWith(".") || segment.toLowerCase(Locale.ROOT).equals("node_modules")) {
        throw new Refused(404, "hidden files are not served");
      }
      segments.add(segment);
    }
    return String.join("/", segments);
  }

  private static String decode(String segment) throws Refused {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= segment.length()) {
        throw new Refused(400, "truncated percent-encoding");
      }
      int hi = Character.digit(segment.charAt(i + 1), 16);
      int lo = Character.digit(segment.charAt(i + 2), 16);
      if (hi < 0 || lo < 0) {
        throw new Refused(400, "malformed percent-encoding");
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refused(400, "the path is not valid UTF-8");
    }
  }
}
