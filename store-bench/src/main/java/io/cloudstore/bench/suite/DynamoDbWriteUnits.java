package io.cloudstore.bench.suite;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * States what a checkout costs in DynamoDB write units, from the items the shop really stored. A checkout of
 * n lines is one TransactWriteItems of n product updates, the order put, the cart delete and the idempotency
 * record put; DynamoDB bills a transactional write 2 write units per KB (rounded up) of each item (the larger
 * of before and after for an update; a delete of a missing item costs 1). The adapter's README states this
 * as 2 × (n + 3) when every item is at most 1 KB.
 */
final class DynamoDbWriteUnits {
  private static final String IDEMPOTENCY_PREFIX = "IDEMPOTENCY#";

  private DynamoDbWriteUnits() {}

  /** The cost of an n-line checkout: the largest stored items it writes, and what that costs. */
  record Checkout(int lines, int productBytes, int orderBytes, int cartBytes, int idempotencyBytes) {
    int writeUnits() {
      return 2 * (lines * ItemSize.writeUnits(productBytes) + ItemSize.writeUnits(orderBytes)
          + ItemSize.writeUnits(cartBytes) + ItemSize.writeUnits(idempotencyBytes));
    }

    int statedWriteUnits() {
      return 2 * (lines + 3);
    }

    boolean matchesStatement() {
      return writeUnits() == statedWriteUnits();
    }
  }

  /** Scans the store's tables (through the emulator at {@code endpoint}) and works out the cost per line count. */
  static List<Checkout> measure(URI endpoint, String tablePrefix) {
    try (DynamoDbClient dynamo =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      int[] largestProduct = {0};
      scan(dynamo, tablePrefix + "Products", item -> largestProduct[0] = Math.max(largestProduct[0], ItemSize.of(item)));
      int[] largestCart = {0};
      scan(dynamo, tablePrefix + "Cart", item -> largestCart[0] = Math.max(largestCart[0], ItemSize.of(item)));
      int[] largestIdempotency = {0};
      Map<Integer, Integer> largestOrderByLines = new TreeMap<>();
      scan(dynamo, tablePrefix + "Orders", item -> {
        if (item.get("order_id").s().startsWith(IDEMPOTENCY_PREFIX)) {
          largestIdempotency[0] = Math.max(largestIdempotency[0], ItemSize.of(item));
        } else {
          largestOrderByLines.merge(item.get("lines").l().size(), ItemSize.of(item), Math::max);
        }
      });
      List<Checkout> costs = new ArrayList<>();
      largestOrderByLines.forEach((lines, orderBytes) -> costs.add(
          new Checkout(lines, largestProduct[0], orderBytes, largestCart[0], largestIdempotency[0])));
      return costs;
    }
  }

  private static void scan(DynamoDbClient dynamo, String table, Consumer<Map<String, AttributeValue>> each) {
    dynamo.scanPaginator(ScanRequest.builder().tableName(table).build()).items().forEach(each);
  }
}
