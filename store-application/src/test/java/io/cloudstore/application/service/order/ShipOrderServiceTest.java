package io.cloudstore.application.service.order;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.order.OrderNotFoundException;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ShipOrderServiceTest {
  @Mock private OrderRepository orders;

  @Test
  void ship_placedOrderOfAnyCustomer_storesItShippedAtTheClockTime() {
    Order placed = TestOrders.anOrder().placedAt(TestTimes.secondsAfterT0(-3600)).build();
    when(orders.findById(placed.id())).thenReturn(Optional.of(placed));

    Order shipped = service().ship(placed.id());

    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(shipped.updatedAt()).isEqualTo(T0);
    ArgumentCaptor<Order> stored = ArgumentCaptor.forClass(Order.class);
    verify(orders).shipOrder(stored.capture());
    assertThat(stored.getValue().status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void ship_missingOrder_notFound() {
    OrderId missing = new OrderId("order-missing");
    when(orders.findById(missing)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service().ship(missing)).isInstanceOf(OrderNotFoundException.class);
    verify(orders, never()).shipOrder(any());
  }

  @Test
  void ship_cancelledOrder_refusedAsConflictAndNothingStored() {
    Order cancelled = TestOrders.anOrder().build().cancel(T0);
    when(orders.findById(cancelled.id())).thenReturn(Optional.of(cancelled));

    assertThatThrownBy(() -> service().ship(cancelled.id())).isInstanceOf(OrderStatusConflictException.class);
    verify(orders, never()).shipOrder(any());
  }

  private ShipOrderService service() {
    return new ShipOrderService(orders, CLOCK);
  }
}
