package io.cloudstore.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.user.User;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final StorageMetrics metrics = new StorageMetrics(registry, "memory");

  @Test
  void successfulCall_returnsTheDelegatesAnswer_andIsTimedAsSuccess() {
    User ana = TestUsers.customer();
    UserRepository users = mock(UserRepository.class);
    when(users.findByEmail(ana.email())).thenReturn(Optional.of(ana));

    assertThat(metrics.users(users).findByEmail(ana.email())).contains(ana);

    Timer timer = timer("users", "findByEmail", "success");
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.getId().getTag("storage")).isEqualTo("memory");
    assertThat(registry.find(MeterNames.STORAGE_ERRORS).counters()).isEmpty();
  }

  @Test
  void unreachableStorage_isCountedAsAnError_andTheExceptionPassesThrough() {
    Order order = TestOrders.anOrder().build();
    OrderRepository orders = mock(OrderRepository.class);
    var down = new StorageUnavailableException("DynamoDB did not answer", null);
    doThrow(down).when(orders).placeOrder(any(), any());

    assertThatThrownBy(() -> metrics.orders(orders).placeOrder(order, Optional.empty())).isSameAs(down);

    assertThat(timer("orders", "placeOrder", "unavailable").count()).isEqualTo(1);
    assertThat(registry.get(MeterNames.STORAGE_ERRORS)
        .tags("repository", "orders", "operation", "placeOrder", "error", "unavailable").counter().count())
        .isEqualTo(1);
  }

  @Test
  void refusalByABusinessRule_isTimedAsRejected_andIsNoStorageError() {
    Order order = TestOrders.anOrder().build();
    OrderRepository orders = mock(OrderRepository.class);
    doThrow(new InsufficientStockException(List.of())).when(orders).placeOrder(any(), any());

    assertThatThrownBy(() -> metrics.orders(orders).placeOrder(order, Optional.empty()))
        .isInstanceOf(InsufficientStockException.class);

    assertThat(timer("orders", "placeOrder", "rejected").count()).isEqualTo(1);
    assertThat(registry.find(MeterNames.STORAGE_ERRORS).counters()).isEmpty();
  }

  @Test
  void writes_reachTheDelegate() {
    User ana = TestUsers.customer();
    UserRepository users = mock(UserRepository.class);

    metrics.users(users).create(ana);

    verify(users).create(ana);
    assertThat(timer("users", "create", "success").count()).isEqualTo(1);
  }

  @Test
  void healthCheck_answeringNo_isASuccessfulCallThatSaysNo() {
    assertThat(metrics.health(() -> false).isReachable()).isFalse();

    assertThat(timer("health", "isReachable", "success").count()).isEqualTo(1);
  }

  private Timer timer(String repository, String operation, String outcome) {
    return Search.in(registry).name(MeterNames.STORAGE_OPERATIONS)
        .tags("repository", repository, "operation", operation, "outcome", outcome)
        .timer();
  }
}
