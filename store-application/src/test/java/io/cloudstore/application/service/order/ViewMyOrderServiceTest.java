package io.cloudstore.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.order.OrderNotFoundException;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ViewMyOrderServiceTest {
  private static final UserId ANA = new UserId("user-ana");
  private static final UserId BOB = new UserId("user-bob");

  @Mock private OrderRepository orders;

  @Test
  void view_ownOrder_returnsIt() {
    Order order = TestOrders.anOrder().forUser(ANA).build();
    when(orders.findById(order.id())).thenReturn(Optional.of(order));

    assertThat(new ViewMyOrderService(orders).view(ANA, order.id())).isEqualTo(order);
  }

  @Test
  void view_someoneElsesOrder_isReportedExactlyLikeAMissingOne() {
    Order bobsOrder = TestOrders.anOrder().forUser(BOB).build();
    when(orders.findById(bobsOrder.id())).thenReturn(Optional.of(bobsOrder));
    OrderId missing = new OrderId("order-missing");
    when(orders.findById(missing)).thenReturn(Optional.empty());
    var service = new ViewMyOrderService(orders);

    Throwable forAnother = catchThrowable(() -> service.view(ANA, bobsOrder.id()));
    Throwable forMissing = catchThrowable(() -> service.view(ANA, missing));

    assertThat(forAnother).isInstanceOf(OrderNotFoundException.class);
    assertThat(forMissing).isInstanceOf(OrderNotFoundException.class);
    assertThat(forAnother.getMessage().replace(bobsOrder.id().value(), "ID"))
        .isEqualTo(forMissing.getMessage().replace(missing.value(), "ID"));
  }
}
