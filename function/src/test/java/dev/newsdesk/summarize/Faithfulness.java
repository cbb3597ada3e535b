package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Cited;
import dev.newsdesk.model.Disagreement;
import dev.newsdesk.model.Fact;
import dev.newsdesk.model.Quote;
import dev.newsdesk.model.Section;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Source;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The faithfulness invariant of a story draft, as a list of violations (empty: faithful):
 * <ul>
 *   <li>every sentence of the lede and body stands verbatim (whitespace-normalised) among the
 *       sentences of every source it cites; a sentence with {@code trimmed} set is exactly the end of
 *       such a sentence, after a non-empty cut;
 *   <li>every quote stands verbatim inside a sentence of every source it cites;
 *   <li>every timeline entry is a whole sentence of every source it cites;
 *   <li>the headline is the title of the source it names, an independent one;
 *   <li>every fact value and every disagreement value stands in its words, and the words stand in a
 *       sentence of a cited source;
 *   <li>every cite names a listed source, and never a copy.
 * </ul>
 */
final class Faithfulness {
  private Faithfulness() {}

  /** The violations of {@code draft}, whose sources are {@code members} in order (source n is members[n-1]). */
  static List<String> violations(StoryDraft draft, List<Analysis> members) {
    List<String> out = new ArrayList<>();
    List<Cited> sentences = new ArrayList<>(draft.summary());
    for (Section s : draft.body()) {
      sentences.addAll(s.sentences());
    }
    for (Cited c : sentences) {
      checkCite(c.cite(), draft, out, c.text());
      for (int n : c.cite()) {
        if (!standsIn(c, members.get(n - 1))) {
          out.add("sentence not in source " + n + (c.trimmed() == null ? "" : " (trimmed " + c.trimmed() + ")")
              + ": " + c.text());
        }
      }
    }
    for (Quote q : draft.quotes()) {
      checkCite(q.cite(), draft, out, q.text());
      for (int n : q.cite()) {
        if (!inside(q.text(), members.get(n - 1))) {
          out.add("quote not in source " + n + ": " + q.text());
        }
      }
    }
    for (TimelineEntry t : draft.timeline()) {
      checkCite(t.cite(), draft, out, t.text());
      for (int n : t.cite()) {
        if (!whole(t.text(), members.get(n - 1))) {
          out.add("timeline entry not in source " + n + ": " + t.text());
        }
      }
    }
    Source headlineSource = draft.sources().get(draft.headline().source() - 1);
    if (!headlineSource.independent() || !norm(headlineSource.title()).equals(norm(draft.headline().text()))) {
      out.add("headline is not the title of an independent source: " + draft.headline());
    }
    for (Fact f : draft.facts()) {
      checkCite(f.cite(), draft, out, f.value());
      checkValue(f.slot(), f.value(), f.words(), f.cite(), members, out);
      if (f.independentSources() != f.cite().size()) {
        out.add("fact " + f.slot() + " counts " + f.independentSources() + " sources but cites " + f.cite());
      }
    }
    for (Disagreement d : draft.disagreements()) {
      if (d.claims().size() < 2) {
        out.add("disagreement with fewer than two claims: " + d.slot());
      }
      for (Disagreement.Claim c : d.claims()) {
        checkCite(c.cite(), draft, out, c.value());
        checkValue(d.slot(), c.value(), c.words(), c.cite(), members, out);
      }
    }
    return out;
  }

  private static void checkValue(String slot, String value, String words, List<Integer> cite, List<Analysis> members,
      List<String> out) {
    if (!norm(words).contains(norm(value))) {
      out.add(slot + ": value '" + value + "' not in its words: " + words);
    }
    if (cite.stream().noneMatch(n -> inside(words, members.get(n - 1)))) {
      out.add(slot + ": words not in a cited source " + cite + ": " + words);
    }
  }

  private static void checkCite(List<Integer> cite, StoryDraft draft, List<String> out, String what) {
    if (cite.isEmpty()) {
      out.add("no cite: " + what);
    }
    for (int n : cite) {
      if (n < 1 || n > draft.sources().size()) {
        out.add("cite " + n + " names no source: " + what);
      } else if (!draft.sources().get(n - 1).independent()) {
        out.add("cites the copy " + n + ": " + what);
      }
    }
    if (!cite.stream().sorted().distinct().toList().equals(cite)) {
      out.add("cite not ascending: " + cite + " for " + what);
    }
  }

  private static boolean standsIn(Cited c, Analysis source) {
    String text = norm(c.text());
    for (Sentence s : source.sentences()) {
      String sentence = norm(s.text());
      if (c.trimmed() == null ? sentence.equals(text) : sentence.endsWith(text) && sentence.length() > text.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean whole(String text, Analysis source) {
    return source.sentences().stream().anyMatch(s -> norm(s.text()).equals(norm(text)));
  }

  private static boolean inside(String text, Analysis source) {
    return source.sentences().stream().anyMatch(s -> norm(s.text()).contains(norm(text)));
  }

  static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Every source number a draft cites anywhere. */
  static Set<Integer> allCites(StoryDraft draft) {
    Set<Integer> all = new java.util.TreeSet<>();
    draft.summary().forEach(c -> all.addAll(c.cite()));
    draft.body().forEach(s -> s.sentences().forEach(c -> all.addAll(c.cite())));
    draft.quotes().forEach(q -> all.addAll(q.cite()));
    draft.timeline().forEach(t -> all.addAll(t.cite()));
    draft.facts().forEach(f -> all.addAll(f.cite()));
    draft.disagreements().forEach(d -> d.claims().forEach(c -> all.addAll(c.cite())));
    return all;
  }
}
