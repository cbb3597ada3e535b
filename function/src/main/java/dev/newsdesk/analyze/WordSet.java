package dev.newsdesk.analyze;

import java.util.Collection;

/**
 * An immutable set of words that can also be probed with a slice of a {@code char[]}, so that the
 * term pipeline can test every word against the stop list without first making it a String.
 * Open addressing with linear probing, at most a quarter full. Thread-safe.
 */
final class WordSet {

  private final String[] table;
  private final int mask;
  private final int size;

  WordSet(Collection<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size()) * 4);
    table = new String[capacity];
    mask = capacity - 1;
    int count = 0;
    for (String word : words) {
      int i = hash(word) & mask;
      while (table[i] != null && !table[i].equals(word)) {
        i = (i + 1) & mask;
      }
      if (table[i] == null) {
        table[i] = word;
        count++;
      }
    }
    size = count;
  }

  /** Whether the set holds {@code word}. */
  boolean contains(String word) {
    for (int i = hash(word) & mask; ; i = (i + 1) & mask) {
      String s = table[i];
      if (s == null) {
        return false;
      }
      if (s.equals(word)) {
        return true;
      }
    }
  }

  /** Whether the set holds the word written by {@code chars[0, length)}. */
  boolean contains(char[] chars, int length) {
    for (int i = hash(chars, length) & mask; ; i = (i + 1) & mask) {
      String s = table[i];
      if (s == null) {
        return false;
      }
      if (s.length() == length && same(s, chars)) {
        return true;
      }
    }
  }

  int size() {
    return size;
  }

  private static boolean same(String s, char[] chars) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String s) {
    int h = 0;
    for (int k = 0; k < s.length(); k++) {
      h = 31 * h + s.charAt(k);
    }
    return spread(h);
  }

  private static int hash(char[] chars, int length) {
    int h = 0;
    for (int k = 0; k < length; k++) {
      h = 31 * h + chars[k];
    }
    return spread(h);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
