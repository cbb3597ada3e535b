package dev.newsdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LruMemoryTest {
  @Test
  void forgetsTheLeastRecentlyUsedFirst() {
    LruMemory<String, Integer> memory = new LruMemory<>(2);
    memory.put("a", 1);
    memory.put("b", 2);
    assertEquals(1, memory.get("a")); // now b is the least recently used
    memory.put("c", 3);

    assertNull(memory.get("b"));
    assertEquals(1, memory.get("a"));
    assertEquals(3, memory.get("c"));
    assertEquals(2, memory.size());
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    LruMemory<Integer, Integer> memory = new LruMemory<>(3);
    for (int i = 0; i < 100; i++) {
      memory.put(i, i);
    }
    assertEquals(3, memory.size());
    assertEquals(99, memory.get(99));
    assertNull(memory.get(96));
  }

  @Test
  void aCapacityOfZeroRemembersNothing() {
    LruMemory<String, Integer> memory = new LruMemory<>(0);
    memory.put("a", 1);
    assertNull(memory.get("a"));
    assertEquals(0, memory.size());
    assertThrows(IllegalArgumentException.class, () -> new LruMemory<String, Integer>(-1));
  }
}
