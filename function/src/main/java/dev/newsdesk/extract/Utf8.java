package dev.newsdesk.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Decodes well-formed UTF-8 faster than {@code new String(bytes, UTF_8)} does on pages that are mostly
 * ASCII with some other characters (curly quotes, accents, dashes): the JDK's decoder goes byte by byte
 * from the first non-ASCII byte on, while this one finds ASCII runs eight bytes at a time and widens
 * them with the JDK's own bulk copy ({@link String#getChars} of a Latin-1 string), decoding only the
 * multi-byte sequences one at a time.
 *
 * <p>Only well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) is
 * decoded; for anything else the result is {@code null} and the caller decodes with a replacing
 * decoder. On well-formed input the text is exactly what the JDK's decoder gives. Stateless.
 */
final class Utf8 {
  private Utf8() {}

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The text of {@code bytes[offset..]}, or {@code null} when those bytes are not well-formed UTF-8:
   * a (Latin-1) {@link String} when they are all ASCII, else a {@link CharBuffer} over the decoded chars.
   *
   * @param bytes  the bytes
   * @param offset where the text starts (after a byte-order mark)
   */
  static CharSequence decode(byte[] bytes, int offset) {
    int end = bytes.length;
    int sp = nonAscii(bytes, offset, end);
    if (sp == end) {
      return new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1); // ASCII: a plain copy
    }
    // A Latin-1 view of the bytes, so that each ASCII run is widened to chars in one bulk copy.
    String view = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
    char[] out = new char[end - offset];
    view.getChars(0, sp - offset, out, 0);
    int dp = sp - offset;
    while (sp < end) {
      int b1 = bytes[sp];
      if (b1 >= 0) {
        int run = nonAscii(bytes, sp, end);
        view.getChars(sp - offset, run - offset, out, dp);
        dp += run - sp;
        sp = run;
      } else if (b1 >= (byte) 0xC2 && b1 <= (byte) 0xDF) {
        if (sp + 1 >= end || !isContinuation(bytes[sp + 1])) {
          return null;
        }
        out[dp++] = (char) (((b1 & 0x1F) << 6) | (bytes[sp + 1] & 0x3F));
        sp += 2;
      } else if (b1 >= (byte) 0xE0 && b1 <= (byte) 0xEF) {
        if (sp + 2 >= end || !isContinuation(bytes[sp + 1]) || !isContinuation(bytes[sp + 2])) {
          return null;
        }
        char c = (char) (((b1 & 0x0F) << 12) | ((bytes[sp + 1] & 0x3F) << 6) | (bytes[sp + 2] & 0x3F));
        if (c < 0x800 || Character.isSurrogate(c)) {
          return null; // an overlong form or an encoded surrogate
        }
        out[dp++] = c;
        sp += 3;
      } else if (b1 >= (byte) 0xF0 && b1 <= (byte) 0xF4) {
        if (sp + 3 >= end || !isContinuation(bytes[sp + 1]) || !isContinuation(bytes[sp + 2])
            || !isContinuation(bytes[sp + 3])) {
          return null;
        }
        int cp = ((b1 & 0x07) << 18) | ((bytes[sp + 1] & 0x3F) << 12) | ((bytes[sp + 2] & 0x3F) << 6)
            | (bytes[sp + 3] & 0x3F);
        if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
          return null;
        }
        out[dp++] = Character.highSurrogate(cp);
        out[dp++] = Character.lowSurrogate(cp);
        sp += 4;
      } else {
        return null; // a continuation byte without a lead, C0, C1 or F5..FF
      }
    }
    return CharBuffer.wrap(out, 0, dp);
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** The index of the first byte from {@code from} with its high bit set, or {@code end}. */
  static int nonAscii(byte[] bytes, int from, int end) {
    int i = from;
    for (; i <= end - Long.BYTES; i += Long.BYTES) {
      long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
      if (high != 0) {
        return i + (Long.numberOfTrailingZeros(high) >>> 3);
      }
    }
    for (; i < end; i++) {
      if (bytes[i] < 0) {
        return i;
      }
    }
    return end;
  }
}
