package dev.newsdesk.lambda;

import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.store.s3.S3Store;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the deployed function is put together, read once from its environment variables.
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><th>Variable</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code NEWSDESK_STORE_PREFIX}</td><td>{@code ""}</td>
 *       <td>a key prefix in every bucket under which the store lives, e.g. {@code newsdesk/}</td></tr>
 *   <tr><td>{@code NEWSDESK_ARTICLES_PREFIX}</td><td>{@code articles/}</td><td>input articles</td></tr>
 *   <tr><td>{@code NEWSDESK_DESK_PREFIX}</td><td>{@code desk/}</td><td>the desk's state</td></tr>
 *   <tr><td>{@code NEWSDESK_PUBLIC_PREFIX}</td><td>{@code public/}</td><td>what the site reads</td></tr>
 *   <tr><td>{@code NEWSDESK_FEED_TAG_AUTHORITY}</td><td>(the desk default)</td>
 *       <td>the authority of the Atom feed's {@code tag:} ids; set it once, before the first deployment</td></tr>
 *   <tr><td>{@code NEWSDESK_SWEEP_TAKE}</td><td>{@code 25}</td>
 *       <td>the most unprocessed inputs a run takes from the folders of its keys besides them
 *       ({@code DeskConfig.sweepTake}); {@code 0} turns the sweep off</td></tr>
 *   <tr><td>{@code NEWSDESK_SWEEP_SCAN}</td><td>{@code 1000}</td>
 *       <td>folders holding more objects than this are not swept ({@code DeskConfig.sweepScan})</td></tr>
 *   <tr><td>{@code NEWSDESK_ANALYSIS_CACHE}</td><td>{@code 2000}</td>
 *       <td>analysed articles a warm container keeps in memory ({@code DeskConfig.analysisCache}),
 *       about 60 KB each; {@code 0} keeps none</td></tr>
 *   <tr><td>{@code NEWSDESK_STORY_WINDOW}</td><td>{@code 50}</td>
 *       <td>a story is written from at most this many of its latest articles
 *       ({@code DeskConfig.storyWindow})</td></tr>
 *   <tr><td>{@code NEWSDESK_KEEP_CLOSED}</td><td>{@code 200}</td>
 *       <td>closed stories the desk index keeps, the most recent; older ones move to the archive
 *       ({@code DeskConfig.keepClosed})</td></tr>
 *   <tr><td>{@code NEWSDESK_S3_ENDPOINT}</td><td>(AWS)</td>
 *       <td>an S3-compatible endpoint, e.g. for {@code sam local invoke} against s3proxy or MinIO</td></tr>
 *   <tr><td>{@code NEWSDESK_BUCKET}</td><td>(none)</td>
 *       <td>the bucket the events will name; its desk is built during initialisation (before a
 *       SnapStart snapshot) rather than on the first event. Optional: other buckets still work</td></tr>
 *   <tr><td>{@code AWS_REGION}</td><td>{@code us-east-1}</td><td>set by Lambda</td></tr>
 * </table>
 *
 * <p>Each event names its bucket, and each bucket gets its own desk over one shared S3 client.
 * {@code NEWSDESK_BUCKET} only says which desk to build in advance.
 *
 * @param config        the desk configuration (prefixes and limits)
 * @param deskForBucket makes the desk for a bucket
 * @param bucket        the bucket whose desk to build in advance, or {@code null}
 */
record Wiring(DeskConfig config, Function<String, Desk> deskForBucket, String bucket) {

  Wiring {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(deskForBucket, "deskForBucket");
    if (bucket != null && (bucket.isBlank() || bucket.contains("/"))) {
      throw new IllegalArgumentException("NEWSDESK_BUCKET must be a bucket name without '/', was '" + bucket + "'");
    }
  }

