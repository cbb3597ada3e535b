package dev.newsdesk.eval;

import dev.newsdesk.extract.BoilerplateLines;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.Hashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document of a development corpus ({@code {"id","time","title","text",...}}) and the article the
 * desk would have extracted from it.
 *
 * @param id      the corpus id
 * @param label   the gold label (cluster stream) or {@code null}
 * @param article the document as an article
 * @param chrome  whether the document has text and every paragraph of it is page chrome by the
 *                extractor's rules ({@code extract/boilerplate.txt}), such as a web archive's notice
 *                captured instead of the page: the desk would reject it as not an article, so it
 *                belongs to no story
 */
public record StreamDocument(String id, String label, Article article, boolean chrome) {
  public StreamDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
  }

  /**
   * Builds the article: paragraphs are the text's blank-line-separated blocks, less those that
   * {@code boilerplate} matches; a document without a title takes its first kept paragraph's first
   * line as title (as a plain-text upload would); the publication date is the date part of
   * {@code time}.
   */
  public static StreamDocument of(Map<String, Object> doc, String where, BoilerplateLines boilerplate) {
    Object id = doc.get("id");
    if (id == null) {
      throw new IllegalArgumentException(where + " has no \"id\"");
    }
    String text = doc.get("text") == null ? "" : doc.get("text").toString();
    List<String> paragraphs = new ArrayList<>();
    String firstKept = null;
    int blocks = 0;
    for (String block : text.split("\\n\\s*\\n")) {
      String p = block.replaceAll("\\s+", " ").strip();
      if (p.isEmpty()) {
        continue;
      }
      blocks++;
      if (!boilerplate.matches(p)) {
        paragraphs.add(p);
        firstKept = firstKept == null ? block : firstKept;
      }
    }
    String title = doc.get("title") == null ? null : doc.get("title").toString().replaceAll("\\s+", " ").strip();
    if (title == null || title.isEmpty()) {
      title = firstKept != null ? firstLine(firstKept) : blocks > 0 ? firstLine(text) : id.toString();
    }
    String time = doc.get("time") == null ? null : doc.get("time").toString();
    String published = time != null && time.length() >= 10 ? time.substring(0, 10) : null;
    Article article = new Article(id.toString(), Hashes.sha256(id + "\n" + text), title, null, null, published, null,
        null, null, null, paragraphs, List.of());
    Object label = doc.get("label");
    return new StreamDocument(id.toString(), label == null ? null : label.toString(), article,
        blocks > 0 && paragraphs.isEmpty());
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\n")) {
      String l = line.replaceAll("\\s+", " ").strip();
      if (!l.isEmpty()) {
        return l.length() > 200 ? l.substring(0, 200) : l;
      }
    }
    return "untitled";
  }
}
