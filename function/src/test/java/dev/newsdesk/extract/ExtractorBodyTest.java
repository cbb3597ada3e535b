package dev.newsdesk.extract;

import static dev.newsdesk.extract.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which blocks of an HTML page's main content are kept, one rule at a time, on small inline pages. */
class ExtractorBodyTest {
  private static final String P1 = "The council approved the new harbour wall on Monday after a debate of four hours.";
  private static final String P2 = "Work will start in the spring and should take two years, the harbour master said.";
  private static final String P3 = "Fishermen welcomed the plan but asked for compensation during the building work.";

  private static final String LAST =
      "The next meeting is on Friday, when the contracts will be signed, the first money will be paid to the "
          + "builders and the plans will go on show in the library.";

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  private List<String> body(String inner) {
    String page = "<html><head><title>Harbour wall approved</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>" + inner
        + "<footer><p>Contact us at the office on the quay.</p></footer></body></html>";
    Article a = article(extractor.extract(new RawDocument("articles/body.html", page.getBytes(StandardCharsets.UTF_8),
        null, "text/html")));
    return a.paragraphs();
  }

  private static String p(String text) {
    return "<p>" + text + "</p>";
  }

  @Test
  void subHeadingsListsAndTablesOfTheArticleAreKept() {
    List<String> body = body("<article><h1>Harbour wall approved</h1>" + p(P1) + "<h2>What happens next</h2>" + p(P2)
        + "<ul><li>Stage one: the north pier</li><li>Stage two: the breakwater</li></ul>"
        + "<table><tr><td>Cost</td><td>£12m</td></tr></table>" + p(P3) + "</article>");
    assertEquals(List.of(P1, "What happens next", P2, "Stage one: the north pier", "Stage two: the breakwater", "Cost",
        "£12m", P3), body, "the headline <h1> above the first paragraph is not body text");
  }

  @Test
  void headingsWithNothingOfTheirOwnBelowAreDropped() {
    List<String> body = body("<article>" + p(P1) + "<h2>Watch</h2><h2>More videos</h2>"
        + "<h2>Background</h2><h3>The old wall</h3>" + p(P2) + p(P3) + "<h3>Related</h3></article>");
    assertEquals(List.of(P1, "Background", "The old wall", P2, P3), body,
        "a heading followed by one of its rank or by nothing is a module title; an <h3> under an <h2> is fine");
  }

  @Test
  void linkListsAreDroppedButSentencesFullOfLinksAreKept() {
    String linked = "The <a href=\"/a\">harbour board</a> and the <a href=\"/b\">regional fishing association</a> "
        + "both <a href=\"/c\">backed the plan</a>.";
    List<String> body = body("<article>" + p(P1) + "<p>" + linked + "</p>"
        + "<ul><li><a href=\"/1\">Storm damages old pier</a></li><li><a href=\"/2\">Ferry fares to rise</a></li></ul>"
        + p(P2) + p(P3) + "</article>");
    assertEquals(List.of(P1, "The harbour board and the regional fishing association both backed the plan.", P2, P3),
        body);
  }

  @Test
  void rowsOfTeaserCardsAreDropped() {
    StringBuilder cards = new StringBuilder("<div class=\"more\">");
    for (String topic : List.of("Ferry fares", "Lighthouse repairs", "Fish market", "Beach cleaning")) {
      cards.append("<div class=\"card\"><div class=\"title\"><a href=\"/x\">").append(topic).append("</a></div>")
          .append("<div class=\"blurb\">Everything about ").append(topic.toLowerCase(java.util.Locale.ROOT))
          .append(" in one short story.</div></div>");
    }
    cards.append("</div>");
    String p4 = "The wall is the first new building on the quay since the fish market opened in 1988.";
    List<String> body = body("<div class=\"main\">" + p(P1) + p(P2) + p(P3) + p(p4) + cards + "</div>");
    assertEquals(List.of(P1, P2, P3, p4), body);
  }

  @Test
  void datelinesAndMetadataLinesBeforeTheFirstParagraphAreDropped() {
    List<String> body = body("<article><div>05/10/2018 - Published by: Clara Borba</div><div>segunda-feira, 22 de "
        + "janeiro de 2018 às 0:13</div>" + p(P1) + p(P2) + "<h2>Cost in 2024</h2>" + p(P3) + "</article>");
    assertEquals(List.of(P1, P2, "Cost in 2024", P3), body, "a year further down is article text");
  }

  @Test
  void aListBetweenParagraphsBelongsToTheArticleNotToAContainerOfItsOwn() {
    StringBuilder items = new StringBuilder("<ol>");
    for (int i = 1; i <= 6; i++) {
      items.append("<li>Item ").append(i).append(": the council, the port and the town agreed on point ").append(i)
          .append(", officials said.</li>");
    }
    items.append("</ol>");
    List<String> body = body("<div class=\"post\"><p>Good morning! Here is the news.</p>" + items
        + "<p>See you tomorrow.</p></div>");
    assertEquals("Good morning! Here is the news.", body.get(0));
    assertEquals("See you tomorrow.", body.get(body.size() - 1));
    assertEquals(8, body.size());
  }

  @Test
  void anArticleSplitIntoSectionsByPicturesIsKeptWhole() {
    String section = "<section class=\"wrap\"><div class=\"inner\"><div class=\"text-block\">%s</div></div></section>";
    String picture = "<div class=\"picture\"><div class=\"frame\"><div class=\"credit\">Photo agency</div></div></div>";
    List<String> body = body("<div class=\"story\">"
        + String.format(section, p(P1) + p(P2)) + picture
        + "<div class=\"module\"><div class=\"row\">" + String.format(section, p(P3) + p(P1.replace("Monday", "Tuesday"))
            + p(P2.replace("spring", "summer")) + p(P3.replace("Fishermen", "Traders"))) + "</div></div>"
        + picture + String.format(section, p(LAST)) + "</div>");
    assertEquals(7, body.size(), body.toString());
    assertEquals(P1, body.get(0));
    assertEquals(LAST, body.get(6));
  }
}
