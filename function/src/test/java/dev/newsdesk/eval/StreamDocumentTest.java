package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.extract.BoilerplateLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A corpus document read as the article the desk would have extracted from it. */
class StreamDocumentTest {
  private static final BoilerplateLines BOILERPLATE = new BoilerplateLines();
  private static final String ARCHIVE_NOTICE = "Starting in 1996, Alexa Internet has been donating their crawl data "
      + "to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an "
      + "embargo period.";

  private static Map<String, Object> doc(String id, String title, String text) {
    Map<String, Object> doc = new HashMap<>();
    doc.put("id", id);
    doc.put("title", title);
    doc.put("text", text);
    doc.put("time", "2014-03-10T16:52:50Z");
    doc.put("label", "event-1");
    return doc;
  }

  @Test
  void paragraphsAreBlocksAndAnUntitledDocumentIsTitledByItsFirstLine() {
    StreamDocument d = StreamDocument.of(doc("a", null,
        "Floods close the valley road\nafter a night of rain.\n\nThe council said the road would reopen on Friday."),
        "test line 1", BOILERPLATE);
    assertEquals("a", d.id());
    assertEquals("event-1", d.label());
    assertEquals("Floods close the valley road", d.article().title());
    assertEquals(List.of("Floods close the valley road after a night of rain.",
        "The council said the road would reopen on Friday."), d.article().paragraphs());
    assertEquals("2014-03-10", d.article().published());
    assertFalse(d.chrome());
  }

  @Test
  void chromeParagraphsAreDroppedAndDoNotTitleTheArticle() {
    StreamDocument d = StreamDocument.of(doc("b", "", "Tweet with a location\n\nThe council said the road would "
        + "reopen on Friday.\n\nYou can add location information to your Tweets, such as your city. Learn more"),
        "test line 2", BOILERPLATE);
    assertEquals("The council said the road would reopen on Friday.", d.article().title());
    assertEquals(List.of("The council said the road would reopen on Friday."), d.article().paragraphs());
    assertFalse(d.chrome(), "one paragraph of prose is left");
  }

  @Test
  void aDocumentThatIsAllChromeIsMarkedAsSuch() {
    StreamDocument d = StreamDocument.of(doc("c", null, ARCHIVE_NOTICE), "test line 3", BOILERPLATE);
    assertTrue(d.chrome());
    assertEquals(List.of(), d.article().paragraphs());
    assertTrue(d.article().title().startsWith("Starting in 1996"), "still titled, for the record");
  }

  @Test
  void aHeadlineWithoutTextIsAnArticleNotChrome() {
    StreamDocument d = StreamDocument.of(doc("d", "Fed official says weak data caused by weather", ""),
        "test line 4", BOILERPLATE);
    assertFalse(d.chrome());
    assertEquals("Fed official says weak data caused by weather", d.article().title());
    assertEquals(List.of(), d.article().paragraphs());
  }

  @Test
  void aDocumentWithoutIdIsRefusedWithWhereItWas() {
    Map<String, Object> doc = doc("e", "t", "x");
    doc.remove("id");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StreamDocument.of(doc, "stream.jsonl line 7", BOILERPLATE));
    assertTrue(e.getMessage().contains("stream.jsonl line 7"), e.getMessage());
  }
}
