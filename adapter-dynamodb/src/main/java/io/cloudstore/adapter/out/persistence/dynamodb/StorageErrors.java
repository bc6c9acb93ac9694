package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK failures into the port's exceptions. Messages name only the operation: no SDK message,
 * table name or request detail leaves the adapter, while the cause stays attached for the logs.
 */
final class StorageErrors {
  private StorageErrors() {}

  /** Runs one DynamoDB call whose failures all mean "storage failed". */
  static <T> T call(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw translate(operation, e);
    }
  }

  /**
   * A request DynamoDB refused as malformed is a bug in this adapter, not an outage, and becomes an
   * {@link IllegalStateException}. Everything else (no connection, timeouts, throttling after the SDK's
   * retries, 5xx, a missing table, refused credentials) makes the storage unavailable.
   */
  static RuntimeException translate(String operation, SdkException e) {
    if (e instanceof AwsServiceException service && isMalformedRequest(service)) {
      return new IllegalStateException("DynamoDB refused the request to " + operation + " as invalid", e);
    }
    return new StorageUnavailableException("DynamoDB could not " + operation, e);
  }

  static StorageUnavailableException interrupted(String operation, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new StorageUnavailableException("interrupted while waiting to " + operation, e);
  }

  private static boolean isMalformedRequest(AwsServiceException e) {
    String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    return e.statusCode() == 400 && ("ValidationException".equals(code) || "SerializationException".equals(code));
  }
}
