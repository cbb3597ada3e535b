package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.model.Sentence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrimTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "LONDON (AP) _ British police said Saturday they have arrested Pinochet.|British police said Saturday they have arrested Pinochet.",
      "BUENOS AIRES, Argentina _ Gen. Augusto Pinochet has been arrested.|Gen. Augusto Pinochet has been arrested.",
      "SEOUL (Reuters) - North Korea fired a missile on Monday.|North Korea fired a missile on Monday.",
      "ALBUQUERQUE, N.M. (AP) — A man was arrested on Friday.|A man was arrested on Friday.",
      "WASHINGTON—The Senate voted on the bill.|The Senate voted on the bill."})
  void aDatelineIsCutAndRecorded(String sentence, String published) {
    Trim.View view = Trim.of(new Sentence(0, 0, sentence, List.of(), List.of()));
    assertEquals(published, view.text());
    assertEquals(Trim.DATELINE, view.trimmed());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A US drone strike in Baghdad killed three people.",
      "US officials - who spoke on condition of anonymity - said so.",
      "The Iditarod Trail Sled Dog Race — the last great race — starts today.",
      "NATO - the alliance - met on Monday."})
  void otherSentencesAreKeptWhole(String sentence) {
    Trim.View view = Trim.of(new Sentence(0, 0, sentence, List.of(), List.of()));
    assertEquals(sentence, view.text());
    assertNull(view.trimmed());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"london,ap,british,polic|british,polic"})
  void theDatelinesTermsGoWithIt(String terms, String kept) {
    Trim.View view = Trim.of(new Sentence(0, 0, "LONDON (AP) _ British police said so.", List.of(terms.split(",")),
        List.of()));
    assertEquals(List.of(kept.split(",")), view.terms());
  }
}
