package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.StorageHealth;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Reachable means: DescribeTable of the Products table answered within {@link #TIMEOUT}. */
final class DynamoDbStorageHealth implements StorageHealth {
  static final Duration TIMEOUT = Duration.ofMillis(1500);

  private static final Logger LOG = LoggerFactory.getLogger(DynamoDbStorageHealth.class);
  private static final AwsRequestOverrideConfiguration SHORT =
      AwsRequestOverrideConfiguration.builder().apiCallTimeout(TIMEOUT).apiCallAttemptTimeout(TIMEOUT).build();

  private final DynamoDbClient client;
  private final String table;
  /** Health checks run often; only changes are logged. */
  private final AtomicBoolean lastReachable = new AtomicBoolean(true);

  DynamoDbStorageHealth(DynamoDbClient client, String table) {
    this.client = client;
    this.table = table;
  }

  @Override
  public boolean isReachable() {
    try {
      client.describeTable(r -> r.tableName(table).overrideConfiguration(SHORT));
      if (lastReachable.compareAndSet(false, true)) {
        LOG.info("DynamoDB is reachable again");
      }
      return true;
    } catch (SdkException e) {
      if (lastReachable.compareAndSet(true, false)) {
        LOG.warn("DynamoDB health check failed; reporting storage DOWN", e);
      }
      return false;
    }
  }
}
