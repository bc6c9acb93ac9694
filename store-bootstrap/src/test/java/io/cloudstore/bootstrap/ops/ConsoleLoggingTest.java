package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleLoggingTest {
  @Test
  void jsonEncoder_writesOneObjectPerLine_withTheRequestIdAndTheFormattedMessage() throws Exception {
    LoggerContext context = new LoggerContext();
    var event = new LoggingEvent("test", context.getLogger("io.cloudstore.access"), Level.INFO,
        "method={} path={}", null, new Object[] {"GET", "/api/orders"});
    event.setMDCPropertyMap(Map.of("requestId", "req-42", "userId", "u-1"));

    String line = new String(ConsoleLogging.jsonEncoder(context).encode(event), StandardCharsets.UTF_8);

    assertThat(line).endsWith("\n");
    assertThat(line.strip()).doesNotContain("\n");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.path("level").asText()).isEqualTo("INFO");
    assertThat(json.path("loggerName").asText()).isEqualTo("io.cloudstore.access");
    assertThat(json.path("mdc").path("requestId").asText()).isEqualTo("req-42");
    assertThat(json.path("formattedMessage").asText()).isEqualTo("method=GET path=/api/orders");
    assertThat(json.has("message")).as("the raw template is left out").isFalse();
  }

  @Test
  void logFormat_acceptsTextOrJsonInAnyCase() {
    assertThat(LogFormat.parse(" JSON ")).isEqualTo(LogFormat.JSON);
    assertThat(LogFormat.parse("text")).isEqualTo(LogFormat.TEXT);
  }
}
