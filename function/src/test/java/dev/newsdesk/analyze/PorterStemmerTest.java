package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word/stem pairs from the worked examples of M.F. Porter, "An algorithm for suffix stripping"
 * (1980), carried through all steps of the algorithm (the paper shows each step's own output;
 * the stems here are the final results), plus news words.
 */
class PorterStemmerTest {

  private final PorterStemmer stemmer = new PorterStemmer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // step 1a
      "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
      // step 1b
      "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
      "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan",
      "falling, fall", "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file",
      // step 1c
      "happy, happi", "sky, sky",
      // step 2
      "relational, relat", "conditional, condit", "rational, ration", "digitizer, digit",
      "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
      "decisiveness, decis", "hopefulness, hope", "callousness, callous", "sensitivity, sensit",
      // step 3
      "triplicate, triplic", "formative, form", "formalize, formal", "electrical, electr", "goodness, good",
      // step 4
      "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin", "gyroscopic, gyroscop",
      "adjustable, adjust", "defensible, defens", "irritant, irrit", "replacement, replac",
      "adjustment, adjust", "dependent, depend", "adoption, adopt", "communism, commun",
      "activate, activ", "effective, effect", "bowdlerize, bowdler",
      // step 5
      "probate, probat", "rate, rate", "cease, ceas", "controlling, control", "roll, roll",
      // whole words
      "generalizations, gener", "oscillators, oscil",
      // news
      "strikes, strike", "killed, kill", "troops, troop", "attacks, attack", "militias, militia",
      "running, run", "retaliation, retali"
  })
  void stems(String word, String stem) {
    assertEquals(stem, stemmer.stem(word));
  }

  @Test
  void shortWordsAndNonAsciiAreLeftAlone() {
    assertEquals("is", stemmer.stem("is"));
    assertEquals("as", stemmer.stem("as"));
    assertEquals("café", stemmer.stem("café"));
    assertEquals("2024", stemmer.stem("2024"));
    assertEquals("21:30", stemmer.stem("21:30"));
  }

  @Test
  void stemmingIsIdempotentOnCommonStems() {
    for (String word : new String[] {"strike", "troop", "kill", "attack"}) {
      assertEquals(stemmer.stem(word), stemmer.stem(stemmer.stem(word)), word);
    }
  }
}
