package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.order.InsufficientStockException;

/**
 * Buys the cart (or the given lines) at the server's current prices: stock is taken for every line or
 * none, the order is stored and the cart emptied, all at once.
 */
public interface PlaceOrderUseCase {
  /**
   * @throws ValidationException if there is nothing to buy or a product does not exist
   * @throws InsufficientStockException naming the products short; nothing was taken
   * @throws TotalChangedException if an expected total was given and differs from the server's
   * @throws IdempotencyKeyReusedException if the key was used before for a different request
   * @throws CheckoutBusyException if prices kept changing during the checkout
   */
  PlacedOrder place(PlaceOrderCommand command);
}
