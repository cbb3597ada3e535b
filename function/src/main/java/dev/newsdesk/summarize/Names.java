package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Disagreement;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.WordList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people as a sentence writes them, and the disagreements between independent sources on
 * how a person is called.
 *
 * <p>A name is a run of capitalised words, with the particles of Arabic, Dutch, French, German and
 * Spanish names ({@code al-Saadi}, {@code bin}, {@code van der}) and a nickname in quotation marks
 * ({@code Wissam Mohammed “Abu Bakr” al-Saadi}); a person's name has two words at least. Two names
 * are the same name when the words of one are among the words of the other ("Antony Blinken",
 * "Blinken"), comparing without case, apostrophes and the article {@code al-}.
 *
 * <p>Two independent sources disagree on a name when each writes the same family name (the last
 * word, or one spelled a letter differently: "Abu Tawwa", "Abu Taqwa") in a sentence about the same
 * role ({@code roles.txt}: "commander", "victim"), and the two full names are not the same name,
 * yet alike beyond the family name: "Abu Baqir al-Saadi" against "Wissam Mohammed “Abu Bakr”
 * al-Saadi" (both have "Abu"), where "Nelson Mandela" and "Winnie Mandela" are two people. A source
 * that itself writes two different full names with one family name is writing about two people (Joe
 * and Hunter Biden), and that family name is left alone. Accents are not compared ("Grünberg",
 * "Grunberg").
 */
