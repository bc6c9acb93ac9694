package io.cloudstore.application.service.order;

import io.cloudstore.application.port.in.order.ListMyOrdersUseCase;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.user.UserId;

public final class ListMyOrdersService implements ListMyOrdersUseCase {
  private final OrderRepository orders;

  public ListMyOrdersService(OrderRepository orders) {
    this.orders = orders;
  }

  @Override
  public Page<Order> list(UserId userId, PageRequest page) {
    return orders.findByUser(userId, page);
  }
}
