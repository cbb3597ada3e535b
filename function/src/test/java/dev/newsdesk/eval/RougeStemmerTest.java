package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The two Porter flavours of {@code porter.py}: a checked-in table, then every corpus word live. */
class RougeStemmerTest {
  private final RougeStemmer nltk = new RougeStemmer(RougeStemmer.Mode.NLTK);
  private final RougeStemmer original = new RougeStemmer(RougeStemmer.Mode.ORIGINAL);

  /**
   * word, NLTK-mode stem, original-mode stem, as porter.py gives them. Produced (and re-creatable)
   * with, from shared/eval/quality:
   * <pre>
   * python3 -c 'import sys, porter; n, o = porter.PorterStemmer("nltk"), porter.PorterStemmer("original")
   * [print(w, n.stem(w), o.stem(w)) for w in sys.argv[1:]]' caresses ponies ...   (the first column)
   * </pre>
   */
  private static final String TABLE = """
      caresses caress caress
      ponies poni poni
      ties tie ti
      caress caress caress
      cats cat cat
      feed feed feed
      agreed agre agre
      plastered plaster plaster
      bled bled bled
      motoring motor motor
      sing sing sing
      conflated conflat conflat
      troubled troubl troubl
      sized size size
      hopping hop hop
      tanned tan tan
      falling fall fall
      hissing hiss hiss
      fizzed fizz fizz
      failing fail fail
      filing file file
      happy happi happi
      sky sky sky
      relational relat relat
      conditional condit condit
      rational ration ration
      valenci valenc valenc
      hesitanci hesit hesit
      digitizer digit digit
      conformabli conform conform
      possibli possibl possibli
      radicalli radic radic
      differentli differ differ
      vileli vile vile
      analogousli analog analog
      vietnamization vietnam vietnam
      predication predic predic
      operator oper oper
      feudalism feudal feudal
      decisiveness decis decis
      hopefulness hope hope
      callousness callous callous
      formaliti formal formal
      sensitiviti sensit sensit
      sensibiliti sensibl sensibl
      triplicate triplic triplic
      formative form form
      formalize formal formal
      electriciti electr electr
      electrical electr electr
      hopeful hope hope
      goodness good good
      revival reviv reviv
      allowance allow allow
      inference infer infer
      airliner airlin airlin
      gyroscopic gyroscop gyroscop
      adjustable adjust adjust
      defensible defens defens
      irritant irrit irrit
      replacement replac replac
      adjustment adjust adjust
      dependent depend depend
      adoption adopt adopt
      homologou homolog homolog
      communism commun commun
      activate activ activ
      angulariti angular angular
      homologous homolog homolog
      effective effect effect
      bowdlerize bowdler bowdler
      probate probat probat
      rate rate rate
      cease ceas ceas
      controll control control
      roll roll roll
      generously gener gener
      logically logic logic
      archaeology archaeolog archaeologi
      conditionalli condit condition
      rationalli ration ration
      hopefulli hope hopefulli
      analogi analog analogi
      dying die dy
      lying lie ly
      tying tie ty
      news news new
      skies sky ski
      innings inning in
      outing outing out
      cannings canning can
      howe howe how
      proceed proceed proce
      exceed exceed exce
      succeed succeed succe
      cried cri cri
      died die di
      spied spi spi
      ied i i
      dies die di
      is is i
      by by by
      toy toy toi
      boy boy boi
      syzygy syzygi syzygi
      yyyy yyyi yyyi
      sayyy sayyy sayyi
      1990s 1990 1990
      running run run
      generalization gener gener
      cries cri cri
      flies fli fli
      united unit unit
      states state state
      """;

  @Test
  void checkedInTable() {
    int rows = 0;
    for (String line : TABLE.strip().split("\n")) {
      String[] cols = line.strip().split(" ");
      assertEquals(cols[1], nltk.stem(cols[0]), "nltk mode: " + cols[0]);
      assertEquals(cols[2], original.stem(cols[0]), "original mode: " + cols[0]);
      rows++;
    }
    assertEquals(114, rows);
  }

