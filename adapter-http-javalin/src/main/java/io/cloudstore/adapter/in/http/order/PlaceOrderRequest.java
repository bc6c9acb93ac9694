package io.cloudstore.adapter.in.http.order;

import io.cloudstore.adapter.in.http.cart.ItemRequest;
import io.cloudstore.adapter.in.http.support.FieldChecks;
import io.cloudstore.application.port.in.cart.RequestedItems;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.domain.Validation;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/orders}: the lines to buy (left out: the server cart), where to ship and, optionally, the
 * total in minor units that the shopper was shown. Prices are never read from the client.
 */
public record PlaceOrderRequest(
    List<ItemRequest> items, ShippingAddressRequest shippingAddress, Long expectedTotal) {

  /**
   * @param idempotencyKey the {@code Idempotency-Key} header, if sent
   * @throws io.cloudstore.domain.ValidationException naming every invalid field, the header included
   */
  PlaceOrderCommand toCommand(UserId userId, Optional<String> idempotencyKey) {
    var v = new Validation();
    Optional<List<CartLine>> lines =
        items == null
            ? Optional.empty()
            : Optional.ofNullable(
                FieldChecks.collect(v, () -> RequestedItems.toCartLines(ItemRequest.toRequestedItems(items))));
    ShippingAddress address = null;
    if (shippingAddress == null) {
      v.reject("shippingAddress", "is required");
    } else {
      address = v.nested("shippingAddress", shippingAddress::toAddress);
    }
    v.check(expectedTotal == null || expectedTotal >= 0, "expectedTotal", "must be 0 or more");
    Optional<IdempotencyKey> key = idempotencyKey.map(k -> FieldChecks.collect(v, () -> new IdempotencyKey(k)));
    v.throwIfInvalid();
    return new PlaceOrderCommand(userId, lines, address, Optional.ofNullable(expectedTotal), key);
  }
}
