package io.cloudstore.adapter.in.http.cart;

import io.cloudstore.application.port.in.cart.ReplaceCartCommand;
import io.cloudstore.application.port.in.cart.RequestedItems;
import io.cloudstore.domain.user.UserId;
import java.util.List;

/** {@code PUT /api/cart} (and {@code POST}): the whole new content of the cart. */
public record CartRequest(List<ItemRequest> items) {
  /** @throws io.cloudstore.domain.ValidationException naming each bad {@code items[i].field} */
  ReplaceCartCommand toCommand(UserId userId) {
    return new ReplaceCartCommand(
        userId, RequestedItems.toCartLines(items == null ? null : ItemRequest.toRequestedItems(items)));
  }
}
