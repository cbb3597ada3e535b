package dev.newsdesk.extract;

import static dev.newsdesk.extract.Fixtures.article;
import static dev.newsdesk.extract.Fixtures.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bytes at the edge: rejections, charsets, invalid encodings. */
class ExtractorInputTest {
  private static final String HEADLINE = "Café owner wins fight to keep riverside terrace";
  private static final String SENTENCE =
      "The town’s planning committee agreed on Monday that the terrace could stay open until ten in the evening.";
  private static final String MORE = String.join("\n\n",
      "Neighbours had complained about noise from the tables since the terrace opened last spring.",
      "The owner, Ines Moreau, said she would put up a screen of plants along the footpath.",
      "A final decision on the licence fee will be taken by the full council in June.") + "\n";

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  private ExtractResult extract(byte[] bytes, String contentType) {
    return extractor.extract(new RawDocument("articles/input.bin", bytes, null, contentType));
  }

  /** A plain-text article long enough to be accepted. */
  private static String textArticle() {
    return HEADLINE + "\n\n" + SENTENCE + "\n\n" + MORE;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void noBytesIsEmpty() {
    Rejection r = rejection(extract(new byte[0], null), "empty");
    assertEquals(Hashes.sha256(new byte[0]), r.hash());
    assertEquals("articles/input.bin", r.key());
    assertTrue(r.detail().contains("articles/input.bin"), r.detail());
  }

  @Test
  void whitespaceOnlyIsEmpty() {
    byte[] bytes = " \n\t\r\n \u00A0 \u2003 ".getBytes(StandardCharsets.UTF_8);
    Rejection r = rejection(extract(bytes, "text/plain"), "empty");
    assertEquals(Hashes.sha256(bytes), r.hash());
    assertTrue(r.detail().contains("whitespace"), r.detail());
  }

  @Test
  void byteOrderMarkOnlyIsEmpty() {
    rejection(extract(bytes(0xEF, 0xBB, 0xBF, ' ', '\n'), null), "empty");
  }

  @ParameterizedTest
  @CsvSource({
    "255044462D312E370A25, PDF",
    "89504E470D0A1A0A0000000D49484452, PNG",
    "FFD8FFE000104A464946, JPEG",
    "474946383961010001, GIF",
    "504B0304140000000800, ZIP",
    "1F8B0800000000000003, gzip",
  })
  void fileSignaturesAreBinary(String hex, String kind) {
    byte[] bytes = concat(HexFormat.of().parseHex(hex), textArticle().getBytes(StandardCharsets.UTF_8));
    Rejection r = rejection(extract(bytes, null), "binary");
    assertTrue(r.detail().contains(kind), r.detail());
    assertEquals(Hashes.sha256(bytes), r.hash());
  }

  @Test
  void nulBytesInTheFirstKilobyteAreBinary() {
    byte[] bytes = textArticle().getBytes(StandardCharsets.UTF_8);
    bytes[40] = 0;
    rejection(extract(bytes, "text/plain"), "binary");
  }

  @Test
  void nulBytesAfterTheFirstKilobyteAreTolerated() {
    byte[] text = (textArticle() + "x".repeat(1100) + "\n\nThe terrace will reopen on Friday, the owner said.").getBytes(StandardCharsets.UTF_8);
    text[text.length - 10] = 0;
    article(extract(text, null));
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() {
    byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), textArticle().getBytes(StandardCharsets.UTF_8));
    Article a = article(extract(bytes, "text/plain; charset=windows-1252"));
    assertEquals(HEADLINE, a.title(), "the BOM wins over the content type, and is not part of the title");
    assertEquals(SENTENCE, a.paragraphs().get(0));
  }

