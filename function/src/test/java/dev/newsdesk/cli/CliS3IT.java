package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.desk.Samples;
import dev.newsdesk.desk.StoryChecks;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk ingest --store s3://bucket/prefix --endpoint URL} against s3proxy on 127.0.0.1. */
class CliS3IT {
  static S3ProxyServer s3;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    s3 = S3ProxyServer.start();
    s3.createBucket("cli-bucket");
    // The CLI takes credentials from the SDK's default chain, as it would on a workstation.
    System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
  }

  @AfterAll
  static void stop() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    s3.close();
  }

  @Test
  void ingestAndStatusAgainstAnS3CompatibleEndpoint() throws Exception {
    List<String> args = new ArrayList<>(List.of("ingest"));
    for (Map.Entry<String, byte[]> seed : Samples.seeds().entrySet()) {
      Path file = tmp.resolve(seed.getKey().substring("articles/".length()));
      Files.write(file, seed.getValue());
      args.add(file.toString());
    }
    args.addAll(List.of("--store", "s3://cli-bucket/desk-one", "--endpoint", s3.endpoint().toString(),
        "--region", "us-east-1", "--quiet"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
        StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

    S3Store store = new S3Store(s3.client(), "cli-bucket", "desk-one/");
    assertTrue(store.list("articles/").size() == 5, store.list("articles/").toString());
    Map<String, JsonNode> stories = StoryChecks.checkAll(store, DeskConfig.DEFAULTS);
    assertEquals(2, stories.size());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, Main.run(List.of("status", "--store", "s3://cli-bucket/desk-one", "--endpoint",
        s3.endpoint().toString(), "--json"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
    JsonNode status = StoryChecks.json(out.toByteArray());
    assertEquals(5, status.get("articles").asInt());
    assertEquals(2, status.get("stories").size());
  }
}
