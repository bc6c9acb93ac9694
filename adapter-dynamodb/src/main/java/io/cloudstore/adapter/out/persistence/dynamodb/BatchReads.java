package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Strongly consistent BatchGetItem over any number of keys of one table: 100 keys a request (DynamoDB's
 * limit), and keys that DynamoDB left unprocessed (under load) asked again after a pause, a bounded
 * number of times.
 */
final class BatchReads {
  private static final int KEYS_PER_REQUEST = 100;

  private final DynamoDbClient client;
  private final Backoff backoff;

  BatchReads(DynamoDbClient client, Backoff backoff) {
    this.client = client;
    this.backoff = backoff;
  }

  /**
   * The stored items among {@code keys} (which must be distinct), in no particular order; missing ones
   * are absent.
   *
   * @param projection the attributes to read, as {@code #name} placeholders resolved by {@code names};
   *     empty for whole items
   */
  List<Map<String, AttributeValue>> read(
      String operation,
      String table,
      List<Map<String, AttributeValue>> keys,
      Optional<String> projection,
      Map<String, String> names) {
    List<Map<String, AttributeValue>> found = new ArrayList<>(keys.size());
    for (int from = 0; from < keys.size(); from += KEYS_PER_REQUEST) {
      List<Map<String, AttributeValue>> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_REQUEST));
      KeysAndAttributes.Builder request = KeysAndAttributes.builder().keys(chunk).consistentRead(true);
      projection.ifPresent(p -> request.projectionExpression(p).expressionAttributeNames(names));
      readChunk(operation, table, request.build(), found);
    }
    return found;
  }

  private void readChunk(
      String operation, String table, KeysAndAttributes request, List<Map<String, AttributeValue>> found) {
    KeysAndAttributes pending = request;
    for (int attempt = 1; attempt <= Backoff.MAX_ATTEMPTS; attempt++) {
      if (attempt > 1) {
        backoff.pause(operation, attempt);
      }
      Map<String, KeysAndAttributes> ask = Map.of(table, pending);
      BatchGetItemResponse response;
      try {
        response = client.batchGetItem(r -> r.requestItems(ask));
      } catch (SdkException e) {
        throw StorageErrors.translate(operation, e);
      }
      found.addAll(response.responses().getOrDefault(table, List.of()));
      KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
      if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
        return;
      }
      pending = unprocessed;
    }
    throw new StorageUnavailableException("DynamoDB kept leaving keys unread in " + operation, null);
  }
}
