package dev.newsdesk.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the analyze stage, read once from the {@code analyze/} resource folder.
 * Immutable and therefore thread-safe; build one per {@link Analyzer} and share it.
 */
final class Lexicon {

  /** What a period after an abbreviation means; see {@code abbreviations.txt}. */
  enum AbbreviationRule { NEVER, NUMBER, TIME, WEAK }

  /** A month name or abbreviation. */
  record MonthWord(int month, boolean shortForm, boolean ambiguous) {}

  /** A number word and its value; scales multiply what precedes them. */
  record NumberWord(long value, boolean scale) {}

  final WordSet stopWords;
  final Map<String, AbbreviationRule> abbreviations;
  final Map<String, MonthWord> months;
  final Map<String, DayOfWeek> weekdays;
  final Set<String> dayparts;
  final Map<String, Integer> relativeDays;
  final Set<String> leads;
  final Map<String, NumberWord> numberWords;
  final Set<String> connectors;
  /** Titles as word arrays, longest first. */
  final List<String[]> titles;
  final Set<String> titleFirstWords;
  final Set<String> sentenceStarters;

  private Lexicon() {
    stopWords = new WordSet(words("stopwords.txt"));
    connectors = frozenSet(words("name-connectors.txt"));
    sentenceStarters = frozenSet(words("sentence-starters.txt"));

    Map<String, AbbreviationRule> abbr = new HashMap<>();
    for (Line line : lines("abbreviations.txt")) {
      line.expectFields(2, 2);
      abbr.put(line.field(0), line.parseRule(line.field(1)));
    }
    abbreviations = frozenMap(abbr);

    Map<String, MonthWord> monthMap = new HashMap<>();
    Map<String, DayOfWeek> weekdayMap = new HashMap<>();
    Set<String> daypartSet = new HashSet<>();
    Map<String, Integer> relative = new HashMap<>();
    Set<String> leadSet = new HashSet<>();
    for (Line line : lines("calendar.txt")) {
      switch (line.field(0)) {
        case "month" -> {
          line.expectFields(3, 5);
          int month = line.intField(2, 1, 12);
          boolean shortForm = false;
          boolean ambiguous = false;
          for (int i = 3; i < line.fields.length; i++) {
            switch (line.field(i)) {
              case "short" -> shortForm = true;
              case "ambiguous" -> ambiguous = true;
              default -> throw line.error("unknown month flag '" + line.field(i) + "'");
            }
          }
          monthMap.put(line.field(1), new MonthWord(month, shortForm, ambiguous));
        }
        case "weekday" -> {
          line.expectFields(3, 3);
          weekdayMap.put(line.field(1), DayOfWeek.of(line.intField(2, 1, 7)));
        }
        case "daypart" -> {
          line.expectFields(2, 2);
          daypartSet.add(line.field(1));
        }
        case "relative" -> {
          line.expectFields(3, 3);
          relative.put(line.field(1), line.intField(2, -7, 7));
        }
        case "lead" -> {
          line.expectFields(2, 2);
          leadSet.add(line.field(1));
        }
        default -> throw line.error("unknown kind '" + line.field(0) + "'");
      }
    }
    months = frozenMap(monthMap);
    weekdays = frozenMap(weekdayMap);
    dayparts = frozenSet(daypartSet);
    relativeDays = frozenMap(relative);
    leads = frozenSet(leadSet);

    Map<String, NumberWord> numbers = new HashMap<>();
    for (Line line : lines("number-words.txt")) {
      line.expectFields(2, 3);
      boolean scale = line.fields.length == 3;
      if (scale && !line.field(2).equals("scale")) {
        throw line.error("unknown flag '" + line.field(2) + "'");
      }
      numbers.put(line.field(0), new NumberWord(line.longField(1), scale));
    }
    numberWords = frozenMap(numbers);

    List<String[]> titleList = new ArrayList<>();
    Set<String> firstWords = new HashSet<>();
    for (Line line : lines("name-titles.txt")) {
      titleList.add(line.fields);
      firstWords.add(line.field(0));
    }
    titleList.sort(Comparator.comparingInt((String[] t) -> t.length).reversed());
    titles = List.copyOf(titleList);
    titleFirstWords = frozenSet(firstWords);
  }

  private static <T> Set<T> frozenSet(java.util.Collection<T> items) {
    return java.util.Collections.unmodifiableSet(new HashSet<>(items));
  }

  private static <K, V> Map<K, V> frozenMap(Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new HashMap<>(map));
  }

  /** Reads every list. Throws {@link IllegalStateException} naming the file when one is missing or malformed. */
  static Lexicon load() {
    return new Lexicon();
  }

  /** Whether {@code lower} is a month or weekday name (full or short). */
  boolean isCalendarWord(String lower) {
    return months.containsKey(lower) || weekdays.containsKey(lower);
  }

  private static List<String> words(String file) {
    List<String> out = new ArrayList<>();
    for (Line line : lines(file)) {
      line.expectFields(1, 1);
      out.add(line.field(0));
    }
    return out;
  }

  private static List<Line> lines(String file) {
    String path = "/analyze/" + file;
    InputStream in = Lexicon.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("resource " + path + " is missing from the classpath");
    }
    List<Line> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        int hash = text.indexOf('#');
        String content = (hash >= 0 ? text.substring(0, hash) : text).strip();
        if (!content.isEmpty()) {
          out.add(new Line(path, number, content.toLowerCase(Locale.ROOT).split("\\s+")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    return out;
  }

  /** One non-comment line of a list file, split on whitespace. */
  private static final class Line {
    final String path;
    final int number;
    final String[] fields;

    Line(String path, int number, String[] fields) {
      this.path = path;
      this.number = number;
      this.fields = fields;
    }

    String field(int i) {
      if (i >= fields.length) {
        throw error("expected at least " + (i + 1) + " fields");
      }
      return fields[i];
    }

    void expectFields(int min, int max) {
      if (fields.length < min || fields.length > max) {
        throw error("expected " + min + (min == max ? "" : " to " + max) + " fields, found " + fields.length);
      }
    }

    int intField(int i, int min, int max) {
      long value = longField(i);
      if (value < min || value > max) {
        throw error("field " + (i + 1) + " must be between " + min + " and " + max);
      }
      return (int) value;
    }

    long longField(int i) {
      try {
        return Long.parseLong(field(i));
      } catch (NumberFormatException e) {
        throw error("field " + (i + 1) + " is not a number: '" + field(i) + "'");
      }
    }

    AbbreviationRule parseRule(String name) {
      for (AbbreviationRule rule : AbbreviationRule.values()) {
        if (rule.name().toLowerCase(Locale.ROOT).equals(name)) {
          return rule;
        }
      }
      throw error("unknown rule '" + name + "'");
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(path + " line " + number + ": " + message);
    }
  }
}
