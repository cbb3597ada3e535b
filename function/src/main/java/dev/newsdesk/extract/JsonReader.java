package dev.newsdesk.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, tolerant JSON reader for the JSON-LD blocks of web pages (the extract stage does not
 * depend on Jackson). Objects become {@link LinkedHashMap}s (key order kept; a repeated key keeps
 * its first value), arrays {@link ArrayList}s, numbers {@link BigDecimal}s, and {@code null} is Java
 * {@code null}.
 *
 * <p>Tolerated, because pages do it: raw control characters (such as newlines) inside strings,
 * unknown escapes ({@code \x} reads as {@code x}), trailing commas, {@code //} and {@code /* *}{@code /}
 * comments, HTML comment and CDATA wrappers around the whole text, and several top-level values one
 * after the other. Nesting deeper than {@value #MAX_DEPTH} is rejected rather than risking the stack.
 *
 * <p>Instances are single-use and not thread-safe; use {@link #readAll(String)}.
 */
final class JsonReader {
  /** Deepest nesting of arrays and objects accepted. */
  static final int MAX_DEPTH = 200;

  /** The text is not JSON, even by this reader's tolerant standard. */
  static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
      super(message);
    }
  }

  private final String text;
  private int pos;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Reads every top-level value in {@code text}, in order. */
  static List<Object> readAll(String text) throws MalformedJsonException {
    JsonReader reader = new JsonReader(unwrap(text));
    List<Object> values = new ArrayList<>();
    reader.skipSeparators();
    while (reader.pos < reader.text.length()) {
      values.add(reader.value(0));
      reader.skipSeparators();
    }
    return values;
  }

  /** Removes the {@code <!-- -->} and {@code <![CDATA[ ]]>} wrappers some pages put in script blocks. */
  private static String unwrap(String text) {
    String s = text.strip();
    for (String wrapper : new String[] {"<!--", "//<![CDATA[", "<![CDATA["}) {
      if (s.startsWith(wrapper)) {
        s = s.substring(wrapper.length()).strip();
      }
    }
    for (String wrapper : new String[] {"-->", "//]]>", "]]>"}) {
      if (s.endsWith(wrapper)) {
        s = s.substring(0, s.length() - wrapper.length()).strip();
      }
    }
    return s;
  }

  private Object value(int depth) throws MalformedJsonException {
    skipSpace();
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object(int depth) throws MalformedJsonException {
    checkDepth(depth);
    pos++; // '{'
    Map<String, Object> map = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (pos >= text.length()) {
        throw error("unterminated object");
      }
      if (text.charAt(pos) == '}') {
        pos++;
        return map;
      }
      if (text.charAt(pos) != '"') {
        throw error("expected a string key");
      }
      String key = string();
      skipSpace();
      expect(':');
      Object value = value(depth);
      map.putIfAbsent(key, value);
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
      } else if (pos < text.length() && text.charAt(pos) != '}') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws MalformedJsonException {
    checkDepth(depth);
    pos++; // '['
    List<Object> list = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= text.length()) {
        throw error("unterminated array");
      }
      if (text.charAt(pos) == ']') {
        pos++;
        return list;
      }
      list.add(value(depth));
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
      } else if (pos < text.length() && text.charAt(pos) != ']') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() throws MalformedJsonException {
    pos++; // opening quote
    StringBuilder out = null; // only for a string with escapes; others are one substring
    int run = pos; // the first character not yet copied
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        String rest = text.substring(run, pos++);
        return out == null ? rest : out.append(rest).toString();
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      out = out == null ? new StringBuilder(pos - run + 16) : out;
      out.append(text, run, pos++);
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> out.append(e);
      }
      run = pos;
    }
    throw error("unterminated string");
  }

  private char unicodeEscape() throws MalformedJsonException {
    if (pos + 4 > text.length()) {
      throw error("short \\u escape");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = hexDigit(text.charAt(pos + i));
      if (digit < 0) {
        throw error("bad \\u escape");
      }
      code = code * 16 + digit;
    }
    pos += 4;
    return (char) code;
  }

  /** The value of a hex digit as {@link Character#digit(char, int)} reads it (which takes other scripts' digits too), or -1. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return c < 128 ? -1 : Character.digit(c, 16);
  }

  private BigDecimal number() throws MalformedJsonException {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw error("bad number");
    }
  }

  private Object literal(String word, Object value) throws MalformedJsonException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected word");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws MalformedJsonException {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void checkDepth(int depth) throws MalformedJsonException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
  }

  /** Skips whitespace and comments. */
  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0') {
        pos++;
      } else if (text.startsWith("//", pos)) {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos + 2);
        pos = end < 0 ? text.length() : end + 2;
      } else {
        return;
      }
    }
  }

  /** Skips whitespace, comments, and the ',' or ';' some pages put between top-level values. */
  private void skipSeparators() {
    skipSpace();
    while (pos < text.length() && (text.charAt(pos) == ';' || text.charAt(pos) == ',')) {
      pos++;
      skipSpace();
    }
  }

  private MalformedJsonException error(String what) {
    return new MalformedJsonException(what + " at offset " + pos);
  }
}
