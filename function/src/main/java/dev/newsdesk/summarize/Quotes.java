package dev.newsdesk.summarize;

import dev.newsdesk.model.Quote;
import dev.newsdesk.model.WordList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds quoted speech in the story's sentences, and the speaker when the sentence names one. */
final class Quotes {
  private static final Pattern QUOTED = Pattern.compile("“([^“”]+)”|\"([^\"]+)\"");
  private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
  private static final int MIN_WORDS = 4;
  private static final int MAX_SPEAKER_WORDS = 6;

  private final Pattern after;
  private final Pattern before;

  Quotes(WordList reportingVerbs) {
    String verbs = String.join("|", reportingVerbs.entries().stream().map(Pattern::quote).toList());
    // “...,” the Centcom statement said.   /   “...,” said Joe Biden.
    this.after = Pattern.compile("^[,.!?]?\\s*(?:(.{1,80}?)\\s+(?:" + verbs + ")\\b|(?:" + verbs + ")\\s+([^,.;]{1,60}))");
    // Blinken said: “...   /   crowds of protesters gathered chanting: “...
    this.before = Pattern.compile("(?:^|[,;]\\s*)([^,;]{1,80}?)\\s+(?:" + verbs + ")\\b[^“\"]{0,20}$");
  }

  List<Quote> find(List<Pool.Candidate> sentences) {
    Map<String, Quote> found = new LinkedHashMap<>();
    for (Pool.Candidate c : sentences) {
      Matcher m = QUOTED.matcher(c.text());
      while (m.find()) {
        String inner = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        if (Text.words(inner) < MIN_WORDS || found.containsKey(inner)) {
          continue;
        }
        String speaker = speaker(c.text().substring(0, m.start()), c.text().substring(m.end()));
        found.put(inner, new Quote(inner, speaker, c.cite()));
      }
    }
    return new ArrayList<>(found.values());
  }

  private String speaker(String beforeQuote, String afterQuote) {
    Matcher a = after.matcher(afterQuote);
    if (a.find()) {
      String s = a.group(1) != null ? a.group(1) : a.group(2);
      String cleaned = clean(s);
      if (cleaned != null) {
        return cleaned;
      }
    }
    Matcher b = before.matcher(beforeQuote);
    if (b.find()) {
      return clean(b.group(1));
    }
    return null;
  }

  /** A speaker is a short phrase that starts like a noun phrase, not a clause or another quote. */
  private static String clean(String phrase) {
    if (phrase == null) {
      return null;
    }
    String s = phrase.strip();
    if (s.isEmpty() || s.contains("“") || s.contains("”") || s.contains("\"")) {
      return null;
    }
    String withoutArticle = ARTICLE.matcher(s).replaceFirst("");
    if (Text.words(withoutArticle) > MAX_SPEAKER_WORDS || withoutArticle.isEmpty()) {
      return null;
    }
    return withoutArticle;
  }
}
