package dev.newsdesk.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells binary files from text and HTML from plain text by looking at the first bytes. Stateless.
 */
final class ContentSniffer {
  private ContentSniffer() {}

  /** NUL bytes within this many leading bytes mark a binary file. */
  static final int NUL_WINDOW = 1024;

  private static final Pattern HTML_TAG = Pattern.compile(
      "<(?:!doctype|html|head|body|p|div|article|main|meta|title)[\\s>/]", Pattern.CASE_INSENSITIVE);

  /** A file signature: the leading bytes and what they mean. */
  private record Magic(String name, int... bytes) {}

  private static final Magic[] MAGICS = {
    new Magic("a PDF document", '%', 'P', 'D', 'F', '-'),
    new Magic("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
    new Magic("a JPEG image", 0xFF, 0xD8, 0xFF),
    new Magic("a GIF image", 'G', 'I', 'F', '8'),
    new Magic("a ZIP archive", 'P', 'K', 0x03, 0x04),
    new Magic("a ZIP archive", 'P', 'K', 0x05, 0x06),
    new Magic("a ZIP archive", 'P', 'K', 0x07, 0x08),
    new Magic("a gzip archive", 0x1F, 0x8B),
  };

  /**
   * What kind of binary file the bytes are, as a noun phrase for a rejection detail ("a PDF
   * document", "a file with NUL bytes"), or {@code null} when they may be text.
   *
   * @param wide whether the text is known to be UTF-16 or UTF-32, where NUL bytes are normal
   */
  static String binaryKind(byte[] bytes, boolean wide) {
    for (Magic magic : MAGICS) {
      if (startsWith(bytes, magic.bytes())) {
        return magic.name();
      }
    }
    if (!wide) {
      int end = Math.min(bytes.length, NUL_WINDOW);
      for (int i = 0; i < end; i++) {
        if (bytes[i] == 0) {
          return "a file with NUL bytes";
        }
      }
    }
    return null;
  }

  /** Whether decoded text has a NUL character within its first {@link #NUL_WINDOW} characters. */
  static boolean hasNulChar(CharSequence text) {
    int end = Math.min(text.length(), NUL_WINDOW);
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds the character. */
  static boolean contains(CharSequence text, char c) {
    if (text instanceof String s) {
      return s.indexOf(c) >= 0;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether a content type is an HTML one ({@code text/html}, {@code application/xhtml+xml}). */
  static boolean isHtmlType(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
  }

  /**
   * Whether text looks like HTML: it starts (after whitespace) with '{@code <}' and contains one of
   * the tags every page has ({@code <html}, {@code <body}, {@code <p}, {@code <div}, {@code <!doctype}, ...).
   */
  static boolean looksLikeHtml(CharSequence text) {
    int i = 0;
    while (i < text.length() && (Prose.isSpace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '<' && HTML_TAG.matcher(text).find(i);
  }

  private static boolean startsWith(byte[] bytes, int[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
