package dev.newsdesk.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names: runs of capitalised words ("Kataib Hezbollah", "Abu Baqir al-Saadi", "US Central
 * Command", "Baghdad") and capitalised acronyms ("US", "BBC", "PMF").
 *
 * <p>The rules, applied to the whole article at once because some need evidence from other
 * sentences:
 * <ol>
 *   <li><b>Runs.</b> A name is a run of capitalised words. Lower-case connectors from
 *       {@code analyze/name-connectors.txt} (al, bin, de, van, of, ...) may stand inside a run, at most
 *       two in a row, only when a capitalised word follows ("Harakat al Nujaba", "Bank of England").
 *       Punctuation, numbers, other lower-case words, month and weekday names end a run; a possessive
 *       ends a run after its word ("Baghdad’s Mashtal" gives "Baghdad" and "Mashtal").
 *   <li><b>Hyphens.</b> A hyphenated word is one name word when all its parts are capitalised or
 *       connectors ("al-Saadi", "Iraq-Syria"); otherwise its capitalised parts stand alone as names
 *       ("Iran-backed" gives "Iran", "pro-Iran" gives "Iran").
 *   <li><b>Initials and acronyms.</b> A single capital letter is a name word only with its period
 *       ("John F. Kennedy"); dotted acronyms lose their periods ("U.S." gives "US").
 *   <li><b>Sentence starts.</b> The first word of a sentence, or of a quotation or a clause after a
 *       colon, is capitalised whatever it is. Acronyms there are always names. Otherwise, when it
 *       is a stop word or a common sentence opener ({@code analyze/sentence-starters.txt}) it is
 *       dropped from its run ("The United States" gives "United States"). Standing alone, it is a
 *       name only when the article also capitalises it mid-sentence ("Blinken added" after "Antony
 *       Blinken said"), and it then takes that mid-sentence spelling. At the head of a longer run it
 *       is dropped when it has no mid-sentence capitalised use but a lower-case use elsewhere.
 *   <li><b>Titles.</b> A title from {@code analyze/name-titles.txt} followed by a name is dropped
 *       ("President Joe Biden" gives "Joe Biden").
 *   <li><b>Headings.</b> In a heading or a title-case headline (no final period, three quarters of
 *       its content words capitalised) capitals mean nothing, so only names found in the article's
 *       prose are taken from it, longest first ("US Drone Strike in Baghdad Kills Top Iran-Backed
 *       Militia Leader" gives "US", "Baghdad", "Iran").
 *   <li><b>Canonical form.</b> Words joined by one space, curly apostrophes made straight, the
 *       possessive removed; names longer than {@link AnalyzeConfig#maxNameWords()} words are dropped.
 * </ol>
 *
 * <p>Immutable and thread-safe; all working state is local to {@link #find}.
 */
final class NameFinder {

  /** Names of the title and of each sentence, in text order, with repeats. */
  record Names(List<String> title, List<List<String>> sentences) {}

  private static final Unit BREAK = new Unit(Unit.Kind.BREAK, "", "", false, false, false, false, null);

  private final Lexicon lexicon;
  private final int maxWords;
  /** Longer lower-case words are not looked up in the connector list. */
  private final int maxConnectorLength;

  NameFinder(Lexicon lexicon, AnalyzeConfig config) {
    this.lexicon = lexicon;
    this.maxWords = config.maxNameWords();
    this.maxConnectorLength = lexicon.connectors.stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * The names of an article.
   *
   * @param title     the title's tokens
   * @param sentences each body sentence's tokens
   */
  Names find(List<Token> title, List<List<Token>> sentences) {
    int count = sentences.size();
    List<List<Unit>> units = new ArrayList<>(count + 1);
    boolean[] heading = new boolean[count + 1];
    Map<String, String> capitalised = new HashMap<>();
    Set<String> initials = new HashSet<>();
    for (int s = 0; s <= count; s++) {
      List<Token> tokens = s < count ? sentences.get(s) : title;
      List<Unit> u = units(tokens);
      units.add(u);
      heading[s] = isHeading(tokens);
      if (!heading[s]) {
        for (Unit unit : u) {
          if (unit.kind == Unit.Kind.NAME) {
            if (unit.initial) {
              initials.add(unit.lower);
            } else {
              capitalised.putIfAbsent(unit.lower, unit.canonical);
            }
          }
        }
      }
    }
    // Which sentence-initial words the article also writes in lower case (the only ones asked about).
    Set<String> lowercase = new HashSet<>();
    for (int s = 0; s <= count && !initials.isEmpty(); s++) {
      for (Token t : s < count ? sentences.get(s) : title) {
        if (t.isWord() && Character.isLowerCase(t.text.charAt(0)) && initials.contains(t.lowerBase())) {
          lowercase.add(t.lowerBase());
        }
      }
    }
    List<List<String>> result = new ArrayList<>(Collections.nCopies(count + 1, List.<String>of()));
    Set<String> known = new HashSet<>();
    for (int s = 0; s <= count; s++) {
      if (!heading[s]) {
        List<String> names = new ArrayList<>();
        for (List<Unit> run : runs(units.get(s))) {
          prose(run, capitalised, lowercase, names);
        }
        known.addAll(names);
        result.set(s, names);
      }
    }
    for (int s = 0; s <= count; s++) {
      if (heading[s]) {
        List<String> names = new ArrayList<>();
        for (List<Unit> run : runs(units.get(s))) {
          knownOnly(run, known, names);
        }
        result.set(s, names);
      }
    }
    return new Names(result.get(count), result.subList(0, count));
  }

  // ---- units: the words of a sentence as name material ----

  /** One word of a sentence, classified for name finding. */
  private record Unit(
      Kind kind, String canonical, String lower, boolean initial, boolean acronym,
      boolean letterInitial, boolean endsName, String[] pieces) {
    enum Kind { NAME, CONNECTOR, BREAK }
  }

  private List<Unit> units(List<Token> tokens) {
    List<Unit> out = new ArrayList<>(tokens.size());
    boolean atStart = true;
    boolean seenWord = false;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.kind == Token.Kind.PUNCT) {
        out.add(BREAK);
        if (seenWord) {
          atStart = opensClause(t, i > 0 ? tokens.get(i - 1) : null);
        }
        continue;
      }
      boolean initial = atStart;
      atStart = false;
      seenWord = true;
      if (t.isNumber()) {
        out.add(BREAK);
        continue;
      }
      boolean dotFollows = i + 1 < n && tokens.get(i + 1).is('.') && tokens.get(i + 1).start == t.end;
      boolean possessive = t.possessive();
      String raw = possessive ? t.text.substring(0, t.text.length() - 2) : t.text;
      String lower = t.lowerBase();
      if (t.hyphenated()) {
        compound(raw, initial, possessive, out);
      } else if (Character.isUpperCase(raw.charAt(0))) {
        if (lexicon.isCalendarWord(lower)) {
          out.add(BREAK);
        } else if (raw.length() == 1) {
          if (dotFollows) {
            out.add(new Unit(Unit.Kind.NAME, raw + ".", lower + ".", initial, false, true, false, null));
            i++;
          } else {
            out.add(BREAK);
          }
        } else {
          boolean dotted = raw.indexOf('.') >= 0;
          if (dotFollows && (dotted || lexicon.abbreviations.get(lower) == Lexicon.AbbreviationRule.NEVER)) {
            i++;
          }
          out.add(name(t, raw, initial, possessive));
        }
      } else if (!possessive && lower.length() <= maxConnectorLength && lexicon.connectors.contains(lower)) {
        out.add(new Unit(Unit.Kind.CONNECTOR, raw, lower, initial, false, false, false, null));
      } else {
        out.add(BREAK);
      }
    }
    return out;
  }

  private Unit name(String raw, boolean initial, boolean endsName) {
    String canonical = canonical(raw);
    return new Unit(Unit.Kind.NAME, canonical, canonical.toLowerCase(Locale.ROOT), initial,
        isAcronym(canonical), false, endsName, null);
  }

  /** A name unit for a whole word token, reusing its lower-case form when nothing needs canonicalising. */
  private Unit name(Token t, String raw, boolean initial, boolean endsName) {
    String canonical = canonical(raw);
    String lower = canonical == raw ? t.lowerBase() : canonical.toLowerCase(Locale.ROOT);
    return new Unit(Unit.Kind.NAME, canonical, lower, initial, isAcronym(canonical), false, endsName, null);
  }

  private void compound(String raw, boolean initial, boolean possessive, List<Unit> out) {
    String[] parts = canonical(raw).split("-", -1);
    boolean anyCapital = false;
    boolean allNameParts = true;
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k];
      if (part.isEmpty()) {
        allNameParts = false;
        continue;
      }
      boolean capital = Character.isUpperCase(part.charAt(0))
          && !lexicon.isCalendarWord(part.toLowerCase(Locale.ROOT));
      boolean connector = k < parts.length - 1 && lexicon.connectors.contains(part);
      anyCapital |= capital;
      allNameParts &= capital || connector;
    }
    if (anyCapital && allNameParts) {
      String canonical = canonical(raw);
      out.add(new Unit(Unit.Kind.NAME, canonical, canonical.toLowerCase(Locale.ROOT), initial, false,
          false, possessive, parts));
      return;
    }
    out.add(BREAK);
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k];
      if (part.length() > 1 && Character.isUpperCase(part.charAt(0))
          && !lexicon.isCalendarWord(part.toLowerCase(Locale.ROOT))) {
        out.add(name(part, initial && k == 0, true));
        out.add(BREAK);
      }
    }
  }

  /** Whether a capitalised word after punctuation token {@code t} starts a clause (quotation, colon). */
  private static boolean opensClause(Token t, Token previous) {
    char c = t.text.charAt(0);
    if (c == '\u201C' || c == '\u2018' || c == ':') {
      return true;
    }
    return (c == '"' || c == '\'') && (previous == null || previous.end < t.start);
  }

  /** Straight apostrophes and hyphens; a dotted acronym loses its periods ("U.S" gives "US"). */
  private static String canonical(String raw) {
    boolean plain = true;
    for (int i = 0; i < raw.length() && plain; i++) {
      plain = Character.isLetterOrDigit(raw.charAt(i));
    }
    if (plain) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    boolean dotted = raw.indexOf('.') >= 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Token.isApostrophe(c) || c == '\u2018' || c == '\u02BC') {
        sb.append('\'');
      } else if (Token.isHyphen(c)) {
        sb.append('-');
      } else if (!(dotted && c == '.')) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Two or more characters and no lower-case letter: "US", "PMF", "G7". */
  private static boolean isAcronym(String s) {
    if (s.length() < 2) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  // ---- sentence-level evidence ----

  /** A heading: no final period and at least three quarters of its content words capitalised. */
  private boolean isHeading(List<Token> tokens) {
    int last = tokens.size() - 1;
    while (last >= 0 && tokens.get(last).kind == Token.Kind.PUNCT && isCloser(tokens.get(last).text.charAt(0))) {
      last--;
    }
    if (last >= 0 && tokens.get(last).is('.')) {
      return false;
    }
    int total = 0;
    int capitals = 0;
    boolean first = true;
    for (Token t : tokens) {
      if (!t.isWord()) {
        continue;
      }
      if (first) {
        first = false;
        continue;
      }
      String lower = t.lowerBase();
      if (lower.length() < 2 || lexicon.stopWords.contains(lower) || lexicon.connectors.contains(lower)) {
        continue;
      }
      total++;
      if (Character.isUpperCase(t.text.charAt(0))) {
        capitals++;
      }
    }
    return total >= 2 && capitals * 4 >= total * 3;
  }

  private static boolean isCloser(char c) {
    return c == '\u201D' || c == '"' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  // ---- runs and their names ----

  /** Runs of name words, connectors kept only between two name words. */
  private static List<List<Unit>> runs(List<Unit> units) {
    List<List<Unit>> runs = new ArrayList<>();
    List<Unit> run = new ArrayList<>();
    List<Unit> pending = new ArrayList<>(2);
    for (Unit u : units) {
      switch (u.kind) {
        case NAME -> {
          if (!run.isEmpty()) {
            run.addAll(pending);
          }
          pending.clear();
          run.add(u);
          if (u.endsName) {
            run = flush(run, runs);
          }
        }
        case CONNECTOR -> {
          if (!run.isEmpty() && pending.size() < 2) {
            pending.add(u);
          } else {
            pending.clear();
            run = flush(run, runs);
          }
        }
        case BREAK -> {
          pending.clear();
          run = flush(run, runs);
        }
      }
    }
    flush(run, runs);
    return runs;
  }

  private static List<Unit> flush(List<Unit> run, List<List<Unit>> runs) {
    if (run.isEmpty()) {
      return run;
    }
    runs.add(run);
    return new ArrayList<>();
  }

  private void prose(List<Unit> run, Map<String, String> capitalised, Set<String> lowercase, List<String> out) {
    int from = 0;
    Unit first = run.get(0);
    if (first.initial && !first.acronym) {
      boolean single = run.size() == 1;
      boolean common = lexicon.stopWords.contains(first.lower) || lexicon.sentenceStarters.contains(first.lower);
      String seen = capitalised.get(first.lower);
      if (common || (seen == null && (single || lowercase.contains(first.lower)))) {
        from = 1;
      } else if (single) {
        emit(List.of(new Unit(Unit.Kind.NAME, seen, first.lower, false, false, false, true, null)), 0, 1, out);
        return;
      }
    }
    int segment = from;
    int i = from;
    while (i < run.size()) {
      int title = titleAt(run, i);
      if (title > 0 && i + title < run.size() && run.get(i + title).kind == Unit.Kind.NAME) {
        emit(run, segment, i, out);
        i += title;
        segment = i;
      } else {
        i++;
      }
    }
    emit(run, segment, run.size(), out);
  }

  /** The length in words of the longest title starting at {@code i}, or 0. */
  private int titleAt(List<Unit> run, int i) {
    if (run.get(i).kind != Unit.Kind.NAME || !lexicon.titleFirstWords.contains(run.get(i).lower)) {
      return 0;
    }
    for (String[] title : lexicon.titles) {
      if (i + title.length > run.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < title.length && match; k++) {
        match = run.get(i + k).lower.equals(title[k]);
      }
      if (match) {
        return title.length;
      }
    }
    return 0;
  }

  /** Adds the name made of {@code run[from, to)}, connectors trimmed, when it is one. */
  private void emit(List<Unit> run, int from, int to, List<String> out) {
    while (from < to && run.get(from).kind != Unit.Kind.NAME) {
      from++;
    }
    while (to > from && run.get(to - 1).kind != Unit.Kind.NAME) {
      to--;
    }
    if (from >= to || to - from > maxWords) {
      return;
    }
    boolean substantial = false;
    for (int k = from; k < to; k++) {
      Unit u = run.get(k);
      substantial |= u.kind == Unit.Kind.NAME && !u.letterInitial;
    }
    if (substantial) {
      out.add(join(run, from, to));
    }
  }

  private static String join(List<Unit> run, int from, int to) {
    if (to - from == 1) {
      return run.get(from).canonical;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(run.get(k).canonical);
    }
    return sb.toString();
  }

  /** Headings: the longest sub-runs that are names found in prose, and known parts of hyphenated words. */
  private void knownOnly(List<Unit> run, Set<String> known, List<String> out) {
    int i = 0;
    while (i < run.size()) {
      Unit u = run.get(i);
      if (u.kind != Unit.Kind.NAME) {
        i++;
        continue;
      }
      int best = -1;
      String bestName = null;
      for (int j = Math.min(run.size(), i + maxWords) - 1; j >= i && best < 0; j--) {
        if (run.get(j).kind == Unit.Kind.NAME) {
          String candidate = join(run, i, j + 1);
          if (known.contains(candidate)) {
            best = j;
            bestName = candidate;
          }
        }
      }
      if (best >= 0) {
        out.add(bestName);
        i = best + 1;
        continue;
      }
      if (u.pieces != null) {
        for (String piece : u.pieces) {
          if (known.contains(piece)) {
            out.add(piece);
          }
        }
      }
      i++;
    }
  }
}
