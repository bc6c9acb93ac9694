package io.cloudstore.adapter.out.persistence.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the one DynamoDB client a store uses, with bounded timeouts and retries so that a slow or
 * unreachable DynamoDB turns into a quick {@code StorageUnavailableException} instead of hanging requests.
 */
final class DynamoDbClientFactory {
  /** A request waits at most this long in total, retries included. */
  static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(10);
  /** One HTTP attempt waits at most this long; a transaction of 53 items stays far below it. */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(4);
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /** The SDK's standard retry strategy (exponential backoff with jitter), 3 attempts in all. */
  static final int MAX_ATTEMPTS = 3;
  static final int MAX_CONNECTIONS = 100;

  private static final Logger LOG = LoggerFactory.getLogger(DynamoDbClientFactory.class);

  private DynamoDbClientFactory() {}

  static DynamoDbClient create(DynamoDbSettings settings, DynamoDbCallListener listener) {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder()
            .region(Region.of(settings.region()))
            .httpClientBuilder(
                Apache5HttpClient.builder()
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .socketTimeout(ATTEMPT_TIMEOUT)
                    .maxConnections(MAX_CONNECTIONS))
            .overrideConfiguration(
                o -> o.apiCallTimeout(API_CALL_TIMEOUT)
                    .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                    .retryStrategy(r -> r.maxAttempts(MAX_ATTEMPTS))
                    .addMetricPublisher(new SdkCallMetrics(listener)));
    settings.endpointOverride().ifPresent(endpoint -> {
      builder.endpointOverride(endpoint);
      builder.credentialsProvider(defaultChainOrPlaceholder(endpoint));
    });
    return builder.build();
  }

  /**
   * Against an emulator, real credentials are not needed but the SDK still signs every request. The
   * default chain is asked first (so a VPC endpoint keeps working with real credentials); if it finds
   * nothing, placeholder credentials are used, which only an emulator accepts.
   */
  private static AwsCredentialsProvider defaultChainOrPlaceholder(URI endpoint) {
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(DefaultCredentialsProvider.builder().build(), new EmulatorCredentials(endpoint))
        .build();
  }

  private static final class EmulatorCredentials implements AwsCredentialsProvider {
    private static final AwsCredentials PLACEHOLDER =
        AwsBasicCredentials.create("cloudstore-local", "cloudstore-local");
    private final URI endpoint;
    private final AtomicBoolean announced = new AtomicBoolean();

    EmulatorCredentials(URI endpoint) {
      this.endpoint = endpoint;
    }

    @Override
    public AwsCredentials resolveCredentials() {
      if (announced.compareAndSet(false, true)) {
        LOG.info("No AWS credentials found; using placeholder credentials for the DynamoDB endpoint {}", endpoint);
      }
      return PLACEHOLDER;
    }
  }
}
