package dev.newsdesk.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crac.Core;

/**
 * The Lambda entry point ({@code dev.newsdesk.lambda.Handler::handleRequest}). It turns S3, SQS or
 * EventBridge events into object keys for the desk.
 *
 * <p>The constructor wires everything once per container: the event parser, one S3 client, and a
 * desk per bucket made on first use, or at once for the bucket named by {@code NEWSDESK_BUCKET} (see
 * {@link Wiring} for the environment variables). It also registers {@link Priming} as a CRaC
 * resource, so under SnapStart the whole pipeline runs once on the bundled samples, in memory,
 * before the snapshot is taken. {@link #handleRequest} parses the event, hands the keys to the
 * desks, logs what happened, and writes the response:
 * <ul>
 *   <li>SQS: {@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}, ...]}}, always, with an
 *       empty list when all went well. A message fails when its body cannot be read, when one of its
 *       keys failed for a transient reason, or when its bucket's desk failed outright. SQS redelivers
 *       exactly those messages.
 *   <li>Direct S3 and EventBridge: nothing re-delivers single items, so a desk failure or a failed
 *       key fails the invocation and Lambda retries the whole event. The desk is idempotent, so the
 *       replay only redoes what failed.
 * </ul>
 * An event of an unknown shape is an {@link IllegalArgumentException} naming what was found.
 *
 * <p>{@link #handle} is the same invocation without the Lambda runtime, for the priming run, the
 * benchmarks and other hosts.
 *
 * <p>This is the only class that imports the Lambda runtime API. Thread-safe.
 */
public final class Handler implements RequestStreamHandler {
  private final EventParser parser;
  private final DeskRouter router;
  private final InvocationWriter writer;
  // Held here as well as by the CRaC context, which may keep its resources only weakly.
  private final Priming priming;

  /**
   * Wires the function from its environment variables and registers the priming hook; called by the
   * Lambda runtime.
   */
  public Handler() {
    this(Wiring.fromEnvironment(System.getenv()));
  }

  private Handler(Wiring wiring) {
    this(wiring.deskForBucket(), wiring.config(), Clock.systemUTC());
    if (wiring.bucket() != null) {
      router.prepare(wiring.bucket()); // builds the desk and loads its rule lists; no S3 call
    }
    // Outside a CRaC runtime (plain JVM, tests) this registers nothing and the hook never runs.
    Core.getGlobalContext().register(priming);
  }

  /**
   * Wires the handler with a desk factory, for tests and other hosts. It registers no priming hook.
   *
   * @param deskForBucket makes the desk for a bucket named in an event; called once per bucket
   * @param config        the desk configuration, used to ignore keys that are not inputs
   * @param clock         the clock for the metrics' timestamps
   */
  public Handler(Function<String, Desk> deskForBucket, DeskConfig config, Clock clock) {
    this.parser = new EventParser(Objects.requireNonNull(config, "config"));
    this.router = new DeskRouter(deskForBucket);
    this.writer = new InvocationWriter(clock);
    this.priming = new Priming(config);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    handle(input, output, context.getAwsRequestId(), serviceName(context), context.getLogger()::log);
  }

  /**
   * One invocation without the Lambda runtime: exactly what {@link #handleRequest} does.
   *
   * @param input     the event JSON (read to its end, not closed)
   * @param output    where the response JSON goes (not closed)
   * @param requestId the request id for the log line
   * @param service   the metrics' {@code Service} dimension, e.g. the function name
   * @param log       receives the log line, then the metrics line
   * @throws IllegalArgumentException when the event is not a shape the handler knows
   * @throws RuntimeException         for a direct S3 or EventBridge event whose desk failed or that has
   *                                  failed keys, after logging, so that it is retried
   */
  public void handle(InputStream input, OutputStream output, String requestId, String service, Consumer<String> log)
      throws IOException {
    long start = System.nanoTime();
    ParsedEvent event = parser.parse(input);
    long parsed = System.nanoTime();
    DeskRouter.Outcome outcome = router.route(event);
    long routed = System.nanoTime();

    Map<String, Long> millis = new LinkedHashMap<>();
    millis.put("parse", TimeUnit.NANOSECONDS.toMillis(parsed - start));
    outcome.reports().values().forEach(r -> r.millisPerStage().forEach((stage, ms) -> millis.merge(stage, ms, Long::sum)));
    millis.put("desk", TimeUnit.NANOSECONDS.toMillis(routed - parsed));
    millis.put("total", TimeUnit.NANOSECONDS.toMillis(routed - start));
    log.accept(writer.logLine(requestId, event, outcome, millis));
    log.accept(writer.metricsLine(service, event, outcome));

    if (event.source() != ParsedEvent.Source.SQS) {
      outcome.rethrowForRetry();
    }
    output.write(writer.response(event, outcome).getBytes(StandardCharsets.UTF_8));
  }

  private static String serviceName(Context context) {
    String name = context.getFunctionName();
    return name == null || name.isBlank() ? InvocationWriter.NAMESPACE : name;
  }
}