final class Names {
  private static final String WORD = "\\p{Lu}[\\p{L}’'.\\-]*\\p{L}";
  private static final String PREFIXED = "(?:al|el|ul|ad|ash|as|at|az)-\\p{Lu}[\\p{L}’'\\-]*";
  private static final String PARTICLE = "(?:al|el|bin|ibn|abu|abd|bint|de|da|del|della|di|du|van|von|der|den|le|la|dos|das)";
  private static final String NICKNAME = "[“\"]\\p{Lu}[\\p{L}’' .\\-]{0,30}[”\"]";
  /** A run of capitalised name words, particles and nicknames (a regular expression). */
  static final String NAME_REGEX = "(?<![\\p{L}’'\\-])(?:" + WORD + "|" + PREFIXED + ")"
      + "(?:\\s+(?:" + PARTICLE + "\\s+)*(?:" + WORD + "|" + PREFIXED + "|" + NICKNAME + "))+";
  private static final Pattern NAME = Pattern.compile(NAME_REGEX);
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  /** Capitalised words that start a sentence or a phrase but are not part of a name. */
  private static final Set<String> NOT_NAME_STARTS = Set.of("the", "a", "an", "one", "in", "on", "at", "when", "while",
      "as", "during", "after", "before", "but", "and", "if", "it", "this", "that", "these", "those", "his", "her",
      "their", "its", "our", "my", "some", "many", "both", "all", "no", "for", "from", "with", "by", "to", "of");
  /** Arabic articles joined to a name by a hyphen ({@code al-Saadi}); names are compared without them. */
  private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ad", "ash", "as", "at", "az");
  /** Particles that are not compared: {@code bin Laden} and {@code Laden} are one name. */
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "bin", "ibn", "de", "da", "del", "di", "du", "van", "von", "der", "den", "le", "la");

  private final Set<String> roles;
  private final Set<String> titles;

  Names(WordList roles, WordList titles) {
    this.roles = roles.lowerCaseSet();
    this.titles = titles.lowerCaseSet();
  }

  /** A name as written in a sentence. */
  record Mention(String text, List<String> words, int source, Sentence sentence) {
    String family() {
      return words.get(words.size() - 1);
    }
  }

  /** The names of people (two words or more, titles aside) a sentence writes, in text order. */
  List<Mention> people(String text, int source, Sentence sentence) {
    List<Mention> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String span = m.group();
      // Drop leading words that only start the sentence or phrase ("The Pentagon", "When Joe"), and
      // everything up to the last title ("Delphi Police Chief Steve Mullins").
      String[] parts = span.split("\\s+");
      int from = 0;
      while (from < parts.length && NOT_NAME_STARTS.contains(parts[from].toLowerCase(Locale.ROOT))) {
        from++;
      }
      for (int i = parts.length - 2; i >= from; i--) {
        if (title(parts[i])) {
          from = i + 1;
          break;
        }
      }
      if (from > 0) {
        int cut = 0;
        for (int i = 0; i < from; i++) {
          cut = span.indexOf(parts[i], cut) + parts[i].length();
        }
        span = span.substring(cut).strip();
      }
      span = span.replaceFirst("[’']s$", "");
      List<String> words = words(span);
      if (words.size() >= 2 && !span.isEmpty() && !span.startsWith("“") && !span.startsWith("\"")) {
        out.add(new Mention(span, words, source, sentence));
      }
    }
    return out;
  }

  /** Whether a written word is a title ("Chief", "Gen.", "Secretary-General"). */
  private boolean title(String word) {
    for (String part : word.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "").split("-")) {
      if (!titles.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of a name for comparing: lower case, without accents, apostrophes, quotes, {@code 's}
   * or {@code al-}.
   */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      if (Character.isWhitespace(c) || c == '“' || c == '”' || c == '"') {
        add(w, out);
        w.setLength(0);
      } else {
        w.append(Character.toLowerCase(c));
      }
    }
    return out;
  }

  /** Adds one written word of a name, cleaned, unless it is a particle. */
  private static void add(StringBuilder written, List<String> out) {
    int end = written.length();
    while (end > 0 && (written.charAt(end - 1) == '.' || written.charAt(end - 1) == ',')) {
      end--;
    }
    if (end >= 2 && written.charAt(end - 1) == 's' && (written.charAt(end - 2) == '’' || written.charAt(end - 2) == '\'')) {
      end -= 2;
    }
    StringBuilder v = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = written.charAt(i);
      if (c != '’' && c != '\'') {
        v.append(c);
      }
    }
    String word = ACCENTS.matcher(Normalizer.normalize(v, Normalizer.Form.NFD)).replaceAll("");
    int dash = word.indexOf('-');
    if (dash > 0 && ARTICLES.contains(word.substring(0, dash))) {
      word = word.substring(dash + 1);
    }
    if (!word.isEmpty() && !PARTICLES.contains(word)) {
      out.add(word);
    }
  }

  /**
   * The families regrouped so that family names spelled one letter differently ("Tawwa", "Taqwa"),
   * both of five letters or more, are one family, filed under the first in alphabetical order. A
   * source's forms of the merged names are listed together.
   */
  private static Map<String, Map<Integer, List<Form>>> merged(Map<String, Map<Integer, List<Form>>> byFamily) {
    // Names one edit apart share a string with one letter deleted (or one is such a string of the
    // other): an index of those finds the candidates without comparing every pair.
    Map<String, String> variants = new HashMap<>();
    Map<String, String> canonical = new HashMap<>();
    for (String family : byFamily.keySet()) {
      String into = family;
      if (family.length() >= 5) {
        List<String> mine = deletions(family);
        List<String> probes = new ArrayList<>(mine);
        probes.add(family);
        String found = null;
        for (String probe : probes) {
          for (String other : List.of(variants.getOrDefault(probe, ""), canonical.containsKey(probe) ? probe : "")) {
            if (other.length() >= 5 && oneEditApart(other, family) && (found == null || other.compareTo(found) < 0)) {
              found = other;
            }
          }
        }
        if (found != null) {
          into = canonical.get(found);
        }
        for (String v : mine) {
          variants.putIfAbsent(v, family);
        }
      }
      canonical.put(family, into);
    }
    Map<String, Map<Integer, List<Form>>> out = new TreeMap<>();
    byFamily.forEach((family, bySource) -> {
      Map<Integer, List<Form>> target = out.computeIfAbsent(canonical.get(family), k -> new TreeMap<>());
      bySource.forEach((n, forms) -> target.computeIfAbsent(n, k -> new ArrayList<>()).addAll(forms));
    });
    return out;
  }

  /** The strings made by deleting one letter. */
  private static List<String> deletions(String word) {
    List<String> out = new ArrayList<>(word.length());
    for (int i = 0; i < word.length(); i++) {
      out.add(word.substring(0, i) + word.substring(i + 1));
    }
    return out;
  }

  /** Whether one substitution, insertion or deletion turns {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  /**
   * Whether two names share a word other than the family name (the last), exactly or, for words of
   * four letters or more, but for one letter.
   */
  static boolean alikeBeyondFamily(List<String> a, List<String> b) {
    for (String x : a.subList(0, a.size() - 1)) {
      for (String y : b.subList(0, b.size() - 1)) {
        if (x.equals(y) || x.length() >= 4 && y.length() >= 4 && oneEditApart(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two names may be one person's name written more or less fully. */
  static boolean sameName(List<String> a, List<String> b) {
    return a.containsAll(b) || b.containsAll(a);
  }

  /** The roles a sentence mentions. */
  private Set<String> roles(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (roles.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** A full name one source writes, with the roles of every sentence it writes it in. */
  private static final class Form {
    Mention mention;
    final Set<String> roles = new TreeSet<>();

    Form(Mention mention) {
      this.mention = mention;
    }
  }

  /** Disagreements on people's names among the independent sources, by family name. */
  List<Disagreement> disagreements(Map<Integer, Analysis> independent) {
    // family name -> source -> the distinct full names that source writes, first mention first
    Map<String, Map<Integer, List<Form>>> byFamily = new TreeMap<>();
    independent.forEach((n, a) -> {
      for (Sentence s : a.sentences()) {
        if (s.names().isEmpty()) {
          continue;
        }
        Set<String> sentenceRoles = null;
        for (Mention m : people(s.text(), n, s)) {
          List<Form> forms = byFamily.computeIfAbsent(m.family(), k -> new TreeMap<>())
              .computeIfAbsent(n, k -> new ArrayList<>());
          Form form = null;
          for (Form f : forms) {
            if (sameName(f.mention.words(), m.words())) {
              form = f;
              break;
            }
          }
          if (form == null) {
            form = new Form(m);
            forms.add(form);
          } else if (m.words().size() > form.mention.words().size()) {
            // Keep the fullest spelling of a name the source writes several times.
            form.mention = m;
          }
          if (sentenceRoles == null) {
            sentenceRoles = roles(s.text());
          }
          form.roles.addAll(sentenceRoles);
        }
      }
    });
    List<Disagreement> out = new ArrayList<>();
    merged(byFamily).forEach((family, bySource) -> {
      if (bySource.size() < 2 || bySource.values().stream().anyMatch(forms -> forms.size() != 1)) {
        return;
      }
      List<Form> forms = bySource.values().stream().map(f -> f.get(0)).toList();
      // Two spellings of one person's name: not the same name, yet alike beyond the family name
      // ("Abu Baqir" and "Abu Bakr" share "Abu"); "Nelson Mandela" and "Winnie Mandela" do not.
      boolean differ = false;
      for (int i = 0; i < forms.size() && !differ; i++) {
        for (int j = i + 1; j < forms.size(); j++) {
          List<String> a = forms.get(i).mention.words();
          List<String> b = forms.get(j).mention.words();
          if (!sameName(a, b) && alikeBeyondFamily(a, b)) {
            differ = true;
            break;
          }
        }
      }
      Set<String> shared = new TreeSet<>(forms.get(0).roles);
      forms.forEach(f -> shared.retainAll(f.roles));
      if (!differ || shared.isEmpty()) {
        return;
      }
      // One claim per name; sources that write the same name (more or less fully) share a claim.
      List<Mention> firsts = new ArrayList<>();
      List<TreeSet<Integer>> cites = new ArrayList<>();
      for (Form f : forms) {
        Mention m = f.mention;
        int at = -1;
        for (int i = 0; i < firsts.size() && at < 0; i++) {
          if (sameName(firsts.get(i).words(), m.words())) {
            at = i;
          }
        }
        if (at < 0) {
          firsts.add(m);
          cites.add(new TreeSet<>());
          at = firsts.size() - 1;
        }
        cites.get(at).add(m.source());
      }
      if (firsts.size() >= 2) {
        List<Disagreement.Claim> claims = new ArrayList<>();
        for (int i = 0; i < firsts.size(); i++) {
          claims.add(new Disagreement.Claim(firsts.get(i).text(), firsts.get(i).sentence().text(),
              List.copyOf(cites.get(i))));
        }
        out.add(new Disagreement("name of the " + shared.iterator().next(), claims));
      }
    });
    return out;
  }
}
