package dev.newsdesk.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every term and name the cluster stage has met, each with a dense id for the compact vectors and
 * posting lists, and its document frequency. Outside this class a key carries its kind as a prefix:
 * {@code t:strike}, {@code n:Baghdad}.
 *
 * <p>Ids are an in-memory device: they depend on the order keys were met and never reach output;
 * anything that is persisted or breaks a tie uses the key itself. Not thread-safe.
 */
final class Vocabulary {
  /** The two kinds of key, and their prefixes. */
  enum Kind {
    TERM("t:"), NAME("n:");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  private final Map<String, Integer> terms = new HashMap<>();
  private final Map<String, Integer> names = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  /** Case-folded names ("CRAYOLA", "Crayola": one form), numbered as met. */
  private final Map<String, Integer> forms = new HashMap<>();
  private int[] frequency = new int[1024];
  /** For a name id, the number of its case-folded form; -1 for a term. */
  private int[] formOf = new int[1024];

  /** The id of a term or name, added with document frequency 0 when new. */
  int id(Kind kind, String word) {
    Map<String, Integer> ids = kind == Kind.TERM ? terms : names;
    Integer known = ids.get(word);
    if (known != null) {
      return known;
    }
    int id = keys.size();
    ids.put(word, id);
    keys.add(kind.prefix + word);
    if (id == frequency.length) {
      frequency = Arrays.copyOf(frequency, 2 * id);
      formOf = Arrays.copyOf(formOf, 2 * id);
    }
    formOf[id] = kind == Kind.NAME ? forms.computeIfAbsent(word.toLowerCase(Locale.ROOT), f -> forms.size()) : -1;
    return id;
  }

  /** The id of a prefixed key ({@code t:strike}), added when new. */
  int id(String key) {
    if (key.startsWith(Kind.TERM.prefix)) {
      return id(Kind.TERM, key.substring(2));
    }
    if (key.startsWith(Kind.NAME.prefix)) {
      return id(Kind.NAME, key.substring(2));
    }
    throw new IllegalArgumentException("document frequency key must start with t: or n:, was '" + key + "'");
  }

  /** The prefixed key of an id handed out by {@link #id}. */
  String key(int id) {
    return keys.get(id);
  }

  int frequency(int id) {
    return frequency[id];
  }

  /**
   * The number of a name's case-folded form: two names written alike but for case have the same
   * form. -1 for a term. Like ids, form numbers depend on the order names were met and are compared
   * only with each other.
   */
  int form(int id) {
    return formOf[id];
  }

  void count(int id) {
    frequency[id]++;
  }

  void setFrequency(int id, int df) {
    frequency[id] = df;
  }

  /** The keys counted in at least one document, with their frequencies, sorted by key. */
  SortedMap<String, Integer> frequencies() {
    TreeMap<String, Integer> out = new TreeMap<>();
    for (int id = 0; id < keys.size(); id++) {
      if (frequency[id] > 0) {
        out.put(keys.get(id), frequency[id]);
      }
    }
    return out;
  }

  /** Orders ids by their keys, for deterministic tie-breaks. */
  int compareKeys(int a, int b) {
    return keys.get(a).compareTo(keys.get(b));
  }
}
