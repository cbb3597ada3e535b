package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenTest {

  private static String texts(String s) {
    return Token.scan(s).stream().map(t -> t.text).collect(Collectors.joining(" | "));
  }

  @Test
  void joinsInnerMarks() {
    assertEquals("Iran-backed | al-Saadi | Kata’ib | U.S | . | 3.5 | 21:30 | 2,500 | 1/4 | 2024-01-04",
        texts("Iran-backed al-Saadi Kata’ib U.S. 3.5 21:30 2,500 1/4 2024-01-04"));
  }

  @Test
  void splitsEverythingElse() {
    assertEquals("“ | Hello | , | ” | he | said | ( | 18:30 | GMT | ) | .", texts("“Hello,” he said (18:30 GMT)."));
    assertEquals("1 | , | 23", texts("1,23"));
    assertEquals("Ph | . | D", texts("Ph.D"));
  }

  @Test
  void knowsKindsOffsetsAndPossessives() {
    List<Token> tokens = Token.scan("Baghdad’s 85 strikes");
    Token baghdad = tokens.get(0);
    assertTrue(baghdad.isWord());
    assertTrue(baghdad.capitalised());
    assertTrue(baghdad.possessive());
    assertEquals("baghdad", baghdad.lowerBase());
    assertEquals(7, baghdad.baseEnd());
    assertTrue(tokens.get(1).isNumber());
    assertEquals(10, tokens.get(1).start);
    assertFalse(tokens.get(2).possessive());
  }
}
