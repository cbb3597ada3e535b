package dev.newsdesk.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the reader's site and the desk's public documents from one root on a local address: a
 * request is answered from the site (pages, styles, scripts, images) when the site has the file, and
 * from the public folder ({@code index.json}, {@code stories/<id>.json}, {@code feed.xml}) otherwise.
 * That is the layout the site expects on S3 or CloudFront too.
 *
 * <p>GET and HEAD only (405 otherwise, with {@code Allow}); no directory listings; paths that could
 * leave a root ({@code ..}, encoded separators, links pointing outside) are refused; every response
 * carries {@code Cache-Control: no-cache} (the desk rewrites its documents in place) and
 * {@code X-Content-Type-Options: nosniff}, and HTML pages the site's Content-Security-Policy.
 *
 * <pre>{@code
 * try (SiteServer server = SiteServer.serve(root.resolve("public"), 8080)) {
 *   System.out.println("newsdesk: serving on " + server.url());
 *   server.join(); // until close() or the process ends
 * }
 * }</pre>
 *
 * <p>Thread-safe. Requests are answered on a small pool of daemon threads.
 */
public final class SiteServer implements AutoCloseable {
  /** The loopback address: the server is for this machine only unless told otherwise. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final int THREADS = 4;

  private final SiteRoot site;
  private final SiteRoot publicRoot;
  private final String host;
  private final int port;
  private final CountDownLatch closed = new CountDownLatch(1);

  private HttpServer server;
  private ExecutorService executor;

  /**
   * @param publicDir the desk's public folder ({@code <root>/public}); it may not exist yet, and then
   *                  the site says that nothing has been published
   * @param siteDir   the site's folder (the repository's {@code site/})
   * @param host      the address to bind, e.g. {@link #DEFAULT_HOST}
   * @param port      the port, or 0 for any free port
   */
  public SiteServer(Path publicDir, Path siteDir, String host, int port) {
    this(publicDir, SiteRoot.folder(Objects.requireNonNull(siteDir, "siteDir")), host, port);
  }

  /**
   * @param publicDir the desk's public folder
   * @param site      where the site's files are: {@link SiteRoot#folder}, {@link SiteRoot#classpath} or
   *                  {@link SiteRoot#bundled}
   * @param host      the address to bind
   * @param port      the port, or 0 for any free port
   */
  public SiteServer(Path publicDir, SiteRoot site, String host, int port) {
    this.publicRoot = SiteRoot.folder(Objects.requireNonNull(publicDir, "publicDir"));
    this.site = Objects.requireNonNull(site, "site");
    this.host = Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    this.port = port;
  }

  /**
   * The one call behind {@code newsdesk serve}: serves {@code publicDir} with the site bundled in the
   * jar on {@code 127.0.0.1:port}, already started. Print {@link #url()}; call {@link #join()} to
   * wait and {@link #close()} to stop.
   *
   * @param port the port, or 0 for any free port
   * @throws IllegalStateException when the jar carries no site at {@code /site/}
   * @throws IOException           when the port cannot be bound (e.g. it is in use)
   */
  public static SiteServer serve(Path publicDir, int port) throws IOException {
    SiteRoot bundled = SiteRoot.bundled();
    if (!bundled.has(RequestPath.INDEX)) {
      throw new IllegalStateException("the site is not on the class path at /" + SiteRoot.BUNDLED
          + "/: build the jar with the site resources, or serve a site folder with new SiteServer(...)");
    }
    return new SiteServer(publicDir, bundled, DEFAULT_HOST, port).start();
  }

  /**
   * Binds the address and starts answering.
   *
   * @return this server
   * @throws IOException           when the address cannot be bound
   * @throws IllegalStateException when already started
   */
  public synchronized SiteServer start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    HttpServer created = HttpServer.create(new InetSocketAddress(host, port), 0);
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "newsdesk-serve-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    created.createContext("/", new FileHandler(site, publicRoot));
    created.setExecutor(pool);
    created.start();
    this.server = created;
    this.executor = pool;
    return this;
  }

  /**
   * The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}.
   *
   * @throws IllegalStateException before {@link #start()}
   */
  public synchronized URI url() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    InetSocketAddress bound = server.getAddress();
    String address = bound.getAddress().getHostAddress();
    if (address.contains(":")) {
      address = "[" + address + "]";
    }
    return URI.create("http://" + address + ":" + bound.getPort() + "/");
  }

  /** Waits until {@link #close()} is called, e.g. from a shutdown hook. */
  public void join() throws InterruptedException {
    closed.await();
  }

  /** Stops answering and frees the port. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
    closed.countDown();
  }

  @Override
  public String toString() {
    return "SiteServer[site=" + site.describe() + ", public=" + publicRoot.describe() + "]";
  }
}
