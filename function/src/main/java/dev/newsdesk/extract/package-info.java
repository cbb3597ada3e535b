/**
 * The extract stage: raw bytes to an {@link dev.newsdesk.model.Article} or a
 * {@link dev.newsdesk.model.Rejection}. The entry point is {@link dev.newsdesk.extract.Extractor};
 * its tunables are {@link dev.newsdesk.extract.ExtractConfig}. Everything else in the package is
 * internal. This is the only package that imports jsoup.
 *
 * <h2>Rejections</h2>
 * <ul>
 *   <li>{@code empty}: no bytes, or only whitespace after decoding.
 *   <li>{@code binary}: a PDF, PNG, JPEG, GIF, ZIP or gzip signature, or NUL bytes in the first KB.
 *   <li>{@code not-an-article}: no title, or less body text than {@code minBodyChars}.
 * </ul>
 *
 * <h2>Decoding</h2>
 * Byte-order mark, then (HTML only) {@code <meta charset>} / {@code http-equiv} in the first 4 KB,
 * then the content type's {@code charset}, then UTF-8. Labels are read as browsers read them
 * ({@code ISO-8859-1} is windows-1252). Invalid bytes become U+FFFD.
 *
 * <h2>HTML metadata: order of trust</h2>
 * Each field is taken from the first source in its list that has a usable value.
 * <table>
 *   <caption>Sources per field, most trusted first</caption>
 *   <tr><th>field</th><th>sources</th></tr>
 *   <tr><td>title</td><td>JSON-LD {@code headline} (else {@code name}); {@code og:title};
 *       {@code twitter:title}; {@code <title>}; first {@code <h1>}. Then cleaned of site-name
 *       suffixes and prefixes (see {@code TitleCleaner}), using the other sources as witnesses.</td></tr>
 *   <tr><td>published</td><td>JSON-LD {@code datePublished}; {@code article:published_time};
 *       {@code og:published_time}, {@code og:pubdate}, {@code article:published}; {@code <meta>} {@code datePublished}, {@code date},
 *       {@code pubdate}, {@code publishdate}, {@code publish-date}, {@code publish_date},
 *       {@code parsely-pub-date}, {@code sailthru.date}, {@code dc.date}, {@code dc.date.issued},
 *       {@code dc.date.created}, {@code dcterms.date}, {@code dcterms.issued}, {@code dcterms.created},
 *       {@code article.published}; any element with {@code itemprop=datePublished} (one of its names);
 *       {@code <time pubdate datetime>}; the first {@code <time datetime>} in {@code <article>}, then
 *       in {@code <main>}; a visible dateline near the article (a date only).</td></tr>
 *   <tr><td>modified</td><td>JSON-LD {@code dateModified}; {@code article:modified_time};
 *       {@code og:updated_time}; {@code <meta>} {@code dateModified}, {@code last-modified},
 *       {@code dc.date.modified}, {@code dcterms.modified}, {@code article.updated},
 *       {@code article:modified}; any element with {@code itemprop=dateModified}; a visible "Updated"
 *       line near the article.</td></tr>
 *   <tr><td>byline</td><td>JSON-LD {@code author} name(s), joined with ", "; {@code <meta>}
 *       {@code author}, {@code article:author}, {@code dc.creator}, {@code dcterms.creator},
 *       {@code parsely-author}, {@code sailthru.author}, {@code byl} (URLs skipped);
 *       {@code [itemprop=author]}, {@code a[rel=author]}; a "By X" element classed {@code byline};
 *       a "By X" paragraph of the body. Every name is cut to the name: "By", a handle, a date or what
 *       follows a {@code |} is removed.</td></tr>
 *   <tr><td>publisher</td><td>JSON-LD {@code publisher.name}; {@code og:site_name};
 *       {@code <meta>} {@code publisher}, {@code dc.publisher}, {@code application-name}; a tagline
 *       after a separator is dropped ("Site | News for the coast" gives "Site").</td></tr>
 *   <tr><td>url</td><td>JSON-LD {@code url} (else {@code mainEntityOfPage}); {@code og:url};
 *       {@code <link rel=canonical>}. Absolute http(s) URLs only.</td></tr>
 *   <tr><td>language</td><td>JSON-LD {@code inLanguage}; {@code og:locale}; {@code <meta>}
 *       {@code content-language}, {@code dc.language}, {@code language}; {@code <html lang>}.
 *       Written as a BCP-47 language and region ({@code en_US} becomes {@code en-US}; scripts and
 *       variants are dropped).</td></tr>
 *   <tr><td>image</td><td>JSON-LD {@code image}; {@code og:image} ({@code :url},
 *       {@code :secure_url}); {@code twitter:image}; {@code <link rel=image_src>}. Resolved against
 *       the url when relative.</td></tr>
 * </table>
 * JSON-LD is searched in all {@code <script type="application/ld+json">} blocks together, including
 * {@code @graph} arrays, for the first object typed {@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}, {@code BlogPosting} or another article type; without one, a
 * {@code WebPage} or {@code ClaimReview} gives its dates, authors and publisher (not its name as
 * headline). A block that does not parse is skipped with the warning {@code malformed JSON-LD}. Dates are written as ISO-8601: a
 * date-time with offset when the source gives a time and a zone, a date otherwise; a date is never
 * guessed.
 *
 * <h2>Body</h2>
 * HTML, in order ({@code HtmlExtractor}):
 * <ol>
 *   <li>One walk over the parsed page ({@code PageScan}) gathers the metadata elements and the text
 *       size below every body element.
 *   <li>Boilerplate elements are removed ({@code PageCleaner}): scripts, forms, figures and hidden
 *       elements always; {@code nav}/{@code header}/{@code footer}/{@code aside} and elements whose
 *       class or id has a word from {@code extract/boilerplate-selectors.txt} unless they hold most of
 *       the page's text.
 *   <li>The main content is found ({@code MainContent}): blocks are scored by text length, commas and
 *       link density; the best container wins, widened to an ancestor that holds clearly more prose
 *       (articles cut by ad slots), to sibling containers that score well, and to the other chunks of
 *       an article split into same-class sections by pictures or videos.
 *   <li>Its blocks are filtered ({@code ContentFilter}): paragraphs, sub-headings, list items, table
 *       cells and quotes of the article's flow are kept; dropped are link lists, the headline repeated,
 *       dates, bylines, captions and lines matching {@code extract/boilerplate.txt}, a heading with
 *       nothing under it, and short date/metadata lines before the first paragraph.
 * </ol>
 * When removing elements by class or id name leaves less than {@code minBodyChars}, the page is read
 * again without those rules. A much longer JSON-LD {@code articleBody} replaces the DOM body. When no
 * metadata gives a date, a dateline shown as text just before or in the article ("Published 11:11
 * AM EST Nov 19, 2019", "Updated ...") does; dates higher up the page are not read.
 *
 * <p>Plain text (the seed format, {@code TextExtractor}): every line is a candidate paragraph, and
 * {@code LineClassifier} keeps only prose: repeated lines, bylines, dates, captions, headings, lines
 * without sentence-ending punctuation and lines matching {@code extract/boilerplate.txt} are dropped
 * (in plain text a heading or a table row cannot be told from a site blurb by its markup).
 *
 * <p>Paragraph text is whitespace-normalised and otherwise kept exactly as written.
 *
 * <h2>Safety</h2>
 * Every walk over a page is iterative (jsoup's {@code NodeTraversor}), jsoup bounds the tree depth,
 * and the JSON reader bounds its nesting, so deep or huge inputs cannot overflow the stack. A fuzz
 * test ({@code ExtractorPropertyTest}) checks that any bytes give an article or a rejection.
 *
 * <h2>Speed</h2>
 * The stage is measured against jsoup's bare parse by {@code dev.newsdesk.eval.ExtractionBench}. Each
 * page is walked a fixed number of times (scan, clean, blocks), and its text is measured once, in the
 * scan; well-formed UTF-8 is decoded by {@code Utf8} and parsed in place, without a copy into a
 * String; rule lists are matched through indexes (class words by first word, line rules by first
 * character or literal hints), and class names are matched once per distinct value.
 */
package dev.newsdesk.extract;
