package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.cloudstore.adapter.in.http.support.AccessLog;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class HealthProbesIT {
  private final ApiHarness api = ApiHarness.start(settings -> settings.withReadinessTimeout(Duration.ofMillis(300)));
  private final ListAppender<ILoggingEvent> accessLines = new ListAppender<>();
  private final CountDownLatch releaseStorage = new CountDownLatch(1);

  HealthProbesIT() {
    accessLines.start();
    accessLogger().addAppender(accessLines);
  }

  @AfterEach
  void stop() {
    releaseStorage.countDown();
    api.close();
    accessLogger().detachAppender(accessLines);
  }

  @Test
  void live_isUpEvenWhileStorageIsDown_andDoesNotAskStorage() {
    when(api.checkHealth.isStorageReachable()).thenThrow(new AssertionError("liveness must not ask storage"));

    var response = api.get("/health/live").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).path("status").asText()).isEqualTo("UP");
  }

  @Test
  void ready_followsStorage_downWhileUnreachableAndUpAgainAfter() {
    when(api.checkHealth.isStorageReachable()).thenReturn(true, false, true);

    var up = api.get("/health/ready").send();
    var down = api.get("/health/ready").send();
    var upAgain = api.get("/health/ready").send();

    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(api.json(up).path("status").asText()).isEqualTo("UP");
    assertThat(api.json(up).path("storage").asText()).isEqualTo("memory");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(api.json(down).path("status").asText()).isEqualTo("DOWN");
    assertThat(upAgain.statusCode()).isEqualTo(200);
  }

  @Test
  void ready_storageThatHangs_isDownAfterTheTimeout_andProbesDoNotPileUpChecks() {
    when(api.checkHealth.isStorageReachable()).thenAnswer(call -> releaseStorage.await(1, TimeUnit.MINUTES));

    var ready = api.get("/health/ready").send();
    var health = api.get("/health").send();

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(api.json(ready).path("status").asText()).isEqualTo("DOWN");
    assertThat(health.statusCode()).isEqualTo(503);
    verify(api.checkHealth, times(1)).isStorageReachable();
  }

  @Test
  void successfulProbes_stayOutOfTheInfoAccessLog_butFailedOnesAreLogged() {
    when(api.checkHealth.isStorageReachable()).thenReturn(true, false);

    api.get("/health/live").send();
    api.get("/health/ready").send();
    api.get("/health/ready").header("X-Request-Id", "probe-down").send();

    assertThat(accessLines.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
        .contains("path=/health/ready", "status=503", "requestId=probe-down"));
  }

  private static Logger accessLogger() {
    return (Logger) LoggerFactory.getLogger(AccessLog.LOGGER_NAME);
  }
}
