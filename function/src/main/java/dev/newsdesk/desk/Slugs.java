package dev.newsdesk.desk;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-friendly forms of headlines. */
final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final int MAX = 80;

  private Slugs() {}

  /** Lower-case ASCII words joined by '-', at most 80 characters, never empty. */
  static String of(String headline) {
    String ascii = MARKS.matcher(Normalizer.normalize(headline, Normalizer.Form.NFD)).replaceAll("");
    String slug = NON_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX) {
      slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "story" : slug;
  }
}
