package dev.newsdesk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.eval.DeskBench;
import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An empty desk has seen too few articles for document frequencies to say which words are common:
 * two unrelated reports that share only everyday news words must not join, while two reports of one
 * event still do. Each event below has two hand-written reports; the unrelated pairs are of one day
 * and as alike in kind as real news gets (two disasters, two court cases).
 */
class ColdStartTest {
  private static final Analysis FIRE_1 = Seeds.article("fire-1",
      "Huge fire destroys warehouse in Rotterdam, residents evacuated", "2024-03-12", List.of(
          "A huge fire destroyed a tyre warehouse in Rotterdam on Tuesday, and dozens of residents were evacuated"
              + " from nearby homes, officials said.",
          "Emergency services worked through the night to bring the blaze under control.",
          "No one was injured, the city's mayor Ahmed Aboutaleb said, but several homes were damaged.",
          "The cause of the fire is being investigated, police said.",
          "Residents were told to keep their windows closed because of the smoke."));
  private static final Analysis FIRE_2 = Seeds.article("fire-2", "Rotterdam warehouse blaze sends smoke across city",
      "2024-03-12", List.of(
          "Firefighters spent most of Tuesday fighting a blaze at a warehouse storing car tyres in Rotterdam's"
              + " harbour.",
          "The Rotterdam-Rijnmond safety region warned people in Charlois and nearby neighbourhoods to stay indoors"
              + " because of the thick black smoke.",
          "The warehouse roof caved in during the afternoon, a spokesman for the fire service said.",
          "Aboutaleb thanked the firefighters. Investigators will examine the cause of the fire once the site"
              + " is safe."));
  private static final Analysis FLOOD_1 = Seeds.article("flood-1", "Floods hit Dresden, residents evacuated",
      "2024-03-12", List.of(
          "Heavy floods hit Dresden on Tuesday, and hundreds of residents were evacuated from their homes after the"
              + " Elbe burst its banks, officials said.",
          "Emergency services worked through the night to protect the old town with sandbags.",
          "No one was injured, Saxony's premier Michael Kretschmer said, but many homes were damaged.",
          "Schools were closed and trams were suspended across the city."));
  private static final Analysis FLOOD_2 = Seeds.article("flood-2", "Elbe rises above seven metres in Dresden",
      "2024-03-12", List.of(
          "The Elbe rose to more than seven metres in Dresden on Tuesday, almost four metres above its normal"
              + " level.",
          "Soldiers and volunteers filled sandbags along the river to protect the historic old town.",
          "Kretschmer visited the flooded districts and promised emergency aid for people whose homes were"
              + " damaged.",
          "Forecasters expect the river to peak on Wednesday before the rain eases."));
  private static final Analysis ELECTION_1 = Seeds.article("election-1",
      "Thousands queue to vote as Chile elects a president", "2024-03-10", List.of(
          "Thousands of people queued outside polling stations across Chile on Sunday to vote in a presidential"
              + " runoff between Gabriel Boric and José Antonio Kast.",
          "Officials said turnout was higher than in the first round.",
          "Polls closed at 6 pm, and the electoral service Servel said counting had begun in Santiago.",
          "Both candidates promised to respect the result, and the country waited for the first figures."));
  private static final Analysis ELECTION_2 = Seeds.article("election-2", "Boric wins Chile's presidential runoff",
      "2024-03-10", List.of(
          "Gabriel Boric won Chile's presidential runoff on Sunday, defeating José Antonio Kast with about 56"
              + " percent of the vote, Servel said.",
          "Kast conceded defeat and congratulated Boric.",
          "Boric will be the youngest president in Chile's history when he takes office.",
          "Thousands of supporters celebrated in the streets of Santiago."));
  private static final Analysis QUAKE_1 = Seeds.article("quake-1",
      "Thousands sleep outdoors as earthquake shakes eastern Turkey", "2024-03-10", List.of(
          "Thousands of people spent the night outdoors in eastern Turkey on Sunday after a magnitude 5.9"
              + " earthquake struck the province of Malatya.",
          "Officials said at least 23 people were injured and several old houses collapsed.",
          "The disaster agency AFAD said the quake hit at a depth of 10 kilometres near the town of Yesilyurt.",
          "President Recep Tayyip Erdogan said the country would help the people of the region."));
  private static final Analysis QUAKE_2 = Seeds.article("quake-2", "Dozens hurt as quake hits Malatya",
      "2024-03-10", List.of(
          "An earthquake of magnitude 5.9 rocked Malatya province on Sunday, the AFAD disaster agency said.",
          "Health Minister Fahrettin Koca said 23 people had been treated in hospital, none of them in serious"
              + " condition.",
          "Several old houses collapsed in Yesilyurt, and rescue teams searched the rubble for anyone trapped.",
          "The region was badly hit by the February 2023 earthquakes."));
  private static final Analysis FRAUD_1 = Seeds.article("fraud-1", "Jury finds former banker guilty of fraud",
      "2024-03-15", List.of(
          "A jury found a former banker guilty on Friday of defrauding elderly clients of 12 million pounds,"
              + " ending a three-week trial in London.",
          "Prosecutors told the court that Martin Hale spent the money on property and a yacht.",
          "Judge Sarah Whitehouse said she would sentence him next month, and that he faced a long prison term.",
          "His lawyer said he would appeal against the verdict."));
  private static final Analysis FRAUD_2 = Seeds.article("fraud-2",
      "Banker Martin Hale convicted over 12 million pound fraud", "2024-03-15", List.of(
          "Martin Hale, a former investment banker who cheated pensioners out of their savings, was convicted of"
              + " fraud and money laundering at Southwark Crown Court on Friday.",
          "The Serious Fraud Office said Hale had abused the trust of his clients for more than a decade.",
          "Judge Whitehouse will pass sentence next month.",
          "The Serious Fraud Office said it would try to recover the 12 million pounds for the victims."));
  private static final Analysis MURDER_1 = Seeds.article("murder-1", "Jury finds Ohio man guilty of murder",
      "2024-03-15", List.of(
          "A jury found an Ohio man guilty on Friday of murdering his neighbour during a dispute over a fence,"
              + " ending a two-week trial in Columbus.",
          "Prosecutors told the court that Derek Collins fired five shots at Raymond Ellis in his driveway.",
          "Judge Karen Phipps said she would sentence him next month, and that he faced life in prison.",
          "His lawyer said he would appeal against the verdict."));
  private static final Analysis MURDER_2 = Seeds.article("murder-2", "Derek Collins convicted of killing neighbour",
      "2024-03-15", List.of(
          "Derek Collins was convicted on Friday of murdering Raymond Ellis, who lived next door to him in"
              + " Columbus.",
          "The jury deliberated for two days in the Franklin County court before returning its verdict.",
          "Ellis's family wept as the verdict was read.",
          "Collins had told the court that he acted in self-defence. Judge Phipps set sentencing for next"
              + " month."));

