package dev.newsdesk.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

  @ParameterizedTest
  @CsvSource({
      "/, index.html",
      "/index.html, index.html",
      "/stories/st-0123456789ab.json, stories/st-0123456789ab.json",
      "/css/site.css, css/site.css",
      "/a%20b.json, a b.json",
      "/caf%C3%A9.json, café.json",
      "/%252e%252e/x, %2e%2e/x",
      "/x..y.json, x..y.json",
  })
  void acceptsPlainPaths(String raw, String expected) throws RequestPath.Refused {
    assertEquals(expected, RequestPath.parse(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt", "/stories/../../secret.txt", "/./index.html", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
      "/.%2e/secret.txt", "/%2e./secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt",
      "/..%5csecret.txt", "/..%5Csecret.txt", "/%c0%ae%c0%ae/secret.txt", "/%c0%af", "/%00", "/a%0ab",
      "//etc/passwd", "/stories//x.json", "/%", "/%2", "/%zz", "/a%e9b", "relative", "",
  })
  void refusesTraversalAndMalformedPathsWith400(String raw) {
    RequestPath.Refused refused = assertThrows(RequestPath.Refused.class, () -> RequestPath.parse(raw));
    assertEquals(400, refused.status(), () -> raw + ": " + refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/stories/", "/.git/config", "/.env", "/%2egit/config", "/test/node_modules/x.js",
      "/NODE_MODULES/x.js"})
  void refusesFoldersAndHiddenFilesWith404(String raw) {
    RequestPath.Refused refused = assertThrows(RequestPath.Refused.class, () -> RequestPath.parse(raw));
    assertEquals(404, refused.status(), () -> raw + ": " + refused.getMessage());
  }

  @Test
  void refusesNull() {
    assertEquals(400, assertThrows(RequestPath.Refused.class, () -> RequestPath.parse(null)).status());
  }
}
