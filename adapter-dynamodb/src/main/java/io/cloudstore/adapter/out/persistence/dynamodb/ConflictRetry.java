package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Runs a single-item write that does not depend on what it overwrites (a cart replacement, a delete).
 * DynamoDB refuses such a write with TransactionConflict while a transaction holds the item; it is then
 * simply run again after a pause.
 */
final class ConflictRetry {
  private final Backoff backoff;

  ConflictRetry(Backoff backoff) {
    this.backoff = backoff;
  }

  <T> T write(String operation, Supplier<T> write) {
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1) {
        backoff.pause(operation, attempt);
      }
      try {
        return write.get();
      } catch (TransactionConflictException e) {
        if (attempt == Backoff.MAX_ATTEMPTS) {
          throw new ConcurrentUpdateException(operation + " kept colliding with transactions; try again");
        }
      } catch (SdkException e) {
        throw StorageErrors.translate(operation, e);
      }
    }
  }
}
