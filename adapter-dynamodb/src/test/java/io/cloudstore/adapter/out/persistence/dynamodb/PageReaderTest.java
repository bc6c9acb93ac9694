package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.adapter.out.persistence.dynamodb.PageReader.Chunk;
import io.cloudstore.adapter.out.persistence.dynamodb.PageReader.ReadBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Paging rules checked against a table simulated the way DynamoDB pages: Limit counts items read, not matched. */
class PageReaderTest {
  private static final String ID = "id";

  @Test
  void read_unfiltered_returnsAtMostLimitItemsAndTheLastOnesKey() {
    FakeTable table = new FakeTable(10, item -> true);

    PageReader.Result page = PageReader.read(table, Map.of(), 4, Optional.empty(), FakeTable::keyOf);

    assertThat(ids(page)).containsExactly(0, 1, 2, 3);
    assertThat(page.next()).contains(key(3));
  }

  @Test
  void read_listEndingExactlyAtThePageBoundary_hasNoNextPosition() {
    FakeTable table = new FakeTable(4, item -> true);

    PageReader.Result page = PageReader.read(table, Map.of(), 4, Optional.empty(), FakeTable::keyOf);

    assertThat(ids(page)).containsExactly(0, 1, 2, 3);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void read_fromAPosition_continuesAfterIt() {
    FakeTable table = new FakeTable(10, item -> true);

    PageReader.Result page = PageReader.read(table, key(3), 4, Optional.empty(), FakeTable::keyOf);

    assertThat(ids(page)).containsExactly(4, 5, 6, 7);
  }

  @Test
  void read_requestsReturningFewerItemsThanAsked_keepsReadingUntilThePageIsFull() {
    FakeTable table = new FakeTable(10, item -> true).returningAtMost(2);

    PageReader.Result page = PageReader.read(table, Map.of(), 5, Optional.empty(), FakeTable::keyOf);

    assertThat(ids(page)).containsExactly(0, 1, 2, 3, 4);
    assertThat(page.next()).contains(key(4));
  }

  @Test
  void read_filtered_skipsNonMatchesAndStopsAtTheLimit() {
    FakeTable table = new FakeTable(30, item -> item % 3 == 0);

    PageReader.Result page = PageReader.read(table, Map.of(), 3, Optional.of(new ReadBudget(4, 10)), FakeTable::keyOf);

    assertThat(ids(page)).containsExactly(0, 3, 6);
    assertThat(page.next()).contains(key(6));
  }

  @Test
  void read_filteredBudgetSpent_returnsWhatItFoundWithThePositionWhereReadingStopped() {
    FakeTable table = new FakeTable(30, item -> item == 25);

    PageReader.Result page = PageReader.read(table, Map.of(), 5, Optional.of(new ReadBudget(4, 2)), FakeTable::keyOf);

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).contains(key(7));
    assertThat(table.requests).isEqualTo(2);
  }

  @Test
  void read_filteredPagesFollowedToTheEnd_findEveryMatchOnce() {
    FakeTable table = new FakeTable(50, item -> item % 7 == 0);
    List<Integer> found = new ArrayList<>();
    Map<String, AttributeValue> position = Map.of();
    for (int pages = 0; pages < 100; pages++) {
      PageReader.Result page = PageReader.read(table, position, 2, Optional.of(new ReadBudget(3, 2)), FakeTable::keyOf);
      found.addAll(ids(page));
      if (page.next().isEmpty()) {
        break;
      }
      position = page.next().get();
    }

    assertThat(found).containsExactly(0, 7, 14, 21, 28, 35, 42, 49);
  }

  private static List<Integer> ids(PageReader.Result page) {
    return page.items().stream().map(item -> Integer.parseInt(item.get(ID).s())).toList();
  }

  private static Map<String, AttributeValue> key(int id) {
    return Map.of(ID, Values.s(Integer.toString(id)));
  }

  /** Items 0..n-1 in order; a request reads {@code limit} items after the start key, then filters them. */
  private static final class FakeTable implements PageReader.Request {
    private final int size;
    private final Predicate<Integer> filter;
    private int maxPerResponse = Integer.MAX_VALUE;
    int requests;

    FakeTable(int size, Predicate<Integer> filter) {
      this.size = size;
      this.filter = filter;
    }

    FakeTable returningAtMost(int items) {
      this.maxPerResponse = items;
      return this;
    }

    static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
      return Map.of(ID, item.get(ID));
    }

    @Override
    public Chunk send(Map<String, AttributeValue> startKey, int limit) {
      requests++;
      int from = startKey.isEmpty() ? 0 : Integer.parseInt(startKey.get(ID).s()) + 1;
      int to = Math.min(size, from + Math.min(limit, maxPerResponse));
      List<Map<String, AttributeValue>> matched =
          IntStream.range(from, to).filter(filter::test).mapToObj(PageReaderTest::key).toList();
      return new Chunk(matched, to < size ? key(to - 1) : Map.of());
    }
  }
}
