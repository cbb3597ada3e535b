package dev.newsdesk.analyze;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.NumberMention;
import dev.newsdesk.model.Sentence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The analyze stage: an {@link Article} in, its {@link Analysis} out (sentences, terms, names,
 * numbers and dates).
 *
 * <pre>{@code
 * Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);   // once: reads the word lists
 * Analysis analysis = analyzer.analyze(article);              // per article
 * }</pre>
 *
 * <p>Relative dates ("Wednesday night", "last month") are resolved against
 * {@link Article#publishedDate()} only, never the clock; when the article has no publication date
 * (or an unreadable one) they stay unresolved. The result depends on nothing but the article and the
 * configuration.
 *
 * <p>Immutable and thread-safe: one instance can serve any number of threads. The article is not
 * modified.
 */
public final class Analyzer {

  private final AnalyzeConfig config;
  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;
  private final NameFinder names;
  private final DateFinder dates;
  private final NumberFinder numbers;

  /**
   * An analyzer with the given settings. Reads the word lists under {@code analyze/} from the
   * classpath, once.
   *
   * @param config the stage configuration (already validated by its constructor)
   * @throws IllegalStateException when a word list is missing or malformed
   */
  public Analyzer(AnalyzeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    Lexicon lexicon = Lexicon.load();
    this.splitter = new SentenceSplitter(lexicon);
    this.tokenizer = new Tokenizer(config, lexicon);
    this.names = new NameFinder(lexicon, config);
    this.dates = new DateFinder(lexicon);
    this.numbers = new NumberFinder(lexicon);
  }

  /** The configuration this analyzer was built with. */
  public AnalyzeConfig config() {
    return config;
  }

  /** The term pipeline this analyzer uses for {@link Sentence#terms()} and {@link Analysis#terms()}. */
  public Tokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * Analyzes one article.
   *
   * @param article the article; not modified
   * @return its analysis: sentences of the body in order (indexes global across paragraphs), term and
   *     name counts over title and body, numbers and dates of the body in text order
   */
  public Analysis analyze(Article article) {
    Objects.requireNonNull(article, "article");
    DateResolver resolver = new DateResolver(publishedDate(article), config.futureToleranceDays());

    // 1. Sentences, each with its paragraph; their tokens feed the three finders.
    List<String> texts = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    List<String> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (String sentence : splitter.split(paragraphs.get(p))) {
        texts.add(sentence);
        paragraphOf.add(p);
      }
    }
    List<List<Token>> tokens = new ArrayList<>(texts.size());
    for (String text : texts) {
      tokens.add(Token.scan(text));
    }
    String title = SentenceSplitter.normalise(article.title());

    // 2. Names need the whole article: a sentence-initial word is judged by its uses elsewhere.
    NameFinder.Names found = names.find(Token.scan(title), tokens);

    // 3. Per sentence: dates before numbers, so that days and years inside dates are not counted.
    List<Sentence> sentences = new ArrayList<>(texts.size());
    List<DateMention> dateMentions = new ArrayList<>();
    List<NumberMention> numberMentions = new ArrayList<>();
    Map<String, Integer> termCounts = new HashMap<>();
    Map<String, Integer> nameCounts = new HashMap<>();
    count(tokenizer.terms(title), termCounts);
    count(found.title(), nameCounts);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<Token> sentenceTokens = tokens.get(i);
      boolean[] claimed = new boolean[sentenceTokens.size()];
      dateMentions.addAll(dates.find(i, text, sentenceTokens, resolver, claimed));
      numberMentions.addAll(numbers.find(i, text, sentenceTokens, claimed));
      List<String> terms = tokenizer.terms(text);
      List<String> sentenceNames = found.sentences().get(i);
      count(terms, termCounts);
      count(sentenceNames, nameCounts);
      sentences.add(new Sentence(i, paragraphOf.get(i), text, terms, sentenceNames));
    }
    // Counted in hash maps (cheaper per word), sorted once here.
    return new Analysis(article, sentences, new TreeMap<>(termCounts), new TreeMap<>(nameCounts),
        numberMentions, dateMentions);
  }

  /** The publication date, or {@code null} when it is missing or unreadable. */
  private static LocalDate publishedDate(Article article) {
    try {
      return article.publishedDate();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void count(List<String> items, Map<String, Integer> counts) {
    for (String item : items) {
      counts.merge(item, 1, Integer::sum);
    }
  }
}
