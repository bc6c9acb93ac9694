package io.cloudstore.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListMyOrdersServiceTest {
  private static final UserId ANA = new UserId("user-ana");

  @Mock private OrderRepository orders;

  @Test
  void list_returnsTheCallersPageAsStored() {
    PageRequest secondPage = PageRequest.after("cursor-1", 2);
    Page<Order> stored = new Page<>(
        List.of(TestOrders.anOrder().forUser(ANA).build(), TestOrders.anOrder().forUser(ANA).build()),
        Optional.of("cursor-2"));
    when(orders.findByUser(ANA, secondPage)).thenReturn(stored);

    assertThat(new ListMyOrdersService(orders).list(ANA, secondPage)).isEqualTo(stored);
  }
}
