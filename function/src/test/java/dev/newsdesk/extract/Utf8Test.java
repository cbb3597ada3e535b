package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decoder gives the JDK's text for well-formed UTF-8 and {@code null} for everything else. */
class Utf8Test {

  @Test
  void decodesLikeTheJdk() {
    String[] texts = {
      "", "a", "plain ASCII, longer than eight bytes", "café", "“quoted” — dash… 12 €",
      "日本語のテキスト", "emoji 😀 and 𝄞 clef", "\uFFFD is a character too", "mixed: a\u00e9\u4e2d\uD83D\uDE00b",
      "x".repeat(7) + "é" + "y".repeat(9) + "ü",
    };
    for (String text : texts) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(text, String.valueOf(Utf8.decode(bytes, 0)), text);
    }
  }

  @Test
  void startsAtTheOffset() {
    byte[] bytes = "\uFEFFcafé".getBytes(StandardCharsets.UTF_8);
    assertEquals("café", Utf8.decode(bytes, 3).toString());
  }

  @Test
  void malformedInputIsLeftToTheCaller() {
    int[][] malformed = {
      {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xC3}, {0xC3, 0x28}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF},
      {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xE2, 0x82}, {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF},
      {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF0, 0x9F, 0x98}, {0xFE}, {0xFF},
    };
    for (int[] sequence : malformed) {
      byte[] bytes = new byte[sequence.length + 10];
      for (int i = 0; i < sequence.length; i++) {
        bytes[5 + i] = (byte) sequence[i];
      }
      for (int i = 0; i < 5; i++) {
        bytes[i] = 'a';
        bytes[bytes.length - 1 - i] = 'z';
      }
      assertNull(Utf8.decode(bytes, 0), Arrays.toString(sequence));
    }
  }

  /** Random bytes, mostly ASCII with multi-byte sequences and damage: the same verdict as the JDK's strict decoder. */
  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = randomBytes(random);
      String expected = strict(bytes);
      CharSequence actual = Utf8.decode(bytes, 0);
      assertEquals(expected, actual == null ? null : actual.toString(), "round " + round);
    }
  }

  private static byte[] randomBytes(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        text.append((char) (' ' + random.nextInt(95)));
      } else if (kind < 9) {
        text.appendCodePoint(random.nextInt(3) == 0 ? 0x10000 + random.nextInt(0x100000) : 0x80 + random.nextInt(0xD000));
      } else {
        text.append('\uFFFD');
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && random.nextBoolean()) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
