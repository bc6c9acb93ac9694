package io.cloudstore.adapter.out.persistence.dynamodb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * A DynamoDB client that answers from a script, for what no emulator produces on demand: transaction
 * conflicts, throttling, a product deleted between two requests. Records the requests it was sent.
 */
final class ScriptedDynamoDbClient implements DynamoDbClient {
  final List<TransactWriteItemsRequest> transactions = new ArrayList<>();
  final List<BatchGetItemRequest> batchGets = new ArrayList<>();
  private final Deque<Supplier<TransactWriteItemsResponse>> transactionAnswers = new ArrayDeque<>();
  private final Deque<Supplier<BatchGetItemResponse>> batchGetAnswers = new ArrayDeque<>();

  /** The next TransactWriteItems returns what {@code answer} returns, or throws what it throws. */
  ScriptedDynamoDbClient thenTransaction(Supplier<TransactWriteItemsResponse> answer) {
    transactionAnswers.add(answer);
    return this;
  }

  ScriptedDynamoDbClient thenBatchGet(Supplier<BatchGetItemResponse> answer) {
    batchGetAnswers.add(answer);
    return this;
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    transactions.add(request);
    return next(transactionAnswers, "TransactWriteItems").get();
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    batchGets.add(request);
    return next(batchGetAnswers, "BatchGetItem").get();
  }

  private static <T> T next(Deque<T> answers, String operation) {
    if (answers.isEmpty()) {
      throw new AssertionError("unexpected " + operation + ": the script has no more answers");
    }
    // the last answer repeats, for scripts like "always conflicts"
    return answers.size() == 1 ? answers.peek() : answers.poll();
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}
}
