package io.cloudstore.application.port.in.cart;

import io.cloudstore.domain.Validation;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import java.util.ArrayList;
import java.util.List;

/** Turns a client's list of items into cart lines, naming each bad field as {@code items[i].field}. */
public final class RequestedItems {
  private RequestedItems() {}

  public static List<CartLine> toCartLines(List<RequestedItem> items) {
    var v = new Validation();
    if (items == null) {
      v.reject("items", "is required");
      v.throwIfInvalid();
    }
    List<CartLine> lines = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      RequestedItem item = items.get(i);
      String at = "items[" + i + "]";
      if (item == null) {
        v.reject(at, "is required");
        continue;
      }
      ProductId id = v.field(at + ".productId", () -> new ProductId(item.productId()));
      v.check(item.quantity() != null, at + ".quantity", "is required");
      Quantity quantity =
          item.quantity() == null ? null : v.field(at + ".quantity", () -> new Quantity(item.quantity()));
      if (id != null && quantity != null) {
        lines.add(new CartLine(id, quantity));
      }
    }
    v.throwIfInvalid();
    Cart.requireValidLines(lines);
    return lines;
  }
}
