package dev.newsdesk.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata, each field from the most trusted source that has it (the order is
 * given in {@code package-info.java}). Reads the page before it is cleaned; does not change it.
 * Immutable and thread-safe.
 */
final class MetadataReader {

  /**
   * What the page says about itself. Every component may be {@code null}.
   *
   * @param title       the cleaned title
   * @param firstHeading the first {@code <h1>}, for reference
   * @param publisher   the publisher or site name
   * @param url         the canonical absolute URL
   * @param published   publication time, ISO-8601
   * @param modified    modification time, ISO-8601
   * @param byline      author names
   * @param language    BCP-47 language tag
   * @param image       lead image, absolute URL
   * @param jsonLdBody  JSON-LD {@code articleBody}, as written
   * @param warnings    problems met (such as {@code malformed JSON-LD})
   */
  record PageMetadata(
      String title,
      String firstHeading,
      String publisher,
      String url,
      String published,
      String modified,
      String byline,
      String language,
      String image,
      String jsonLdBody,
      List<String> warnings) {
    PageMetadata {
      warnings = List.copyOf(warnings);
    }
  }

  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:published_time", "og:pubdate", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date",
    "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
    "article.published", "cxenseparse:recs:publishtime"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified",
    "dcterms.modified", "article.updated"
  };
  private static final String[] AUTHOR_META = {
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl"
  };
  private static final String[] PUBLISHER_META = {"og:site_name", "publisher", "dc.publisher", "application-name"};
  private static final String[] LANGUAGE_META = {
    "og:locale", "content-language", "dc.language", "language", "inlanguage"
  };
  private static final String[] IMAGE_META = {
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "image"
  };

  /** Reads the metadata of a parsed page. */
  PageMetadata read(Document page) {
    List<String> warnings = new ArrayList<>();
    JsonLd ld = jsonLd(page, warnings);
    Map<String, String> meta = metaValues(page);

    String url = firstUrl(ld == null ? null : ld.url(), meta.get("og:url"),
        attr(page.selectFirst("link[rel=canonical]"), "href"));
    String publisher = first(ld == null ? null : ld.publisher(), notUrl(firstMeta(meta, PUBLISHER_META)));
    String published = first(ld == null ? null : ld.published(), firstDate(meta, PUBLISHED_META),
        itempropDate(page, "datePublished"), timeDate(page));
    String modified = first(ld == null ? null : ld.modified(), firstDate(meta, MODIFIED_META),
        itempropDate(page, "dateModified"));
    String byline = first(ld == null || ld.authors().isEmpty() ? null : String.join(", ", ld.authors()),
        authorMeta(meta), domByline(page));
    String language = language(first(ld == null ? null : ld.language(), firstMeta(meta, LANGUAGE_META),
        attr(page.selectFirst("html"), "lang")));
    String image = absolute(first(ld == null ? null : ld.image(), firstMeta(meta, IMAGE_META),
        attr(page.selectFirst("link[rel=image_src]"), "href")), url);

    Element h1 = page.body() == null ? null : page.body().selectFirst("h1");
    String heading = h1 == null ? null : nonBlank(h1.text());
    String documentTitle = nonBlank(page.title());
    String ldHeadline = ld == null ? null : ld.headline();
    List<String> titles = new ArrayList<>();
    String[] candidates = {ldHeadline, meta.get("og:title"), meta.get("twitter:title"), documentTitle, heading};
    for (String t : candidates) {
      if (t != null) {
        titles.add(t);
      }
    }
    List<String> sites = siteNames(publisher, meta.get("og:site_name"), url);
    String title = titles.isEmpty() ? null : TitleCleaner.clean(titles.get(0), sites, titles.subList(1, titles.size()));
    return new PageMetadata(title, heading, publisher, url, published, modified, byline, language, image,
        ld == null ? null : ld.body(), warnings);
  }

  private static JsonLd jsonLd(Document page, List<String> warnings) {
    JsonLd found = null;
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonLd ld = JsonLd.find(JsonReader.readAll(script.data()));
        if (found == null) {
          found = ld;
        }
      } catch (JsonReader.MalformedJsonException e) {
        if (!warnings.contains("malformed JSON-LD")) {
          warnings.add("malformed JSON-LD");
        }
      }
    }
    return found;
  }

  /** {@code <meta>} contents by lower-cased property, name, itemprop or http-equiv; the first wins. */
  private static Map<String, String> metaValues(Document page) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      String content = nonBlank(meta.attr("content"));
      if (content == null) {
        continue;
      }
      for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.putIfAbsent(key, content);
        }
      }
    }
    return values;
  }

  private static String firstMeta(Map<String, String> meta, String[] keys) {
    for (String key : keys) {
      String value = meta.get(key);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String firstDate(Map<String, String> meta, String[] keys) {
    for (String key : keys) {
      String date = Dates.normalize(meta.get(key));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** A non-meta element marked {@code itemprop=datePublished} (its content, datetime or text). */
  private static String itempropDate(Document page, String property) {
    for (Element element : page.select("[itemprop=" + property + "]")) {
      String date = Dates.normalize(first(nonBlank(element.attr("content")), nonBlank(element.attr("datetime")),
          nonBlank(element.text())));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** {@code <time pubdate>}, else the first {@code <time datetime>} inside {@code <article>} or {@code <main>}. */
  private static String timeDate(Document page) {
    for (String query : new String[] {"time[pubdate][datetime]", "article time[datetime]", "main time[datetime]"}) {
      Element time = page.selectFirst(query);
      String date = time == null ? null : Dates.normalize(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static String authorMeta(Map<String, String> meta) {
    for (String key : AUTHOR_META) {
      String value = notUrl(meta.get(key));
      if (value != null) {
        String name = LineClassifier.byline(value);
        return name != null ? name : value;
      }
    }
    return null;
  }

  /** {@code [itemprop=author]}, {@code a[rel=author]} or a "By X" line in an element classed byline. */
  private static String domByline(Document page) {
    Element author = page.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author]");
    if (author != null) {
      String name = nonBlank(author.text());
      if (name != null && name.length() <= 100) {
        String stripped = LineClassifier.byline(name);
        return stripped != null ? stripped : name;
      }
    }
    for (Element element : page.select("[class~=(?i)byline]")) {
      String name = LineClassifier.byline(Prose.normalize(element.text()));
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static String language(String value) {
    if (value == null) {
      return null;
    }
    String tag = Locale.forLanguageTag(value.strip().replace('_', '-')).toLanguageTag();
    return tag.equals("und") ? null : tag;
  }

  private static List<String> siteNames(String publisher, String siteName, String url) {
    List<String> names = new ArrayList<>();
    names.add(publisher);
    names.add(siteName);
    if (url != null) {
      try {
        String host = new URI(url).getHost();
        if (host != null) {
          String h = host.toLowerCase(Locale.ROOT);
          h = h.startsWith("www.") ? h.substring(4) : h;
          int dot = h.indexOf('.');
          names.add(dot > 0 ? h.substring(0, dot) : h);
        }
      } catch (URISyntaxException e) {
        // no host name to compare with; the other site names still apply
      }
    }
    return names;
  }

  private static String firstUrl(String... candidates) {
    for (String candidate : candidates) {
      String url = absolute(candidate, null);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  /** An absolute http(s) URL: the value itself, or the value resolved against {@code base}; else null. */
  private static String absolute(String value, String base) {
    String v = nonBlank(value);
    if (v == null) {
      return null;
    }
    if (v.startsWith("//")) {
      v = "https:" + v;
    }
    try {
      URI uri = new URI(v.replace(" ", "%20"));
      if (!uri.isAbsolute() && base != null) {
        uri = new URI(base).resolve(uri);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) ? uri.toString() : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String notUrl(String value) {
    return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
  }

  private static String attr(Element element, String name) {
    return element == null ? null : nonBlank(element.attr(name));
  }

  private static String nonBlank(String value) {
    if (value == null) {
      return null;
    }
    String n = Prose.normalize(value);
    return n.isEmpty() ? null : n;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
