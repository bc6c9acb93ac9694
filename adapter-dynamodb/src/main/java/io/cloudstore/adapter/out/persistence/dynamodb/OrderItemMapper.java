package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.Currency;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Orders and idempotency records to stored items and back. */
final class OrderItemMapper {
  private OrderItemMapper() {}

  static Map<String, AttributeValue> toItem(Order order) {
    OrderDynamoItem item = new OrderDynamoItem();
    item.orderId = order.id().value();
    item.created = created(order);
    item.userId = order.userId().value();
    item.status = order.status().name();
    item.currency = order.subtotal().currency().getCurrencyCode();
    item.subtotal = order.subtotal().amount();
    item.tax = order.tax().amount();
    item.lines = order.lines().stream().map(OrderItemMapper::toLine).toList();
    item.shippingAddress = toAddress(order.shippingAddress());
    item.createdAt = Timestamps.format(order.createdAt());
    item.updatedAt = Timestamps.format(order.updatedAt());
    return OrderDynamoItem.SCHEMA.itemToMap(item, true);
  }

  static Order toOrder(Map<String, AttributeValue> stored) {
    OrderDynamoItem item = OrderDynamoItem.SCHEMA.mapToItem(stored);
    Currency currency = Currency.getInstance(item.currency);
    OrderDynamoItem.Address a = item.shippingAddress;
    return Order.restore(
        new OrderId(item.orderId),
        new UserId(item.userId),
        item.lines.stream()
            .map(l -> new OrderLine(
                new ProductId(l.productId), l.name, Money.of(l.unitPrice, currency), new Quantity(l.quantity)))
            .toList(),
        Money.of(item.subtotal, currency),
        Money.of(item.tax, currency),
        new ShippingAddress(a.fullName, a.line1, a.line2, a.city, a.postalCode, a.country, a.phone),
        OrderStatus.valueOf(item.status),
        Timestamps.parse(item.createdAt),
        Timestamps.parse(item.updatedAt));
  }

  static OrderStatus status(Map<String, AttributeValue> stored) {
    return OrderStatus.valueOf(stored.get(OrderDynamoItem.STATUS).s());
  }

  static Map<String, AttributeValue> key(Order order) {
    return Map.of(
        OrderDynamoItem.ORDER_ID, Values.s(order.id().value()),
        OrderDynamoItem.CREATED, Values.s(created(order)));
  }

  /** The sort key: orders sort by creation time, and orders created at the same instant by id. */
  static String created(Order order) {
    return Timestamps.format(order.createdAt()) + "#" + order.id().value();
  }

  static Map<String, AttributeValue> toItem(IdempotencyRecord record) {
    IdempotencyDynamoItem item = new IdempotencyDynamoItem();
    item.recordId = recordId(record.userId(), record.key());
    item.created = IdempotencyDynamoItem.NO_SORT_KEY;
    item.ownerId = record.userId().value();
    item.idempotencyKey = record.key().value();
    item.fingerprint = record.requestFingerprint();
    item.resultOrderId = record.orderId().value();
    return IdempotencyDynamoItem.SCHEMA.itemToMap(item, true);
  }

  static IdempotencyRecord toRecord(Map<String, AttributeValue> stored) {
    IdempotencyDynamoItem item = IdempotencyDynamoItem.SCHEMA.mapToItem(stored);
    return new IdempotencyRecord(
        new UserId(item.ownerId), new IdempotencyKey(item.idempotencyKey), item.fingerprint,
        new OrderId(item.resultOrderId));
  }

  static Map<String, AttributeValue> recordKey(UserId userId, IdempotencyKey key) {
    return Map.of(
        OrderDynamoItem.ORDER_ID, Values.s(recordId(userId, key)),
        OrderDynamoItem.CREATED, Values.s(IdempotencyDynamoItem.NO_SORT_KEY));
  }

  private static String recordId(UserId userId, IdempotencyKey key) {
    return IdempotencyDynamoItem.KEY_PREFIX + userId.value() + "#" + key.value();
  }

  private static OrderDynamoItem.Line toLine(OrderLine line) {
    OrderDynamoItem.Line stored = new OrderDynamoItem.Line();
    stored.productId = line.productId().value();
    stored.name = line.name();
    stored.unitPrice = line.unitPrice().amount();
    stored.quantity = line.quantity().value();
    return stored;
  }

  private static OrderDynamoItem.Address toAddress(ShippingAddress address) {
    OrderDynamoItem.Address stored = new OrderDynamoItem.Address();
    stored.fullName = address.fullName();
    stored.line1 = address.line1();
    stored.line2 = address.line2();
    stored.city = address.city();
    stored.postalCode = address.postalCode();
    stored.country = address.country();
    stored.phone = address.phone();
    return stored;
  }
}
