package dev.newsdesk.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * @param titles      every title the page gives (JSON-LD, OpenGraph, Twitter, {@code <title>}, first
   *                    {@code <h1>}) and the cleaned title: a body block equal to one is not article text
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
      List<String> titles,
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
      titles = List.copyOf(titles);
      warnings = List.copyOf(warnings);
    }
  }

  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:published_time", "og:pubdate", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date",
    "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
    "article.published", "article:published", "cxenseparse:recs:publishtime"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified",
    "dcterms.modified", "article.updated", "article:modified"
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

  /** Reads the metadata of a parsed page, from the elements its scan gathered. */
  PageMetadata read(Document page, PageScan found) {
    List<String> warnings = new ArrayList<>();
    JsonLd ld = jsonLd(found.jsonLd, warnings);
    MetaValues meta = new MetaValues(found.metas);

    String url = firstUrl(ld == null ? null : ld.url(), meta.get("og:url"), attr(found.canonical, "href"));
    String publisher = siteName(first(ld == null ? null : ld.publisher(), notUrl(firstMeta(meta, PUBLISHER_META))));
    String published = first(ld == null ? null : ld.published(), firstDate(meta, PUBLISHED_META),
        itempropDate(found.published), timeDate(found));
    String modified = first(ld == null ? null : ld.modified(), firstDate(meta, MODIFIED_META),
        itempropDate(found.modified));
    String byline = first(ld == null ? null : names(ld.authors()), authorMeta(meta), domByline(found));
    String language = language(first(ld == null ? null : ld.language(), firstMeta(meta, LANGUAGE_META),
        attr(page.firstElementChild(), "lang")));
    String image = absolute(first(ld == null ? null : ld.image(), firstMeta(meta, IMAGE_META),
        attr(found.imageLink, "href")), url);

    String heading = found.firstHeading == null ? null : nonBlank(found.firstHeading.text());
    String documentTitle = found.title == null ? null : nonBlank(found.title.text());
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
    if (title != null) {
      titles.add(title);
    }
    return new PageMetadata(title, titles, publisher, url, published, modified, byline, language, image,
        ld == null ? null : ld.body(), warnings);
  }

  /** The article of all the page's JSON-LD blocks together (a node may refer to one in another block). */
  private static JsonLd jsonLd(List<Element> scripts, List<String> warnings) {
    List<Object> roots = new ArrayList<>();
    for (Element script : scripts) {
      try {
        roots.addAll(JsonReader.readAll(script.data()));
      } catch (JsonReader.MalformedJsonException e) {
        if (!warnings.contains("malformed JSON-LD")) {
          warnings.add("malformed JSON-LD");
        }
      }
    }
    return roots.isEmpty() ? null : JsonLd.find(roots);
  }

  /**
   * {@code <meta>} contents by lower-cased property, name, itemprop or http-equiv; the first
   * non-blank one wins. Values are normalised when read, not when gathered: pages carry dozens of
   * {@code <meta>} elements, some very long, and only a few are ever read.
   */
  private static final class MetaValues {
    private final Map<String, String> raw = new HashMap<>();

    MetaValues(List<Element> metas) {
      for (Element meta : metas) {
        String content = meta.attr("content");
        if (Prose.isBlank(content)) {
          continue;
        }
        for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
          String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
          if (key.isEmpty()) {
            continue;
          }
          raw.putIfAbsent(key, content);
          if (attribute.equals("itemprop") && key.indexOf(' ') > 0) {
            for (String token : key.split("\\s+")) { // itemprop="datePublished dateCreated"
              raw.putIfAbsent(token, content);
            }
          }
        }
      }
    }

    /** The normalised value for {@code key}, or {@code null}. */
    String get(String key) {
      return nonBlank(raw.get(key));
    }
  }

  private static String firstMeta(MetaValues meta, String[] keys) {
    for (String key : keys) {
      String value = meta.get(key);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String firstDate(MetaValues meta, String[] keys) {
    for (String key : keys) {
      String date = Dates.normalize(meta.get(key));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first of the elements marked {@code itemprop=datePublished} (or modified) that holds a date. */
  private static String itempropDate(List<Element> elements) {
    for (Element element : elements) {
      String date = Dates.normalize(first(nonBlank(element.attr("content")), nonBlank(element.attr("datetime")),
          nonBlank(element.text())));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** {@code <time pubdate>}, else the first {@code <time datetime>} inside {@code <article>} or {@code <main>}. */
  private static String timeDate(PageScan found) {
    for (Element time : new Element[] {found.pubdateTime, found.articleTime, found.mainTime}) {
      String date = time == null ? null : Dates.normalize(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static String authorMeta(MetaValues meta) {
    for (String key : AUTHOR_META) {
      String value = notUrl(meta.get(key));
      if (value != null) {
        return personName(value);
      }
    }
    return null;
  }

  /** Author names joined with ", ", each cleaned with {@link #personName}; null for none. */
  private static String names(List<String> authors) {
    List<String> names = new ArrayList<>();
    for (String author : authors) {
      String name = personName(author);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /**
   * A byline as a name: "By Maria Okafor" gives {@code Maria Okafor}; what follows a separator
   * ({@code |}, {@code •}, {@code @handle}) or a line break, such as a job title, a handle or a date,
   * is cut off ("by Bryan DeArdo @BryanDeArdo Nov 18, 2019" gives {@code Bryan DeArdo}).
   */
  static String personName(String raw) {
    String value = Prose.normalize(raw);
    String stripped = LineClassifier.byline(value);
    if (stripped != null) {
      return stripped;
    }
    String name = BY_PREFIX.matcher(value).replaceFirst("");
    Matcher cut = BYLINE_TAIL.matcher(name);
    if (cut.find() && cut.start() > 0) {
      name = name.substring(0, cut.start()).strip();
    }
    String again = LineClassifier.byline("By " + name);
    return again != null ? again : (name.isEmpty() ? null : name);
  }

  private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|von|par|por|di|door)\\s*:?\\s+");
  private static final Pattern BYLINE_TAIL = Pattern.compile(
      "\\s+(?:[|•·/]|@\\w|(?i:on|updated|published|posted)\\s+(?:\\w+\\s+)?\\d|\\d{1,2}[:/.]\\d)");

  /** {@code [itemprop=author]}, {@code a[rel=author]} or a "By X" line in an element classed byline. */
  private static String domByline(PageScan found) {
    if (found.author != null) {
      String name = nonBlank(found.author.text());
      if (name != null && name.length() <= 100) {
        return personName(name);
      }
    }
    for (Element element : found.bylineClassed) {
      String name = LineClassifier.byline(Prose.normalize(element.text()));
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /**
   * A site name without the tagline or section list some sites append: {@code "Autoracing | F1 |
   * Indy"} gives {@code Autoracing}, {@code "Remember 80/90 - Memorabilia anni 80/90"} gives
   * {@code Remember 80/90}. The first part is kept when it has at least three letters.
   */
  static String siteName(String value) {
    if (value == null) {
      return null;
    }
    Matcher separator = SITE_SEPARATOR.matcher(value);
    if (separator.find()) {
      String head = value.substring(0, separator.start()).strip();
      int letters = 0;
      for (int i = 0; i < head.length(); i++) {
        letters += Character.isLetter(head.charAt(i)) ? 1 : 0;
      }
      if (letters >= 3) {
        return head;
      }
    }
    return value;
  }

  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—:·•»]\\s+|\\s+-\\s+");

  private static String language(String value) {
    if (value == null) {
      return null;
    }
    // Only language and region: "en_US" gives en-US; "en-Poly" (not a region) gives en.
    Locale locale = Locale.forLanguageTag(value.strip().replace('_', '-'));
    if (locale.getLanguage().isEmpty()) {
      return null;
    }
    return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "-" + locale.getCountry();
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
