package dev.newsdesk.extract;

import static dev.newsdesk.extract.Fixtures.article;
import static dev.newsdesk.extract.Fixtures.html;
import static dev.newsdesk.extract.Fixtures.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML pages: metadata in order of trust, main-content detection, boilerplate removal. */
class ExtractorHtmlTest {
  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  private Article extract(String name) {
    return article(extractor.extract(html(name)));
  }

  private Article extractHtml(String html) {
    return article(extractor.extract(new RawDocument("articles/inline.html",
        html.getBytes(StandardCharsets.UTF_8), null, null)));
  }

  @Test
  void newsPageMetadataComesFromJsonLdBeforeOpenGraph() {
    Article a = extract("news-page.html");
    assertEquals("articles/html/news-page.html", a.key());
    assertEquals("Riverside council approves flood barrier after record rainfall", a.title());
    assertEquals("Valley Courier", a.publisher());
    assertEquals("https://www.valleycourier.example/news/2024/03/riverside-flood-barrier", a.url());
    // JSON-LD says 07:15+01:00; OpenGraph's 06:00Z is less trusted.
    assertEquals("2024-03-12T07:15:00+01:00", a.published());
    assertEquals("2024-03-12T09:40:00Z", a.modified());
    assertEquals("Maria Okafor, Tom Lindqvist", a.byline());
    assertEquals("en-GB", a.language());
    assertEquals("https://cdn.valleycourier.example/img/barrier-1200.jpg", a.image());
    assertEquals(List.of(), a.warnings());
  }

  @Test
  void newsPageBodyIsTheArticleWithoutBoilerplate() {
    List<String> paragraphs = extract("news-page.html").paragraphs();
    assertEquals("Riverside council has approved a £12m flood barrier for the east bank of the Avon, three weeks "
        + "after the wettest February on record left 200 homes under water.", paragraphs.get(0));
    assertEquals("The council will hold a public exhibition of the final design at the library from 2 April.",
        paragraphs.get(paragraphs.size() - 1));
    assertTrue(paragraphs.contains(
        "\"We cannot ask people to keep mopping out their kitchens every winter,\" said council leader Priya Nair."),
        "blockquote kept");
    assertTrue(paragraphs.contains("A 1.2-kilometre concrete wall along Mill Lane and the recreation ground."),
        "sentence-like list item kept");
    // Headings and list items of the article's own flow are article text (the benchmark's ground
    // truth keeps them too), in their place between the paragraphs.
    assertEquals(paragraphs.indexOf("Work to start in the summer") + 1, paragraphs.indexOf(
        "Construction is due to begin in July and take about 18 months, according to the council's report, which "
            + "says the barrier will be built \"to withstand a one-in-200-year flood\"."), "body heading kept");
    assertEquals(paragraphs.indexOf("The scheme includes:") + 2, paragraphs.indexOf("Two new pumping stations"),
        "list item without a full stop kept after its lead-in");
    List<String> boilerplate = List.of(
        "Skip to content", "cookies", "Share on", "Email this article", "Sandbags", "Photo:", "Residents queued",
        "Advertisement", "50% off", "hidden", "styled away", "Sign up", "newsletter", "Related stories",
        "River bursts its banks", "About time too", "Who is going to pay", "Leave a Reply", "Your email address",
        "Save my name", "Most read", "Town centre car park", "All rights reserved", "Privacy policy", "script text",
        "By Maria");
    for (String paragraph : paragraphs) {
      for (String phrase : boilerplate) {
        assertFalse(paragraph.contains(phrase), () -> "'" + phrase + "' in paragraph: " + paragraph);
      }
    }
    assertEquals(13, paragraphs.size());
  }

  @Test
  void graphJsonLdWithIdReferences() {
    Article a = extract("graph-page.html");
    assertEquals("Night frost damages apricot blossom across the Wachau", a.title());
    assertEquals("Danube Daily", a.publisher());
    assertEquals("Anna Huber", a.byline());
    assertEquals("2024-04-09T05:45:00+02:00", a.published());
    assertEquals("2024-04-09T11:02:31+02:00", a.modified());
    assertEquals("https://danube-daily.example/regional/frost-apricots/", a.url());
    assertEquals("https://danube-daily.example/media/frost-1.jpg", a.image());
    assertEquals("en", a.language(), "JSON-LD inLanguage is trusted over <html lang>");
    assertEquals(6, a.paragraphs().size());
    assertTrue(a.paragraphs().get(2).startsWith("\"In the lower orchards"));
    assertEquals("Second cold night forecast", a.paragraphs().get(3), "the body's sub-heading is kept in place");
    for (String paragraph : a.paragraphs()) {
      assertFalse(paragraph.contains("WhatsApp") || paragraph.contains("Tags:") || paragraph.contains("vintage")
          || paragraph.contains("Impressum"), paragraph);
    }
  }

