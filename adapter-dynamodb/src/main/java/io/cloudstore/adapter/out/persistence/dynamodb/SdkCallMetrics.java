package io.cloudstore.adapter.out.persistence.dynamodb;

import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/** Reads the SDK's own per-call metrics (retry count, each attempt's error type) into a listener. */
final class SdkCallMetrics implements MetricPublisher {
  private static final String ATTEMPT = "ApiCallAttempt";
  private static final String THROTTLING = "Throttling";

  private final DynamoDbCallListener listener;

  SdkCallMetrics(DynamoDbCallListener listener) {
    this.listener = listener;
  }

  @Override
  public void publish(MetricCollection apiCall) {
    String operation = apiCall.metricValues(CoreMetric.OPERATION_NAME).stream().findFirst().orElse("unknown");
    int retries = apiCall.metricValues(CoreMetric.RETRY_COUNT).stream().findFirst().orElse(0);
    int throttled = (int) apiCall.childrenWithName(ATTEMPT)
        .flatMap(attempt -> attempt.metricValues(CoreMetric.ERROR_TYPE).stream())
        .filter(THROTTLING::equalsIgnoreCase)
        .count();
    listener.callFinished(operation, retries, throttled);
  }

  @Override
  public void close() {
    // nothing to release
  }
}
