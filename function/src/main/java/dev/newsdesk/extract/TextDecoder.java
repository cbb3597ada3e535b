package dev.newsdesk.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes raw bytes to text. The charset comes from, in order: a byte-order mark; for HTML, a
 * {@code <meta charset>} or {@code http-equiv} declaration in the first 4 KB; the {@code charset}
 * parameter of the stored content type; UTF-8. Labels are read the way browsers read them
 * ({@code ISO-8859-1} and {@code US-ASCII} mean windows-1252). Invalid bytes become U+FFFD and add
 * the warning {@code invalid bytes replaced}; decoding never fails. Stateless.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** How far into the bytes the {@code <meta charset>} declaration is looked for. */
  private static final int PRESCAN_BYTES = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  /** A UTF-16 or UTF-32 label, lower-cased: {@code utf-16}, {@code utf16le}, {@code utf-32be}... */
  private static final Pattern WIDE_LABEL = Pattern.compile("utf-?(16|32).*");
  private static final Pattern PARAM_CHARSET = Pattern.compile(
      "(?:^|;)\\s*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * A byte-order mark.
   *
   * @param charset the charset it announces
   * @param length  its length in bytes
   */
  record Bom(Charset charset, int length) {
    /** Whether the charset uses two or four bytes per code unit (so NUL bytes are expected). */
    boolean wide() {
      return !charset.equals(StandardCharsets.UTF_8);
    }
  }

  /**
   * Decoded text.
   *
   * @param text     the text, without the byte-order mark: a {@link String}, or a {@link CharBuffer}
   *                 over the decoder's own array (a page is not copied once more into a String; see
   *                 {@link HtmlExtractor}, which parses it in place)
   * @param charset  the charset used
   * @param warnings what went wrong on the way (unknown labels, invalid bytes)
   */
  record Decoded(CharSequence text, Charset charset, List<String> warnings) {}

  /** The byte-order mark at the start of {@code bytes}, or {@code null}. UTF-32 is checked before UTF-16. */
  static Bom bom(byte[] bytes) {
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return charset("UTF-32BE").map(cs -> new Bom(cs, 4)).orElse(null);
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return charset("UTF-32LE").map(cs -> new Bom(cs, 4)).orElse(null);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /** Whether the content type names a charset with two or four bytes per code unit (UTF-16/32). */
  static boolean declaresWideCharset(String contentType) {
    String label = parameterCharset(contentType);
    return label != null && WIDE_LABEL.matcher(label.toLowerCase(Locale.ROOT)).matches();
  }

  /** Decodes {@code bytes}, choosing the charset as described on the class. */
  static Decoded decode(byte[] bytes, String contentType) {
    List<String> warnings = new ArrayList<>();
    Bom bom = bom(bytes);
    if (bom != null) {
      return decode(bytes, bom.length(), bom.charset(), warnings);
    }
    Charset charset = null;
    String prescan = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    if (ContentSniffer.isHtmlType(contentType) || ContentSniffer.looksLikeHtml(prescan)) {
      Matcher meta = META_CHARSET.matcher(prescan);
      if (meta.find()) {
        charset = resolve(meta.group(1), true, warnings);
      }
    }
    if (charset == null) {
      String label = parameterCharset(contentType);
      if (label != null) {
        charset = resolve(label, false, warnings);
      }
    }
    return decode(bytes, 0, charset == null ? StandardCharsets.UTF_8 : charset, warnings);
  }

  private static Decoded decode(byte[] bytes, int offset, Charset charset, List<String> warnings) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // Well-formed UTF-8 (nearly every page) takes the fast decoder; anything else is left to the
      // strict decoder below, which tells what is wrong and replaces it.
      CharSequence text = Utf8.decode(bytes, offset);
      if (text != null) {
        return new Decoded(withoutBom(text), charset, List.copyOf(warnings));
      }
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer text;
    try {
      text = decoder(charset, CodingErrorAction.REPORT).decode(input);
    } catch (CharacterCodingException e) {
      warnings.add("invalid bytes replaced");
      input.rewind().position(offset);
      text = decodeReplacing(input, charset);
    }
    return new Decoded(withoutBom(text), charset, List.copyOf(warnings));
  }

  private static CharSequence withoutBom(CharSequence text) {
    return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.subSequence(1, text.length()) : text;
  }

  private static CharBuffer decodeReplacing(ByteBuffer input, Charset charset) {
    try {
      return decoder(charset, CodingErrorAction.REPLACE).decode(input);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not report errors", e);
    }
  }

  private static CharsetDecoder decoder(Charset charset, CodingErrorAction action) {
    return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
  }

  private static String parameterCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    if (semicolon < 0) {
      return null;
    }
    Matcher m = PARAM_CHARSET.matcher(contentType.substring(semicolon));
    return m.find() ? m.group(1) : null;
  }

  /**
   * Maps a charset label to a charset the way browsers do. A {@code <meta>} declaration of UTF-16
   * means UTF-8 (the declaration could not have been read otherwise).
   */
  private static Charset resolve(String label, boolean fromMeta, List<String> warnings) {
    String name = label.toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("l1") || name.equals("us-ascii")
        || name.equals("ascii") || name.equals("iso8859-1") || name.equals("iso_8859-1")
        || name.equals("x-user-defined")) {
      name = "windows-1252";
    } else if (fromMeta && WIDE_LABEL.matcher(name).matches()) {
      name = "utf-8";
    } else if (name.equals("utf8")) {
      name = "utf-8";
    }
    Optional<Charset> charset = charset(name);
    if (charset.isEmpty()) {
      warnings.add("unknown charset '" + label + "' ignored");
      return null;
    }
    return charset.get();
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
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
