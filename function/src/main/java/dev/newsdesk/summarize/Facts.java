package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Disagreement;
import dev.newsdesk.model.Fact;
import dev.newsdesk.model.NumberMention;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads typed facts from the opening sentences of each independent source — where a report states
 * its main event — and turns different values from different sources into disagreements.
 *
 * <p>Slots: {@code killed} and {@code injured} (a number in a sentence with a casualty word) and
 * {@code when} (a fully resolved date). Only the lead of each source is read, because later sentences
 * often count other events (a previous attack, a war's toll).
 */
final class Facts {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PARTIAL = Pattern.compile("\\b([\\w,]+)\\s+(?:other|more|additional|further)\\b");
  private static final Set<String> NOT_PEOPLE =
      Set.of("year", "years", "month", "months", "day", "days", "hour", "hours", "minute", "minutes", "percent",
          "gmt", "am", "pm", "km", "miles", "times", "strikes", "attacks");

  private final Map<String, List<String>> casualtyWords = new TreeMap<>();
  private final int leadWindow;

  Facts(WordList casualtyWords, int leadWindow) {
    for (String line : casualtyWords.entries()) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException(casualtyWords.name() + ": expected 'slot word', got '" + line + "'");
      }
      this.casualtyWords.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1].toLowerCase(Locale.ROOT));
    }
    this.leadWindow = leadWindow;
  }

  record Found(List<Fact> facts, List<Disagreement> disagreements) {}

  /** One value as one source states it. */
  private record Claim(String value, String words, int source) {}

  Found find(Map<Integer, Analysis> independent) {
    Map<String, List<Claim>> bySlot = new TreeMap<>();
    independent.forEach((n, a) -> {
      Map<String, Claim> first = new TreeMap<>();
      for (Sentence s : a.sentences()) {
        if (s.index() >= leadWindow) {
          break;
        }
        String lower = s.text().toLowerCase(Locale.ROOT);
        casualtyWords.forEach((slot, words) -> {
          if (!first.containsKey(slot) && words.stream().anyMatch(w -> containsWord(lower, w))) {
            count(a, s).ifPresent(v -> first.put(slot, new Claim(v, s.text(), n)));
          }
        });
        if (!first.containsKey("when")) {
          for (DateMention d : a.dates()) {
            if (d.sentence() == s.index() && d.value() != null && FULL_DATE.matcher(d.value()).matches()) {
              first.put("when", new Claim(d.value(), s.text(), n));
              break;
            }
          }
        }
      }
      first.forEach((slot, claim) -> bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(claim));
    });
    List<Fact> facts = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    bySlot.forEach((slot, claims) -> {
      Map<String, List<Claim>> byValue = new TreeMap<>();
      claims.forEach(c -> byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c));
      if (byValue.size() == 1) {
        List<Claim> all = byValue.values().iterator().next();
        facts.add(new Fact(slot, all.get(0).value(), all.get(0).words(), sources(all), all.size()));
      } else {
        List<Disagreement.Claim> sides = new ArrayList<>();
        byValue.forEach((value, all) -> sides.add(new Disagreement.Claim(value, all.get(0).words(), sources(all))));
        disagreements.add(new Disagreement(slot, sides));
      }
    });
    return new Found(facts, disagreements);
  }

  private static List<Integer> sources(List<Claim> claims) {
    TreeSet<Integer> n = new TreeSet<>();
    claims.forEach(c -> n.add(c.source()));
    return List.copyOf(n);
  }

  private static java.util.Optional<String> count(Analysis a, Sentence s) {
    for (NumberMention m : a.numbers()) {
      if (m.sentence() == s.index() && m.value() >= 1 && m.value() <= 1_000_000 && m.value() == Math.rint(m.value())
          && (m.unit() == null || !NOT_PEOPLE.contains(m.unit())) && !partial(s.text(), m.text())) {
        return java.util.Optional.of(Long.toString((long) m.value()));
      }
    }
    return java.util.Optional.empty();
  }

  /** "two other militants", "three more": a number that counts only part of the toll. */
  private static boolean partial(String sentence, String number) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    String n = number.toLowerCase(Locale.ROOT);
    return PARTIAL.matcher(lower).results().anyMatch(r -> r.group(1).equals(n));
  }

  private static boolean containsWord(String text, String word) {
    int i = text.indexOf(word);
    while (i >= 0) {
      boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
      int end = i + word.length();
      boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      i = text.indexOf(word, i + 1);
    }
    return false;
  }
}
