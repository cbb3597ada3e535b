package dev.newsdesk.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.model.DeskState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {
  private final AtomFeed feed = new AtomFeed("newsdesk", "news.example.org,2026");

  private static DeskState.StoryEntry story(String id, String headline, String updated, String movedTo) {
    var card = movedTo == null
        ? new DeskState.StoryCard("slug", headline, "The lede of " + headline + ".", "developing", 2, 2, null, 0, 0)
        : null;
    return new DeskState.StoryEntry(id, List.of(), movedTo, 1, updated, "sha256:x", List.of(), card, null);
  }

  private static DeskState state(DeskState.StoryEntry... stories) {
    TreeMap<String, DeskState.StoryEntry> map = new TreeMap<>();
    for (DeskState.StoryEntry s : stories) {
      map.put(s.id(), s);
    }
    return new DeskState(3, new TreeMap<>(), new TreeMap<>(), map, new TreeMap<>(), new TreeMap<>(), 0, 0, 0);
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  @Test
  void oneEntryPerLiveStoryNewestFirstWithRequiredAtomElements() throws Exception {
    byte[] xml = feed.write(state(
        story("st-000000000001", "Older story", "2024-02-01T10:00:00Z", null),
        story("st-000000000002", "Newer story", "2024-02-02T10:00:00Z", null),
        story("st-000000000003", null, "2024-02-03T10:00:00Z", "st-000000000002")));

    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertEquals("tag:news.example.org,2026:feed", text(root, "id"));
    assertEquals("2024-02-02T10:00:00Z", text(root, "updated"), "the feed's updated is its newest entry's");
    NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(2, entries.getLength(), "a moved story has no entry");
    Element first = (Element) entries.item(0);
    assertEquals("Newer story", text(first, "title"));
    assertEquals("tag:news.example.org,2026:story:st-000000000002", text(first, "id"));
    assertEquals("The lede of Newer story.", text(first, "summary"));
    Element link = (Element) first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
    assertEquals("story.html?id=st-000000000002", link.getAttribute("href"));
  }

  @Test
  void untrustedTextIsEscapedAndCharactersXmlCannotCarryAreDropped() throws Exception {
    byte[] xml = feed.write(state(story("st-000000000001", "Bad \u0001title <script>alert(1)</script> & co",
        "2024-02-01T10:00:00Z", null)));

    String text = new String(xml, StandardCharsets.UTF_8);
    assertFalse(text.contains("<script>"), text);
    assertFalse(text.contains("\u0001"));
    Document doc = parse(xml);
    Element entry = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
    assertEquals("Bad title <script>alert(1)</script> & co", text(entry, "title"));
  }

  @Test
  void theFeedSaysWhichIndexGenerationItWasMadeFrom() throws Exception {
    byte[] xml = feed.write(state(story("st-000000000001", "A", "2024-02-01T10:00:00Z", null)));
    assertEquals(3, AtomFeed.generation(xml));
    parse(xml); // the comment keeps it well-formed
    assertEquals(-1, AtomFeed.generation("<?xml version=\"1.0\"?><feed/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(-1, AtomFeed.generation("<!-- desk index generation x -->".getBytes(StandardCharsets.UTF_8)));
    assertEquals(-1, AtomFeed.generation(new byte[0]));
  }

  @Test
  void sameStateSameBytes() {
    DeskState s = state(story("st-000000000001", "A", "2024-02-01T10:00:00Z", null));
    assertEquals(new String(feed.write(s), StandardCharsets.UTF_8), new String(feed.write(s), StandardCharsets.UTF_8));
  }

  @Test
  void theTagAuthorityIsValidated() {
    assertThrows(IllegalArgumentException.class, () -> new AtomFeed("x", "not a domain"));
    assertFalse(new String(new AtomFeed("x", "a.example,2026-01").write(state()), StandardCharsets.UTF_8)
        .contains("<entry"), "an empty desk has an empty feed");
  }

  private static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
    return nodes.item(0).getTextContent();
  }
}
