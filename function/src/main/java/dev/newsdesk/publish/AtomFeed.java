package dev.newsdesk.publish;

import dev.newsdesk.model.DeskState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom feed (RFC 4287) at {@code public/feed.xml}: one entry per live story, newest first, whose
 * {@code updated} changes exactly when the story's version does. Links are relative to the site
 * root ({@code story.html?id=<id>}), so the feed works wherever {@code public/} is served.
 *
 * <p>A comment before the root element carries the generation of the desk index the feed was made
 * from ({@link #generation}), so that a writer holding an older index never replaces a newer feed.
 * Feed readers ignore comments.
 *
 * <p>Ids are {@code tag:} URIs (RFC 4151) under the deployment's own authority, so two desks never
 * publish the same ids. Characters XML 1.0 cannot carry (control characters in an untrusted title)
 * are dropped rather than allowed to fail every later publication.
 */
public final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final int MAX_ENTRIES = 100;

  private static final java.util.regex.Pattern AUTHORITY =
      java.util.regex.Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*,\\d{4}(-\\d{2}(-\\d{2})?)?");

  private static final String GENERATION = " desk index generation ";
  private static final byte[] GENERATION_BYTES = ("<!--" + GENERATION).getBytes(StandardCharsets.US_ASCII);
  /** How far into a feed the generation comment may start: it follows the XML declaration. */
  private static final int GENERATION_WITHIN = 200;

  private final String title;
  private final String tagAuthority;

  /**
   * @param title        the feed's title, e.g. "newsdesk"
   * @param tagAuthority a domain you own and a date, as RFC 4151 wants it: {@code news.example.org,2026}
   */
  public AtomFeed(String title, String tagAuthority) {
    this.title = Objects.requireNonNull(title, "title");
    if (tagAuthority == null || !AUTHORITY.matcher(tagAuthority).matches()) {
      throw new IllegalArgumentException(
          "feed id authority must look like 'news.example.org,2026' (a domain and a date), was '" + tagAuthority + "'");
    }
    this.tagAuthority = tagAuthority;
  }

  /**
   * The generation of the desk index a feed written by {@link #write} was made from, or -1 for a
   * feed without one (written by another program, or an older version).
   */
  public static long generation(byte[] feed) {
    int limit = Math.min(feed.length - GENERATION_BYTES.length, GENERATION_WITHIN);
    for (int at = 0; at <= limit; at++) {
      if (java.util.Arrays.equals(feed, at, at + GENERATION_BYTES.length, GENERATION_BYTES, 0,
          GENERATION_BYTES.length)) {
        long value = 0;
        int digits = 0;
        for (int i = at + GENERATION_BYTES.length; i < feed.length && feed[i] >= '0' && feed[i] <= '9'
            && digits < 18; i++, digits++) {
          value = value * 10 + (feed[i] - '0');
        }
        return digits == 0 ? -1 : value;
      }
    }
    return -1;
  }

  public byte[] write(DeskState state) {
    List<DeskState.StoryEntry> live = state.stories().values().stream()
        .filter(s -> s.movedTo() == null && s.card() != null && s.updated() != null)
        .sorted(Comparator.comparing(DeskState.StoryEntry::updated).reversed()
            .thenComparing(DeskState.StoryEntry::id))
        .limit(MAX_ENTRIES)
        .toList();
    String updated = live.isEmpty() ? "1970-01-01T00:00:00Z" : live.get(0).updated();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeComment(GENERATION + state.generation() + " ");
      xml.writeCharacters("\n");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      line(xml, 1, "id", "tag:" + tagAuthority + ":feed");
      line(xml, 1, "title", title);
      line(xml, 1, "updated", updated);
      indent(xml, 1);
      xml.writeStartElement("author");
      line(xml, 2, "name", title);
      indent(xml, 1);
      xml.writeEndElement();
      indent(xml, 1);
      xml.writeEmptyElement("link");
      xml.writeAttribute("rel", "self");
      xml.writeAttribute("type", "application/atom+xml");
      xml.writeAttribute("href", "feed.xml");
      indent(xml, 1);
      xml.writeEmptyElement("link");
      xml.writeAttribute("rel", "alternate");
      xml.writeAttribute("type", "text/html");
      xml.writeAttribute("href", "index.html");
      for (DeskState.StoryEntry s : live) {
        indent(xml, 1);
        xml.writeStartElement("entry");
        line(xml, 2, "id", "tag:" + tagAuthority + ":story:" + s.id());
        line(xml, 2, "title", s.card().headline());
        line(xml, 2, "updated", s.updated());
        indent(xml, 2);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("type", "text/html");
        xml.writeAttribute("href", "story.html?id=" + xmlSafe(s.id()));
        if (s.card().lede() != null) {
          line(xml, 2, "summary", s.card().lede());
        }
        indent(xml, 1);
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return bytes.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
  }

  private static void line(XMLStreamWriter xml, int depth, String element, String text) throws XMLStreamException {
    indent(xml, depth);
    xml.writeStartElement(element);
    xml.writeCharacters(xmlSafe(text));
    xml.writeEndElement();
  }

  /** Drops characters outside the XML 1.0 character set. */
  static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (c >= 0x10000 && c <= 0x10FFFF)) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
