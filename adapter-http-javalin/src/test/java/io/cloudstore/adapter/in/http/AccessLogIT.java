package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.cloudstore.adapter.in.http.support.AccessLog;
import io.cloudstore.adapter.in.http.support.ErrorMapping;
import io.cloudstore.adapter.in.http.support.RequestIds;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.domain.page.Page;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AccessLogIT {
  private final ApiHarness api = ApiHarness.start();
  private final ListAppender<ILoggingEvent> accessLines = attach(AccessLog.LOGGER_NAME);
  private final ListAppender<ILoggingEvent> errorLines = attach(ErrorMapping.class.getName());

  @AfterEach
  void stop() {
    api.close();
    detach(AccessLog.LOGGER_NAME, accessLines);
    detach(ErrorMapping.class.getName(), errorLines);
  }

  @Test
  void authenticatedRequest_isLoggedOnceWithMethodPathStatusUserAndRequestId() {
    when(api.listMyOrders.list(any(), any())).thenReturn(Page.last(List.of()));

    api.get("/api/orders?cursor=private-cursor").as(ApiHarness.CUSTOMER_TOKEN).header("X-Request-Id", "req-77").send();

    assertThat(accessLines.list).hasSize(1);
    String line = accessLines.list.get(0).getFormattedMessage();
    assertThat(line)
        .contains("method=GET", "path=/api/orders", "status=200", "durationMs=", "userId=cust-1", "requestId=req-77")
        .doesNotContain("private-cursor", ApiHarness.CUSTOMER_TOKEN, "?");
  }

  @Test
  void failedLogIn_isLoggedWithoutPasswordOrBody() {
    when(api.logIn.logIn(any())).thenThrow(new InvalidCredentialsException());

    api.post("/api/auth/login", "{\"email\":\"ana@example.com\",\"password\":\"hunter2-secret\"}").send();

    String line = accessLines.list.get(0).getFormattedMessage();
    assertThat(line).contains("path=/api/auth/login", "status=401", "userId=-")
        .doesNotContain("hunter2", "ana@example.com");
  }

  @Test
  void errorLogLine_carriesTheRequestIdInTheMdc() {
    when(api.viewProduct.view(any())).thenThrow(new IllegalStateException("boom"));

    var response = api.get("/api/products/p-1").header("X-Request-Id", "req-500").send();

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(errorLines.list)
        .anySatisfy(event -> assertThat(event.getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, "req-500"));
  }

  private static ListAppender<ILoggingEvent> attach(String loggerName) {
    ListAppender<ILoggingEvent> appender =
        new ListAppender<>() {
          @Override
          protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing(); // keep the MDC of the thread that logged
            super.append(event);
          }
        };
    appender.start();
    ((Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
    return appender;
  }

  private static void detach(String loggerName, ListAppender<ILoggingEvent> appender) {
    ((Logger) LoggerFactory.getLogger(loggerName)).detachAppender(appender);
  }
}
