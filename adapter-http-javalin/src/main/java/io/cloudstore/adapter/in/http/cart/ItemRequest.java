package io.cloudstore.adapter.in.http.cart;

import io.cloudstore.application.port.in.cart.RequestedItem;
import java.util.List;

/** One line a client asks for, in a cart or an order: a product id and a quantity (1 to 99). */
public record ItemRequest(String productId, Integer quantity) {
  /** Keeps {@code null} entries, which the use-case parser reports as {@code items[i]} is required. */
  public static List<RequestedItem> toRequestedItems(List<ItemRequest> items) {
    return items.stream().map(i -> i == null ? null : new RequestedItem(i.productId(), i.quantity())).toList();
  }
}
