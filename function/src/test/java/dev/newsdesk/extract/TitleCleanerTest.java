package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCleanerTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "null", value = {
    // title; site name; other title of the page; expected
    "Strike kills leader - BBC News; BBC; null; Strike kills leader",
    "Strike kills leader | BBC News; BBC News; null; Strike kills leader",
    "Strike kills leader – The Guardian; The Guardian; null; Strike kills leader",
    "Strike kills leader | World | Example Times; Example Times; Strike kills leader; Strike kills leader",
    "Strike kills leader - nypost.com; null; null; Strike kills leader - nypost.com",
    "Strike kills leader - Coastal Times Online; null; Strike kills leader; Strike kills leader",
    "Example Times | Strike kills leader; Example Times; null; Strike kills leader",
    "Gaza - Israel talks stall again; Example Times; null; Gaza - Israel talks stall again",
    "Budget - what changes for you; null; Budget - what changes for you; Budget - what changes for you",
    "News - BBC; BBC; null; News - BBC",
    "Clashes near the border of Iran - Iraq; Iraq Daily News Network; null; Clashes near the border of Iran - Iraq",
  })
  void removesSiteSuffixes(String title, String site, String other, String expected) {
    List<String> sites = Arrays.asList(site, "example");
    assertEquals(expected, TitleCleaner.clean(title, sites, other == null ? List.of() : List.of(other)));
  }
}
