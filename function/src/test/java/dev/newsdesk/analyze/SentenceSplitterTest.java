package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter(Lexicon.load());

  /** Each case: a paragraph, then the sentences it must split into. */
  static Stream<Arguments> cases() {
    return Stream.of(
        // plain endings
        c("Is it true? Yes! It is.", "Is it true?", "Yes!", "It is."),
        c("Inflation rose 3.5 percent. Prices fell.", "Inflation rose 3.5 percent.", "Prices fell."),
        c("He paid $2.50 for it.", "He paid $2.50 for it."),
        c("It ended in 2024. 12 people died.", "It ended in 2024.", "12 people died."),
        // lower case never starts a sentence
        c("“Why?” he asked. Nobody answered.", "“Why?” he asked.", "Nobody answered."),
        c("The www.example.com site and e.g. lists stay whole.", "The www.example.com site and e.g. lists stay whole."),
        // titles never end a sentence
        c("He met Gen. Soleimani in Baghdad. Then he left.", "He met Gen. Soleimani in Baghdad.", "Then he left."),
        c("Lt. Col. John Smith spoke.", "Lt. Col. John Smith spoke."),
        c("Mr. and Mrs. Jones arrived. Dr. Brown left.", "Mr. and Mrs. Jones arrived.", "Dr. Brown left."),
        c("Sen. Warren, Rep. Cole and Gov. Newsom met.", "Sen. Warren, Rep. Cole and Gov. Newsom met."),
        c("St. Louis is a city. Ms. Lee lives there.", "St. Louis is a city.", "Ms. Lee lives there."),
        c("Prof. Khan and Sgt. Diaz agreed.", "Prof. Khan and Sgt. Diaz agreed."),
        // initials
        c("John F. Kennedy was president. He died in 1963.", "John F. Kennedy was president.", "He died in 1963."),
        // dotted acronyms: split only before a capitalised stop word
        c("The U.S. Army said so.", "The U.S. Army said so."),
        c("The U.N. Security Council met.", "The U.N. Security Council met."),
        c("Troops returned to the U.S. The war was over.", "Troops returned to the U.S.", "The war was over."),
        c("The U.S.-led coalition struck.", "The U.S.-led coalition struck."),
        c("He lives in the U.S.", "He lives in the U.S."),
        c("He flew to Washington, D.C. It was raining.", "He flew to Washington, D.C.", "It was raining."),
        // company and name suffixes
        c("Apple Inc. reported profits. Microsoft Corp. did too.", "Apple Inc. reported profits.", "Microsoft Corp. did too."),
        c("He works for Apple Inc. The company grew.", "He works for Apple Inc.", "The company grew."),
        c("Acme Ltd. It grew fast.", "Acme Ltd.", "It grew fast."),
        c("Martin Luther King Jr. spoke in Washington.", "Martin Luther King Jr. spoke in Washington."),
        // times of day
        c("The attack began at 9 p.m. on Friday.", "The attack began at 9 p.m. on Friday."),
        c("The attack began at 9 p.m. The next day was quiet.", "The attack began at 9 p.m.", "The next day was quiet."),
        c("It began at 9 p.m. Friday and ended at 6 a.m. Saturday.", "It began at 9 p.m. Friday and ended at 6 a.m. Saturday."),
        c("It began at 9 p.m. GMT and ended at dawn.", "It began at 9 p.m. GMT and ended at dawn."),
        c("It ended at 6 a.m. Police then left.", "It ended at 6 a.m.", "Police then left."),
        // abbreviations before numbers
        c("It happened on Jan. 5 in Paris. Nobody saw it.", "It happened on Jan. 5 in Paris.", "Nobody saw it."),
        c("It happened in Jan. The next month was calm.", "It happened in Jan.", "The next month was calm."),
        c("Resolution No. 5 passed. It was close.", "Resolution No. 5 passed.", "It was close."),
        c("He said no. Then he left.", "He said no.", "Then he left."),
        c("It was signed on Sept. 11, 2001.", "It was signed on Sept. 11, 2001."),
        // inline Latin and versus
        c("Big cities, e.g. Paris and Rome, are costly.", "Big cities, e.g. Paris and Rome, are costly."),
        c("Big cities, i.e. London, are costly.", "Big cities, i.e. London, are costly."),
        c("It was Real Madrid vs. Barcelona. Madrid won.", "It was Real Madrid vs. Barcelona.", "Madrid won."),
        // ellipses
        c("Wait... what happened? Nobody knows!", "Wait... what happened?", "Nobody knows!"),
        c("He paused... Then he spoke.", "He paused...", "Then he spoke."),
        c("He paused\u2026 Then he spoke.", "He paused\u2026", "Then he spoke."),
        c("The count was... 12 in all.", "The count was... 12 in all."),
        // closing quotes and brackets stay with their sentence
        c("“It is over,” he said. “We won.”", "“It is over,” he said.", "“We won.”"),
        c("They chanted: “America is the biggest devil.” Police watched.",
            "They chanted: “America is the biggest devil.”", "Police watched."),
        c("“You are foreigners,” one man shouted, adding “and foreigners are to blame for this”.",
            "“You are foreigners,” one man shouted, adding “and foreigners are to blame for this”."),
        c("He said \"go.\" They went.", "He said \"go.\"", "They went."),
        c("He cited the report (see above.) Then he left.", "He cited the report (see above.)", "Then he left."),
        c("“Is it over?” “Yes.”", "“Is it over?”", "“Yes.”"),
        // lists and citations
        c("1. Secure the site.", "1. Secure the site."),
        c("It was hit [1][2]. Then it burned.", "It was hit [1][2].", "Then it burned."),
        // seeds
        c("There were rumors of protestors making their way to the heavily guarded US embassy. Days have passed "
            + "since the US carried out 85 strikes in Syria and Iraq in retribution for the deadly drone attack on "
            + "US forces on January 28. The series of strikes that began last Friday, according to President Joe "
            + "Biden, was only the start of the US reaction.",
            "There were rumors of protestors making their way to the heavily guarded US embassy.",
            "Days have passed since the US carried out 85 strikes in Syria and Iraq in retribution for the deadly "
                + "drone attack on US forces on January 28.",
            "The series of strikes that began last Friday, according to President Joe Biden, was only the start of "
                + "the US reaction."),
        c("US Central Command said the strike in Baghdad added that the strike killed “a Kata’ib Hezbollah "
            + "commander responsible for directly planning and participating in attacks on U.S. forces in the region.”",
            "US Central Command said the strike in Baghdad added that the strike killed “a Kata’ib Hezbollah "
                + "commander responsible for directly planning and participating in attacks on U.S. forces in the region.”"));
  }

  private static Arguments c(String paragraph, String... sentences) {
    return Arguments.of(paragraph, Arrays.asList(sentences));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void splits(String paragraph, List<String> expected) {
    assertEquals(expected, splitter.split(paragraph));
  }

  @Test
  void whitespaceIsNormalisedAndSentencesAreSubstringsOfTheNormalisedParagraph() {
    assertEquals(List.of("One sentence.", "Two."), splitter.split("  One \t sentence.\n Two.\u00A0 "));
  }

  @Test
  void blankParagraphHasNoSentences() {
    assertEquals(List.of(), splitter.split(" \n "));
    assertEquals(List.of(), splitter.split(""));
  }

  @Test
  void paragraphWithoutTerminalIsOneSentence() {
    assertEquals(List.of("Timeline of Recent US-Iran Flashpoints"), splitter.split("Timeline of Recent US-Iran Flashpoints"));
  }

  @Test
  void normaliseReturnsTheSameInstanceWhenAlreadyNormal() {
    String clean = "Already clean text.";
    assertSame(clean, SentenceSplitter.normalise(clean));
    assertEquals("a b", SentenceSplitter.normalise(" a  b "));
  }
}
