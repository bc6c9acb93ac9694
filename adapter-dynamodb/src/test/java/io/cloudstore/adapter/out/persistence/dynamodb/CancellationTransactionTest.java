package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.TestData.line;
import static io.cloudstore.adapter.out.persistence.dynamodb.TestData.order;
import static io.cloudstore.adapter.out.persistence.dynamodb.TestData.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The retry of a cancellation whose products change under it, which no emulator can stage on demand. */
class CancellationTransactionTest {
  private static final TableNames TABLES = TableNames.withPrefix("t-");

  private final Product mug = product("Mug", "kitchen", 500, 10);
  private final Product plate = product("Plate", "kitchen", 800, 10);
  private final Order placed = order(new UserId(TestData.newId()), line(mug, 2), line(plate, 1));
  private final Order cancelled = placed.cancel(TestData.minutesLater(5));
  private final ScriptedDynamoDbClient client = new ScriptedDynamoDbClient();
  private final Backoff noWait = new Backoff(Duration.ZERO, Duration.ZERO);
  private final CancellationTransaction cancellation =
      new CancellationTransaction(TABLES, new Transactions(client, noWait), new BatchReads(client, noWait), noWait);

  @Test
  void cancel_bothProductsExist_returnsTheUnitsOfBoth() {
    client.thenBatchGet(existing(mug, plate)).thenTransaction(committed());

    cancellation.cancel(cancelled, TestData.NOW);

    assertThat(client.transactions).singleElement()
        .satisfies(request -> assertThat(request.transactItems()).hasSize(3));
  }

  @Test
  void cancel_productDeletedBetweenTheReadAndTheTransaction_readsAgainAndReturnsOnlyTheRemainingUnits() {
    client.thenBatchGet(existing(mug, plate))
        .thenBatchGet(existing(mug))
        .thenTransaction(cancelledWith("None", "None", "ConditionalCheckFailed"))
        .thenTransaction(committed());

    cancellation.cancel(cancelled, TestData.NOW);

    assertThat(client.transactions).hasSize(2);
    assertThat(client.transactions.get(1).transactItems())
        .as("order update and the mug's stock return only")
        .hasSize(2)
        .last()
        .satisfies(item -> assertThat(item.update().key()).isEqualTo(ProductItemMapper.key(mug.id())));
  }

  @Test
  void cancel_productsKeepDisappearing_givesUpWithConcurrentUpdate() {
    client.thenBatchGet(existing(mug, plate)).thenTransaction(cancelledWith("None", "ConditionalCheckFailed", "None"));

    assertThatThrownBy(() -> cancellation.cancel(cancelled, TestData.NOW))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(client.transactions).hasSize(Backoff.MAX_ATTEMPTS);
  }

  @Test
  void cancel_orderNoLongerPlaced_throwsStatusConflictNamingTheStoredStatus() {
    Map<String, AttributeValue> shipped = OrderItemMapper.toItem(placed.ship(TestData.minutesLater(1)));
    client.thenBatchGet(existing(mug, plate)).thenTransaction(() -> {
      throw TransactionCanceledException.builder()
          .cancellationReasons(
              CancellationReason.builder().code("ConditionalCheckFailed").item(shipped).build(),
              CancellationReason.builder().code("None").build(),
              CancellationReason.builder().code("None").build())
          .build();
    });

    assertThatThrownBy(() -> cancellation.cancel(cancelled, TestData.NOW))
        .isInstanceOf(OrderStatusConflictException.class)
        .hasMessageContaining("SHIPPED");
    assertThat(client.transactions).hasSize(1);
  }

  private Supplier<BatchGetItemResponse> existing(Product... products) {
    List<Map<String, AttributeValue>> items =
        List.of(products).stream().map(p -> ProductItemMapper.key(p.id())).toList();
    return () -> BatchGetItemResponse.builder().responses(Map.of(TABLES.products(), items)).build();
  }

  private static Supplier<TransactWriteItemsResponse> committed() {
    return () -> TransactWriteItemsResponse.builder().build();
  }

  private static Supplier<TransactWriteItemsResponse> cancelledWith(String... codes) {
    return TransactionsTest.cancelled(codes);
  }
}
