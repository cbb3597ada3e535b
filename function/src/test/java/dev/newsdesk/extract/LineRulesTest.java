package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The line rule list and the indexes that let a line skip most rules. */
class LineRulesTest {
  private final LineRules rules = LineRules.load();

  @ParameterizedTest
  @ValueSource(strings = {
    "Advertisement", "Advert", "Anzeige", "Publicidade", "Реклама", "広告",
    "Comments", "0shares", "Sharing is caring!", "Text size", "Filed under: Politics |", "Image 2 of 5", "3 of 12",
    "This slideshow requires JavaScript.", "[button link=\"https://x.example/\" type=\"big\"] Send us your review",
    "Published 11:11 PM EST Nov 19, 2019", "Updated at 1:23 p.m.", "Fox News' Jessica Napoli contributed to this report.",
    "(Reporting by Will Dunham; Editing by Tom Brown)", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    "Get the latest updates right in your inbox. Subscribe to our newsletters.", "You may also like...",
    "More Great WIRED Stories", "Citation: Hibernating astronauts (2019, November 18) retrieved 20 November 2019",
    "Like this story? Share it with a friend!", "Tell us what YOU think...",
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every "
        + "day, these data are added to the Wayback Machine after an embargo period.",
    "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.",
    "The seed for this crawl was a list of every host in the Wayback Machine", "The seed for Wide00014 was:",
    "Tweet with a location", "Add a location to your Tweets", "JavaScript is disabled",
    "You can add location information to your Tweets, such as your city or precise location. Learn more",
    "Rating is available when the video has been rented.", "The interactive transcript could not be loaded."})
  void boilerplateLines(String line) {
    assertTrue(rules.isBoilerplate(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[1] Alarm fatigue: impacts on patient safety, Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol. 2015.",
    "The council published its report on Tuesday, 19 November 2019, after a long delay.",
    "Comments from residents were mixed, the survey found.",
    "Advertisements for the new line will run from March.",
    "She said the show requires patience and a lot of JavaScript knowledge.",
    "The seed for the final was decided on Sunday, when the champions lost to a team ranked 40th.",
    "The Internet Archive said its Wayback Machine had captured the page before it was deleted.",
    "She was asked to tweet with a location, the court heard, so that the police could find her.",
    "This collection contains letters written by soldiers during the war."})
  void articleLines(String line) {
    assertFalse(rules.isBoilerplate(line), line);
  }

  @Test
  void hintsAreTextEveryMatchContains() {
    assertEquals("check any facts", LineRules.hint("\\bDouble[- ]check any facts\\b"));
    assertEquals("your inbox", LineRules.hint("\\b(?:right in|delivered to) your inbox\\b"));
    assertEquals("colo", LineRules.hint("colou?r"), "an optional letter ends the run");
    assertEquals("", LineRules.hint("a|b"), "a top-level alternative has no common text");
    assertEquals("contributed", LineRules.hint("\\bcontributed (?:to )?(?:this|the) report\\.?$"));
  }

  @Test
  void aRequiredGroupOfPlainAlternativesCanBeTheBetterHint() {
    assertEquals(List.of("continuing", "using"),
        LineRules.hints("\\bby (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)\\b"));
    assertEquals(List.of("javascript"), LineRules.hints("\\b(?:requires|enable) JavaScript\\b"), "the run is longer");
    assertEquals(List.of("ab"), LineRules.hints("ab(?:cde|fgh)?"), "an optional group is no hint");
    assertEquals(List.of("ab"), LineRules.hints("ab(?=cde|fgh)"), "nor is a lookahead");
    assertEquals(List.of("ab"), LineRules.hints("ab(?:c.e|fgh)"), "nor a group with a pattern in it");
    assertEquals(List.of(), LineRules.hints("(?:abc|def)|x"), "a top-level alternative has no common text");
  }

  @Test
  void foldingForHintsFindsWhatLowerCasingFinds() {
    String[] lines = {"By Using This Site", "“Quoted” Text — À la CAFÉ", "\u212Aelvin", "\u0130stanbul İS", ""};
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      String folded = LineRules.foldForHints(line);
      for (String hint : new String[] {"using", "quoted", "text", "la caf", "kelvin", "istanbul", "is", "stanbul i"}) {
        assertEquals(lower.contains(hint), folded.contains(hint), line + " / " + hint);
      }
    }
  }

  @Test
  void firstCharactersOfAnchoredRules() {
    assertEquals(Set.of('p', 'a', 's'), LineRules.firstChars("(?:Post|Submit|Add) (?:a )?Comment\\b"));
    assertEquals(Set.of('l'), LineRules.firstChars("Leave a (?:Reply|Comment)\\b"));
    assertEquals(Set.of('('), LineRules.firstChars("\\(c\\)"));
    assertNull(LineRules.firstChars("\\d+ comments"), "a class can start with anything");
    assertNull(LineRules.firstChars("(?:Image|Photo)?\\s*\\d+ of \\d+"), "an optional group");
    assertNull(LineRules.firstChars("\\(?(?:Additional )?reporting by"), "an optional first character");
    assertNull(LineRules.firstChars("a|b"));
  }
}
