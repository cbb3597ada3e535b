package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {

  @Test
  void answersForStringsAndCharSlices() {
    WordSet set = new WordSet(List.of("the", "of", "us", "the"));
    assertEquals(3, set.size());
    assertTrue(set.contains("the"));
    assertFalse(set.contains("them"));
    assertFalse(set.contains(""));
    char[] buffer = "thematic".toCharArray();
    assertTrue(set.contains(buffer, 3));
    assertFalse(set.contains(buffer, 4));
    assertFalse(set.contains(buffer, 0));
  }

  @Test
  void holdsManyWords() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      words.add("w" + i);
    }
    WordSet set = new WordSet(words);
    for (String w : words) {
      assertTrue(set.contains(w), w);
      assertTrue(set.contains(w.toCharArray(), w.length()), w);
    }
    assertFalse(set.contains("w5000"));
  }
}