  /** Two reports of each event. */
  private static final Map<String, List<Analysis>> EVENTS = Map.of(
      "fire", List.of(FIRE_1, FIRE_2),
      "flood", List.of(FLOOD_1, FLOOD_2),
      "election", List.of(ELECTION_1, ELECTION_2),
      "quake", List.of(QUAKE_1, QUAKE_2),
      "fraud", List.of(FRAUD_1, FRAUD_2),
      "murder", List.of(MURDER_1, MURDER_2));

  /** Unrelated events of one day and of a kind. */
  private static final List<List<String>> UNRELATED = List.of(
      List.of("fire", "flood"), List.of("election", "quake"), List.of("fraud", "murder"));

  private static OpenStories empty() {
    return OpenStories.of(ClusterConfig.DEFAULTS, new TreeMap<>(), new TreeMap<>(), 0);
  }

  @Test
  void unrelatedEventsOnAnEmptyDeskStayApart() {
    for (List<String> pair : UNRELATED) {
      for (Analysis first : EVENTS.get(pair.get(0))) {
        for (Analysis second : EVENTS.get(pair.get(1))) {
          for (List<Analysis> order : List.of(List.of(first, second), List.of(second, first))) {
            OpenStories stories = empty();
            assertTrue(stories.assign(order.get(0), "st-a").opened());
            Assignment next = stories.assign(order.get(1), "st-b");
            assertTrue(next.opened(), order.get(1).article().key() + " joined " + order.get(0).article().key()
                + " with score " + next.score());
          }
        }
      }
    }
  }

  @Test
  void twoReportsOfOneEventJoinOnAnEmptyDesk() {
    EVENTS.forEach((event, reports) -> {
      for (List<Analysis> order : List.of(reports, List.of(reports.get(1), reports.get(0)))) {
        OpenStories stories = empty();
        stories.assign(order.get(0), "st-a");
        Assignment next = stories.assign(order.get(1), "st-b");
        assertFalse(next.opened(), event + ": the second report opened a story of its own");
        assertEquals("st-a", next.storyId());
      }
    });
  }

  @Test
  void twelveReportsOfSixEventsOnAnEmptyDeskFormSixStories() {
    List<String> events = List.of("fire", "election", "fraud", "flood", "quake", "murder");
    List<Analysis> stream = new ArrayList<>();
    for (int report = 0; report < 2; report++) {
      for (String event : events) {
        stream.add(EVENTS.get(event).get(report));
      }
    }
    OpenStories stories = empty();
    Map<String, Set<String>> members = new TreeMap<>();
    for (Analysis article : stream) {
      Assignment a = stories.assign(article, "st-" + article.article().key());
      assertTrue(a.merged().isEmpty());
      members.computeIfAbsent(a.storyId(), k -> new TreeSet<>()).add(article.article().key());
    }
    Set<String> partition = new TreeSet<>();
    members.values().forEach(m -> partition.add(m.toString()));
    Set<String> want = new TreeSet<>();
    for (String event : events) {
      want.add(new TreeSet<>(List.of(event + "-1", event + "-2")).toString());
    }
    assertEquals(want, partition);
  }

  @Test
  void theDeskBenchmarksSyntheticArticlesFormOneStoryPerEvent() {
    Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);
    Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);
    int count = DeskBench.EVENTS_PER_BLOCK * DeskBench.ARTICLES_PER_EVENT;
    OpenStories stories = empty();
    Map<String, Set<Integer>> members = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      byte[] bytes = DeskBench.syntheticArticle(i).getBytes(StandardCharsets.UTF_8);
      String key = DeskBench.syntheticKey(i);
      Analysis article = analyzer.analyze((Article) extractor.extract(new RawDocument(key, bytes, null, "text/plain")));
      members.computeIfAbsent(stories.assign(article, "st-" + i).storyId(), k -> new TreeSet<>()).add(i);
    }
    Set<String> partition = new TreeSet<>();
    members.values().forEach(m -> partition.add(m.toString()));
    Set<String> events = new TreeSet<>();
    for (int e = 0; e < DeskBench.EVENTS_PER_BLOCK; e++) {
      Set<Integer> articles = new TreeSet<>();
      for (int v = 0; v < DeskBench.ARTICLES_PER_EVENT; v++) {
        articles.add(v * DeskBench.EVENTS_PER_BLOCK + e);
      }
      events.add(articles.toString());
    }
    assertEquals(events, partition, "one story per synthetic event (article i reports event i % 10)");
  }
}