  @Test
  void utf16ByteOrderMarksAreHonoured() {
    byte[] le = concat(bytes(0xFF, 0xFE), textArticle().getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(bytes(0xFE, 0xFF), textArticle().getBytes(StandardCharsets.UTF_16BE));
    assertEquals(HEADLINE, article(extract(le, null)).title());
    assertEquals(SENTENCE, article(extract(be, null)).paragraphs().get(0));
  }

  @Test
  void utf16FromTheContentTypeIsNotMistakenForBinary() {
    byte[] bytes = textArticle().getBytes(StandardCharsets.UTF_16LE);
    assertEquals(HEADLINE, article(extract(bytes, "text/plain; charset=UTF-16LE")).title());
  }

  @Test
  void metaCharsetWindows1252() {
    String page = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Mayor X quits</title></head><body><p>"
        + "The mayor said it was time to go.".repeat(16) + " It wasn#t a surprise.</p></body></html>";
    byte[] bytes = page.getBytes(StandardCharsets.ISO_8859_1);
    int apostrophe = page.indexOf('#');
    bytes[apostrophe] = (byte) 0x92;
    Article a = article(extract(bytes, "text/html; charset=utf-8"));
    assertTrue(a.paragraphs().get(0).endsWith("It wasn’t a surprise."), a.paragraphs().get(0));
    assertEquals(List.of(), a.warnings(), "the <meta> charset wins over the content type");
  }

  @Test
  void httpEquivCharset() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "<title>Caf# reopens</title></head><body><p>" + "The caf# on the square reopened today. ".repeat(8)
        + "</p></body></html>";
    byte[] bytes = page.getBytes(StandardCharsets.ISO_8859_1);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '#') {
        bytes[i] = (byte) 0xE9;
      }
    }
    Article a = article(extract(bytes, null));
    assertEquals("Café reopens", a.title());
  }

  @Test
  void contentTypeCharsetIso88591() {
    byte[] bytes = textArticle().getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(Arrays.asList(bytes[0], bytes[1], bytes[2], bytes[3]).contains((byte) 0xE9));
    Article a = article(extract(bytes, "text/plain; charset=ISO-8859-1"));
    assertEquals(HEADLINE, a.title());
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() {
    byte[] bytes = concat(HEADLINE.getBytes(StandardCharsets.UTF_8), bytes('\n', '\n', 0xC3, 0x28, 0xFF, ' '),
        (SENTENCE + "\n\n" + MORE).getBytes(StandardCharsets.UTF_8));
    Article a = article(extract(bytes, null));
    assertTrue(a.paragraphs().get(0).startsWith("\uFFFD(\uFFFD "), a.paragraphs().get(0));
    assertTrue(a.warnings().contains("invalid bytes replaced"), a.warnings().toString());
  }

  @Test
  void unknownCharsetLabelFallsBackToUtf8() {
    Article a = article(extract(textArticle().getBytes(StandardCharsets.UTF_8), "text/plain; charset=x-no-such-set"));
    assertEquals(HEADLINE, a.title());
    assertTrue(a.warnings().contains("unknown charset 'x-no-such-set' ignored"), a.warnings().toString());
  }

  @Test
  void bodyShorterThanTheMinimumIsNotAnArticle() {
    Rejection r = rejection(extract((HEADLINE + "\n\n" + SENTENCE).getBytes(StandardCharsets.UTF_8), null),
        "not-an-article");
    assertTrue(r.detail().contains("fewer than the 250"), r.detail());
    Extractor lenient = new Extractor(ExtractConfig.DEFAULTS.withMinBodyChars(50));
    Article a = article(lenient.extract(new RawDocument("k", (HEADLINE + "\n\n" + SENTENCE).getBytes(StandardCharsets.UTF_8), null, null)));
    assertTrue(a.warnings().contains("short body"), a.warnings().toString());
  }

  @Test
  void onlyBoilerplateIsNotAnArticle() {
    String text = "US News\n\nLeave a Reply\n\nYour email address will not be published.\n\nRelated Post\n";
    rejection(extract(text.getBytes(StandardCharsets.UTF_8), null), "not-an-article");
  }

  @Test
  void plainTextWithoutHeadlineUsesTheFirstLine() {
    String text = "The bakery on Elm Street closed on Saturday.\n\n" + MORE;
    Article a = article(extract(text.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("The bakery on Elm Street closed on Saturday.", a.title());
    assertEquals(3, a.paragraphs().size(), "a short first line used as the title is not repeated in the body");
    assertTrue(a.warnings().contains("no title in page; used first line"));
  }

  @Test
  void hardWrappedTextIsJoined() {
    String text = HEADLINE + "\n\nThe town's planning committee agreed on Monday that the\nterrace could stay open until"
        + " ten in the\nevening, after a petition signed by 900 people.\n\n" + MORE;
    Article a = article(extract(text.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("The town's planning committee agreed on Monday that the terrace could stay open until ten in the "
        + "evening, after a petition signed by 900 people.", a.paragraphs().get(0));
  }

  @Test
  void nullDocumentAndConfigAreRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> extractor.extract(null));
    assertEquals("doc", e.getMessage());
    assertEquals("config", assertThrows(NullPointerException.class, () -> new Extractor(null)).getMessage());
  }

  @Test
  void theInputArrayIsNotModified() {
    byte[] bytes = textArticle().getBytes(StandardCharsets.UTF_8);
    byte[] copy = bytes.clone();
    assertNotNull(extract(bytes, null));
    assertTrue(Arrays.equals(copy, bytes));
  }
}
