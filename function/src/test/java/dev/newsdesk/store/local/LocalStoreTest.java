package dev.newsdesk.store.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalStoreTest extends StoreContractTest {
  @TempDir
  Path root;

  @Override
  protected Store newStore() {
    return new LocalStore(root);
  }

  @Test
  void keysAreFilesUnderTheRoot() throws IOException {
    store().put("articles/2024/strike.html", bytes("<p>x</p>"), "text/html");

    assertEquals("<p>x</p>", Files.readString(root.resolve("articles/2024/strike.html")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/articles/x.txt", "articles/../desk/index.json", "..", "articles//x.txt",
      "articles/x.txt/", "articles\\x.txt", "articles/./x.txt", ".tmp/x", ".locks/00.lock", "a\u0000b"})
  void badKeysAreRejectedByName(String key) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store().get(key));
    assertTrue(key.isEmpty() || e.getMessage().contains("'" + key + "'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> store().put(key, bytes("x"), null));
    assertThrows(IllegalArgumentException.class, () -> store().create(key, bytes("x"), null));
    assertThrows(IllegalArgumentException.class, () -> store().replace(key, bytes("x"), null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "../", "articles\\", "a//b", "a/./b", "../x"})
  void badPrefixesAreRejectedByName(String prefix) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store().list(prefix));
    assertTrue(e.getMessage().contains("'" + prefix + "'"), e.getMessage());
  }

  @Test
  void aPartialLastSegmentOnlyFiltersNames() {
    store().put("articles/.hidden.txt", bytes("x"), null);
    store().put("articles/v1..2.txt", bytes("x"), null);

    assertEquals(List.of("articles/.hidden.txt"), store().list("articles/."));
    assertEquals(List.of("articles/v1..2.txt"), store().list("articles/v1.."));
  }

  @Test
  void theStoresOwnFilesAreNeverListedAndNoTempFileStaysBehind() throws IOException {
    store().put("a.txt", bytes("1"), null);
    store().create("b.txt", bytes("2"), null);
    store().create("b.txt", bytes("3"), null);
    String etag = store().get("a.txt").orElseThrow().etag();
    store().replace("a.txt", bytes("4"), null, etag);
    assertThrows(ConflictException.class, () -> store().replace("a.txt", bytes("5"), null, etag));

    assertEquals(List.of("a.txt", "b.txt"), store().list(""));
    try (Stream<Path> temps = Files.list(root.resolve(".tmp"))) {
      assertEquals(List.of(), temps.toList());
    }
    try (Stream<Path> lockFiles = Files.list(root.resolve(".locks"))) {
      assertTrue(lockFiles.count() <= LocalStore.LOCK_STRIPES);
    }
  }

  @Test
  void aFolderIsNotAnObject() {
    store().put("articles/2024/x.txt", bytes("x"), null);

    assertEquals(Optional.empty(), store().get("articles/2024"));
  }

  @Test
  void etagsAreTheContentsSha256() {
    store().put("a.txt", bytes("abc"), null);

    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        store().get("a.txt").orElseThrow().etag());
  }

  @ParameterizedTest
  @CsvSource({"a/b.html,text/html", "a/B.HTM,text/html", "x.json,application/json", "x.txt,text/plain",
      "public/feed.xml,application/atom+xml", "x.pdf,", "README,"})
  void contentTypesAreGuessedFromTheName(String key, String expected) {
    store().put(key, bytes("x"), "ignored/by-the-local-store");

    assertEquals(expected, store().get(key).orElseThrow().contentType());
  }

  @Test
  void twoStoresOnOneFolderInOneJvmShareTheLocks() throws Exception {
    Store other = new LocalStore(root);
    store().put("counter", bytes("0"), null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?>[] workers = new Future<?>[4];
      for (int w = 0; w < workers.length; w++) {
        Store mine = w % 2 == 0 ? store() : other;
        workers[w] = pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            LocalStoreCounter.increment(mine, "counter");
          }
          return null;
        });
      }
      for (Future<?> worker : workers) {
        worker.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals("100", new String(store().get("counter").orElseThrow().bytes(), UTF_8));
  }

  @Test
  void theRootIsCreatedWhenMissing() {
    Path missing = root.resolve("not/yet/there");

    LocalStore store = new LocalStore(missing);

    assertTrue(Files.isDirectory(missing));
    assertEquals(missing.toAbsolutePath().normalize(), store.root());
    assertFalse(store.describe().isEmpty());
    assertNull(LocalStore.contentTypeOf("x"));
  }
}
