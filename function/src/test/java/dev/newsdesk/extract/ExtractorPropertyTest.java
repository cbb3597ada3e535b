package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing: whatever the bytes, {@link Extractor#extract} returns an {@link Article} or a
 * {@link Rejection} within five seconds and never throws. Two sources of inputs, both bounded so the
 * class runs in a few seconds: a jqwik property (300 tries of HTML-ish fragments, JSON-LD pieces and
 * raw bytes, shrunk to a small example on failure) and a fixed-seed generator of hostile shapes
 * (random bytes, truncated and unclosed markup, deep nesting, huge attributes, invalid UTF-8, JSON-LD
 * garbage), the same inputs on every run.
 */
class ExtractorPropertyTest {
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final List<String> CONTENT_TYPES = Arrays.asList(
      null, "text/html", "text/html; charset=utf-8", "text/plain", "text/html; charset=windows-1252",
      "text/plain; charset=utf-16", "application/octet-stream", "text/html; charset=nonsense");

  /** Pieces hostile HTML is made of: tags opened and never closed, broken entities, script data. */
  private static final List<String> FRAGMENTS = List.of(
      "<html>", "<head>", "<body>", "<title>", "</title>", "<p>", "</p>", "<div>", "</div>", "<div class=\"share\">",
      "<div id=\"comments\">", "<article>", "</article>", "<main>", "<h1>", "<h2>", "</h2>", "<ul><li>", "</li>",
      "<table><tr><td>", "</td>", "<br>", "<br><br>", "<a href=\"/x\">", "</a>", "<span>", "<b>", "<i>", "<figure>",
      "<figcaption>", "<nav>", "<footer>", "<aside>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->",
      "<![CDATA[", "]]>", "<svg><text>", "<template>", "<noscript>", "<meta property=\"og:title\" content=\"",
      "<meta name=\"author\" content=\"By ", "<meta charset=\"", "<time datetime=\"2024-02-30T25:61:00+99:00\">",
      "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",\"headline\":\"", "\"author\":[{\"name\":",
      "\"datePublished\":\"", "\"articleBody\":\"", "\"@graph\":[", "{\"@id\":\"#a\"}", "\\u00", "\\", "[[[[", "]]]",
      "{{{", "}}}", "\"", "'", ">", "<", "&", "&amp;", "&#x1F600;", "&#0;", "&#xD800;", "&nbsp;", "\u0000", "\uFFFD",
      "\u202E", "\u2028", "\r\n", "\t", " ", "By Jane Doe", "June 15, 2024", "Advertisement",
      "The council approved the plan on Monday after a long debate, officials said. ",
      "Ein Satz auf Deutsch, der endet. ", "これは日本語の文です。", "نص عربي قصير. ", "?", ".", "!");

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  @Property(tries = 300)
  void anyInputGivesAnArticleOrARejection(@ForAll("inputs") byte[] bytes, @ForAll("contentTypes") String contentType) {
    assertExtracts(bytes, contentType, "jqwik input of " + bytes.length + " bytes");
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> markup = Arbitraries.of(FRAGMENTS).list().ofMaxSize(300)
        .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
    Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(3000).map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, markup), net.jqwik.api.Tuple.of(2, raw), net.jqwik.api.Tuple.of(2, text));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(CONTENT_TYPES);
  }

  @Test
  void hostileInputsFromAFixedSeed() {
    Random random = new Random(20240611L);
    byte[] fixture = Fixtures.resource("/extract/html/news-page.html");
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[random.nextInt(20_000)];
      random.nextBytes(bytes);
      assertExtracts(bytes, pick(random), "random bytes #" + i);
    }
    for (int i = 0; i < 20; i++) {
      assertExtracts(Arrays.copyOf(fixture, random.nextInt(fixture.length)), pick(random), "truncated page #" + i);
    }
    for (int i = 0; i < 10; i++) {
      assertExtracts(withInvalidUtf8(fixture, random), pick(random), "invalid UTF-8 #" + i);
    }
    String[] openers = {"<div>", "<span>", "<li>", "<table><tr><td>", "<blockquote>", "<a href=#>", "<p>", "<b><i>"};
    for (String opener : openers) {
      String page = "<html><head><title>Deep page</title></head><body>" + opener.repeat(20_000)
          + "<p>The committee met on Tuesday and agreed the budget after a long debate, members said.</p>".repeat(4);
      assertExtracts(page.getBytes(StandardCharsets.UTF_8), "text/html", "20,000 x " + opener);
    }
    String huge = "x".repeat(2_000_000);
    assertExtracts(("<html><head><title>Huge attribute</title></head><body><div class=\"" + huge + "\" id=\"" + huge
        + "\"><p>" + "A sentence of the article, long enough to count as prose in the body. ".repeat(10)
        + "</p></div></body></html>").getBytes(StandardCharsets.UTF_8), "text/html", "huge attribute values");
    assertExtracts(("<html><head><title>Huge meta</title><meta property=\"og:title\" content=\"" + huge + "\">"
        + "<script type=\"application/ld+json\">{\"headline\":\"" + huge + "\"}</script></head><body><p>"
        + "Short text.</p></body></html>").getBytes(StandardCharsets.UTF_8), "text/html", "huge metadata values");
    for (String garbage : jsonLdGarbage()) {
      String page = "<html><head><title>JSON-LD garbage</title><script type=\"application/ld+json\">" + garbage
          + "</script></head><body><p>" + "The mayor opened the new library on Saturday morning, the council said. ".repeat(6)
          + "</p></body></html>";
      String what = "JSON-LD " + garbage.substring(0, Math.min(20, garbage.length()));
      assertExtracts(page.getBytes(StandardCharsets.UTF_8), "text/html", what);
    }
    assertExtracts(("<p>" + "word ".repeat(400_000)).getBytes(StandardCharsets.UTF_8), "text/html", "one 2 MB paragraph");
    assertExtracts("<br>".repeat(200_000).getBytes(StandardCharsets.UTF_8), "text/html", "200,000 line breaks");
    assertExtracts("\n".repeat(500_000).concat("Title\n\nA line.").getBytes(StandardCharsets.UTF_8), "text/plain",
        "half a million blank lines");
  }

  private static List<String> jsonLdGarbage() {
    return List.of(
        "[".repeat(50_000), "{\"a\":".repeat(20_000), "{\"@type\":\"NewsArticle\",\"headline\":\"unterminated",
        "{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"#me\"},\"@id\":\"#me\"}",
        "{\"@type\":[\"NewsArticle\",[[]],{}],\"headline\":[1,2,{\"x\":null}],\"image\":[[[\"u\"]]]}",
        "{\"@graph\":[" + "{\"@id\":\"#x\",\"publisher\":{\"@id\":\"#x\"}},".repeat(5_000) + "{}]}",
        "{\"datePublished\":\"99999-99-99T99:99:99+99:99\",\"@type\":\"Article\",\"inLanguage\":\"\\u0000\"}",
        "{\"n\":1e999999999,\"m\":-0.0e-99999,\"s\":\"\\uD800\\uZZZZ\\x\"}", "<!-- {\"@type\": \"Article\"} -->",
        "\u0000\u0001\u0002 not json at all", "{\"@type\":\"Article\",\"articleBody\":\"" + "Sentence. ".repeat(50_000) + "\"}");
  }

  private static byte[] withInvalidUtf8(byte[] page, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + 200);
    byte[][] bad = {{(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xFF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {0}};
    for (byte b : page) {
      if (random.nextInt(200) == 0) {
        out.writeBytes(bad[random.nextInt(bad.length)]);
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  private static String pick(Random random) {
    return CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
  }

  private void assertExtracts(byte[] bytes, String contentType, String what) {
    RawDocument doc = new RawDocument("fuzz/input", bytes, null, contentType);
    ExtractResult result = assertTimeoutPreemptively(LIMIT, () -> extractor.extract(doc), () -> what + " took over " + LIMIT);
    assertNotNull(result, what);
    if (result instanceof Article article) {
      assertFalse(article.title().isBlank(), what);
      for (String paragraph : article.paragraphs()) {
        assertFalse(paragraph.isBlank(), what + ": blank paragraph");
      }
    } else {
      Rejection rejection = (Rejection) result;
      assertTrue(List.of("empty", "binary", "not-an-article").contains(rejection.reason()), what + ": " + rejection);
    }
  }
}
