package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Disagreement;
import dev.newsdesk.model.Fact;
import dev.newsdesk.summarize.Claims.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed facts from the independent sources and turns different values from different sources
 * into disagreements. Every value is a phrase that stands verbatim in the sentence it was read from
 * ({@link Fact#words()}); a machine-readable form, when there is one, goes beside it.
 *
 * <p>Slots, each read from the opening of every independent source, where a report states its main
 * event (later sentences often count or date other events: a previous attack, a war's toll):
 * <ul>
 *   <li>{@code killed}, {@code injured}: the count nearest to a casualty word, in the first
 *       {@link SummarizeConfig#leadWindow()} sentences; "two other militants" counts part of a toll
 *       and is not read, nor is a sentence dated explicitly ("a 1996 bomb attack that killed 19");
 *   <li>{@code when}: the first day a source names in its first {@link SummarizeConfig#factWindow()}
 *       sentences: an explicit date, or a weekday ("Wednesday night"), resolved when the analyze
 *       stage could resolve it against the publication date (only days named in the first
 *       {@link SummarizeConfig#leadWindow()} sentences can make a disagreement);
 *   <li>{@code time}: the first clock time ("21:30 local time");
 *   <li>{@code where}: the place named most often and earliest after "in", "at", "near" ...,
 *       written as fully as a source writes it ("Baghdad’s Mashtal neighbourhood");
 *   <li>{@code actor}: a name right before an event noun ("a US drone strike", "Israeli forces");
 *   <li>{@code target}: a person's name after "identified as" or "killing";
 *   <li>{@code count}: other counts with their noun ("85 strikes").
 * </ul>
 * Values of one slot that agree (same number, same resolved date or weekday, same name) make one
 * fact that counts the independent sources giving it; values that differ, for {@code killed},
 * {@code injured} and {@code when}, make a disagreement when the sources are reports of one day (or
 * undated). Reports of different days differ because the news moved on, and the value most of them
 * give (then the latest report's) stands. A place, an actor, a target or a count is the one most
 * sources give.
 */
final class Facts {
  private final Claims claims;
  private final Names names;
  private final int leadWindow;

  Facts(Claims claims, Names names, int leadWindow) {
    this.claims = claims;
    this.names = names;
    this.leadWindow = leadWindow;
  }

  record Found(List<Fact> facts, List<Disagreement> disagreements) {}


  Found find(Map<Integer, Analysis> independent) {
    Map<String, List<Claim>> bySlot = new LinkedHashMap<>();
    for (String slot : List.of("when", "time", "where", "actor", "target", "killed", "injured", "count")) {
      bySlot.put(slot, new ArrayList<>());
    }
    independent.forEach((n, a) -> claims.of(n, a).forEach(c -> bySlot.get(c.slot()).add(c)));
    List<Fact> facts = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    bySlot.forEach((slot, stated) -> {
      Map<String, List<Claim>> byValue = new LinkedHashMap<>();
      stated.stream().sorted(Comparator.comparingDouble(Claim::rank).thenComparingInt(Claim::source))
          .forEach(c -> byValue.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
      // Reports of different days differ because the news moved on (a toll rises, "Saturday" is the
      // day of the arrest, "Sunday" of the hearing): only reports of one day, or undated ones,
      // disagree. Otherwise the value most sources give, then the latest report's, stands.
      boolean contested = byValue.size() > 1 && Set.of("killed", "injured", "when").contains(slot)
          && (slot.equals("when") ? comparableDays(stated, independent) && stated.stream()
              .allMatch(c -> c.rank() < leadWindow) : sameDay(stated, independent));
      if (contested) {
        List<Disagreement.Claim> sides = new ArrayList<>();
        byValue.forEach((key, all) -> sides.add(new Disagreement.Claim(all.get(0).value(), all.get(0).words(),
            sources(all))));
        disagreements.add(new Disagreement(slot, sides));
        return;
      }
      List<List<Claim>> values = new ArrayList<>(byValue.values());
      // The values most sources give first, then the earliest stated; a place is scored by how
      // early each source names it, and written as fully as any source writes it.
      values.sort(slot.equals("where")
          ? Comparator.comparingDouble((List<Claim> l) -> -l.stream().mapToDouble(c -> 1 / (1 + c.rank())).sum())
          : Set.of("killed", "injured", "when").contains(slot)
              ? Comparator.comparingInt((List<Claim> l) -> -sources(l).size())
                  .thenComparingInt(l -> -l.stream().mapToInt(Claim::source).max().orElse(0))
              : Comparator.comparingInt((List<Claim> l) -> -sources(l).size())
                  .thenComparingDouble(l -> l.stream().mapToDouble(Claim::rank).sum() / l.size()));
      int limit = slot.equals("count") ? 3 : 1;
      for (List<Claim> all : values.subList(0, Math.min(limit, values.size()))) {
        Claim first = all.get(0);
        if (slot.equals("where")) {
          for (Claim c : all) {
            if (c.value().length() > first.value().length()) {
              first = c;
            }
          }
        }
        List<Integer> cite = sources(all);
        facts.add(new Fact(slot, first.value(), first.words(), cite, cite.size(), first.normalized()));
      }
    });
    disagreements.addAll(names.disagreements(independent));
    // A name the sources disagree on is not stated as a fact.
    List<Fact> kept = new ArrayList<>();
    for (Fact f : facts) {
      boolean disputed = f.slot().equals("target") && disagreements.stream().anyMatch(d -> d.claims().stream()
          .anyMatch(c -> Names.sameName(Names.words(c.value()), Names.words(f.value()))));
      if (!disputed) {
        kept.add(f);
      }
    }
    return new Found(kept, disagreements);
  }

  /**
   * Whether days that differ are a disagreement: all explicit dates from reports of one day (or
   * undated ones), or all weekdays from reports of one known day ("Friday" and "Aug. 3, 2013" may
   * both be right about different things, and "Tuesday" in an undated report may be last week).
   */
  private static boolean comparableDays(List<Claim> claims, Map<Integer, Analysis> independent) {
    if (claims.stream().allMatch(c -> c.key().startsWith("d:"))) {
      return sameDay(claims, independent);
    }
    return claims.stream().allMatch(c -> c.key().startsWith("w:")) && sameDay(claims, independent)
        && claims.stream().allMatch(c -> independent.get(c.source()).article().published() != null);
  }

  /** Whether the sources of these claims were published on one day (or carry no date). */
  private static boolean sameDay(List<Claim> claims, Map<Integer, Analysis> independent) {
    Set<String> days = new TreeSet<>();
    for (Claim c : claims) {
      String published = independent.get(c.source()).article().published();
      if (published != null && published.length() >= 10) {
        days.add(published.substring(0, 10));
      }
    }
    return days.size() <= 1;
  }

  private static List<Integer> sources(List<Claim> claims) {
    TreeSet<Integer> n = new TreeSet<>();
    claims.forEach(c -> n.add(c.source()));
    return List.copyOf(n);
  }

}
