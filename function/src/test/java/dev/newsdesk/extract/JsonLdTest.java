package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd find(String json) throws JsonReader.MalformedJsonException {
    return JsonLd.find(JsonReader.readAll(json));
  }

  @Test
  void neitherArticleNorPageGivesNothing() throws Exception {
    assertNull(find("{\"@type\": \"Organization\", \"name\": \"Not an article\"}"));
    assertNull(find("[1, \"two\", null]"));
  }

  @Test
  void withoutAnArticleAPageNodeGivesItsDatesButNotItsNameAsHeadline() throws Exception {
    JsonLd ld = find("[{\"@type\": \"WebPage\", \"name\": \"Page | Site\", \"datePublished\": \"2024-03-21\","
        + " \"publisher\": {\"@id\": \"#org\"}}, {\"@id\": \"#org\", \"name\": \"Rail Review\"}]");
    assertNull(ld.headline());
    assertEquals("2024-03-21", ld.published());
    assertEquals("Rail Review", ld.publisher());
  }

  @Test
  void anArticleAnywhereWinsOverAPage() throws Exception {
    JsonLd ld = find("[{\"@type\": \"WebPage\", \"datePublished\": \"2020-01-01\"},"
        + " {\"@type\": \"NewsArticle\", \"headline\": \"The story\", \"datePublished\": \"2024-03-21\"}]");
    assertEquals("The story", ld.headline());
    assertEquals("2024-03-21", ld.published());
  }

  @Test
  void articleNestedInAWebPageIsFound() throws Exception {
    JsonLd ld = find("{\"@type\": \"WebPage\", \"mainEntity\": {\"@type\": \"NewsArticle\","
        + " \"headline\": \"  Nested   headline \", \"author\": [\"Ann Lee\", {\"name\": \"Bo Chan\"}, \"Ann Lee\"],"
        + " \"publisher\": \"Daily\", \"image\": [{\"contentUrl\": \"https://x.example/i.jpg\"}],"
        + " \"inLanguage\": {\"alternateName\": \"fr\"}, \"url\": \"/relative\"}}");
    assertEquals("Nested headline", ld.headline());
    assertEquals(List.of("Ann Lee", "Bo Chan"), ld.authors());
    assertEquals("Daily", ld.publisher());
    assertEquals("https://x.example/i.jpg", ld.image());
    assertEquals("fr", ld.language());
    assertNull(ld.url(), "relative URLs are not canonical URLs");
  }

  @Test
  void topLevelArticleWinsOverOnesInLists() throws Exception {
    JsonLd ld = find("{\"@type\": \"NewsArticle\", \"headline\": \"Main\", \"hasPart\": [{\"@type\": \"Article\","
        + " \"headline\": \"Related\"}]}");
    assertEquals("Main", ld.headline());
  }

  @Test
  void schemaPrefixedTypesCount() throws Exception {
    assertEquals("H", find("{\"@type\": \"schema:ReportageNewsArticle\", \"name\": \"H\"}").headline());
  }
}
