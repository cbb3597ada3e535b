package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.NumberMention;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.WordList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what one independent source states for each fact slot ({@link Facts} compares the sources).
 * Every value is a phrase that stands verbatim in the sentence it was read from.
 *
 * <p>Immutable and thread-safe; the rule lists are read by the caller, once.
 */
final class Claims {
  /**
   * One value as one source states it.
   *
   * @param slot       the fact slot
   * @param value      the phrase, verbatim in {@code words}
   * @param normalized its machine-readable form, or {@code null}
   * @param key        what makes two values the same value
   * @param words      the sentence it was read from, verbatim
   * @param source     the source's number
   * @param rank       order among the claims of one slot and source (lower first): the sentence index
   */
  record Claim(String slot, String value, String normalized, String key, String words, int source, double rank) {}

  private static final Pattern PARTIAL =
      Pattern.compile("(?:\\b(\\w+)\\s+)?\\b([\\w,-]+)\\s+(other|more|additional|further|of)\\b");
  private static final Set<String> NOT_PEOPLE =
      Set.of("year", "years", "month", "months", "day", "days", "hour", "hours", "minute", "minutes", "percent",
          "gmt", "am", "pm", "km", "miles", "times", "strikes", "attacks", "weeks", "week", "seconds");
  private static final Set<String> NOT_COUNTED = Set.of("year", "years", "month", "months", "day", "days", "hour",
      "hours", "minute", "minutes", "weeks", "week", "seconds", "gmt", "am", "pm", "percent", "times");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|--\\d{2}-\\d{2}");
  private static final Pattern CLOCK = Pattern.compile(
      "(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s+local time)?(?![\\d:])");
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}’'\\-]*";
  private static final Pattern PLACE = Pattern.compile(
      "\\b(?:in|at|near|outside|inside|across|into|from)\\s+(?:the\\s+)?"
          + "(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}(?:[’']s\\s+" + NAME_WORD + "(?:\\s+" + NAME_WORD
          + "){0,2})?)(?:\\s+([\\p{Ll}]+))?");
  private static final Pattern TARGET = Pattern.compile(
      "\\b(?:identified as|killing|assassinated|named as)\\s+(" + Names.NAME_REGEX + ")");

  /** How near (in characters) a count must stand to its casualty word. */
  private static final int NEAR = 60;

  private final Map<String, List<String>> casualtyWords = new TreeMap<>();
  private final Set<String> placeNouns;
  private final Pattern actor;
  private final int leadWindow;
  private final int factWindow;

  Claims(WordList casualtyWords, WordList placeNouns, WordList eventWords, WordList actorKinds, int leadWindow,
      int factWindow) {
    for (String line : casualtyWords.entries()) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException(casualtyWords.name() + ": expected 'slot word', got '" + line + "'");
      }
      this.casualtyWords.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1].toLowerCase(Locale.ROOT));
    }
    this.placeNouns = placeNouns.lowerCaseSet();
    this.actor = Pattern.compile("(?:^|[\\s(])(?:[Aa]n?\\s+|[Tt]he\\s+)?(" + NAME_WORD + "(?:\\s+" + NAME_WORD
        + "){0,2})\\s+(?:led\\s+)?(?:(?:" + alternatives(actorKinds) + ")\\s+)?(?:" + alternatives(eventWords)
        + ")\\b");
    this.leadWindow = leadWindow;
    this.factWindow = factWindow;
  }

  private static String alternatives(WordList words) {
    return String.join("|", words.entries().stream().map(Pattern::quote).toList());
  }

  /** Everything the source claims, slot by slot. */
  List<Claim> of(int n, Analysis a) {
    List<Claim> out = new ArrayList<>(casualties(n, a));
    when(n, a).ifPresent(out::add);
    time(n, a).ifPresent(out::add);
    out.addAll(places(n, a));
    out.addAll(actors(n, a));
    out.addAll(targets(n, a));
    out.addAll(counts(n, a));
    return out;
  }

  private List<Claim> casualties(int n, Analysis a) {
    List<Claim> out = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (Sentence s : a.sentences()) {
      if (s.index() >= leadWindow) {
        break;
      }
      String lower = s.text().toLowerCase(Locale.ROOT);
      if (otherTime(a, s)) {
        continue;
      }
      casualtyWords.forEach((slot, words) -> {
        if (!done.contains(slot) && words.stream().anyMatch(w -> containsWord(lower, w))) {
          count(a, s, words).ifPresent(m -> {
            done.add(slot);
            String digits = Long.toString((long) m.value());
            out.add(new Claim(slot, m.text(), digits, digits, s.text(), n, s.index()));
          });
        }
      });
    }
    return out;
  }

  private Optional<Claim> when(int n, Analysis a) {
    for (DateMention d : a.dates()) {
      if (d.sentence() >= factWindow) {
        break;
      }
      String lower = d.text().toLowerCase(Locale.ROOT);
      Sentence s = a.sentences().get(d.sentence());
      if (d.value() != null && DAY_VALUE.matcher(d.value()).matches()) {
        // A weekday (resolved or not) is compared as a weekday, a date as a day of the year: the
        // year is rarely what sources disagree on, and often what one of them leaves out.
        String key = d.relative() ? "w:" + weekdayOf(d.value()) : "d:" + d.value().substring(d.value().length() - 5);
        return Optional.of(new Claim("when", d.text(), d.value(), key, s.text(), n, d.sentence()));
      }
      Matcher weekday = WEEKDAY.matcher(lower);
      if (d.value() == null && !lower.startsWith("last ") && !lower.startsWith("next ") && weekday.find()) {
        return Optional.of(new Claim("when", d.text(), null, "w:" + weekday.group(1), s.text(), n, d.sentence()));
      }
    }
    return Optional.empty();
  }

  private Optional<Claim> time(int n, Analysis a) {
    for (Sentence s : a.sentences()) {
      if (s.index() >= factWindow) {
        break;
      }
      Matcher m = CLOCK.matcher(s.text());
      if (m.find()) {
        int hour = Integer.parseInt(m.group(1));
        String lower = m.group().toLowerCase(Locale.ROOT);
        if (lower.matches(".*[ap]\\.?m\\.?.*")) {
          if (hour < 1 || hour > 12) {
            continue;
          }
          hour = hour % 12 + (lower.matches(".*p\\.?m\\.?.*") ? 12 : 0);
        }
        String normalized = String.format(Locale.ROOT, "%02d:%s", hour, m.group(2));
        return Optional.of(new Claim("time", m.group(), normalized, normalized, s.text(), n, s.index()));
      }
    }
    return Optional.empty();
  }

  /**
   * Places after a locative preposition, one claim per place and source: the first sentence that
   * names it, written as fully as the source writes it ("Baghdad’s Mashtal neighbourhood" rather
   * than "Baghdad"). A place's part ("Mashtal") is claimed too.
   */
  private List<Claim> places(int n, Analysis a) {
    Map<String, Claim> best = new LinkedHashMap<>();
    for (Sentence s : a.sentences()) {
      if (s.index() >= factWindow) {
        break;
      }
      Matcher m = PLACE.matcher(s.text());
      while (m.find()) {
        String name = m.group(1).replaceFirst("[’']s$", "");
        if (name.length() < 2 || dateWords(a, s, name)) {
          continue;
        }
        String value = name;
        if (m.group(2) != null && placeNouns.contains(m.group(2)) && name.equals(m.group(1))) {
          value = s.text().substring(m.start(1), m.end(2));
        }
        String[] parts = name.split("[’']s\\s+");
        List<String> keys = new ArrayList<>();
        keys.add(parts[0].toLowerCase(Locale.ROOT));
        if (parts.length > 1) {
          keys.add(parts[1].toLowerCase(Locale.ROOT));
        }
        for (int k = 0; k < keys.size(); k++) {
          Claim before = best.get(keys.get(k));
          double rank = s.index() + 0.5 * k;
          if (before == null) {
            best.put(keys.get(k), new Claim("where", value, null, keys.get(k), s.text(), n, rank));
          } else if (value.length() > before.value().length()) {
            // A fuller writing, later in the source: keep the earlier rank.
            best.put(keys.get(k), new Claim("where", value, null, keys.get(k), s.text(), n, before.rank()));
          }
        }
      }
    }
    return new ArrayList<>(best.values());
  }

  /**
   * Whether a sentence is dated explicitly ("On 4 January", "a 1996 bomb attack"): in a report's
   * opening that is another event's date, and its toll is that event's.
   */
  private static boolean otherTime(Analysis a, Sentence s) {
    for (DateMention d : a.dates()) {
      if (d.sentence() == s.index() && !d.relative()) {
        return true;
      }
    }
    for (NumberMention m : a.numbers()) {
      if (m.sentence() == s.index() && m.text().matches("\\d{4}") && m.value() >= 1800 && m.value() <= 2100) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalised phrase is a date expression of that sentence ("in January"). */
  private static boolean dateWords(Analysis a, Sentence s, String phrase) {
    for (DateMention d : a.dates()) {
      if (d.sentence() == s.index() && (d.text().contains(phrase) || phrase.contains(d.text()))) {
        return true;
      }
    }
    return phrase.matches("(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
        + "|june|july|august|september|october|november|december)\\b.*");
  }

  private List<Claim> actors(int n, Analysis a) {
    for (Sentence s : a.sentences()) {
      if (s.index() >= leadWindow) {
        break;
      }
      Matcher m = actor.matcher(s.text());
      while (m.find()) {
        String name = m.group(1);
        if (name.endsWith("’s") || name.endsWith("'s") || dateWords(a, s, name)) {
          continue;
        }
        return List.of(new Claim("actor", name, null, name.toLowerCase(Locale.ROOT), s.text(), n, s.index()));
      }
    }
    return List.of();
  }

  private List<Claim> targets(int n, Analysis a) {
    for (Sentence s : a.sentences()) {
      if (s.index() >= factWindow) {
        break;
      }
      Matcher m = TARGET.matcher(s.text());
      if (m.find()) {
        String name = m.group(1).strip().replaceAll("[,.;:]+$", "");
        List<String> words = Names.words(name);
        if (words.size() >= 2) {
          return List.of(new Claim("target", name, null, String.join(" ", words), s.text(), n, s.index()));
        }
      }
    }
    return List.of();
  }

  /** Counts with a noun that are not casualty counts: "85 strikes", "2,500 troops". */
  private List<Claim> counts(int n, Analysis a) {
    List<Claim> out = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (NumberMention m : a.numbers()) {
      if (m.sentence() >= factWindow || m.unit() == null || NOT_COUNTED.contains(m.unit()) || m.value() < 2
          || m.value() != Math.rint(m.value())) {
        continue;
      }
      Sentence s = a.sentences().get(m.sentence());
      String lower = s.text().toLowerCase(Locale.ROOT);
      if (casualtyWords.values().stream().flatMap(List::stream).anyMatch(w -> containsWord(lower, w))) {
        continue;
      }
      int start = s.text().indexOf(m.text());
      int unit = start < 0 ? -1 : s.text().indexOf(m.unit(), start + m.text().length());
      if (unit < 0 || unit - start > m.text().length() + 30) {
        continue;
      }
      String value = s.text().substring(start, unit + m.unit().length());
      String digits = Long.toString((long) m.value());
      if (seen.add(digits + " " + m.unit())) {
        out.add(new Claim("count", value, digits, digits + " " + m.unit(), s.text(), n, s.index()));
      }
    }
    return out;
  }

  /**
   * The count a casualty word in the sentence refers to: of the numbers that can count people, the
   * one nearest to one of {@code words} ("killed the two assailants, injured 21 shoppers" gives two
   * killed and 21 injured), within {@link #NEAR} characters.
   */
  private static Optional<NumberMention> count(Analysis a, Sentence s, List<String> words) {
    String lower = s.text().toLowerCase(Locale.ROOT);
    List<Integer> cues = new ArrayList<>();
    for (String w : words) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
        if (wholeWord(lower, i, w.length())) {
          cues.add(i);
        }
      }
    }
    NumberMention best = null;
    int bestDistance = NEAR + 1;
    int cursor = 0;
    for (NumberMention m : a.numbers()) {
      if (m.sentence() != s.index()) {
        continue;
      }
      int at = s.text().indexOf(m.text(), cursor);
      if (at < 0) {
        continue;
      }
      cursor = at + m.text().length();
      boolean year = m.text().matches("\\d{4}") && m.value() >= 1800 && m.value() <= 2100;
      if (m.value() < 1 || m.value() > 1_000_000 || m.value() != Math.rint(m.value()) || year
          || m.unit() != null && NOT_PEOPLE.contains(m.unit()) || partial(s.text(), m.text())) {
        continue;
      }
      for (int cue : cues) {
        int distance = Math.abs(cue - at);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "two other militants", "three more", "one of the three": a number that counts only part of the
   * toll ("all three of them" counts all of it).
   */
  private static boolean partial(String sentence, String number) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    String n = number.toLowerCase(Locale.ROOT);
    return PARTIAL.matcher(lower).results().anyMatch(r -> r.group(2).equals(n) && !(r.group(3).equals("of")
        && "all".equals(r.group(1))));
  }

  static boolean containsWord(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (wholeWord(text, i, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeWord(String text, int start, int length) {
    int end = start + length;
    return (start == 0 || !Character.isLetter(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetter(text.charAt(end)));
  }

  /** The weekday of an ISO date, in lower case; the date itself when it has no year. */
  private static String weekdayOf(String iso) {
    try {
      return iso.startsWith("--") ? iso : LocalDate.parse(iso).getDayOfWeek().name().toLowerCase(Locale.ROOT);
    } catch (DateTimeException e) {
      return iso;
    }
  }
}
