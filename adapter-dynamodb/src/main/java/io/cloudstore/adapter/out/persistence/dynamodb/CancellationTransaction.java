package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.PRODUCT_ID;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.STOCK;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.UPDATED_AT;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.VERSION;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Cancels an order in one transaction: the order moves from PLACED to CANCELLED and every line's units
 * go back to its product, if the product still exists.
 *
 * <p>An update of a deleted product would recreate it as a stub holding only a stock, so each product
 * update carries {@code attribute_exists}; but one failed condition cancels the whole transaction. So the
 * products are read first and only those that exist are included; if one of them is deleted before the
 * transaction runs, the transaction fails, and the cancellation reads again and retries.
 */
final class CancellationTransaction {
  /** The order update comes first in the transaction, the stock returns after it. */
  private static final int ORDER = 0;

  private final TableNames tables;
  private final Transactions transactions;
  private final BatchReads batchReads;
  private final Backoff backoff;

  CancellationTransaction(TableNames tables, Transactions transactions, BatchReads batchReads, Backoff backoff) {
    this.tables = tables;
    this.transactions = transactions;
    this.batchReads = batchReads;
    this.backoff = backoff;
  }

  void cancel(Order cancelled, Instant now) {
    for (int attempt = 1; attempt <= Backoff.MAX_ATTEMPTS; attempt++) {
      if (attempt > 1) {
        backoff.pause("cancel an order", attempt);
      }
      List<OrderLine> returnable = linesWhoseProductExists(cancelled);
      List<TransactWriteItem> items = new ArrayList<>(returnable.size() + 1);
      items.add(moveToCancelled(cancelled));
      returnable.forEach(line -> items.add(returnStock(line, now)));
      Optional<Cancellation> failure = transactions.write("cancel an order", items);
      if (failure.isEmpty()) {
        return;
      }
      Cancellation reasons = failure.get();
      if (reasons.conditionFailedAt(ORDER)) {
        throw statusConflict(cancelled, reasons.storedItemAt(ORDER));
      }
      if (!reasons.anyConditionFailed()) {
        throw reasons.unexplained("cancel an order");
      }
      // a product was deleted after it was read: read again and retry
    }
    throw new ConcurrentUpdateException("products of order " + cancelled.id() + " kept changing; try again");
  }

  private List<OrderLine> linesWhoseProductExists(Order order) {
    List<Map<String, AttributeValue>> keys =
        order.lines().stream().map(l -> ProductItemMapper.key(l.productId())).toList();
    Set<String> existing =
        batchReads.read("cancel an order", tables.products(), keys, Optional.of("#id"), Map.of("#id", PRODUCT_ID))
            .stream()
            .map(item -> item.get(PRODUCT_ID).s())
            .collect(Collectors.toSet());
    return order.lines().stream().filter(l -> existing.contains(l.productId().value())).toList();
  }

  private TransactWriteItem moveToCancelled(Order cancelled) {
    return TransactWriteItem.builder()
        .update(Update.builder()
            .tableName(tables.orders())
            .key(OrderItemMapper.key(cancelled))
            .conditionExpression("#status = :placed")
            .updateExpression("SET #status = :cancelled, #updated = :updated")
            .expressionAttributeNames(Map.of("#status", OrderDynamoItem.STATUS, "#updated", OrderDynamoItem.UPDATED_AT))
            .expressionAttributeValues(Map.of(
                ":placed", Values.s(OrderStatus.PLACED.name()),
                ":cancelled", Values.s(OrderStatus.CANCELLED.name()),
                ":updated", Values.s(Timestamps.format(cancelled.updatedAt()))))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .build())
        .build();
  }

  private TransactWriteItem returnStock(OrderLine line, Instant now) {
    return TransactWriteItem.builder()
        .update(Update.builder()
            .tableName(tables.products())
            .key(ProductItemMapper.key(line.productId()))
            .conditionExpression("attribute_exists(#id)")
            .updateExpression("SET #stock = #stock + :quantity, #version = #version + :one, #updated = :now")
            .expressionAttributeNames(
                Map.of("#id", PRODUCT_ID, "#stock", STOCK, "#version", VERSION, "#updated", UPDATED_AT))
            .expressionAttributeValues(Map.of(
                ":quantity", Values.n(line.quantity().value()),
                ":one", Values.n(1),
                ":now", Values.s(Timestamps.format(now))))
            .build())
        .build();
  }

  private static RuntimeException statusConflict(Order cancelled, Optional<Map<String, AttributeValue>> stored) {
    return stored
        .<RuntimeException>map(item ->
            new OrderStatusConflictException(cancelled.id(), OrderItemMapper.status(item), OrderStatus.CANCELLED))
        .orElseGet(() -> new IllegalStateException("order " + cancelled.id() + " does not exist"));
  }
}
