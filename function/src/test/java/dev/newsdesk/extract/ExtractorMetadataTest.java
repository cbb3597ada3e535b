package dev.newsdesk.extract;

import static dev.newsdesk.extract.Fixtures.article;
import static dev.newsdesk.extract.Fixtures.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Metadata from the sources other than JSON-LD and OpenGraph (which {@link ExtractorHtmlTest} covers):
 * microdata, {@code <meta>} names, the visible dateline, the title's witnesses, and the clean-up of
 * bylines, site names and language tags.
 */
class ExtractorMetadataTest {
  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  private Article extract(String name) {
    return article(extractor.extract(html(name)));
  }

  @Test
  void microdataGivesDatesWithZoneAuthorAndHeadline() {
    Article a = extract("microdata-page.html");
    assertEquals("Hochwasser: Pegel der Donau sinkt langsam", a.title(), "suffix matching <meta name=publisher> removed");
    assertEquals("Donau Bote", a.publisher());
    assertEquals("https://donaubote.example/region/hochwasser-pegel-sinkt", a.url());
    assertEquals("2024-05-03T06:30:00+02:00", a.published());
    assertEquals("2024-05-03T09:15:00+02:00", a.modified());
    assertEquals("Eva Gruber", a.byline(), "German 'Von' removed");
    assertEquals("de-AT", a.language());
    assertEquals("https://donaubote.example/bilder/pegel-krems.jpg", a.image(), "relative image resolved against the URL");
    assertEquals(List.of(
        "Der Pegel der Donau ist in der Nacht auf Freitag in Krems um zwölf Zentimeter gesunken, teilte der "
            + "Hydrographische Dienst mit.",
        "Die mobilen Schutzwände bleiben nach Angaben der Stadt noch bis Sonntag stehen, weil für das Wochenende "
            + "neuer Regen erwartet wird.",
        "Schulen wieder offen",
        "Die drei Volksschulen an der Uferstraße öffnen am Montag wieder, die Keller seien inzwischen ausgepumpt, "
            + "sagte die Bürgermeisterin."), a.paragraphs());
  }

  @Test
  void visibleDatelineIsReadWhenNoMetadataGivesADate() {
    Article a = extract("dateline-page.html");
    assertEquals("Ferry strike ends after two days", a.title());
    assertEquals("Coastal Times", a.publisher(), "the site name's tagline is dropped");
    assertEquals("2024-01-09", a.published(), "from 'Published 11:11 AM GMT Jan 9, 2024'; the masthead date is ignored");
    assertEquals("2024-01-10", a.modified(), "from 'Updated Jan 10, 2024'");
    assertEquals("Sam Reyes", a.byline(), "'by' and the handle removed");
    assertEquals("en-GB", a.language(), "en_GB read as en-GB");
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    for (String paragraph : a.paragraphs()) {
      assertFalse(paragraph.contains("2024"), paragraph);
    }
  }

  @Test
  void sectionLabelBeforeTheTitleIsRemovedWhenTheHeadingWitnessesTheRest() {
    Article a = extract("section-title-page.html");
    assertEquals("The case for night trains", a.title());
    assertEquals("Rail Review", a.publisher(), "from a JSON-LD WebPage when no article node exists");
    assertEquals("https://railreview.example/opinion/night-trains", a.url());
    assertEquals("2024-03-21T18:00:00-04:00", a.published());
    assertEquals("2024-03-22T08:05:00-04:00", a.modified());
    assertEquals("Lena Brunner", a.byline(), "<meta name=DC.creator>");
    assertEquals("en-GB", a.language(), "the script subtag is dropped");
    assertEquals("https://img.railreview.example/night-train.jpg", a.image(), "protocol-relative image made https");
    assertTrue(a.paragraphs().get(0).startsWith("A sleeper from the capital"), a.paragraphs().toString());
  }

  @Test
  void bylinesAreCutToTheNames() {
    assertEquals("Bryan DeArdo", MetadataReader.personName("by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET"));
    assertEquals("Amy Kuperinsky", MetadataReader.personName("Amy Kuperinsky | NJ Advance Media for NJ.com"));
    assertEquals("TOM KRISHER, AP Auto Writer", MetadataReader.personName("By TOM KRISHER, AP Auto Writer"));
    assertEquals("Maria Okafor and Tom Lindqvist", MetadataReader.personName("By Maria Okafor and Tom Lindqvist"));
    assertEquals("Jane Doe", MetadataReader.personName("Jane Doe"));
  }

  @Test
  void siteNamesLoseTheirTaglines() {
    assertEquals("Autoracing", MetadataReader.siteName("Autoracing | F1 | Indy | MotoGP | StockCar"));
    assertEquals("Remember 80/90", MetadataReader.siteName("Remember 80/90 - Memorabilia anni 80/90"));
    assertEquals("NBC 5 Dallas-Fort Worth", MetadataReader.siteName("NBC 5 Dallas-Fort Worth"));
    assertEquals("TV | Radio", MetadataReader.siteName("TV | Radio"), "a first part of two letters is kept whole");
  }
}
