package io.cloudstore.application.service.order;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.order.OrderNotFoundException;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CancelMyOrderServiceTest {
  private static final UserId ANA = new UserId("user-ana");
  private static final UserId BOB = new UserId("user-bob");

  @Mock private OrderRepository orders;

  @Test
  void cancel_ownPlacedOrder_storesItCancelledAtTheClockTime() {
    Order placed = TestOrders.anOrder().forUser(ANA).placedAt(Instant.parse("2026-02-01T08:00:00Z")).build();
    when(orders.findById(placed.id())).thenReturn(Optional.of(placed));

    Order cancelled = service().cancel(ANA, placed.id());

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.updatedAt()).isEqualTo(T0);
    assertThat(cancelled.total()).isEqualTo(placed.total());
    ArgumentCaptor<Order> stored = ArgumentCaptor.forClass(Order.class);
    verify(orders).cancelOrder(stored.capture());
    assertThat(stored.getValue().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(stored.getValue().id()).isEqualTo(placed.id());
  }

  @Test
  void cancel_someoneElsesOrder_isReportedExactlyLikeAMissingOne() {
    Order bobsOrder = TestOrders.anOrder().forUser(BOB).build();
    when(orders.findById(bobsOrder.id())).thenReturn(Optional.of(bobsOrder));
    OrderId missing = new OrderId("order-missing");
    when(orders.findById(missing)).thenReturn(Optional.empty());

    Throwable forAnother = catchThrowable(() -> service().cancel(ANA, bobsOrder.id()));
    Throwable forMissing = catchThrowable(() -> service().cancel(ANA, missing));

    assertThat(forAnother).isInstanceOf(OrderNotFoundException.class).hasMessageContaining(bobsOrder.id().value());
    assertThat(forMissing).isInstanceOf(OrderNotFoundException.class);
    assertThat(forAnother.getMessage().replace(bobsOrder.id().value(), "ID"))
        .isEqualTo(forMissing.getMessage().replace(missing.value(), "ID"));
    verify(orders, never()).cancelOrder(any());
  }

  @Test
  void cancel_orderAlreadyShipped_refusedAsConflictAndNothingStored() {
    Order shipped = TestOrders.anOrder().forUser(ANA).build().ship(T0);
    when(orders.findById(shipped.id())).thenReturn(Optional.of(shipped));

    assertThatThrownBy(() -> service().cancel(ANA, shipped.id())).isInstanceOf(OrderStatusConflictException.class);
    verify(orders, never()).cancelOrder(any());
  }

  @Test
  void cancel_shippedMeanwhileInStorage_conflictReachesTheCaller() {
    Order placed = TestOrders.anOrder().forUser(ANA).build();
    when(orders.findById(placed.id())).thenReturn(Optional.of(placed));
    doThrow(new OrderStatusConflictException(placed.id(), OrderStatus.SHIPPED, OrderStatus.CANCELLED))
        .when(orders).cancelOrder(any());

    assertThatThrownBy(() -> service().cancel(ANA, placed.id())).isInstanceOf(OrderStatusConflictException.class);
  }

  private CancelMyOrderService service() {
    return new CancelMyOrderService(orders, CLOCK);
  }
}
