package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.junit.jupiter.api.Assertions.fail;

import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The DynamoDB endpoint the integration tests run against: the one named by {@code STORE_DYNAMODB_ENDPOINT}
 * (environment) or {@code store.dynamodb.endpoint} (system property), such as moto's server in CI;
 * otherwise LocalStack in Docker, started once per test JVM. With neither, tests fail: a missing server
 * must never look like a green build.
 */
final class DynamoDbTestServer {
  static final String REGION = "us-east-1";
  static final PageCursorCodec CURSORS =
      new PageCursorCodec("integration-test-cursor-key-0123456789".getBytes(StandardCharsets.UTF_8));

  private static final String LOCALSTACK_IMAGE = "localstack/localstack:4.4";
  private static URI endpoint;

  private DynamoDbTestServer() {}

  static synchronized URI endpoint() {
    if (endpoint == null) {
      endpoint = configuredEndpoint().orElseGet(DynamoDbTestServer::startLocalStack);
    }
    return endpoint;
  }

  /** Settings with a table prefix no other test class uses, so that classes never see each other's data. */
  static DynamoDbSettings settingsForNewPrefix(String testName) {
    String prefix = "it-" + testName + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    return new DynamoDbSettings(REGION, Optional.of(endpoint()), prefix);
  }

  /** A storage on fresh tables. */
  static DynamoDbStorage newStorage(String testName) {
    DynamoDbStorage storage = DynamoDbStorage.connect(settingsForNewPrefix(testName), CURSORS, Clock.systemUTC());
    storage.createMissingTables();
    return storage;
  }

  private static Optional<URI> configuredEndpoint() {
    String configured = System.getenv("STORE_DYNAMODB_ENDPOINT");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("store.dynamodb.endpoint");
    }
    return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(URI.create(configured.strip()));
  }

  private static URI startLocalStack() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return fail("no DynamoDB endpoint: set STORE_DYNAMODB_ENDPOINT (for example start moto with"
          + " `python3 scripts/moto_serialized.py 5000` and set it to http://127.0.0.1:5000)"
          + " or provide Docker for LocalStack");
    }
    // Stopped by Testcontainers' reaper when the test JVM exits.
    LocalStackContainer localStack =
        new LocalStackContainer(DockerImageName.parse(LOCALSTACK_IMAGE)).withServices("dynamodb");
    localStack.start();
    return localStack.getEndpoint();
  }
}
