package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.model.WordList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {
  private final Eligibility eligibility = new Eligibility(WordList.load("/summarize/dangling-starts.txt"),
      WordList.load("/summarize/dangling-openings.txt"), 6, 60);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A senior commander of an Iran-backed militia has been killed in a US drone strike.|true",
      "But it was perhaps inevitable that the strategy would include targeting leaders.|false",
      "He was accused of coordinating attacks on US forces in Iraq.|false",
      "In the wake of that attack, Kataib Hezbollah said it was suspending attacks.|false",
      "After this, the group said it would not attack again for now.|false",
      "In Baghdad, officials said that the attack had killed three people.|true",
      "All three of them died.|false",
      "“But we will defend our people, and our assets.|false",
      "The report [3] said the attack killed three people in the city.|false",
      "Officials said the attack killed three people in the city|false"})
  void standsAlone(String sentence, boolean usable) {
    assertEquals(usable, eligibility.usable(sentence), sentence);
  }
}
