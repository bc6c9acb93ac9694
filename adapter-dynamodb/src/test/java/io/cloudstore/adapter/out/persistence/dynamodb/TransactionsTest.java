package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class TransactionsTest {
  private static final List<TransactWriteItem> TWO_ITEMS =
      List.of(TransactWriteItem.builder().build(), TransactWriteItem.builder().build());

  private final ScriptedDynamoDbClient client = new ScriptedDynamoDbClient();
  private final Transactions transactions = new Transactions(client, new Backoff(Duration.ZERO, Duration.ZERO));

  @Test
  void write_committed_returnsNoCancellation() {
    client.thenTransaction(committed());

    assertThat(transactions.write("test", TWO_ITEMS)).isEmpty();
    assertThat(client.transactions).hasSize(1);
  }

  @Test
  void write_conflictingTwiceThenCommitted_runsAgainWithAFreshTokenEachTime() {
    client.thenTransaction(cancelled("TransactionConflict", "None"))
        .thenTransaction(cancelled("None", "TransactionConflict"))
        .thenTransaction(committed());

    assertThat(transactions.write("test", TWO_ITEMS)).isEmpty();
    assertThat(client.transactions).hasSize(3);
    assertThat(client.transactions).extracting(TransactWriteItemsRequest::clientRequestToken).doesNotHaveDuplicates();
  }

  @Test
  void write_conflictingOnEveryAttempt_throwsConcurrentUpdateAfterTheLastAttempt() {
    client.thenTransaction(cancelled("TransactionConflict", "None"));

    assertThatThrownBy(() -> transactions.write("test", TWO_ITEMS)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(client.transactions).hasSize(Backoff.MAX_ATTEMPTS);
  }

  @Test
  void write_throttledOnEveryAttempt_throwsStorageUnavailable() {
    client.thenTransaction(cancelled("ThrottlingError", "None"));

    assertThatThrownBy(() -> transactions.write("test", TWO_ITEMS)).isInstanceOf(StorageUnavailableException.class);
    assertThat(client.transactions).hasSize(Backoff.MAX_ATTEMPTS);
  }

  @Test
  void write_conditionFailed_handsTheReasonsBackWithoutRetrying() {
    client.thenTransaction(cancelled("None", "ConditionalCheckFailed"));

    Optional<Cancellation> cancellation = transactions.write("test", TWO_ITEMS);

    assertThat(cancellation).hasValueSatisfying(c -> {
      assertThat(c.conditionFailedAt(0)).isFalse();
      assertThat(c.conditionFailedAt(1)).isTrue();
    });
    assertThat(client.transactions).hasSize(1);
  }

  @Test
  void write_conditionFailedWhileAnotherItemConflicted_handsTheReasonsBackWithoutRetrying() {
    client.thenTransaction(cancelled("TransactionConflict", "ConditionalCheckFailed"));

    assertThat(transactions.write("test", TWO_ITEMS)).isPresent();
    assertThat(client.transactions).hasSize(1);
  }

  @Test
  void write_noConnection_throwsStorageUnavailableKeepingTheCause() {
    SdkClientException refused = SdkClientException.create("Unable to execute HTTP request: Connection refused");
    client.thenTransaction(() -> {
      throw refused;
    });

    assertThatThrownBy(() -> transactions.write("place an order", TWO_ITEMS))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessage("DynamoDB could not place an order")
        .hasCause(refused);
  }

  @Test
  void write_moreItemsThanATransactionHolds_isRefusedBeforeAnythingIsSent() {
    List<TransactWriteItem> tooMany =
        Collections.nCopies(Transactions.MAX_ITEMS + 1, TransactWriteItem.builder().build());

    assertThatThrownBy(() -> transactions.write("test", tooMany)).isInstanceOf(IllegalArgumentException.class);
    assertThat(client.transactions).isEmpty();
  }

  private static Supplier<TransactWriteItemsResponse> committed() {
    return () -> TransactWriteItemsResponse.builder().build();
  }

  static Supplier<TransactWriteItemsResponse> cancelled(String... codes) {
    List<CancellationReason> reasons =
        List.of(codes).stream().map(code -> CancellationReason.builder().code(code).build()).toList();
    return () -> {
      throw TransactionCanceledException.builder().cancellationReasons(reasons).message("cancelled").build();
    };
  }
}
