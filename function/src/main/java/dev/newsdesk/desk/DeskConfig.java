package dev.newsdesk.desk;

import java.util.Objects;

/**
 * Where the desk reads and writes, and its limits. Immutable; change it by copying with {@code withX}.
 *
 * @param articlesPrefix input: the user's articles (the desk never writes here)
 * @param deskPrefix     the desk's own state: analysed articles, the story index, rejections
 * @param publicPrefix   what the site reads: story documents, the index, the feed
 * @param maxObjectBytes objects larger than this are rejected without being read into memory
 * @param maxCommitAttempts how many times to re-read and re-apply when the index changed under us
 * @param feedTitle      the Atom feed's title
 * @param feedTagAuthority authority of the feed's {@code tag:} ids (RFC 4151): a domain you own and a
 *                       date, e.g. {@code news.example.org,2026}; set it once before the first
 *                       deployment, since changing it later shows readers every story again
 * @param sweepScan      a run also takes the inputs nobody has processed yet from the folders of its
 *                       keys, when a folder (with its subfolders) holds at most this many objects;
 *                       1000 is one S3 list request. Larger folders are not swept
 * @param sweepTake      the most such inputs one run takes, the first in key order; 0 turns the sweep
 *                       off, so a run processes exactly the keys it is given
 * @param analysisCache  how many analysed articles a desk keeps in memory between runs (a warm Lambda
 *                       container keeps its desk), so rewriting a large story does not read every
 *                       member again; 0 keeps none. About 60 KB each for an article of 4,500
 *                       characters (measured over the extraction benchmark's pages)
 * @param storyWindow    a story is written from at most this many of its articles, the latest in
 *                       canonical order (publication date, then content hash): the report of a
 *                       long-running story follows its latest coverage, and rewriting it costs the same
 *                       at its thousandth article as at its fiftieth. Membership, the story's id and its
 *                       provenance still cover every article
 * @param keepClosed     how many closed stories (quiet for the cluster stage's quiet period) the desk
 *                       index keeps, the newest by their sources' latest publication; older ones leave
 *                       it for the archive under {@code <deskPrefix>archive/}, so that the index, which
 *                       every run reads and writes whole, stays bounded. Their documents stay
 *                       published; the public index lists the open stories and these kept ones
 * @param maxVocabulary  the most terms and names whose document frequencies the index keeps; past it,
 *                       the rarest are dropped (down to nine tenths), so that the index does not grow
 *                       with every name the desk has ever seen. About 20 bytes each
 */
public record DeskConfig(
    String articlesPrefix,
    String deskPrefix,
    String publicPrefix,
    long maxObjectBytes,
    int maxCommitAttempts,
    String feedTitle,
    String feedTagAuthority,
    int sweepScan,
    int sweepTake,
    int analysisCache,
    int storyWindow,
    int keepClosed,
    int maxVocabulary) {

  /** Ten S3 list requests: a sweep beyond that would cost more than the run it serves. */
  public static final int MAX_SWEEP_SCAN = 10_000;

  public static final DeskConfig DEFAULTS = new DeskConfig("articles/", "desk/", "public/", 10L * 1024 * 1024, 20,
      "newsdesk", "newsdesk.invalid,2026", 1000, 25, 2000, 50, 200, 100_000);

  public DeskConfig {
    articlesPrefix = prefix(articlesPrefix, "articlesPrefix");
    deskPrefix = prefix(deskPrefix, "deskPrefix");
    publicPrefix = prefix(publicPrefix, "publicPrefix");
    if (articlesPrefix.startsWith(deskPrefix) || deskPrefix.startsWith(articlesPrefix)
        || articlesPrefix.startsWith(publicPrefix) || publicPrefix.startsWith(articlesPrefix)
        || deskPrefix.startsWith(publicPrefix) || publicPrefix.startsWith(deskPrefix)) {
      throw new IllegalArgumentException("prefixes must not contain one another: articles='"
          + articlesPrefix + "', desk='" + deskPrefix + "', public='" + publicPrefix + "'");
    }
    if (maxObjectBytes < 1) {
      throw new IllegalArgumentException("maxObjectBytes must be positive, was " + maxObjectBytes);
    }
    if (maxCommitAttempts < 1) {
      throw new IllegalArgumentException("maxCommitAttempts must be positive, was " + maxCommitAttempts);
    }
    Objects.requireNonNull(feedTitle, "feedTitle");
    Objects.requireNonNull(feedTagAuthority, "feedTagAuthority");
    if (sweepScan < 1 || sweepScan > MAX_SWEEP_SCAN) {
      throw new IllegalArgumentException("sweepScan must be 1 to " + MAX_SWEEP_SCAN + ", was " + sweepScan);
    }
    if (sweepTake < 0 || sweepTake > MAX_SWEEP_SCAN) {
      throw new IllegalArgumentException("sweepTake must be 0 to " + MAX_SWEEP_SCAN + ", was " + sweepTake);
    }
    if (analysisCache < 0) {
      throw new IllegalArgumentException("analysisCache must not be negative, was " + analysisCache);
    }
    if (storyWindow < 1) {
      throw new IllegalArgumentException("storyWindow must be positive, was " + storyWindow);
    }
    if (keepClosed < 0) {
      throw new IllegalArgumentException("keepClosed must not be negative, was " + keepClosed);
    }
    if (maxVocabulary < 100) {
      throw new IllegalArgumentException("maxVocabulary must be at least 100, was " + maxVocabulary);
    }
  }

  private static String prefix(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty() || value.startsWith("/") || !value.endsWith("/")) {
      throw new IllegalArgumentException(
          name + " must be a non-empty key prefix ending in '/' without a leading '/', was '" + value + "'");
    }
    return value;
  }

  /** Whether {@code key} is an input article (under the articles prefix, not a folder marker). */
  public boolean isInput(String key) {
    return key.startsWith(articlesPrefix) && key.length() > articlesPrefix.length() && !key.endsWith("/");
  }

  public DeskConfig withArticlesPrefix(String v) {
    return new DeskConfig(v, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle, feedTagAuthority,
        sweepScan, sweepTake, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withDeskPrefix(String v) {
    return new DeskConfig(articlesPrefix, v, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, sweepScan, sweepTake, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withPublicPrefix(String v) {
    return new DeskConfig(articlesPrefix, deskPrefix, v, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, sweepScan, sweepTake, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withMaxObjectBytes(long v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, v, maxCommitAttempts, feedTitle, feedTagAuthority,
        sweepScan, sweepTake, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withFeedTagAuthority(String v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle, v,
        sweepScan, sweepTake, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withMaxCommitAttempts(int v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, v, feedTitle, feedTagAuthority,
        sweepScan, sweepTake, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withSweepScan(int v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, v, sweepTake, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withSweepTake(int v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, sweepScan, v, analysisCache, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withAnalysisCache(int v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, sweepScan, sweepTake, v, storyWindow, keepClosed, maxVocabulary);
  }

  public DeskConfig withStoryWindow(int v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, sweepScan, sweepTake, analysisCache, v, keepClosed, maxVocabulary);
  }

  public DeskConfig withKeepClosed(int v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, sweepScan, sweepTake, analysisCache, storyWindow, v, maxVocabulary);
  }

  public DeskConfig withMaxVocabulary(int v) {
    return new DeskConfig(articlesPrefix, deskPrefix, publicPrefix, maxObjectBytes, maxCommitAttempts, feedTitle,
        feedTagAuthority, sweepScan, sweepTake, analysisCache, storyWindow, keepClosed, v);
  }
}