  @Test
  void consonantsAndMeasure() {
    // "y" after a consonant is a vowel, first in the word or after a vowel a consonant
    assertTrue(RougeStemmer.isConsonant("yyyy", 0));
    assertFalse(RougeStemmer.isConsonant("yyyy", 1));
    assertTrue(RougeStemmer.isConsonant("yyyy", 2));
    assertTrue(RougeStemmer.isConsonant("toy", 2));
    assertFalse(RougeStemmer.isConsonant("syzygy", 1));
    // m of tr, ee, tree, y, by = 0; trouble, oats, trees, ivy = 1; troubles, private, oaten = 2
    for (String w : List.of("tr", "ee", "tree", "y", "by")) {
      assertEquals(0, RougeStemmer.measure(w), w);
    }
    for (String w : List.of("trouble", "oats", "trees", "ivy")) {
      assertEquals(1, RougeStemmer.measure(w), w);
    }
    for (String w : List.of("troubles", "private", "oaten")) {
      assertEquals(2, RougeStemmer.measure(w), w);
    }
  }

  /**
   * Every distinct word of the development corpora (lower-cased runs of [a-z0-9], all lengths),
   * plus stems glued to every suffix the rules look at (and a second, shorter one), through porter.py in both modes.
   */
  @Test
  void agreesWithPorterPyOnEveryCorpusWord() throws Exception {
    Path porter = Shared.path("eval/quality/porter.py").orElse(null);
    assumeTrue(porter != null, "shared/eval not found beside the project: porter.py check skipped");
    assumeTrue(Shared.hasPython(), "python3 not available: porter.py check skipped");
    TreeSet<String> words = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String set : List.of("duc2003_task2", "multinews_val_sample250")) {
      Path file = Shared.path("corpus/mds/" + set + "/clusters.jsonl").orElse(null);
      if (file == null) {
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode cluster = json.readTree(line);
          cluster.get("references").forEach(r -> words.addAll(RougeTokens.tokenize(r.asText(), false)));
          cluster.get("docs").forEach(d -> words.addAll(RougeTokens.tokenize(d.get("text").asText(), false)));
        }
      }
    }
    String[] stems = {"a", "y", "by", "sky", "tr", "tree", "hop", "fil", "fizz", "ros", "relat", "condit",
        "gener", "analog", "rat", "oat", "boy", "pl", "agr", "bl", "cont", "troub", "sens", "formal"};
    String[] suffixes = {"", "s", "es", "ies", "sses", "ss", "ed", "eed", "ied", "ing", "ly", "y", "ational",
        "tional", "enci", "anci", "izer", "bli", "abli", "alli", "entli", "eli", "ousli", "ization", "ation",
        "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "fulli", "logi", "ogi",
        "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able",
        "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ion", "ou", "ism", "ate", "iti", "ous", "ive",
        "ize", "e", "ll", "le", "at", "iz", "yy", "eying"};
    String[] inflections = {"", "s", "ed", "ing", "ly", "y", "e", "al", "er", "li", "iti", "ness", "ation"};
    for (String s : stems) {
      for (String x : suffixes) {
        for (String y : inflections) {
          words.add(s + x + y);
        }
      }
    }
    List<String> input = new ArrayList<>(words);
    String script = String.join("\n",
        "import sys",
        "sys.path.insert(0, sys.argv[1])",
        "from porter import PorterStemmer",
        "n, o = PorterStemmer('nltk'), PorterStemmer('original')",
        "out = [w + ' ' + n.stem(w) + ' ' + o.stem(w) for w in sys.stdin.read().split()]",
        "sys.stdout.write('\\n'.join(out) + '\\n')");
    String out = RougeAgreementTest.python(List.of("-c", script, porter.getParent().toString()),
        String.join("\n", input));
    List<String> rows = List.of(out.strip().split("\n"));
    assertEquals(input.size(), rows.size());
    List<String> mismatches = new ArrayList<>();
    for (String row : rows) {
      String[] cols = row.split(" ");
      String ours = cols[0] + " " + nltk.stem(cols[0]) + " " + original.stem(cols[0]);
      if (!ours.equals(row)) {
        mismatches.add("porter.py: " + row + " / ours: " + ours);
      }
    }
    System.out.println(String.format(Locale.ROOT, "porter: %d words checked against porter.py in both modes",
        rows.size()));
    assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
        mismatches.size() + " of " + rows.size() + " words differ");
  }
}
