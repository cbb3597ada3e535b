package dev.newsdesk.cli;

import dev.newsdesk.store.Store;
import dev.newsdesk.store.local.LocalStore;
import dev.newsdesk.store.s3.S3Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** The options every command that opens a desk shares: where the desk lives, and its clock. */
final class StoreOptions {
  static final Set<String> VALUE_OPTIONS = Set.of("root", "store", "endpoint", "region", "now");
  static final String HELP = """
        --root DIR        the desk's local folder (articles/, desk/, public/ inside it)
        --store URI       use s3://bucket[/prefix] instead of a local folder
        --endpoint URL    S3-compatible endpoint for --store (path-style), e.g. http://127.0.0.1:9000
        --region NAME     AWS region for --store (default: AWS_REGION, else us-east-1)
        --now INSTANT     fix the desk's clock (ISO-8601, e.g. 2024-02-08T00:00:00Z) for reproducible output
      """;

  private StoreOptions() {}

  static Store open(Args args, String defaultRoot) {
    String uri = args.option("store");
    if (uri != null) {
      if (args.option("root") != null) {
        throw new UsageException("give either --root or --store, not both");
      }
      return S3Store.forUri(uri, args.option("endpoint"), args.option("region"));
    }
    if (args.option("endpoint") != null) {
      throw new UsageException("--endpoint needs --store s3://bucket");
    }
    String root = args.option("root", defaultRoot);
    if (root == null) {
      throw new UsageException("--root DIR (or --store s3://bucket) is required");
    }
    return new LocalStore(Path.of(root));
  }

  static Clock clock(Args args) {
    String now = args.option("now");
    if (now == null) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new UsageException("--now must be an ISO-8601 instant such as 2024-02-08T00:00:00Z, was '" + now + "'");
    }
  }
}