  /**
   * Reads the configuration from {@code env} and builds the S3 client (once, here).
   *
   * @throws IllegalArgumentException when a variable is malformed; the message names it
   */
  static Wiring fromEnvironment(Map<String, String> env) {
    DeskConfig config = deskConfig(env);
    String storePrefix = env.getOrDefault("NEWSDESK_STORE_PREFIX", "");
    Function<String, S3Store> stores;
    try {
      stores = S3Store.perBucket(storePrefix, env.get("NEWSDESK_S3_ENDPOINT"), env.get("AWS_REGION"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("NEWSDESK_STORE_PREFIX='" + storePrefix + "', NEWSDESK_S3_ENDPOINT='"
          + env.get("NEWSDESK_S3_ENDPOINT") + "': " + e.getMessage(), e);
    }
    Clock clock = Clock.systemUTC();
    String bucket = env.get("NEWSDESK_BUCKET");
    return new Wiring(config, b -> new Desk(stores.apply(b), config, clock),
        bucket == null || bucket.isEmpty() ? null : bucket);
  }

  /**
   * The desk configuration from {@code NEWSDESK_*_PREFIX}, {@code NEWSDESK_FEED_TAG_AUTHORITY},
   * {@code NEWSDESK_SWEEP_*}, {@code NEWSDESK_ANALYSIS_CACHE}, {@code NEWSDESK_STORY_WINDOW} and
   * {@code NEWSDESK_KEEP_CLOSED}, each defaulting to {@link DeskConfig#DEFAULTS}.
   */
  static DeskConfig deskConfig(Map<String, String> env) {
    DeskConfig config = prefixes(env);
    int scan = whole(env, "NEWSDESK_SWEEP_SCAN", config.sweepScan());
    int take = whole(env, "NEWSDESK_SWEEP_TAKE", config.sweepTake());
    int cache = whole(env, "NEWSDESK_ANALYSIS_CACHE", config.analysisCache());
    int window = whole(env, "NEWSDESK_STORY_WINDOW", config.storyWindow());
    int keepClosed = whole(env, "NEWSDESK_KEEP_CLOSED", config.keepClosed());
    try {
      return config.withSweepScan(scan).withSweepTake(take).withAnalysisCache(cache).withStoryWindow(window)
          .withKeepClosed(keepClosed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("NEWSDESK_SWEEP_SCAN='" + env.get("NEWSDESK_SWEEP_SCAN")
          + "', NEWSDESK_SWEEP_TAKE='" + env.get("NEWSDESK_SWEEP_TAKE") + "', NEWSDESK_ANALYSIS_CACHE='"
          + env.get("NEWSDESK_ANALYSIS_CACHE") + "', NEWSDESK_STORY_WINDOW='" + env.get("NEWSDESK_STORY_WINDOW")
          + "', NEWSDESK_KEEP_CLOSED='" + env.get("NEWSDESK_KEEP_CLOSED") + "': " + e.getMessage(), e);
    }
  }

  private static int whole(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
    }
  }

  private static DeskConfig prefixes(Map<String, String> env) {
    DeskConfig defaults = DeskConfig.DEFAULTS;
    String articles = env.getOrDefault("NEWSDESK_ARTICLES_PREFIX", defaults.articlesPrefix());
    String desk = env.getOrDefault("NEWSDESK_DESK_PREFIX", defaults.deskPrefix());
    String published = env.getOrDefault("NEWSDESK_PUBLIC_PREFIX", defaults.publicPrefix());
    try {
      DeskConfig config = defaults.withArticlesPrefix(articles).withDeskPrefix(desk).withPublicPrefix(published);
      String tagAuthority = env.get("NEWSDESK_FEED_TAG_AUTHORITY");
      return tagAuthority == null || tagAuthority.isBlank() ? config : config.withFeedTagAuthority(tagAuthority);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("NEWSDESK_ARTICLES_PREFIX='" + articles + "', NEWSDESK_DESK_PREFIX='" + desk
          + "', NEWSDESK_PUBLIC_PREFIX='" + published + "', NEWSDESK_FEED_TAG_AUTHORITY='"
          + env.get("NEWSDESK_FEED_TAG_AUTHORITY") + "': " + e.getMessage(), e);
    }
  }
}
