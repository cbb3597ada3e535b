package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.model.Quote;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.WordList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
  private final Quotes quotes = new Quotes(WordList.load("/summarize/reporting-verbs.txt"));

  private List<Quote> find(String... sentences) {
    List<Pool.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      candidates.add(new Pool.Candidate(sentences[i], null, 1, i, new int[0], new int[0], 10, List.of(1), 1,
          new Sentence(i, i, sentences[i], List.of(), List.of()), null));
    }
    return quotes.find(candidates, c -> 1.0, 20);
  }

  private String speaker(String sentence) {
    List<Quote> found = find(sentence);
    assertEquals(1, found.size(), found.toString());
    return found.get(0).speaker();
  }

  @Test
  void theSpeakerAfterTheQuote() {
    assertEquals("Centcom statement",
        speaker("“There are no indications of collateral damage or civilian casualties at this time,” the Centcom "
            + "statement said."));
    assertEquals("Blinken", speaker("“Iran and its proxies continue to escalate,” Blinken said of the groups."));
    assertEquals("Joe Biden", speaker("“We will respond at a time of our choosing,” said Joe Biden."));
  }

  @Test
  void theSubjectOfTheVerbThatIntroducesIt() {
    assertEquals("crowds of protesters", speaker(
        "When a BBC team reached the scene, crowds of protesters gathered chanting: “America is the biggest devil.”"));
  }

  @Test
  void aContinuedQuoteKeepsTheSentencesSpeaker() {
    assertEquals("Harakat al Nujaba", speaker("Harakat al Nujaba - another group blamed for attacks against American "
        + "troops - released a statement promising a “targeted retaliation”, adding that “these crimes will not go "
        + "unpunished,” according to AFP."));
    assertEquals("one man", find("“You are foreigners who came here,” one man shouted, adding “and foreigners are to "
        + "blame for this”.").get(1).speaker());
  }

  @Test
  void textIsVerbatimWithoutATrailingCommaAndScareQuotesAreLeftOut() {
    List<Quote> found = find("The group promised a “targeted retaliation”, adding that “these crimes will not go "
        + "unpunished,” according to AFP.");
    assertEquals(List.of("these crimes will not go unpunished"), found.stream().map(Quote::text).toList());
  }

  @Test
  void clausesAndParticiplesAreNoSpeakers() {
    assertEquals("Yair Cohen", speaker("\"People started to shout `car on fire,\"' said Yair Cohen, a bus company employee."));
    assertEquals("Mireya Garcia", speaker("Attempting to explain the calm, Mireya Garcia, secretary general of the Group "
        + "of the Families of the Detained and Disappeared, said: “After 25 years of absolute impunity for violators of "
        + "human rights, it takes a while for the people to absorb this news.”"));
    assertEquals(null, speaker("Citing the more than 250 people killed in the embassy attacks, she added, “In a greater "
        + "sense, all of the citizens of the world are also victims.”"));
  }

  @Test
  void atMostTheLimitWithNamedSpeakersFirstInSentenceOrder() {
    List<Pool.Candidate> candidates = new ArrayList<>();
    String[] sentences = {"“We will defend our people and our assets,” he said.",
        "“The strike was a clear violation of the ceasefire,” the minister said.",
        "“Nobody expected the attack to come so soon,” a resident said."};
    for (int i = 0; i < sentences.length; i++) {
      candidates.add(new Pool.Candidate(sentences[i], null, 1, i, new int[0], new int[0], 10, List.of(1), 1,
          new Sentence(i, i, sentences[i], List.of(), List.of()), null));
    }
    assertEquals(List.of("minister", "resident"),
        quotes.find(candidates, c -> 1.0, 2).stream().map(Quote::speaker).toList());
  }

  @Test
  void aPronounIsNoSpeakerAndARepeatedQuoteIsGivenOnce() {
    List<Quote> found = find("“We will defend our people and our assets,” he said.",
        "“We will defend our people, and our assets,” the minister said.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(null, found.get(0).speaker());
  }
}
