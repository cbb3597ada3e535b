package dev.newsdesk.extract;

import static dev.newsdesk.extract.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile shapes: very deep nesting and very large inputs must finish without an exception. These
 * tests assert completion, not speed (speed belongs to the benchmarks).
 */
class ExtractorRobustnessTest {
  private static final String PARAGRAPH =
      "<p>Volunteers cleared the beach of plastic on Sunday, filling more than two hundred bags, organisers said.</p>";

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  private ExtractResult extract(String html) {
    return extractor.extract(new RawDocument("articles/big.html", html.getBytes(StandardCharsets.UTF_8), null, null));
  }

  @Test
  void hundredThousandNestedDivs() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Deeply nested page survives</title>"
        + "</head><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>The beach clean-up drew more volunteers than ever before, the organisers said on Sunday.</p>");
    html.append("<p>Children from the village school sorted the rubbish into glass, metal and plastic, and weighed it.</p>");
    html.append("<p>The council has promised to put up two more bins near the car park before the summer season.</p>");
    html.append("</div>".repeat(depth));
    html.append("</body></html>");
    Article a = article(extract(html.toString()));
    assertEquals("Deeply nested page survives", a.title());
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void hundredThousandNestedInlineElementsAndUnclosedTags() {
    String html = "<html><head><title>Unclosed tags everywhere</title></head><body>"
        + "<span><b><i>".repeat(40_000) + PARAGRAPH.repeat(3) + "<table><tr><td><ul><li>".repeat(10_000);
    assertNotNull(extract(html));
  }

  @Test
  void twentyMegabytePage() {
    StringBuilder html = new StringBuilder(21 << 20);
    html.append("<!DOCTYPE html><html><head><title>Very large page - Test Site</title>")
        .append("<meta property=\"og:site_name\" content=\"Test Site\"></head><body><nav>");
    Random random = new Random(42);
    int links = 0;
    while (html.length() < 2 << 20) {
      html.append("<a href=\"/l/").append(links++).append("\">Link ").append(random.nextInt(1000)).append("</a> ");
    }
    html.append("</nav><article>");
    int n = 0;
    while (html.length() < 20 << 20) {
      html.append("<div class=\"para\"><p>Paragraph ").append(n++)
          .append(": the committee heard evidence from residents, engineers and the harbour master, ")
          .append("and adjourned at ").append(random.nextInt(24)).append(" o'clock.</p></div>\n");
    }
    html.append("</article></body></html>");
    Article a = article(extract(html.toString()));
    assertEquals("Very large page", a.title());
    assertTrue(a.paragraphs().size() > 50_000, "paragraphs: " + a.paragraphs().size());
  }

  @Test
  void fiftyMegabytesOfPlainText() {
    StringBuilder text = new StringBuilder(51 << 20).append("A very long plain-text file\n\n");
    int n = 0;
    while (text.length() < 50 << 20) {
      text.append("Line ").append(n++).append(" of the minutes records what the council decided on the harbour.\n");
    }
    Article a = article(extractor.extract(new RawDocument("articles/big.txt",
        text.toString().getBytes(StandardCharsets.UTF_8), null, "text/plain")));
    assertEquals("A very long plain-text file", a.title());
  }

  @Test
  void fiftyMegabytesWithoutAnyLineBreakOrTag() {
    byte[] bytes = new byte[50 << 20];
    java.util.Arrays.fill(bytes, (byte) '<');
    assertNotNull(extractor.extract(new RawDocument("articles/lt.txt", bytes, null, null)));
  }

  @Test
  void deeplyNestedJsonLdIsMalformedNotACrash() {
    String json = "[".repeat(100_000) + "]".repeat(100_000);
    String html = "<html><head><title>Nested JSON-LD page</title><script type=\"application/ld+json\">" + json
        + "</script></head><body>" + PARAGRAPH
        + "<p>The next clean-up is planned for the first weekend of May, weather permitting, they added.</p>"
        + "<p>Anyone who wants to help can sign up at the library or turn up at the car park at nine.</p></body></html>";
    Article a = article(extract(html));
    assertTrue(a.warnings().contains("malformed JSON-LD"), a.warnings().toString());
  }
}
