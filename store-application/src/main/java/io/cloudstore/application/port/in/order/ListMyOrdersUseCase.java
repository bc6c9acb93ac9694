package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.user.UserId;

/** Lists a user's own orders, newest first. */
public interface ListMyOrdersUseCase {
  /**
   * @throws InvalidCursorException if the cursor is not one this store made
   */
  Page<Order> list(UserId userId, PageRequest page);
}
