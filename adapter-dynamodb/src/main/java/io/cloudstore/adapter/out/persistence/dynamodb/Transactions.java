package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Runs TransactWriteItems. A transaction cancelled only because it collided with another one (or was
 * throttled) is run again after a jittered pause, up to {@link Backoff#MAX_ATTEMPTS} times; a
 * transaction cancelled by a failed condition is handed back to the caller, who knows what the
 * conditions meant.
 */
final class Transactions {
  /** DynamoDB's limit on the items of one transaction. */
  static final int MAX_ITEMS = 100;

  private static final String CONFLICT = "TransactionConflict";
  private static final Set<String> RETRYABLE =
      Set.of(CONFLICT, "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded");
  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  private final DynamoDbClient client;
  private final Backoff backoff;

  Transactions(DynamoDbClient client, Backoff backoff) {
    this.client = client;
    this.backoff = backoff;
  }

  /**
   * Writes {@code items} all or nothing.
   *
   * @return empty if the transaction was committed, else why a condition cancelled it
   * @throws ConcurrentUpdateException if it kept colliding with other transactions
   * @throws StorageUnavailableException if DynamoDB failed or kept throttling
   */
  Optional<Cancellation> write(String operation, List<TransactWriteItem> items) {
    if (items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          operation + " needs " + items.size() + " items; a transaction holds " + MAX_ITEMS);
    }
    Cancellation last = null;
    for (int attempt = 1; attempt <= Backoff.MAX_ATTEMPTS; attempt++) {
      if (attempt > 1) {
        backoff.pause(operation, attempt);
      }
      try {
        // A fresh token per attempt: the SDK's own retries of this attempt reuse it, so that DynamoDB
        // applies the attempt at most once even if a response is lost.
        String token = UUID.randomUUID().toString();
        client.transactWriteItems(r -> r.transactItems(items).clientRequestToken(token));
        return Optional.empty();
      } catch (TransactionCanceledException e) {
        Cancellation cancellation = Cancellation.of(e);
        if (cancellation.anyConditionFailed() || !isRetryable(cancellation)) {
          return Optional.of(cancellation);
        }
        LOG.debug("{}: transaction cancelled ({}), attempt {}", operation, cancellation.codes(), attempt);
        last = cancellation;
      } catch (SdkException e) {
        throw StorageErrors.translate(operation, e);
      }
    }
    if (last.hasCode(CONFLICT)) {
      throw new ConcurrentUpdateException(operation + " kept colliding with other writes; try again");
    }
    throw new StorageUnavailableException("DynamoDB kept throttling " + operation, null);
  }

  private static boolean isRetryable(Cancellation cancellation) {
    return cancellation.reasons().stream().anyMatch(r -> RETRYABLE.contains(r.code()));
  }
}
