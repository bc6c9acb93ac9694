package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.domain.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cuts one page out of a sorted index. A page continues strictly after the key its cursor names, so items
 * added or removed elsewhere in the index never shift it: nothing is listed twice and nothing that stayed
 * is skipped. The work done grows with the page (and the items a filter rejects), not with the index.
 */
final class KeysetPages {
  private KeysetPages() {}

  /**
   * @param load the item for a key, or empty when it does not match the search
   * @param cursorOf the cursor that continues after a key
   */
  static <K, T> Page<T> after(
      NavigableSet<K> index, Optional<K> after, int limit, Function<K, Optional<T>> load,
      Function<K, String> cursorOf) {
    Iterable<K> candidates = after.isPresent() ? index.tailSet(after.get(), false) : index;
    List<T> items = new ArrayList<>(limit);
    K lastListed = null;
    for (K key : candidates) {
      Optional<T> item = load.apply(key);
      if (item.isEmpty()) {
        continue;
      }
      if (items.size() == limit) {
        return new Page<>(items, Optional.of(cursorOf.apply(lastListed)));
      }
      items.add(item.get());
      lastListed = key;
    }
    return Page.last(items);
  }
}
