package dev.newsdesk.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.desk.DeskConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart priming hook runs the whole pipeline on the bundled samples, in memory, and opens no
 * connection (so it touches neither S3 nor any other service).
 */
class PrimingTest {

  /**
   * Records every connection the calling thread tries to open while it is installed. The JDK asks
   * the default {@link ProxySelector} before each {@link Socket} connects and before each
   * {@code HttpURLConnection} (the SDK's URL-connection client) connects, so nothing gets past it
   * unseen. It answers "no proxy", so it changes nothing else. Other threads are ignored.
   */
  private static final class ConnectionRecorder extends ProxySelector implements AutoCloseable {
    private final ProxySelector previous = ProxySelector.getDefault();
    private final Thread watched = Thread.currentThread();
    private final List<URI> attempts = Collections.synchronizedList(new ArrayList<>());

    ConnectionRecorder() {
      ProxySelector.setDefault(this);
    }

    @Override
    public List<Proxy> select(URI uri) {
      if (Thread.currentThread() == watched) {
        attempts.add(uri);
      }
      return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
      // Nothing to do: the recorder only records.
    }

    List<URI> attempts() {
      return List.copyOf(attempts);
    }

    @Override
    public void close() {
      ProxySelector.setDefault(previous);
    }
  }

  @Test
  void primingRunsThePipelineOnTheBundledSamples() {
    Priming.Result result = new Priming(DeskConfig.DEFAULTS, 2).prime();

    assertEquals(2, result.rounds());
    assertEquals(5, result.articles(), "the five bundled samples");
    assertTrue(result.published().contains("public/index.json"), result.published().toString());
    assertTrue(result.published().contains("public/feed.xml"), result.published().toString());
    long stories = result.published().stream().filter(k -> k.startsWith("public/stories/")).count();
    assertTrue(stories >= 2, "the samples make two stories at least: " + result.published());
  }

  @Test
  void primingUsesTheConfiguredPrefixes() {
    DeskConfig config = DeskConfig.DEFAULTS.withArticlesPrefix("inbox/").withPublicPrefix("site/");

    Priming.Result result = new Priming(config, 1).prime();

    assertTrue(result.published().contains("site/index.json"), result.published().toString());
  }

  @Test
  void primingOpensNoConnection() {
    try (ConnectionRecorder recorder = new ConnectionRecorder()) {
      new Priming(DeskConfig.DEFAULTS, 1).prime();

      assertEquals(List.of(), recorder.attempts(), "priming must not touch S3 or any other service");
    }
  }

  @Test
  void theRecorderSeesAConnectionAttempt() throws IOException {
    // The check above would pass vacuously if the recorder saw nothing; show that it sees a socket.
    try (ConnectionRecorder recorder = new ConnectionRecorder(); Socket socket = new Socket()) {
      try {
        socket.connect(new InetSocketAddress("127.0.0.1", 9), 200); // discard port: nobody listens
      } catch (IOException expected) {
        // refused or timed out; the attempt is what counts
      }

      assertEquals(1, recorder.attempts().size(), recorder.attempts().toString());
      assertEquals("socket://127.0.0.1:9", recorder.attempts().get(0).toString());
    }
  }

  @Test
  void aPipelineThatRejectsTheSamplesFailsThePrimingAndSoTheSnapshot() {
    DeskConfig tooSmall = DeskConfig.DEFAULTS.withMaxObjectBytes(100); // every sample is "too-large"

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Priming(tooSmall, 1).prime());

    assertTrue(e.getMessage().contains("priming round 1"), e.getMessage());
  }

  @Test
  void theHookIsACracResourceThatKeepsNothingAfterRestore() throws Exception {
    Priming priming = new Priming(DeskConfig.DEFAULTS, 1);

    priming.beforeCheckpoint(null); // what the runtime calls before the snapshot
    priming.afterRestore(null);

    assertThrows(IllegalArgumentException.class, () -> new Priming(DeskConfig.DEFAULTS, 0));
  }
}
