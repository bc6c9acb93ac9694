package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.CURRENCY;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.PRICE;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.PRODUCT_ID;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.STOCK;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.UPDATED_AT;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.VERSION;

import io.cloudstore.application.port.out.persistence.IdempotencyKeyTakenException;
import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.PriceChangedException;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.product.ProductId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The single transaction that places an order, and what its cancellation means. Items, in this order:
 * one stock update per line (product exists, has the units, still costs the line's unit price), the
 * order (create-only), the owner's cart (deleted), and the idempotency record if any (create-only).
 */
final class CheckoutTransaction {
  /** Items besides the lines: order, cart, idempotency record. */
  static final int FIXED_ITEMS = 3;
  /** The most lines one order can hold and still fit one transaction; the domain allows 50 ({@code Cart.MAX_LINES}). */
  static final int MAX_LINES = Transactions.MAX_ITEMS - FIXED_ITEMS;

  private final TableNames tables;

  CheckoutTransaction(TableNames tables) {
    this.tables = tables;
  }

  List<TransactWriteItem> items(Order order, Optional<IdempotencyRecord> record, Instant now) {
    if (order.lines().size() > MAX_LINES) {
      throw new IllegalArgumentException(
          "an order of " + order.lines().size() + " lines does not fit one transaction; at most " + MAX_LINES);
    }
    List<TransactWriteItem> items = new ArrayList<>(order.lines().size() + FIXED_ITEMS);
    order.lines().forEach(line -> items.add(takeStock(line, now)));
    items.add(TransactWriteItem.builder().put(createOnly(tables.orders(), OrderItemMapper.toItem(order))).build());
    items.add(TransactWriteItem.builder()
        .delete(Delete.builder().tableName(tables.carts()).key(CartItemMapper.key(order.userId())).build())
        .build());
    record.ifPresent(r ->
        items.add(TransactWriteItem.builder().put(createOnly(tables.orders(), OrderItemMapper.toItem(r))).build()));
    return items;
  }

  private TransactWriteItem takeStock(OrderLine line, Instant now) {
    return TransactWriteItem.builder()
        .update(Update.builder()
            .tableName(tables.products())
            .key(ProductItemMapper.key(line.productId()))
            .conditionExpression(
                "attribute_exists(#id) AND #stock >= :quantity AND #price = :price AND #currency = :currency")
            .updateExpression("SET #stock = #stock - :quantity, #version = #version + :one, #updated = :now")
            .expressionAttributeNames(Map.of(
                "#id", PRODUCT_ID, "#stock", STOCK, "#price", PRICE, "#currency", CURRENCY,
                "#version", VERSION, "#updated", UPDATED_AT))
            .expressionAttributeValues(Map.of(
                ":quantity", Values.n(line.quantity().value()),
                ":price", Values.n(line.unitPrice().amount()),
                ":currency", Values.s(line.unitPrice().currency().getCurrencyCode()),
                ":one", Values.n(1),
                ":now", Values.s(Timestamps.format(now))))
            // the stored product tells short stock from a changed price
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .build())
        .build();
  }

  private static Put createOnly(String table, Map<String, AttributeValue> item) {
    return Put.builder().tableName(table).item(item)
        .conditionExpression("attribute_not_exists(#id)")
        .expressionAttributeNames(Map.of("#id", OrderDynamoItem.ORDER_ID))
        .build();
  }

  /**
   * What a cancelled checkout means for the caller. A lost idempotency race wins over everything (the
   * twin request placed the order); short lines win over changed prices, since re-pricing would not
   * help them.
   */
  RuntimeException explain(Cancellation cancellation, Order order, Optional<IdempotencyRecord> record) {
    int lines = order.lines().size();
    if (record.isPresent() && cancellation.conditionFailedAt(lines + 2)) {
      return new IdempotencyKeyTakenException();
    }
    List<ProductId> shortProducts = new ArrayList<>();
    List<ProductId> repriced = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      if (!cancellation.conditionFailedAt(i)) {
        continue;
      }
      OrderLine line = order.lines().get(i);
      Optional<Map<String, AttributeValue>> stored = cancellation.storedItemAt(i);
      if (stored.isEmpty() || Long.parseLong(stored.get().get(STOCK).n()) < line.quantity().value()) {
        shortProducts.add(line.productId());
      } else {
        repriced.add(line.productId());
      }
    }
    if (!shortProducts.isEmpty()) {
      return InsufficientStockException.forLines(order.lines(), shortProducts);
    }
    if (!repriced.isEmpty()) {
      return new PriceChangedException(repriced);
    }
    if (cancellation.conditionFailedAt(lines)) {
      return new IllegalStateException("order id " + order.id() + " is taken");
    }
    return cancellation.unexplained("place an order");
  }
}
