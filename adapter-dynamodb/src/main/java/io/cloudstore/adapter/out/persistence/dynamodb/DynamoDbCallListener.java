package io.cloudstore.adapter.out.persistence.dynamodb;

/**
 * Told about every DynamoDB API call once it has finished: how often the SDK retried it and how many of
 * its attempts DynamoDB throttled. Lets an operator's metrics see retries and throttling, which the
 * storage ports hide (a call that succeeded on its third attempt is simply a success there).
 */
@FunctionalInterface
public interface DynamoDbCallListener {
  DynamoDbCallListener NONE = (operation, retries, throttledAttempts) -> {};

  /**
   * @param operation the DynamoDB operation, such as {@code TransactWriteItems}
   * @param retries attempts after the first
   * @param throttledAttempts attempts that DynamoDB refused for throughput (throttling)
   */
  void callFinished(String operation, int retries, int throttledAttempts);
}
