package dev.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.lambda.Handler;
import dev.newsdesk.lambda.Priming;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoredObject;
import dev.newsdesk.store.local.LocalStore;
import dev.newsdesk.store.s3.S3Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Speed and size of the desk as the Lambda function runs it: every figure goes through the real
 * {@link Handler}, with events in the shapes AWS delivers, over a real store.
 *
 * <ul>
 *   <li>{@link #coldStart}: a fresh JVM per run ({@code java -cp ... DeskBench cold <store>}) builds
 *       the handler and handles one S3 event for one article; wall time from process start to exit,
 *       median of the runs. Plain, this is the path without SnapStart. Primed, the child runs
 *       {@link Priming} between the constructor and the invocation, as SnapStart does before its
 *       snapshot, and the first invocation's time is roughly what is left after a restore.
 *   <li>{@link #warmLatency}: one article per event on a handler that has already run; median and
 *       90th percentile per invocation.
 *   <li>{@link #throughput}: synthetic articles uploaded first, then SQS batches of {@code batchSize}
 *       messages handled one after another (reserved concurrency: one writer), articles per second,
 *       per-invocation times as the index grows, and the heap (see {@link HeapWatch}).
 *   <li>{@link #oneBatch}: one more batch on the largest desk, in a child with a small {@code -Xmx}, to
 *       find the heap the function needs.
 *   <li>{@link #jarBytes}: the size of the shaded jar Lambda runs.
 * </ul>
 * Synthetic articles ({@link #syntheticArticle}) stand in for real ones; the load tests use them too.
 *
 * <p>{@link #main} runs them on a folder store, or on S3 (any S3-compatible server) with a store
 * {@code s3://bucket} and the endpoint in {@code NEWSDESK_S3_ENDPOINT}, as the function reads it.
 * It is also the child process of {@link #coldStart} and, from the test tree, of the run on s3proxy.
 * Each command prints one JSON line with its figures on standard output.
 *
 * <p>A benchmark, not a test: nothing here asserts a time. Single-threaded.
 */
public final class DeskBench {
  /** Articles of one synthetic event: same facts, different words, publishers and order. */
  public static final int ARTICLES_PER_EVENT = 5;
  /** Synthetic events reported side by side, their articles interleaved (see {@link #syntheticArticle}). */
  public static final int EVENTS_PER_BLOCK = 10;
  /** Where {@link #syntheticArticles} puts its articles, under the articles prefix. */
  public static final String SYNTHETIC_FOLDER = "synthetic/";

  private static final DeskConfig CONFIG = DeskConfig.DEFAULTS;
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeskBench() {}

  // ---------------------------------------------------------------- synthetic articles

  /**
   * One kind of event: its noun and its own sentences. In the templates {@code {P}} is the place,
   * {@code {D}} the district, {@code {S}} the street, {@code {C}} a company, {@code {R}} a river,
   * {@code {K}} a number, {@code {T}} a time of day and {@code {W}} the weekday (see
   * {@link #syntheticArticle} for the rest).
   */
  private record Kind(String noun, String lead, List<String> details) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("fire", "Flames tore through a {GOODS} warehouse beside the {L1} in {P} on {W}",
          List.of("Firefighters from {K} stations fought the blaze near the {L1} for most of the night.",
              "Smoke from the burning {GOODS} drifted over the {L2}, and {GROUP} were told to stay away.",
              "The fire broke out in a {GOODS} store shortly after {T}, according to the fire brigade.")),
      new Kind("flood", "The {R} river burst its banks in {P} on {W}, flooding the {L1}",
          List.of("Water stood {K} centimetres deep inside the {L1} by the evening.",
              "Rescue boats carried {GROUP} from the streets around the {L2}.",
              "Bags of {GOODS} were used to build a makeshift dam in front of the {L2}.")),
      new Kind("train derailment", "A train carrying {GROUP} and a freight car of {GOODS} left the tracks near the {L1} in {P} on {W}",
          List.of("{K} carriages overturned on the curve below the {L1}.",
              "The line past the {L2} was closed, and buses replaced the trains.",
              "Investigators reached the wreck of the {GOODS} car at {T}.")),
      new Kind("landslide", "A hillside gave way above the {L1} in the {D} district of {P} on {W}",
          List.of("Mud and rocks buried {K} houses between the {L1} and the {L2}.",
              "{GROUP} who live below the slope had complained about cracks for months.",
              "Diggers loaded with {GOODS} worked through the night to shore up the hill.")),
      new Kind("gas explosion", "A gas explosion ripped through a building next to the {L1} in {P} on {W}",
          List.of("The blast shattered windows of the {L1} up to {K} metres away.",
              "The gas supplier {C} sent engineers to check the pipes under the {L2}.",
              "{GROUP} said they had smelled gas near the {GOODS} shop for days.")),
      new Kind("storm", "A violent storm tore the roof off the {L1} in {P} on {W}",
          List.of("Gusts of up to {K} kilometres an hour scattered {GOODS} across the {L2}.",
              "Power was cut around the {L1}, and {C} said repairs could take days.",
              "{GROUP} sheltered in the {L2} until the wind dropped.")),
      new Kind("chemical leak", "A tank of {GOODS} solvent at the {C} plant near the {L1} in {P} leaked on {W}",
          List.of("{GROUP} living within {K} kilometres of the {L1} were told to stay indoors.",
              "Air monitors at the {L2} recorded fumes until the evening.",
              "The plant, which treats {GOODS}, had been fined over safety failures two years ago.")),
      new Kind("bridge collapse", "Part of the bridge over the {R} beside the {L1} in {P} collapsed on {W}",
          List.of("Divers searched the river below the {L1} for vehicles that fell with the {K}-metre span.",
              "A lorry loaded with {GOODS} was left hanging over the gap.",
              "Traffic between the {L2} and the city centre was diverted, and {GROUP} faced long detours.")));

  private static final List<String> AFTERMATH = List.of(
      "{O}, the {J} of {P}, said about {M} emergency workers had been sent to the {L1}.",
      "\"We are doing everything we can to help the {GROUP} and everyone affected,\" {O} told reporters.",
      "The {A} said {F} families had been moved to a shelter in the {L2}.",
      "An investigation into what happened at the {L1} has been opened, the {A} said.",
      "Schools near the {L2} will stay closed until {X} while inspectors check the damage.",
      "{H} Hospital said it had treated {I} people, {V} of them for serious injuries.",
      "Shopkeepers on {S} Street, who sell {GOODS}, said they did not expect to reopen for weeks.",
      "Volunteers brought food and blankets to {GROUP} waiting outside the {L2}.",
      "Councillor {Q} called for an independent review of safety at the {L1}.",
      "Insurers put the damage to the {L1} at about {E} million euros.",
      "It was the worst accident at the {L1} since {Y}, local historians said.",
      "Police closed the roads around the {L2} and asked drivers to avoid {D}.",
      "The regional government promised {Z} million euros to rebuild the {L1}.",
      "{GROUP} near the {L2} said they had heard a loud bang at about {T}.",
      "A spokesperson for {C} said the company was cooperating with investigators.",
      "Officials said the number of injured, most of them {GROUP}, could still rise.");

  private static final String[] LANDMARKS = {"harbour", "cathedral", "vineyard", "tram depot", "stadium", "orchard",
      "refinery", "pier", "monastery", "brewery", "sawmill", "quarry", "marina", "library", "observatory",
      "aqueduct", "lighthouse", "market hall", "tannery", "ropeworks", "granary", "viaduct", "foundry",
      "textile mill", "ferry terminal", "bus station", "botanical garden", "concert hall", "paper mill",
      "distillery", "racecourse", "zoo", "university campus", "shipyard", "airfield", "prison", "barracks",
      "museum", "power station", "water tower", "ice rink", "fish market", "opera house", "velodrome",
      "glasshouse", "salt works", "cable car station", "convent"};
  private static final String[] GOODS = {"tyre", "timber", "fertiliser", "paint", "grain", "cotton", "plastic",
      "battery", "furniture", "olive oil", "wool", "coal", "cement", "glass", "cardboard", "medicine",
      "electronics", "wine", "hay", "fishing net", "copper", "rubber", "leather", "soap", "tobacco", "sugar"};
  private static final String[] GROUPS = {"pensioners", "students", "commuters", "fishermen", "nurses", "tourists",
      "pilgrims", "farmers", "miners", "schoolchildren", "market traders", "dock workers", "cyclists", "campers",
      "choir members", "taxi drivers", "beekeepers", "sailors", "bakers"};

  private static final String[] ONSETS = {"Bar", "Kel", "Dor", "Vel", "Mir", "Tan", "Sol", "Gra", "Lun", "Fen",
      "Hol", "Rus", "Zel"};
  private static final String[] CODAS = {"ovo", "ani", "burg", "dal", "ica", "mont", "wick", "ara", "heim", "ford",
      "esk", "lin", "ora"};
  private static final String[] FIRST_NAMES = {"Anna", "Marek", "Lena", "Tomas", "Ines", "Pavel", "Sofia", "Jonas",
      "Clara", "Viktor", "Nora", "Emil", "Rosa"};
  private static final String[] ROLES = {"mayor", "fire chief", "police commander", "regional governor",
      "emergency coordinator"};
  private static final String[] AGENCIES = {"fire service", "civil protection agency", "regional police",
      "transport authority", "health department"};
  private static final String[] PUBLISHERS = {"Northern Courier", "Daily Ledger", "Valley Times", "Coastal Herald",
      "City Wire"};

  /**
   * A synthetic plain-text news article of about 600 to 900 characters: a headline, a date line, a
   * byline and five or six paragraphs. Each block of 50 articles reports {@value #EVENTS_PER_BLOCK}
   * events, {@value #ARTICLES_PER_EVENT} articles each, interleaved: article {@code i} reports
   * event {@code (i / 50) * 10 + i % 10}, and its articles arrive 10 numbers apart. Every event has a kind (fire, flood, ...) with sentences of its own,
   * four aftermath sentences drawn from a pool of sixteen, its own made-up place, district, street,
   * river, company, hospital and people (names that exist nowhere else), its own numbers, and its own
   * date, three days after the event before it (event 0 on 1 January 2026): time runs forward, as in
   * a real stream, so stories go quiet and close. The articles of one event differ in headline, byline, publisher, wording of the
   * lead and the order and choice of paragraphs. The fifth repeats the first one's paragraphs under
   * another headline, as a near copy. Deterministic: the same {@code i} always gives the same bytes,
   * and no two {@code i} give the same.
   *
   * @param i the article's number, 0 or more
   */
  public static String syntheticArticle(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("i must not be negative, was " + i);
    }
    // Events interleave, as in a real stream: each block of 50 articles reports 10 events, and the
    // articles of one event arrive 10 apart. (A stream of one event after another looks, to the
    // clustering, like a burst in which a newcomer belongs to the story before it.)
    int e = syntheticEvent(i);
    int v = (i % (EVENTS_PER_BLOCK * ARTICLES_PER_EVENT)) / EVENTS_PER_BLOCK;
    Random event = new Random(7919L * e + 17); // the event's facts, the same for all its articles
    Kind kind = KINDS.get(e % KINDS.size());
    LocalDate date = LocalDate.of(2026, 1, 1).plusDays(e * 3L);
    Map<String, String> facts = new LinkedHashMap<>();
    List<String> landmarks = new ArrayList<>(List.of(LANDMARKS));
    Collections.shuffle(landmarks, event);
    facts.put("{L1}", landmarks.get(0));
    facts.put("{L2}", landmarks.get(1));
    facts.put("{GOODS}", GOODS[event.nextInt(GOODS.length)]);
    facts.put("{GROUP}", GROUPS[event.nextInt(GROUPS.length)]);
    facts.put("{P}", name(e, 0));
    facts.put("{D}", name(e, 1));
    facts.put("{S}", name(e, 2));
    facts.put("{O}", FIRST_NAMES[e % FIRST_NAMES.length] + " " + name(e, 3));
    facts.put("{Q}", FIRST_NAMES[(e + 5) % FIRST_NAMES.length] + " " + name(e, 5));
    facts.put("{C}", name(e, 6) + " " + (e % 2 == 0 ? "Industries" : "Holdings"));
    facts.put("{R}", name(e, 7));
    facts.put("{H}", name(e, 8));
    facts.put("{J}", ROLES[e % ROLES.length]);
    facts.put("{A}", AGENCIES[(e / 5) % AGENCIES.length]);
    facts.put("{W}", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    facts.put("{X}", date.plusDays(3).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    facts.put("{K}", Integer.toString(3 + event.nextInt(60)));
    facts.put("{M}", Integer.toString(40 + 10 * event.nextInt(30)));
    facts.put("{I}", Integer.toString(5 + event.nextInt(40)));
    facts.put("{V}", Integer.toString(1 + event.nextInt(4)));
    facts.put("{E}", Integer.toString(2 + event.nextInt(80)));
    facts.put("{Z}", Integer.toString(1 + event.nextInt(20)));
    facts.put("{F}", Integer.toString(2 + event.nextInt(30)));
    facts.put("{T}", (1 + event.nextInt(11)) + (event.nextBoolean() ? ":30" : ":15") + " in the "
        + (event.nextBoolean() ? "morning" : "evening"));
    facts.put("{Y}", Integer.toString(1950 + event.nextInt(60)));
    List<String> aftermath = new ArrayList<>(AFTERMATH);
    Collections.shuffle(aftermath, event);

    String place = facts.get("{P}");
    String[] leads = {
        kind.lead() + ", injuring {I} people, officials said.",
        kind.lead() + ". At least {I} people were hurt.",
        "At least {I} people were injured when " + lower(kind.lead()) + "."};
    String[] titles = {
        capitalise(kind.noun()) + " in " + place + " leaves {I} people injured",
        "{I} hurt as " + kind.noun() + " hits " + place,
        place + " " + kind.noun() + ": {O} promises a full inquiry",
        "Residents of {D} count the damage after " + place + " " + kind.noun(),
        capitalise(kind.noun()) + " in " + place + ": what we know so far"};
    List<List<String>> bodies = List.of(
        List.of(leads[0], kind.details().get(0), aftermath.get(0), aftermath.get(1), kind.details().get(1),
            aftermath.get(2)),
        List.of(leads[1], aftermath.get(1), kind.details().get(0), aftermath.get(3), aftermath.get(2)),
        List.of(leads[2], kind.details().get(2), aftermath.get(0), aftermath.get(3), kind.details().get(1)),
        List.of(leads[0], kind.details().get(1), kind.details().get(2), aftermath.get(2), aftermath.get(3),
            aftermath.get(1)));
    List<String> body = bodies.get(v == 4 ? 0 : v); // the fifth is a near copy of the first

    List<String> lines = new ArrayList<>();
    lines.add(titles[v]);
    lines.add(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth() + ", "
        + date.getYear());
    lines.add("By " + FIRST_NAMES[(i * 5) % FIRST_NAMES.length] + " " + name(i, 4) + ", " + PUBLISHERS[v]);
    lines.addAll(body);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      for (Map.Entry<String, String> fact : facts.entrySet()) {
        line = line.replace(fact.getKey(), fact.getValue());
      }
      text.append(capitalise(line)).append("\n\n");
    }
    return text.toString();
  }

  /** The event that synthetic article {@code i} reports (see {@link #syntheticArticle}). */
  public static int syntheticEvent(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("i must not be negative, was " + i);
    }
    return (i / (EVENTS_PER_BLOCK * ARTICLES_PER_EVENT)) * EVENTS_PER_BLOCK + i % EVENTS_PER_BLOCK;
  }

  /**
   * {@code count} synthetic articles, numbered {@code from} on, by input key
   * ({@code articles/synthetic/000123.txt}), in number order.
   */
  public static Map<String, byte[]> syntheticArticles(int from, int count) {
    Map<String, byte[]> articles = new LinkedHashMap<>();
    for (int i = from; i < from + count; i++) {
      articles.put(syntheticKey(i), syntheticArticle(i).getBytes(StandardCharsets.UTF_8));
    }
    return articles;
  }

  /** The input key of synthetic article {@code i}. */
  public static String syntheticKey(int i) {
    return CONFIG.articlesPrefix() + SYNTHETIC_FOLDER + String.format(Locale.ROOT, "%06d.txt", i);
  }

  /**
   * A made-up proper name, unlike any real word: the base-13 digits of {@code n} spelled as
   * syllables, at least two. Each {@code kind} (place, district, street, surname, reporter) shifts
   * the syllables differently, so within a kind every number has its own name.
   */
  private static String name(int n, int kind) {
    StringBuilder name = new StringBuilder(ONSETS[(n + kind * 4) % ONSETS.length]);
    int rest = n / ONSETS.length;
    do {
      name.append(CODAS[(rest + kind * 7) % CODAS.length]);
      rest /= CODAS.length;
    } while (rest > 0);
    return name.toString();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The lead with its first letter in lower case, unless it starts with a name (a placeholder). */
  private static String lower(String s) {
    return s.startsWith("{") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  // ---------------------------------------------------------------- events

  /**
   * An S3 event notification as S3 sends it straight to Lambda: one {@code ObjectCreated:Put}
   * record per key, keys form-encoded.
   */
  public static byte[] s3Event(String bucket, List<String> keys) {
    return bytes(s3Notification(bucket, keys));
  }

  /**
   * An SQS batch as Lambda delivers it from the queue S3 notifies: one message per key, each body
   * an S3 notification for that key. Message ids are {@code idPrefix-0}, {@code idPrefix-1}, ...
   */
  public static byte[] sqsEvent(String bucket, List<String> keys, String idPrefix) {
    ObjectNode event = JSON.createObjectNode();
    ArrayNode records = event.putArray("Records");
    for (int n = 0; n < keys.size(); n++) {
      ObjectNode message = records.addObject();
      message.put("messageId", idPrefix + "-" + n);
      message.put("receiptHandle", "bench");
      message.put("body", new String(bytes(s3Notification(bucket, List.of(keys.get(n)))), StandardCharsets.UTF_8));
      message.putObject("attributes").put("ApproximateReceiveCount", "1");
      message.put("eventSource", "aws:sqs");
      message.put("eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:newsdesk-bench");
    }
    return bytes(event);
  }

  private static ObjectNode s3Notification(String bucket, List<String> keys) {
    ObjectNode event = JSON.createObjectNode();
    ArrayNode records = event.putArray("Records");
    for (String key : keys) {
      ObjectNode record = records.addObject();
      record.put("eventVersion", "2.1");
      record.put("eventSource", "aws:s3");
      record.put("eventName", "ObjectCreated:Put");
      ObjectNode s3 = record.putObject("s3");
      s3.putObject("bucket").put("name", bucket);
      s3.putObject("object").put("key", URLEncoder.encode(key, StandardCharsets.UTF_8));
    }
    return event;
  }

  // ---------------------------------------------------------------- one invocation

  /**
   * What one invocation said.
   *
   * @param millis    wall time of {@link Handler#handle}
   * @param cpuMillis CPU time of the calling thread during it, which does all the desk's work; on a
   *                  busy machine this is closer than the wall time to what one idle core would take
   * @param response  the response JSON
   * @param log       the log line (JSON)
   */
  public record Invocation(double millis, double cpuMillis, JsonNode response, JsonNode log) {
    /** The SQS messages the handler reported as failed (none for other event shapes). */
    public int batchItemFailures() {
      return response.path("batchItemFailures").size();
    }

    /** Compare-and-swap retries of the desk index, as the log line counts them. */
    public int retries() {
      return log.path("retries").asInt();
    }
  }

  /** Runs one event through {@code handler}, timing it. */
  public static Invocation invoke(Handler handler, byte[] event, String requestId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> lines = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    try {
      handler.handle(new ByteArrayInputStream(event), out, requestId, "newsdesk-bench", lines::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double millis = (System.nanoTime() - start) / 1e6;
    double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    return new Invocation(millis, cpuMillis, read(out.toByteArray()),
        read(lines.get(0).getBytes(StandardCharsets.UTF_8)));
  }

  /** A handler whose desk works on {@code store} for whatever bucket an event names. */
  public static Handler handlerOn(Store store) {
    Clock clock = Clock.systemUTC();
    return new Handler(bucket -> new Desk(store, CONFIG, clock), CONFIG, clock);
  }

  // ---------------------------------------------------------------- cold start

  /**
   * Cold-start figures.
   *
   * @param primed             whether the child ran {@link Priming} between the constructor and the
   *                           invocation, as SnapStart does before its snapshot
   * @param wallMillis         per run, process start to exit
   * @param medianWallMillis   their median
   * @param constructMillis    per run, the handler's constructor inside the child
   * @param primeMillis        per run, the priming (0 when not primed)
   * @param firstInvokeMillis  per run, the first invocation inside the child
   * @param peakHeapBytes      per run, the child's peak heap use (see {@link HeapWatch})
   */
  public record ColdStart(boolean primed, List<Double> wallMillis, double medianWallMillis,
      List<Double> constructMillis, List<Double> primeMillis, List<Double> firstInvokeMillis,
      List<Long> peakHeapBytes) {
    public ColdStart {
      wallMillis = List.copyOf(wallMillis);
      constructMillis = List.copyOf(constructMillis);
      primeMillis = List.copyOf(primeMillis);
      firstInvokeMillis = List.copyOf(firstInvokeMillis);
      peakHeapBytes = List.copyOf(peakHeapBytes);
    }

    /** The median first invocation: after a restore from a primed snapshot, roughly what remains. */
    public double medianFirstInvokeMillis() {
      return median(firstInvokeMillis);
    }

    /** The median of the in-child handler figures, constructor plus first invocation. */
    public double medianHandlerMillis() {
      List<Double> sums = new ArrayList<>();
      for (int r = 0; r < constructMillis.size(); r++) {
        sums.add(constructMillis.get(r) + firstInvokeMillis.get(r));
      }
      return median(sums);
    }
  }

  /**
   * Runs {@code runs} fresh JVMs, each handling one S3 event for one seed-sized article.
   *
   * @param classpath  the child's class path: the shaded jar, or this process's class path
   * @param runs       how many children (the median is over them)
   * @param freshStore gives run {@code r} an empty store; its {@link Store#describe()} (a folder, or
   *                   {@code s3://bucket}) tells the child where to look
   * @param env        extra environment for the child, e.g. {@code NEWSDESK_S3_ENDPOINT} and credentials
   * @param prime      run {@link Priming} in the child after the constructor, before the invocation
   */
  public static ColdStart coldStart(String classpath, int runs, IntFunction<Store> freshStore, Map<String, String> env,
      boolean prime) {
    List<Double> wall = new ArrayList<>();
    List<Double> construct = new ArrayList<>();
    List<Double> priming = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    List<Long> heap = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      Store store = freshStore.apply(r);
      String key = syntheticKey(r);
      store.put(key, syntheticArticle(r).getBytes(StandardCharsets.UTF_8), "text/plain");
      long start = System.nanoTime();
      List<String> args = new ArrayList<>(List.of("cold", store.describe(), key));
      if (prime) {
        args.add("prime");
      }
      JsonNode figures = child(classpath, List.of(), env, args);
      wall.add((System.nanoTime() - start) / 1e6);
      construct.add(figures.get("constructMillis").asDouble());
      priming.add(figures.get("primeMillis").asDouble());
      first.add(figures.get("invokeMillis").asDouble());
      heap.add(figures.get("peakHeapBytes").asLong());
      if (figures.get("accepted").asInt() != 1) {
        throw new IllegalStateException("the cold run did not accept its article: " + figures);
      }
    }
    return new ColdStart(prime, wall, median(wall), construct, priming, first, heap);
  }

  /**
   * The child side of {@link #coldStart}: build the handler, prime it if asked, handle one event,
   * print the figures.
   */
  private static ObjectNode coldChild(String storeSpec, String key, boolean prime) {
    HeapWatch heap = new HeapWatch();
    long start = System.nanoTime();
    Handler handler = storeSpec.startsWith("s3://") ? new Handler() : handlerOn(new LocalStore(Path.of(storeSpec)));
    double construct = (System.nanoTime() - start) / 1e6;
    long primeStart = System.nanoTime();
    if (prime) {
      new Priming(CONFIG).prime();
    }
    double primeMillis = prime ? (System.nanoTime() - primeStart) / 1e6 : 0;
    Invocation run = invoke(handler, s3Event(bucketOf(storeSpec), List.of(key)), "cold");
    heap.sample();
    ObjectNode figures = JSON.createObjectNode();
    figures.put("constructMillis", construct);
    figures.put("primeMillis", primeMillis);
    figures.put("invokeMillis", run.millis());
    figures.put("accepted", run.response().path("accepted").asInt());
    figures.put("peakHeapBytes", heap.peakUsedBytes());
    figures.put("uptimeMillis", ManagementFactory.getRuntimeMXBean().getUptime());
    return figures;
  }

  // ---------------------------------------------------------------- warm latency

  /**
   * Warm per-article latency.
   *
   * @param invocations   measured invocations, one article each
   * @param medianMillis  their median
   * @param p90Millis     their 90th percentile
   * @param maxMillis     the slowest
   * @param medianCpuMillis the median CPU time of the invocation's thread
   */
  public record Warm(int invocations, double medianMillis, double p90Millis, double maxMillis,
      double medianCpuMillis) {}

  /**
   * Handles {@code warmup} and then {@code measured} S3 events of one new synthetic article each, on
   * one handler, and times the measured ones. Articles are numbered from {@code firstArticle}.
   */
  public static Warm warmLatency(Handler handler, Store store, String bucket, int firstArticle, int warmup,
      int measured) {
    List<Double> times = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int n = 0; n < warmup + measured; n++) {
      int i = firstArticle + n;
      store.put(syntheticKey(i), syntheticArticle(i).getBytes(StandardCharsets.UTF_8), "text/plain");
      Invocation run = invoke(handler, s3Event(bucket, List.of(syntheticKey(i))), "warm-" + n);
      if (run.response().path("accepted").asInt() != 1) {
        throw new IllegalStateException("article " + i + " was not accepted: " + run.log());
      }
      if (n >= warmup) {
        times.add(run.millis());
        cpu.add(run.cpuMillis());
      }
    }
    return new Warm(times.size(), median(times), percentile(times, 0.9), times.stream().mapToDouble(d -> d).max()
        .orElse(0), median(cpu));
  }

  // ---------------------------------------------------------------- throughput

  /**
   * Throughput figures.
   *
   * @param articles            articles handled
   * @param batchSize           SQS messages per invocation
   * @param invocations         how many invocations
   * @param uploadMillis        uploading the articles (not part of the rate)
   * @param millis              handling them, all invocations
   * @param articlesPerSecond   {@code articles / millis}
   * @param retries             index compare-and-swap retries (0 with one writer)
   * @param failedMessages      batch item failures reported (0 expected)
   * @param firstTenthMillis    median invocation time over the first tenth of the invocations
   * @param lastTenthMillis     median invocation time over the last tenth (the largest index)
   * @param maxInvocationMillis the slowest invocation
   * @param indexBytes          the desk index at the end ({@code desk/index.json})
   * @param indexBytesByTenth   the desk index after each tenth of the invocations: how it grows
   * @param peakHeapBytes       peak heap use, garbage included
   * @param maxLiveHeapBytes    the largest heap use right after a collection: the live set
   * @param cpuMillis           CPU time of the invocations' thread, all invocations
   * @param lastTenthCpuMillis  median CPU time per invocation over the last tenth
   * @param gets                store reads (S3 GetObject requests) by the desk, all invocations
   * @param puts                store writes (S3 PutObject requests, conditional or not)
   * @param lists               store listings (S3 ListObjectsV2 requests, one per page)
   */
  public record Throughput(int articles, int batchSize, int invocations, long uploadMillis, long millis,
      double articlesPerSecond, int retries, int failedMessages, double firstTenthMillis, double lastTenthMillis,
      double maxInvocationMillis, long indexBytes, List<Long> indexBytesByTenth, long peakHeapBytes, long maxLiveHeapBytes, long cpuMillis,
      double lastTenthCpuMillis, long gets, long puts, long lists) {}

  /**
   * Uploads {@code articles} synthetic articles to {@code store}, then handles them as SQS batches of
   * {@code batchSize} messages, one invocation after another, on a handler whose desk works on
   * {@code store} (through a {@link CountingStore}, to count requests) for {@code bucket}.
   */
  public static Throughput throughput(Store store, String bucket, int articles, int batchSize) {
    long uploadStart = System.nanoTime();
    syntheticArticles(0, articles).forEach((key, bytes) -> store.put(key, bytes, "text/plain"));
    long uploadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - uploadStart);

    CountingStore counted = new CountingStore(store);
    Handler handler = handlerOn(counted);
    HeapWatch heap = new HeapWatch();
    List<Double> times = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    int retries = 0;
    int failed = 0;
    int invocations = (articles + batchSize - 1) / batchSize;
    int tenth = Math.max(1, invocations / 10);
    List<Long> indexByTenth = new ArrayList<>();
    long start = System.nanoTime();
    for (int from = 0; from < articles; from += batchSize) {
      List<String> keys = new ArrayList<>();
      for (int i = from; i < Math.min(articles, from + batchSize); i++) {
        keys.add(syntheticKey(i));
      }
      Invocation run = invoke(handler, sqsEvent(bucket, keys, "batch-" + from), "batch-" + from);
      times.add(run.millis());
      cpu.add(run.cpuMillis());
      retries += run.retries();
      failed += run.batchItemFailures();
      heap.sample();
      if (times.size() % tenth == 0) {
        long pause = System.nanoTime(); // reading the index for the figure is not the desk's time
        indexByTenth.add(indexBytes(store));
        start += System.nanoTime() - pause;
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    long indexBytes = indexBytes(store);
    return new Throughput(articles, batchSize, times.size(), uploadMillis, millis, articles * 1000.0 / millis, retries,
        failed, median(times.subList(0, tenth)), median(times.subList(times.size() - tenth, times.size())),
        times.stream().mapToDouble(d -> d).max().orElse(0), indexBytes, List.copyOf(indexByTenth),
        heap.peakUsedBytes(),
        heap.maxLiveBytes(), Math.round(cpu.stream().mapToDouble(d -> d).sum()),
        median(cpu.subList(cpu.size() - tenth, cpu.size())), counted.gets.get(), counted.puts.get(),
        counted.lists.get());
  }

  private static long indexBytes(Store store) {
    return store.get(CONFIG.deskPrefix() + "index.json").map(o -> (long) o.bytes().length).orElse(0L);
  }

  /**
   * A store that counts the calls the desk makes, each of which is one S3 request on an S3 store
   * (SDK retries aside): reads, writes and listings, for the cost model.
   */
  public static final class CountingStore implements Store {
    private final Store store;
    final AtomicLong gets = new AtomicLong();
    final AtomicLong puts = new AtomicLong();
    final AtomicLong lists = new AtomicLong();

    public CountingStore(Store store) {
      this.store = store;
    }

    @Override
    public Optional<StoredObject> get(String key, long maxBytes) {
      gets.incrementAndGet();
      return store.get(key, maxBytes);
    }

    @Override
    public List<String> list(String prefix, int limit) {
      lists.incrementAndGet();
      return store.list(prefix, limit);
    }

    @Override
    public boolean create(String key, byte[] bytes, String contentType) {
      puts.incrementAndGet();
      return store.create(key, bytes, contentType);
    }

    @Override
    public String replace(String key, byte[] bytes, String contentType, String expectedEtag) {
      puts.incrementAndGet();
      return store.replace(key, bytes, contentType, expectedEtag);
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
      puts.incrementAndGet();
      store.put(key, bytes, contentType);
    }

    @Override
    public String describe() {
      return store.describe();
    }
  }

  // ---------------------------------------------------------------- one batch

  /**
   * One more batch on a store that already holds a desk, e.g. the one a 10,000-article
   * {@link #throughput} run left: the largest index, the slowest invocation. Run it in a child with
   * a small {@code -Xmx} to find the heap the function needs.
   *
   * @param from  the number of the first new synthetic article (past those already there)
   * @param count the batch size
   * @return the invocation's time and this JVM's heap figures
   */
  public static ObjectNode oneBatch(Handler handler, Store store, String bucket, int from, int count) {
    Map<String, byte[]> articles = syntheticArticles(from, count);
    articles.forEach((key, bytes) -> store.put(key, bytes, "text/plain"));
    HeapWatch heap = new HeapWatch();
    Invocation run = invoke(handler, sqsEvent(bucket, List.copyOf(articles.keySet()), "one-batch"), "one-batch");
    heap.sample();
    ObjectNode figures = JSON.createObjectNode();
    figures.put("millis", run.millis());
    figures.put("accepted", run.log().path("counts").path("accepted").asInt());
    figures.put("batchItemFailures", run.batchItemFailures());
    figures.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    figures.put("peakHeapBytes", heap.peakUsedBytes());
    return figures;
  }

  // ---------------------------------------------------------------- jar

  /** The size of the shaded jar, e.g. {@code function/target/newsdesk.jar}. */
  public static long jarBytes(Path jar) {
    try {
      return Files.size(jar);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + jar + " (run mvn package first)", e);
    }
  }

  // ---------------------------------------------------------------- heap

  /**
   * Heap use of this JVM while a benchmark runs, from the memory pool beans. It resets the pools'
   * peaks when made. {@link #peakUsedBytes} is the sum of the heap pools' peaks: what the heap had to
   * hold, garbage included, so it depends on the collector and the heap size. {@link #maxLiveBytes}
   * is the largest sum, over the {@link #sample} calls, of the heap pools' use right after their last
   * collection: an estimate of the live set, which is what the memory setting must fit.
   */
  public static final class HeapWatch {
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private long maxLive;

    /** Starts watching, from zeroed peaks. */
    public HeapWatch() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
          pool.resetPeakUsage();
          pools.add(pool);
        }
      }
    }

    /** Records the heap use after the latest collections; call it between units of work. */
    public void sample() {
      long live = 0;
      for (MemoryPoolMXBean pool : pools) {
        MemoryUsage afterGc = pool.getCollectionUsage();
        live += afterGc == null ? 0 : afterGc.getUsed();
      }
      maxLive = Math.max(maxLive, live);
    }

    /** The sum of the heap pools' peak use since this watch was made. */
    public long peakUsedBytes() {
      long peak = 0;
      for (MemoryPoolMXBean pool : pools) {
        peak += pool.getPeakUsage().getUsed();
      }
      return peak;
    }

    /** The largest live-set estimate seen by {@link #sample}. */
    public long maxLiveBytes() {
      return maxLive;
    }
  }

  // ---------------------------------------------------------------- child processes and main

  /**
   * Runs {@code java <jvmArgs> -cp classpath DeskBench <args>} and returns the JSON line it prints
   * last. The child's standard error passes through.
   *
   * @throws IllegalStateException when the child fails or prints no JSON
   */
  public static JsonNode child(String classpath, List<String> jvmArgs, Map<String, String> env, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classpath);
    command.add(DeskBench.class.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readAllBytes();
      }
      int status = process.waitFor();
      String text = new String(out, StandardCharsets.UTF_8).strip();
      String last = text.substring(text.lastIndexOf('\n') + 1);
      if (status != 0 || !last.startsWith("{")) {
        throw new IllegalStateException("the child " + args + " exited with " + status + " and printed: " + text);
      }
      return read(last.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + args, e);
    }
  }

  /** This process's class path, for children. */
  public static String ownClasspath() {
    return System.getProperty("java.class.path");
  }

  /**
   * Runs one benchmark and prints its figures as one JSON line.
   *
   * <pre>
   * java -cp newsdesk.jar dev.newsdesk.eval.DeskBench cold &lt;store&gt; &lt;key&gt; [prime]  (a child of coldStart)
   * java -cp newsdesk.jar dev.newsdesk.eval.DeskBench coldstart &lt;folder&gt; [runs]
   * java -cp newsdesk.jar dev.newsdesk.eval.DeskBench warm &lt;store&gt; [warmup] [measured]
   * java -cp newsdesk.jar dev.newsdesk.eval.DeskBench throughput &lt;store&gt; &lt;articles&gt; [batchSize]
   * java -cp newsdesk.jar dev.newsdesk.eval.DeskBench batch &lt;store&gt; &lt;from&gt; [count]
   * java -cp newsdesk.jar dev.newsdesk.eval.DeskBench jar [path]
   * </pre>
   * A store is an empty folder, or {@code s3://bucket} (an existing, empty bucket) with
   * {@code NEWSDESK_S3_ENDPOINT}, {@code AWS_REGION} and credentials in the environment; on S3 the
   * handler is wired from the environment exactly as in Lambda.
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: DeskBench cold|coldstart|warm|throughput|batch|jar ... (see the class's Javadoc)");
      System.exit(2);
    }
    List<String> a = Arrays.asList(args);
    ObjectNode figures = switch (a.get(0)) {
      case "cold" -> coldChild(a.get(1), a.get(2), a.size() > 3 && a.get(3).equals("prime"));
      case "coldstart" -> {
        Path root = Path.of(a.get(1));
        int runs = a.size() > 2 ? Integer.parseInt(a.get(2)) : 5;
        ObjectNode both = JSON.createObjectNode();
        for (boolean prime : List.of(false, true)) {
          String name = prime ? "primed" : "plain";
          ColdStart cold = coldStart(jarOrOwnClasspath(), runs, r -> new LocalStore(root.resolve(name + "-" + r)),
              Map.of(), prime);
          both.set(name, JSON.valueToTree(cold));
        }
        yield both;
      }
      case "warm" -> {
        Store store = store(a.get(1));
        Handler handler = handlerFor(a.get(1), store);
        int warmup = a.size() > 2 ? Integer.parseInt(a.get(2)) : 200;
        int measured = a.size() > 3 ? Integer.parseInt(a.get(3)) : 100;
        yield JSON.valueToTree(warmLatency(handler, store, bucketOf(a.get(1)), 0, warmup, measured));
      }
      case "throughput" -> {
        Store store = store(a.get(1));
        int articles = Integer.parseInt(a.get(2));
        int batch = a.size() > 3 ? Integer.parseInt(a.get(3)) : 10;
        yield JSON.valueToTree(throughput(store, bucketOf(a.get(1)), articles, batch));
      }
      case "batch" -> {
        Store store = store(a.get(1));
        yield oneBatch(handlerFor(a.get(1), store), store, bucketOf(a.get(1)), Integer.parseInt(a.get(2)),
            a.size() > 3 ? Integer.parseInt(a.get(3)) : 10);
      }
      case "jar" -> {
        Path jar = Path.of(a.size() > 1 ? a.get(1) : "target/newsdesk.jar");
        yield JSON.createObjectNode().put("jar", jar.toString()).put("bytes", jarBytes(jar));
      }
      default -> throw new IllegalArgumentException("unknown benchmark '" + a.get(0) + "'");
    };
    System.out.println(figures);
  }

  /** The jar in {@code -Dnewsdesk.bench.jar}, else {@code target/newsdesk.jar}, else this class path. */
  private static String jarOrOwnClasspath() {
    Path jar = Path.of(System.getProperty("newsdesk.bench.jar", "target/newsdesk.jar"));
    return Files.isRegularFile(jar) ? jar.toString() : ownClasspath();
  }

  /** The store a spec names: {@code s3://bucket} (endpoint from the environment) or a folder. */
  private static Store store(String spec) {
    if (spec.startsWith("s3://")) {
      return S3Store.forUri(spec, System.getenv("NEWSDESK_S3_ENDPOINT"), System.getenv("AWS_REGION"));
    }
    return new LocalStore(Path.of(spec));
  }

  /** On S3 the handler Lambda runs, wired from the environment; on a folder one over that folder. */
  private static Handler handlerFor(String spec, Store store) {
    return spec.startsWith("s3://") ? new Handler() : handlerOn(store);
  }

  /** The bucket the events name: the one in {@code s3://bucket}, or a made-up one for a folder. */
  private static String bucketOf(String spec) {
    if (spec.startsWith("s3://")) {
      String rest = spec.substring("s3://".length());
      return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }
    return "newsdesk-bench";
  }

  // ---------------------------------------------------------------- helpers

  static double median(List<Double> values) {
    return percentile(values, 0.5);
  }

  /** The value at fraction {@code q} of the sorted values (nearest rank). */
  static double percentile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return 0;
    }
    double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
    if (q == 0.5 && sorted.length % 2 == 0) {
      return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + new String(json, StandardCharsets.UTF_8), e);
    }
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
