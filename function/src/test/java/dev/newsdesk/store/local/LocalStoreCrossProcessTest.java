package dev.newsdesk.store.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several JVMs share one store folder: their compare-and-swap increments of one counter must all
 * land. This is the property the desk relies on when several CLI runs, or a run and the local
 * server, write the same folder.
 */
class LocalStoreCrossProcessTest {
  private static final int PROCESSES = 3;
  private static final int INCREMENTS = 50;

  @TempDir
  Path root;

  @TempDir
  Path logDir;

  @Test
  void childProcessesRacingOnOneCounterLoseNoIncrement() throws Exception {
    Store store = new LocalStore(root);
    store.put("desk/counter", "0".getBytes(UTF_8), "text/plain");

    List<Process> children = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    try {
      for (int i = 0; i < PROCESSES; i++) {
        Path log = logDir.resolve("child-" + i + ".log");
        logs.add(log);
        children.add(new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
            LocalStoreCounter.class.getName(), root.toString(), "desk/counter", Integer.toString(INCREMENTS))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start());
      }
      for (int i = 0; i < PROCESSES; i++) {
        Process child = children.get(i);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child " + i + " did not finish: " + read(logs.get(i)));
        assertEquals(0, child.exitValue(), "child " + i + " failed: " + read(logs.get(i)));
        assertTrue(read(logs.get(i)).contains("conflicts="), read(logs.get(i)));
      }
    } finally {
      children.forEach(Process::destroyForcibly);
    }

    assertEquals(Integer.toString(PROCESSES * INCREMENTS),
        new String(store.get("desk/counter").orElseThrow().bytes(), UTF_8));
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "(no output)";
  }
}
