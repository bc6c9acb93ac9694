package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Carts to stored items and back. */
final class CartItemMapper {
  private CartItemMapper() {}

  static Map<String, AttributeValue> toItem(Cart cart) {
    CartDynamoItem item = new CartDynamoItem();
    item.userId = cart.userId().value();
    item.lines = cart.lines().stream().map(CartItemMapper::toLine).toList();
    item.updatedAt = Timestamps.format(cart.updatedAt());
    return CartDynamoItem.SCHEMA.itemToMap(item, true);
  }

  static Cart toCart(Map<String, AttributeValue> stored) {
    CartDynamoItem item = CartDynamoItem.SCHEMA.mapToItem(stored);
    List<CartLine> lines =
        item.lines == null
            ? List.of()
            : item.lines.stream().map(l -> new CartLine(new ProductId(l.productId), new Quantity(l.quantity))).toList();
    return Cart.restore(new UserId(item.userId), lines, Timestamps.parse(item.updatedAt));
  }

  static Map<String, AttributeValue> key(UserId userId) {
    return Map.of(CartDynamoItem.USER_ID, Values.s(userId.value()));
  }

  private static CartDynamoItem.Line toLine(CartLine line) {
    CartDynamoItem.Line stored = new CartDynamoItem.Line();
    stored.productId = line.productId().value();
    stored.quantity = line.quantity().value();
    return stored;
  }
}