  @Test
  void titleSuffixMatchingTheSiteNameIsRemoved() {
    Article a = extract("title-suffix-site.html");
    assertEquals("Storm closes mountain pass for second day", a.title());
    assertEquals("Alpine Herald", a.publisher());
    assertEquals("Lena Brunner", a.byline(), "'By' is removed from <meta name=author>");
    assertEquals("2024-01-18", a.published());
    assertEquals("2024-01-19", a.modified());
    assertEquals("https://alpineherald.example/valley/storm-pass-closed", a.url());
    assertEquals("https://alpineherald.example/pictures/pass.jpg", a.image(), "relative image resolved");
    assertEquals("en-GB", a.language());
    assertEquals(List.of("short body"), a.warnings());
  }

  @Test
  void titleSuffixMissingFromTheHeadingIsRemoved() {
    Article a = extract("title-suffix-h1.html");
    assertEquals("Ferry fares to rise by a fifth from May", a.title());
    assertEquals("2024-02-07T21:30:00Z", a.published());
    assertNull(a.publisher());
    assertNull(a.url());
    assertNull(a.language());
  }

  @Test
  void titleWithoutSeparatorOrWitnessIsKept() {
    String body = "<p>" + "The committee met on Tuesday and agreed the plan after a long debate. ".repeat(6) + "</p>";
    Article a = extractHtml("<html><head><title>Budget - what changes for you</title></head><body>"
        + "<h1>Budget - what changes for you</h1>" + body + "</body></html>");
    assertEquals("Budget - what changes for you", a.title());
  }

  @Test
  void malformedJsonLdIsIgnoredWithAWarning() {
    Article a = extract("malformed-jsonld.html");
    assertEquals("Library extends opening hours on weekdays", a.title());
    assertEquals("Town Crier", a.publisher());
    assertEquals("2024-05-02T08:00:00-04:00", a.published());
    assertEquals("en", a.language());
    assertTrue(a.warnings().contains("malformed JSON-LD"), a.warnings().toString());
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void jsonLdArticleBodyReplacesAMuchShorterDomBody() {
    Article a = extract("jsonld-body.html");
    assertEquals("Harbour crane collapses during storm", a.title());
    assertEquals("Sam Reyes", a.byline());
    assertEquals("Port Gazette", a.publisher());
    assertEquals("2024-06-01", a.published());
    assertEquals(4, a.paragraphs().size());
    assertEquals("Shipping companies were told to expect delays of up to a week while the berth is cleared.",
        a.paragraphs().get(3));
    assertTrue(a.warnings().contains("body from JSON-LD articleBody"), a.warnings().toString());
  }

  @Test
  void textSeparatedByDoubleBreaksBecomesParagraphs() {
    Article a = extract("div-article.html");
    assertEquals("Old town bridge reopens after two years of repairs", a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).startsWith("The stone bridge over the Lauter"));
  }

