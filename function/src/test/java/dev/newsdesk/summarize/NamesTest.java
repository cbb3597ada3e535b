package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Disagreement;
import dev.newsdesk.model.WordList;
import dev.newsdesk.testing.Seeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {
  private final Names names = new Names(WordList.load("/summarize/roles.txt"), WordList.load("/summarize/titles.txt"));

  private List<Disagreement> disagreements(String first, String second) {
    Map<Integer, Analysis> independent = new LinkedHashMap<>();
    independent.put(1, Seeds.article("a", "A", null, List.of(first)));
    independent.put(2, Seeds.article("b", "B", null, List.of(second)));
    return names.disagreements(independent);
  }

  @Test
  void aNameWithANicknameAndParticlesIsOneName() {
    List<Names.Mention> found = names.people("It was Wissam Mohammed “Abu Bakr” al-Saadi, the commander.", 1, null);
    assertEquals(List.of("Wissam Mohammed “Abu Bakr” al-Saadi"), found.stream().map(Names.Mention::text).toList());
    assertEquals(List.of("wissam", "mohammed", "abu", "bakr", "saadi"), found.get(0).words());
  }

  @Test
  void titlesAndSentenceStartsAreNotPartOfTheName() {
    assertEquals(List.of("joe", "biden"),
        names.people("President Joe Biden described the attacks.", 1, null).get(0).words());
    assertTrue(names.people("The Pentagon said so.", 1, null).isEmpty(), "one word is not a person's name");
  }

  @Test
  void sameFamilyNameSpelledDifferentlyForTheSameRoleIsADisagreement() {
    List<Disagreement> found = disagreements(
        "One of the victims has been identified as Abu Baqir al-Saadi, a senior commander in Kataib Hezbollah.",
        "The dead included Wissam Mohammed “Abu Bakr” al-Saadi, the commander in charge of operations in Syria.");
    assertEquals(1, found.size());
    assertEquals("name of the commander", found.get(0).slot());
    assertEquals(List.of("Abu Baqir al-Saadi", "Wissam Mohammed “Abu Bakr” al-Saadi"),
        found.get(0).claims().stream().map(Disagreement.Claim::value).toList());
  }

  @Test
  void aShorterFormOfTheSameNameIsNoDisagreement() {
    assertEquals(List.of(), disagreements("Secretary of State Antony Blinken said the minister would travel.",
        "The minister, Blinken, said he would travel on Monday as Antony Blinken."));
    assertEquals(List.of(), disagreements("The commander Abu Baqir al-Saadi was killed.",
        "The commander Baqir al-Saadi was killed."));
  }

  @Test
  void withoutASharedRoleTheNamesAreLeftAlone() {
    assertEquals(List.of(), disagreements("Hunter Biden met the press.", "Joe Biden gave a speech to the nation."));
  }

  @Test
  void aSourceNamingTwoPeopleOfOneFamilyIsAboutTwoPeople() {
    assertEquals(List.of(), disagreements("The president Joe Biden and his son Hunter Biden, the president's son, spoke.",
        "The president Jill Biden spoke."));
  }

  @Test
  void oneLetterApartIsTheSameFamilyName() {
    assertTrue(Names.oneEditApart("tawwa", "taqwa"));
    assertTrue(Names.oneEditApart("saadi", "sadi"));
    assertFalse(Names.oneEditApart("saadi", "saadi"));
    assertFalse(Names.oneEditApart("biden", "bidens2"));
    assertEquals(1, disagreements("The strike killed Abu Tawwa, a senior commander of the militia.",
        "The strike killed Abu Taqwa, a commander of the militia.").size());
  }
}
