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
  void noArticleTypeGivesNothing() throws Exception {
    assertNull(find("{\"@type\": \"WebPage\", \"headline\": \"Not an article\"}"));
    assertNull(find("[1, \"two\", null]"));
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
