package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.OrderDynamoItem.CREATED;
import static io.cloudstore.adapter.out.persistence.dynamodb.OrderDynamoItem.ORDER_ID;
import static io.cloudstore.adapter.out.persistence.dynamodb.OrderDynamoItem.STATUS;
import static io.cloudstore.adapter.out.persistence.dynamodb.OrderDynamoItem.USER_ID;
import static io.cloudstore.adapter.out.persistence.dynamodb.OrderDynamoItem.USER_INDEX;

import io.cloudstore.adapter.out.persistence.dynamodb.PageReader.Chunk;
import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.user.UserId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Orders in the Orders table, written together with stock, cart and idempotency record in one
 * transaction each (see {@link CheckoutTransaction} and {@link CancellationTransaction}).
 */
final class DynamoDbOrderRepository implements OrderRepository {
  private static final String USER_ORDERS = "orders";

  private final DynamoDbClient client;
  private final TableNames tables;
  private final Transactions transactions;
  private final CheckoutTransaction checkout;
  private final CancellationTransaction cancellation;
  private final ConflictRetry conflictRetry;
  private final PageCursors cursors;
  private final Clock clock;

  DynamoDbOrderRepository(
      DynamoDbClient client, TableNames tables, Transactions transactions, Backoff backoff, PageCursors cursors,
      Clock clock) {
    this.client = client;
    this.tables = tables;
    this.transactions = transactions;
    this.checkout = new CheckoutTransaction(tables);
    this.cancellation = new CancellationTransaction(tables, transactions, new BatchReads(client, backoff), backoff);
    this.conflictRetry = new ConflictRetry(backoff);
    this.cursors = cursors;
    this.clock = clock;
  }

  @Override
  public void placeOrder(Order order, Optional<IdempotencyRecord> idempotencyRecord) {
    transactions.write("place an order", checkout.items(order, idempotencyRecord, clock.instant()))
        .ifPresent(cancelled -> {
          throw checkout.explain(cancelled, order, idempotencyRecord);
        });
  }

  @Override
  public void cancelOrder(Order cancelled) {
    cancellation.cancel(cancelled, clock.instant());
  }

  @Override
  public void shipOrder(Order shipped) {
    conflictRetry.write("ship an order", () -> {
      try {
        return client.updateItem(r -> r.tableName(tables.orders())
            .key(OrderItemMapper.key(shipped))
            .conditionExpression("#status = :placed")
            .updateExpression("SET #status = :shipped, #updated = :updated")
            .expressionAttributeNames(Map.of("#status", STATUS, "#updated", OrderDynamoItem.UPDATED_AT))
            .expressionAttributeValues(Map.of(
                ":placed", Values.s(OrderStatus.PLACED.name()),
                ":shipped", Values.s(OrderStatus.SHIPPED.name()),
                ":updated", Values.s(Timestamps.format(shipped.updatedAt()))))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      } catch (ConditionalCheckFailedException e) {
        if (!e.hasItem() || e.item().isEmpty()) {
          throw new IllegalStateException("order " + shipped.id() + " does not exist", e);
        }
        throw new OrderStatusConflictException(shipped.id(), OrderItemMapper.status(e.item()), OrderStatus.SHIPPED);
      }
    });
  }

  @Override
  public Optional<Order> findById(OrderId id) {
    QueryResponse response = StorageErrors.call("read an order", () ->
        client.query(r -> r.tableName(tables.orders())
            .keyConditionExpression("#id = :id")
            .expressionAttributeNames(Map.of("#id", ORDER_ID))
            .expressionAttributeValues(Map.of(":id", Values.s(id.value())))
            .consistentRead(true)));
    return response.items().stream().findFirst().map(OrderItemMapper::toOrder);
  }

  /**
   * Queries {@code user_id-index} newest first. Index reads are eventually consistent: an order placed
   * a moment ago may be missing from the first page for a fraction of a second.
   */
  @Override
  public Page<Order> findByUser(UserId userId, PageRequest page) {
    Set<String> keyNames = Set.of(USER_ID, CREATED, ORDER_ID);
    Map<String, AttributeValue> start =
        page.cursor().map(c -> cursors.decode(c, USER_ORDERS, userId.value(), keyNames)).orElse(Map.of());
    PageReader.Result result = PageReader.read(
        (from, limit) -> {
          QueryRequest.Builder request = QueryRequest.builder()
              .tableName(tables.orders())
              .indexName(USER_INDEX)
              .keyConditionExpression("#user = :user")
              .expressionAttributeNames(Map.of("#user", USER_ID))
              .expressionAttributeValues(Map.of(":user", Values.s(userId.value())))
              .scanIndexForward(false)
              .limit(limit);
          if (!from.isEmpty()) {
            request.exclusiveStartKey(from);
          }
          QueryResponse response = StorageErrors.call("list orders", () -> client.query(request.build()));
          return new Chunk(response.items(), response.lastEvaluatedKey());
        },
        start, page.limit(), Optional.empty(),
        item -> Map.of(USER_ID, item.get(USER_ID), CREATED, item.get(CREATED), ORDER_ID, item.get(ORDER_ID)));
    return new Page<>(
        result.items().stream().map(OrderItemMapper::toOrder).toList(),
        result.next().map(key -> cursors.encode(USER_ORDERS, userId.value(), key)));
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotencyRecord(UserId userId, IdempotencyKey key) {
    GetItemResponse response = StorageErrors.call("read an idempotency record", () ->
        client.getItem(r -> r.tableName(tables.orders())
            .key(OrderItemMapper.recordKey(userId, key))
            .consistentRead(true)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(OrderItemMapper.toRecord(response.item()))
        : Optional.empty();
  }
}
