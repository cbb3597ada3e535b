package dev.newsdesk.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The article fields of a page's JSON-LD (schema.org) data.
 *
 * <p>All objects are visited breadth first, so top-level and {@code @graph} nodes come before
 * nested ones; the first whose {@code @type} is an article type wins; failing that, the first web
 * page or fact check ({@link #PAGE_TYPES}) gives what it has. References such as
 * {@code "publisher": {"@id": "#org"}} are resolved against the other nodes' {@code @id}s.
 *
 * @param headline  {@code headline}, else {@code name}
 * @param published {@code datePublished}, normalised by {@link Dates#normalize}
 * @param modified  {@code dateModified}, normalised
 * @param authors   the names in {@code author} (strings, objects with {@code name}, or lists of them)
 * @param publisher {@code publisher.name} (or a plain string)
 * @param language  {@code inLanguage}
 * @param image     {@code image}: a URL string, an object's {@code url}/{@code contentUrl}, or the first of a list
 * @param url       {@code url}, else the {@code @id} of {@code mainEntityOfPage}
 * @param body      {@code articleBody}
 */
record JsonLd(
    String headline,
    String published,
    String modified,
    List<String> authors,
    String publisher,
    String language,
    String image,
    String url,
    String body) {

  /** The schema.org types read as an article. */
  static final Set<String> ARTICLE_TYPES = Set.of(
      "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
      "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "Report", "LiveBlogPosting");

  /** Stop after visiting this many objects, so a huge JSON-LD block costs bounded time. */
  private static final int MAX_NODES = 10_000;

  JsonLd {
    authors = List.copyOf(authors);
  }

  /** The article in the given top-level JSON values, or {@code null} when none is typed as one. */
  static JsonLd find(List<Object> roots) {
    List<Map<?, ?>> nodes = nodes(roots);
    Map<String, Map<?, ?>> byId = new HashMap<>();
    for (Map<?, ?> node : nodes) {
      if (node.get("@id") instanceof String id && node.size() > 1) {
        byId.putIfAbsent(id, node);
      }
    }
    for (Map<?, ?> node : nodes) {
      if (isA(node, ARTICLE_TYPES)) {
        return read(node, byId, true);
      }
    }
    // No article: a page about one (a fact check, a web page) still dates and signs its content.
    for (Map<?, ?> node : nodes) {
      if (isA(node, PAGE_TYPES)) {
        return read(node, byId, false);
      }
    }
    return null;
  }

  /**
   * Types read when no node is an article; their {@code name} is not taken as a headline (a web
   * page's name is its {@code <title>}, a fact check's is the claim).
   */
  static final Set<String> PAGE_TYPES = Set.of("ClaimReview", "WebPage", "ItemPage", "CreativeWork");

  private static JsonLd read(Map<?, ?> node, Map<String, Map<?, ?>> byId, boolean article) {
    String headline = string(node.get("headline"));
    if (headline == null && article) {
      headline = string(node.get("name"));
    }
    List<String> authors = new ArrayList<>();
    for (Object author : list(node.get("author"))) {
      String name = name(resolve(author, byId));
      if (name != null && !looksLikeUrl(name) && !authors.contains(name)) {
        authors.add(name);
      }
    }
    String url = string(node.get("url"));
    if (url == null) {
      Object page = node.get("mainEntityOfPage");
      url = page instanceof Map<?, ?> m ? string(m.get("@id")) : string(page);
    }
    return new JsonLd(
        headline == null ? null : Prose.normalize(headline),
        Dates.normalize(string(node.get("datePublished"))),
        Dates.normalize(string(node.get("dateModified"))),
        authors,
        name(resolve(node.get("publisher"), byId)),
        language(node.get("inLanguage")),
        image(resolve(node.get("image"), byId)),
        url != null && looksLikeUrl(url) ? url.strip() : null,
        node.get("articleBody") instanceof String text && !text.isBlank() ? text : null);
  }

  /** Every object in the values, breadth first, at most {@link #MAX_NODES}. */
  private static List<Map<?, ?>> nodes(List<Object> roots) {
    List<Map<?, ?>> nodes = new ArrayList<>();
    Deque<Object> queue = new ArrayDeque<>(roots.size());
    for (Object root : roots) {
      if (root != null) {
        queue.add(root);
      }
    }
    while (!queue.isEmpty() && nodes.size() < MAX_NODES) {
      Object value = queue.poll();
      Collection<?> children;
      if (value instanceof Map<?, ?> map) {
        nodes.add(map);
        children = map.values();
      } else if (value instanceof List<?> list) {
        children = list;
      } else {
        continue;
      }
      for (Object child : children) {
        if (child instanceof Map || child instanceof List) {
          queue.add(child);
        }
      }
    }
    return nodes;
  }

  private static boolean isA(Map<?, ?> node, Set<String> types) {
    for (Object type : list(node.get("@type"))) {
      if (type instanceof String s && types.contains(stripContext(s))) {
        return true;
      }
    }
    return false;
  }

  /** {@code "http://schema.org/NewsArticle"} and {@code "schema:NewsArticle"} read as {@code NewsArticle}. */
  private static String stripContext(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1).strip();
  }

  private static Object resolve(Object value, Map<String, Map<?, ?>> byId) {
    if (value instanceof Map<?, ?> map && map.get("@id") instanceof String id && !map.containsKey("name")) {
      Map<?, ?> target = byId.get(id);
      return target == null ? value : target;
    }
    if (value instanceof List<?> list && !list.isEmpty()) {
      return resolve(list.get(0), byId);
    }
    return value;
  }

  private static String name(Object value) {
    if (value instanceof Map<?, ?> map) {
      return string(map.get("name"));
    }
    String s = string(value);
    return s == null ? null : Prose.normalize(s);
  }

  private static String language(Object value) {
    if (value instanceof Map<?, ?> map) {
      String s = string(map.get("alternateName"));
      return s != null ? s : string(map.get("name"));
    }
    return string(value);
  }

  private static String image(Object value) {
    if (value instanceof Map<?, ?> map) {
      String s = string(map.get("url"));
      return s != null ? s : string(map.get("contentUrl"));
    }
    return string(value);
  }

  private static List<?> list(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    return value == null ? List.of() : List.of(value);
  }

  /** A non-blank string, entity-decoded (some sites escape JSON-LD twice) and normalised; else {@code null}. */
  private static String string(Object value) {
    if (value instanceof String s) {
      String n = Prose.normalize(s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false));
      return n.isEmpty() ? null : n;
    }
    return null;
  }

  private static boolean looksLikeUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//");
  }
}
