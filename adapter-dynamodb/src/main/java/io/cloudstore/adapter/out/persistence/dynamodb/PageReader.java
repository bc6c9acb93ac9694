package io.cloudstore.adapter.out.persistence.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads one page from a Scan or Query, in DynamoDB's order, starting after a position.
 *
 * <p>A page never holds more than {@code limit} items. It has a next position whenever more items may
 * follow: the reader asks for one item more than it returns, so that a list ending exactly at a page
 * boundary ends without an empty extra page. With a filter, DynamoDB reads (and bills) items before
 * filtering them out, so the reader sends at most {@link ReadBudget#requestsPerPage()} requests of
 * {@link ReadBudget#itemsPerRequest()} items; when that budget is spent, it returns what it found (maybe
 * nothing) with a position to continue from.
 */
final class PageReader {
  /** One Scan or Query request: the items that matched and where DynamoDB stopped (empty at the end). */
  record Chunk(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey) {}

  /** One request: start after {@code startKey} (empty: from the beginning), read at most {@code limit} items. */
  @FunctionalInterface
  interface Request {
    Chunk send(Map<String, AttributeValue> startKey, int limit);
  }

  /** What a page holds: its items and, if more may follow, the key to continue after. */
  record Result(List<Map<String, AttributeValue>> items, Optional<Map<String, AttributeValue>> next) {}

  private PageReader() {}

  /**
   * @param keyOf the position of a returned item (its table key plus, for an index, the index key)
   */
  static Result read(
      Request request,
      Map<String, AttributeValue> startKey,
      int limit,
      Optional<ReadBudget> filterBudget,
      Function<Map<String, AttributeValue>, Map<String, AttributeValue>> keyOf) {
    List<Map<String, AttributeValue>> page = new ArrayList<>(limit);
    Map<String, AttributeValue> from = startKey;
    int maxRequests = filterBudget.map(ReadBudget::requestsPerPage).orElse(Integer.MAX_VALUE);
    for (int requests = 1; ; requests++) {
      int evaluate = filterBudget.map(ReadBudget::itemsPerRequest).orElse(limit + 1 - page.size());
      Chunk chunk = request.send(from, evaluate);
      for (Map<String, AttributeValue> item : chunk.items()) {
        if (page.size() == limit) {
          return new Result(page, Optional.of(keyOf.apply(page.get(limit - 1))));
        }
        page.add(item);
      }
      if (chunk.lastEvaluatedKey().isEmpty()) {
        return new Result(page, Optional.empty());
      }
      if (requests >= maxRequests) {
        return new Result(page, Optional.of(chunk.lastEvaluatedKey()));
      }
      from = chunk.lastEvaluatedKey();
    }
  }

  /** How much one page of a filtered list may read. */
  record ReadBudget(int itemsPerRequest, int requestsPerPage) {
    /** At most 1,000 items read per page of search results. */
    static final ReadBudget STANDARD = new ReadBudget(200, 5);

    ReadBudget {
      if (itemsPerRequest < 1 || requestsPerPage < 1) {
        throw new IllegalArgumentException("a read budget must allow at least one item and one request");
      }
    }
  }
}
