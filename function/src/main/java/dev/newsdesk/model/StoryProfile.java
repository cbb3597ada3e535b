package dev.newsdesk.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the cluster stage remembers about an open story to decide whether a new article belongs to it.
 * Bounded: the weight maps keep only the strongest entries.
 *
 * @param terms    summed term weights of the members
 * @param names    summed name weights of the members
 * @param dates    publication dates (ISO) of the members, with how many members carry each
 * @param events   dates (ISO) that members' opening sentences give for the event, with counts
 * @param weekdays weekdays ({@code WEDNESDAY}) that members' opening sentences put the event on, with counts
 * @param mentioned explicit dates the members mention anywhere (ISO, possibly without year), with counts;
 *                 a report is written on or after the dates it mentions
 * @param size     number of member articles
 * @param lastDate latest publication date among members (ISO date); optional
 * @param opened   sequence number (the cluster stage's article count) of the article that opened the
 *                 story: the story opened earlier has the smaller number, and keeps its id in a merge
 * @param touched  sequence number of the latest article that joined the story, for recency
 */
public record StoryProfile(
    SortedMap<String, Double> terms,
    SortedMap<String, Double> names,
    SortedMap<String, Integer> dates,
    SortedMap<String, Integer> events,
    SortedMap<String, Integer> weekdays,
    SortedMap<String, Integer> mentioned,
    int size,
    String lastDate,
    int opened,
    int touched) {
  public StoryProfile {
    terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
    names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
    dates = Collections.unmodifiableSortedMap(new TreeMap<>(dates));
    events = Collections.unmodifiableSortedMap(new TreeMap<>(events));
    weekdays = Collections.unmodifiableSortedMap(new TreeMap<>(weekdays));
    mentioned = Collections.unmodifiableSortedMap(new TreeMap<>(mentioned));
  }
}