  @Test
  void articleInsideAWrapperNamedLikeBoilerplateIsFoundOnTheSecondAttempt() {
    String paragraphs = "<p>The harbour master closed the outer basin on Tuesday after a tanker lost power near the breakwater.</p>"
        + "<p>Tugs held the ship in place for six hours until engineers restarted its engines, the port said.</p>"
        + "<p>No oil was spilled, and the basin reopened to small boats in the evening, officials added.</p>";
    // The menu holds more text than the article, so the wrapper is not "the bulk" of the page and the
    // first attempt removes it for its name ("sidebar"); the second attempt ignores names.
    Article a = extractHtml("<html><head><title>Tanker loses power near breakwater</title></head><body>"
        + "<div class=\"menu\">" + "<a href=\"/section\">A section of the site with a long name</a> ".repeat(12)
        + "</div><div class=\"theiaStickySidebar\"><article class=\"post\">" + paragraphs + "</article></div>"
        + "</body></html>");
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.paragraphs().get(0).startsWith("The harbour master"));
  }

  @Test
  void articleCutIntoChunksByAdSlotsIsKeptWhole() {
    StringBuilder html = new StringBuilder("<html><head><title>Chunked article</title></head><body><main><article>");
    for (int chunk = 0; chunk < 3; chunk++) {
      html.append("<div class=\"grid\"><div class=\"body-chunk\">");
      for (int p = 0; p < 3; p++) {
        html.append("<p>Chunk ").append(chunk).append(", paragraph ").append(p)
            .append(": the committee heard from residents, engineers and the harbour master before it voted.</p>");
      }
      html.append("</div><div class=\"ad-rail\"><a href=\"/ad\">Buy now</a></div></div>");
    }
    html.append("</article></main><footer><p>Footer text that is long enough to score a little, surely.</p></footer>")
        .append("</body></html>");
    Article a = extractHtml(html.toString());
    assertEquals(9, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.paragraphs().get(0).startsWith("Chunk 0, paragraph 0"));
    assertTrue(a.paragraphs().get(8).startsWith("Chunk 2, paragraph 2"));
  }

  @Test
  void homePageIsNotAnArticle() {
    Rejection r = rejection(extractor.extract(html("home-page.html")), "not-an-article");
    assertTrue(r.detail().contains("articles/html/home-page.html"), r.detail());
  }

  @Test
  void notFoundPageIsNotAnArticle() {
    rejection(extractor.extract(html("not-found.html")), "not-an-article");
  }

  @Test
  void pageWithoutTitleUsesTheFirstLine() {
    String text = "The water main burst just after six in the morning and flooded the underpass for hours.";
    Article a = extractHtml("<html><body><div><p>" + text + "</p><p>"
        + "Commuters were sent on a detour through the market square while crews pumped out the water. ".repeat(3)
        + "</p></div></body></html>");
    assertEquals(text, a.title());
    assertTrue(a.warnings().contains("no title in page; used first line"), a.warnings().toString());
  }

  @Test
  void contentTypeHtmlWinsOverSniffing() {
    // No <html>, <body>, <p> or <div>: sniffing alone would call this plain text.
    String page = "<section><h1>Headline from a fragment of HTML</h1><span>"
        + "This fragment has no html or body tag but the store says it is HTML. ".repeat(5) + "</span></section>";
    Article a = article(extractor.extract(new RawDocument("articles/fragment", page.getBytes(StandardCharsets.UTF_8),
        null, "text/html; charset=utf-8")));
    assertEquals("Headline from a fragment of HTML", a.title());
    assertEquals(1, a.paragraphs().size());
    assertFalse(a.paragraphs().get(0).contains("<"));
  }

  @Test
  void textWithoutAnyTagStoredAsHtmlIsReadAsText() {
    RawDocument seed = Fixtures.seed("004_29615b52c5e91245");
    Article a = article(extractor.extract(new RawDocument(seed.key(), seed.bytes(), null, "text/html")));
    assertEquals("US drone strike kills Iran-backed militia leader in Baghdad", a.title());
    assertEquals(24, a.paragraphs().size());
  }

  @Test
  void datesWithoutZoneAreWrittenAsDates() {
    String body = "<p>" + "The ferry left the harbour late because of the fog over the estuary. ".repeat(5) + "</p>";
    Article a = extractHtml("<html><head><title>Fog delays ferry</title>"
        + "<meta property=\"article:published_time\" content=\"2024-02-07T21:30:00\"></head><body>"
        + body + "</body></html>");
    assertEquals("2024-02-07", a.published());
  }

  @Test
  void jsonLdTypesMayBeListsAndUrisAndHeadlinesMayHoldEntities() {
    String body = "<p>" + "The orchestra played the whole symphony without its conductor, who was ill. ".repeat(5)
        + "</p>";
    Article a = extractHtml("<html><head><script type='application/ld+json'>"
        + "{\"@type\": [\"http://schema.org/BlogPosting\"], \"headline\": \"Orchestra &amp; choir go it alone\","
        + " \"author\": \"https://example.org/people/7\", \"datePublished\": \"Wed, 07 Feb 2024 21:30:00 GMT\"}"
        + "</script></head><body>" + body + "</body></html>");
    assertEquals("Orchestra & choir go it alone", a.title());
    assertEquals("2024-02-07T21:30:00Z", a.published());
    assertNull(a.byline(), "an author URL is not a name");
  }
}
