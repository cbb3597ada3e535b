package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.extract.LineClassifier.Kind;
import dev.newsdesk.extract.LineClassifier.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {
  private final LineClassifier classifier = new LineClassifier(LineRules.load(), 6);

  private Kind kindOf(String line) {
    return classifier.classify(List.of(new Line(line, false))).get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "A strike killed three people on Wednesday night, officials said. | PROSE",
    "“Iran and its proxies continue to escalate,” Blinken said. | PROSE",
    "exercises Iran called “provocative.” | PROSE",
    "according to multiple news sources [1][2][3]. | PROSE",
    "Details of the Drone Strike | NON_PROSE",
    "Iraq Condemns “Act of Aggression” | NON_PROSE",
    "Date January 4, 2023 | NON_PROSE",
    "Oct 2023: Iran-backed Houthis launch missiles & drones at Saudi oil facilities | NON_PROSE",
    "June 15, 2024 | DATE",
    "Written by AiBot | BYLINE",
    "By Maria Okafor and Tom Lindqvist | BYLINE",
    "Leave a Reply | BOILERPLATE",
    "Your email address will not be published. | BOILERPLATE",
    "To err is human, but AI does it too. Whilst factual data is used, the content is written entirely by AI. | BOILERPLATE",
    "With Post wires | BOILERPLATE",
    "US News | BOILERPLATE",
    "People watch as a vehicle is carried away in Baghdad. REUTERS | CAPTION",
    "A protester outside the embassy. Photo: AFP/Getty Images | CAPTION",
    "The statement was released in Baghdad, according to AFP. | PROSE",
  })
  void classifiesSingleLines(String line, Kind kind) {
    assertEquals(kind, kindOf(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"By then, the troops had left.", "By Wednesday night the roads were closed.",
    "by the river", "By"})
  void sentencesStartingWithByAreNotBylines(String line) {
    assertNull(LineClassifier.byline(line));
  }

  @Test
  void bylineNamesAreReturnedAsPrinted() {
    assertEquals("AiBot", LineClassifier.byline("By AiBot"));
    assertEquals("Wissam al-Saadi", LineClassifier.byline("Written by Wissam al-Saadi"));
    assertEquals("J. R. Smith", LineClassifier.byline("By J. R. Smith"));
  }

  @Test
  void repeatedLinesAreBoilerplateWhereverTheyStand() {
    String blurb = "AiBot scans breaking news and distills multiple news articles into a concise summary.";
    List<Kind> kinds = classifier.classify(lines(blurb, "A real sentence of the article.", blurb));
    assertEquals(List.of(Kind.REPEATED, Kind.PROSE, Kind.REPEATED), kinds);
  }

  @Test
  void captionAltTextInTheSameBlockGoesWithTheCredit() {
    List<Line> lines = List.of(
        new Line("Officials said the strike was intended to take out a senior commander.", false),
        new Line("People gather around a destroyed car being loaded onto a truck.", false),
        new Line("People gather as a destroyed vehicle is loaded onto a truck. REUTERS", true));
    assertEquals(List.of(Kind.PROSE, Kind.CAPTION, Kind.CAPTION), classifier.classify(lines));
  }

  @Test
  void shortQuestionsFollowedByProseAreHeadings() {
    assertEquals(List.of(Kind.HEADING, Kind.PROSE),
        classifier.classify(lines("What Comes Next?", "Tensions have soared to critical levels.")));
    assertEquals(List.of(Kind.PROSE, Kind.PROSE),
        classifier.classify(lines("Why would anyone want to stay in a town that floods every single winter?",
            "Tensions have soared to critical levels.")));
    assertEquals(List.of(Kind.PROSE), classifier.classify(lines("What comes next?")), "no paragraph follows");
  }

  private static List<Line> lines(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (String text : texts) {
      lines.add(new Line(text, false));
    }
    return lines;
  }
}
