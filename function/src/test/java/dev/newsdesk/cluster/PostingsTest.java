package dev.newsdesk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostingsTest {
  /** Handle to its current stamp, as the open stories would hold it. */
  private final Map<Integer, Integer> current = new TreeMap<>();
  private final Postings postings = new Postings(3, (handle, stamp) -> current.getOrDefault(handle, -1) == stamp);

  private void post(int key, int handle, int stamp) {
    current.put(handle, stamp);
    postings.add(key, handle, stamp);
  }

  private List<Integer> newest(int key) {
    List<Integer> out = new ArrayList<>();
    postings.forNewest(key, out::add);
    return out;
  }

  @Test
  void aLookupReadsTheNewestLivePostingsUpToTheCap() {
    for (int h = 0; h < 5; h++) {
      post(7, h, h + 1);
    }
    assertEquals(List.of(4, 3, 2), newest(7));
    assertEquals(List.of(), newest(8));
  }

  @Test
  void aRepostedStoryMovesToTheFrontAndItsOldPostingDies() {
    for (int h = 0; h < 3; h++) {
      post(7, h, h + 1);
    }
    post(7, 0, 10);
    postings.died(7);
    assertEquals(List.of(0, 2, 1), newest(7));
    assertEquals(3, postings.live());
  }

  @Test
  void aRemovedStoryUncoversTheNextOneAsAnIndexRebuiltWithoutItWould() {
    for (int h = 0; h < 5; h++) {
      post(7, h, h + 1);
    }
    current.remove(3);
    postings.died(7);
    assertEquals(List.of(4, 2, 1), newest(7));
  }

  @Test
  void listsWhoseEntriesAreMostlyDeadAreCompacted() {
    for (int round = 0; round < 100; round++) {
      post(7, 0, round + 1);
      if (round > 0) {
        postings.died(7);
      }
    }
    assertEquals(List.of(0), newest(7));
    assertEquals(1, postings.live());
    assertEquals(true, postings.entries() < 20, "dead postings were compacted away: " + postings.entries());
  }
}
