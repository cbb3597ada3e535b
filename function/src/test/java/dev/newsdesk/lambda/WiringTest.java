package dev.newsdesk.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.desk.DeskConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The function's configuration from environment variables (no AWS call is made). */
class WiringTest {
  @Test
  void withNoVariablesTheDefaultsApply() {
    assertEquals(DeskConfig.DEFAULTS, Wiring.deskConfig(Map.of()));
  }

  @Test
  void prefixesAndTheFeedAuthorityComeFromTheEnvironment() {
    DeskConfig config = Wiring.deskConfig(Map.of("NEWSDESK_ARTICLES_PREFIX", "inbox/", "NEWSDESK_DESK_PREFIX",
        "state/", "NEWSDESK_PUBLIC_PREFIX", "site/", "NEWSDESK_FEED_TAG_AUTHORITY", "news.example.org,2026"));

    assertEquals("inbox/", config.articlesPrefix());
    assertEquals("state/", config.deskPrefix());
    assertEquals("site/", config.publicPrefix());
    assertEquals("news.example.org,2026", config.feedTagAuthority());
  }

  @Test
  void aBadPrefixNamesTheVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Wiring.deskConfig(Map.of("NEWSDESK_ARTICLES_PREFIX", "articles")));
    assertTrue(e.getMessage().contains("NEWSDESK_ARTICLES_PREFIX='articles'"), e.getMessage());
  }

  @Test
  void theSweepLimitsComeFromTheEnvironmentAndBadOnesNameTheVariable() {
    DeskConfig config = Wiring.deskConfig(Map.of("NEWSDESK_SWEEP_TAKE", "0", "NEWSDESK_SWEEP_SCAN", " 200 "));
    assertEquals(0, config.sweepTake());
    assertEquals(200, config.sweepScan());

    IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
        () -> Wiring.deskConfig(Map.of("NEWSDESK_SWEEP_TAKE", "many")));
    assertTrue(word.getMessage().contains("NEWSDESK_SWEEP_TAKE") && word.getMessage().contains("'many'"),
        word.getMessage());
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> Wiring.deskConfig(Map.of("NEWSDESK_SWEEP_SCAN", "0")));
    assertTrue(range.getMessage().contains("NEWSDESK_SWEEP_SCAN='0'") && range.getMessage().contains("was 0"),
        range.getMessage());
  }

  @Test
  void theStoryWindowComesFromTheEnvironmentAndABadOneNamesTheVariable() {
    assertEquals(DeskConfig.DEFAULTS.storyWindow(), Wiring.deskConfig(Map.of()).storyWindow());
    assertEquals(120, Wiring.deskConfig(Map.of("NEWSDESK_STORY_WINDOW", "120")).storyWindow());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> Wiring.deskConfig(Map.of("NEWSDESK_STORY_WINDOW", "0")));
    assertTrue(zero.getMessage().contains("NEWSDESK_STORY_WINDOW='0'") && zero.getMessage().contains("storyWindow"),
        zero.getMessage());
  }

  @Test
  void theClosedStoriesKeptComeFromTheEnvironmentAndABadCountNamesTheVariable() {
    assertEquals(DeskConfig.DEFAULTS.keepClosed(), Wiring.deskConfig(Map.of()).keepClosed());
    assertEquals(0, Wiring.deskConfig(Map.of("NEWSDESK_KEEP_CLOSED", "0")).keepClosed());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Wiring.deskConfig(Map.of("NEWSDESK_KEEP_CLOSED", "-1")));
    assertTrue(negative.getMessage().contains("NEWSDESK_KEEP_CLOSED='-1'")
        && negative.getMessage().contains("keepClosed must not be negative, was -1"), negative.getMessage());
  }

  @Test
  void aBadStorePrefixNamesTheVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Wiring.fromEnvironment(Map.of("NEWSDESK_STORE_PREFIX", "/team", "AWS_REGION", "eu-west-1")));
    assertTrue(e.getMessage().contains("NEWSDESK_STORE_PREFIX='/team'"), e.getMessage());
  }

  @Test
  void theWiringMakesADeskPerBucketWithoutCallingAws() {
    Wiring wiring = Wiring.fromEnvironment(Map.of("AWS_REGION", "eu-west-1", "NEWSDESK_STORE_PREFIX", "newsdesk/",
        "NEWSDESK_S3_ENDPOINT", "http://127.0.0.1:9"));

    assertNotNull(wiring.deskForBucket().apply("newsdesk-demo"));
    assertEquals(DeskConfig.DEFAULTS, wiring.config());
  }

  @Test
  void theBucketToPrepareComesFromTheEnvironment() {
    Map<String, String> env = Map.of("AWS_REGION", "eu-west-1", "NEWSDESK_S3_ENDPOINT", "http://127.0.0.1:9");

    assertNull(Wiring.fromEnvironment(env).bucket());
    Map<String, String> withBucket = new HashMap<>(env);
    withBucket.put("NEWSDESK_BUCKET", "newsdesk-demo");
    assertEquals("newsdesk-demo", Wiring.fromEnvironment(withBucket).bucket());
    withBucket.put("NEWSDESK_BUCKET", "newsdesk-demo/articles");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wiring.fromEnvironment(withBucket));
    assertTrue(e.getMessage().contains("NEWSDESK_BUCKET"), e.getMessage());
  }
}
