package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorRulesTest {
  private final SelectorRules rules = SelectorRules.load();

  @Test
  void splitsClassNamesIntoWords() {
    assertEquals(List.of("share", "bar", "top", "ad", "slot"), SelectorRules.words("shareBar top_ad-slot"));
  }

  @Test
  void matchesWholeWordsPrefixesAndSequences() {
    assertTrue(rules.matches("c-comments-area", ""));
    assertTrue(rules.matches("", "advertisement-top"), "advert* is a prefix rule");
    assertTrue(rules.matches("widget most-read", ""));
    assertTrue(rules.matches("ad", ""));
    assertFalse(rules.matches("header-image load shadow", ""), "'ad' is not matched inside words");
    assertFalse(rules.matches("article-body story", "main-content"));
    assertFalse(rules.matches("", ""));
    assertFalse(rules.matches("entry-content entry-content-read-more", ""), "'content' is a keep word");
    assertTrue(rules.matches("theiaStickySidebar", ""));
  }

  @Test
  void hoverCardsAreBoilerplateButEmbedsAndPaywalledTextAreNot() {
    assertTrue(rules.matches("rollover-people-block", ""), "a card shown when pointing at a name");
    assertTrue(rules.matches("tooltip-box", ""));
    assertFalse(rules.matches("social-media-embed", ""), "an embedded post quoted in the article");
    assertFalse(rules.matches("paywall", ""), "sites wrap the paywalled part of the article in it");
  }

  @Test
  void verdictsOfClassAndIdCombine() {
    assertEquals(SelectorRules.REMOVE, rules.verdict("share-bar"));
    assertEquals(SelectorRules.KEEP, rules.verdict("article-body"));
    assertEquals(SelectorRules.NEUTRAL, rules.verdict("wrapper"));
    assertEquals(SelectorRules.NEUTRAL, rules.verdict(""));
    assertTrue(SelectorRules.matches(SelectorRules.NEUTRAL, SelectorRules.REMOVE));
    assertFalse(SelectorRules.matches(SelectorRules.REMOVE, SelectorRules.KEEP), "a keep word wins");
    assertFalse(SelectorRules.matches(SelectorRules.NEUTRAL, SelectorRules.NEUTRAL));
  }
}
