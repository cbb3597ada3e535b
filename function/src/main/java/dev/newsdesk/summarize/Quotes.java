package dev.newsdesk.summarize;

import dev.newsdesk.model.Quote;
import dev.newsdesk.model.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted speech in the story's sentences, and the speaker when the sentence names one.
 *
 * <p>A quote is the text inside a pair of quotation marks, four words or more (shorter ones are
 * scare quotes: a “targeted retaliation”), published verbatim without a trailing comma. Its speaker,
 * tried in this order:
 * <ol>
 *   <li>named right after it: “...,” <em>the Centcom statement</em> said / said <em>Joe Biden</em>;
 *   <li>the subject of a speech verb that introduces it: <em>crowds of protesters</em> gathered
 *       chanting: “...”;
 *   <li>when it continues ("adding “...”"), the speaker of the quote before it in the sentence, or
 *       else the sentence's subject: <em>Harakat al Nujaba</em> - another group ... - released a
 *       statement ..., adding that “...”;
 *   <li>the source it is "according to".
 * </ol>
 * A speaker is a short noun phrase: at most six words, without its article, never a bare pronoun.
 */
final class Quotes {
  private static final Pattern QUOTED = Pattern.compile("“([^“”]+)”|\"([^\"]+)\"");
  private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDING = Pattern.compile("^[\\s,.!?]*according to\\s+([^,.;:“”\"]{1,60})");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
      "this", "that", "one");
  /** Words a clause can open with that never start a speaker's name. */
  private static final Set<String> NOT_SUBJECTS = Set.of("but", "and", "or", "so", "yet", "while", "as", "when",
      "because", "although", "though", "if", "who", "which", "that", "there", "where", "after", "before", "since",
      "then", "now", "also", "in", "on", "at", "of", "to", "for", "with", "by", "from");
  private static final Set<String> AUXILIARIES = Set.of("is", "was", "were", "are", "be", "been", "has", "have",
      "had", "will", "would", "could", "can", "may", "might", "did", "does", "do", "should", "must", "also");
  private static final int MIN_WORDS = 4;
  private static final int MAX_SPEAKER_WORDS = 6;
  /** Word Dice similarity from which a quote repeats another. */
  private static final double REPEAT = 0.7;

  private final Set<String> verbs;
  private final Pattern afterSubjectVerb;
  private final Pattern afterVerbSubject;
  private final Pattern introduced;
  private final Pattern continued;
  private final Pattern reportingVerb;

  Quotes(WordList reportingVerbs) {
    this.verbs = reportingVerbs.lowerCaseSet();
    List<String> single = reportingVerbs.entries().stream().filter(v -> !v.contains(" ")).toList();
    String alternatives = String.join("|", single.stream().map(Pattern::quote).toList());
    // “...,” the Centcom statement said.      “...,” said Joe Biden.
    this.afterSubjectVerb = Pattern.compile("^[\\s,.!?'’‘`]*([^,;:“”\"]{1,80}?)\\s+(?:" + alternatives + ")\\b");
    this.afterVerbSubject = Pattern.compile("^[\\s,.!?'’‘`]*(?:" + alternatives + ")\\s+([^,.;:“”\"]{1,60})");
    // crowds of protesters gathered chanting: “...      Blinken said: “...      adding that “...
    this.introduced = Pattern.compile("\\b(" + alternatives + ")(?:\\s+that)?\\s*[:,]?\\s*$",
        Pattern.CASE_INSENSITIVE);
    this.reportingVerb = Pattern.compile("\\b(?:" + alternatives + ")\\b");
    this.continued = Pattern.compile("\\b(?:adding|added|continuing|continued)\\b(?:\\s+that)?\\s*[:,]?\\s*$",
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * The quotes of the given sentences, each once: at most {@code limit}, those with a named speaker
   * first, then those of the sentences that weigh most in the story; given in the order of the
   * sentences.
   *
   * @param sentences the sentences, in reading order
   * @param weight    how much a sentence weighs in the story
   */
  List<Quote> find(List<Pool.Candidate> sentences, ToDoubleFunction<Pool.Candidate> weight, int limit) {
    List<Quote> found = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Set<String>> foundWords = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    Set<String> texts = new HashSet<>();
    for (Pool.Candidate c : sentences) {
      if (c.text().indexOf('“') < 0 && c.text().indexOf('"') < 0) {
        continue;
      }
      String text = c.text();
      Matcher m = QUOTED.matcher(text);
      String previousSpeaker = null;
      while (m.find()) {
        String inner = (m.group(1) != null ? m.group(1) : m.group(2)).strip().replaceAll(",+$", "").strip();
        String speaker = speaker(text, m.start(), m.end(), previousSpeaker);
        previousSpeaker = speaker;
        if (Text.words(inner) < MIN_WORDS || texts.contains(inner)) {
          continue;
        }
        Set<String> words = lowerWords(inner);
        if (repeats(words, foundWords, postings)) {
          continue;
        }
        texts.add(inner);
        for (String w : words) {
          postings.computeIfAbsent(w, k -> new ArrayList<>()).add(foundWords.size());
        }
        foundWords.add(words);
        found.add(new Quote(inner, speaker, c.cite()));
        weights.add(weight.applyAsDouble(c));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> found.get(i).speaker() == null)
        .thenComparing(i -> -weights.get(i)).thenComparing(i -> i));
    List<Integer> kept = new ArrayList<>(order.subList(0, Math.min(limit, order.size())));
    kept.sort(Comparator.naturalOrder());
    return kept.stream().map(found::get).toList();
  }

  /**
   * Whether a quote has most of its words in common with one already found; {@code postings} lists,
   * for every word, the quotes found that have it.
   */
  private static boolean repeats(Set<String> words, List<Set<String>> found, Map<String, List<Integer>> postings) {
    Map<Integer, Integer> common = new HashMap<>();
    for (String w : words) {
      for (int other : postings.getOrDefault(w, List.of())) {
        common.merge(other, 1, Integer::sum);
      }
    }
    for (Map.Entry<Integer, Integer> e : common.entrySet()) {
      if (2.0 * e.getValue() / (words.size() + found.get(e.getKey()).size()) >= REPEAT) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> lowerWords(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private String speaker(String sentence, int start, int end, String previousSpeaker) {
    String before = sentence.substring(0, start);
    String after = sentence.substring(end);
    Matcher a = afterSubjectVerb.matcher(after);
    if (a.find()) {
      String s = clean(a.group(1));
      if (s != null) {
        return s;
      }
    }
    Matcher v = afterVerbSubject.matcher(after);
    if (v.find()) {
      String s = clean(v.group(1));
      if (s != null) {
        return s;
      }
    }
    if (continued.matcher(before).find()) {
      if (previousSpeaker != null) {
        return previousSpeaker;
      }
      String s = subject(sentence);
      if (s != null) {
        return s;
      }
    }
    Matcher i = introduced.matcher(before);
    if (i.find()) {
      // The subject of the verb: the nearest stretch between commas before it that makes one,
      // stepping over an apposition ("Mireya Garcia, secretary general of ..., said:").
      String[] chunks = before.substring(0, i.start()).split("[,;”]");
      for (int k = chunks.length - 1; k >= 0; k--) {
        String s = subject(chunks[k]);
        if (s != null) {
          return s;
        }
      }
    }
    Matcher according = ACCORDING.matcher(after);
    if (according.find()) {
      return clean(according.group(1));
    }
    // Reported speech that quotes a phrase: US Central Command said the attack ... had killed the “...”.
    String reporter = null;
    Matcher verb = reportingVerb.matcher(before);
    while (verb.find()) {
      String clause = before.substring(0, verb.start());
      int cut = Math.max(Math.max(clause.lastIndexOf(','), clause.lastIndexOf('”')), clause.lastIndexOf(';'));
      reporter = subject(clause.substring(cut + 1));
    }
    return reporter;
  }

  /**
   * The noun phrase a clause opens with: its words up to a dash, a comma, a quotation mark or the
   * first verb-like word (a reporting verb, an auxiliary, a lower-case word ending in -ed or -ing).
   */
  private String subject(String clause) {
    List<String> words = new ArrayList<>();
    for (String w : clause.strip().split("\\s+")) {
      if (w.isEmpty() || w.equals("-") || w.equals("—") || w.equals("–") || w.startsWith("“") || w.startsWith("\"")) {
        break;
      }
      String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      boolean lowerCase = Character.isLowerCase(w.charAt(0));
      if (verbs.contains(lower) || AUXILIARIES.contains(lower)
          || lowerCase && (lower.endsWith("ed") || lower.endsWith("ing"))) {
        break;
      }
      boolean stop = w.endsWith(",") || w.endsWith(";") || w.endsWith(":");
      words.add(stop ? w.substring(0, w.length() - 1) : w);
      if (stop) {
        break;
      }
    }
    if (words.isEmpty() || NOT_SUBJECTS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return clean(String.join(" ", words));
  }

  /**
   * A speaker is a short phrase that starts like a noun phrase: not a clause ("as Maxwell"), a
   * participle ("Citing the reports"), a pronoun or a quote.
   */
  private static String clean(String phrase) {
    if (phrase == null) {
      return null;
    }
    String s = phrase.strip().replaceAll("^['’‘`]+|['’‘`]+$", "").strip();
    if (s.isEmpty() || s.contains("“") || s.contains("”") || s.contains("\"") || !s.matches("(?s).*\\p{L}.*")) {
      return null;
    }
    String withoutArticle = ARTICLE.matcher(s).replaceFirst("");
    String first = withoutArticle.split("\\s+")[0];
    String firstLower = first.toLowerCase(Locale.ROOT);
    if (withoutArticle.isEmpty() || Text.words(withoutArticle) > MAX_SPEAKER_WORDS
        || PRONOUNS.contains(withoutArticle.toLowerCase(Locale.ROOT)) || NOT_SUBJECTS.contains(firstLower)
        || firstLower.endsWith("ing") && Character.isUpperCase(first.charAt(0))) {
      return null;
    }
    return withoutArticle;
  }
}
