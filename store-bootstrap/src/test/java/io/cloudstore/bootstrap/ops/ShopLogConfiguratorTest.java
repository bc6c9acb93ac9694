package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class ShopLogConfiguratorTest {
  @Test
  void logback_findsTheConfiguratorAsAService() {
    assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream())
        .<Class<?>>map(provider -> provider.type())
        .contains(ShopLogConfigurator.class);
  }

  @Test
  void configure_infoToOneConsoleAppender_frameworksAtWarn() {
    LoggerContext context = new LoggerContext();

    ExecutionStatus status = configure(context);

    assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(root.getAppender(ConsoleLogging.APPENDER)).isInstanceOf(ConsoleAppender.class);
    assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("io.javalin").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("software.amazon.awssdk.core").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("io.cloudstore.access").getEffectiveLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void configure_writesTheDocumentedTextLine() {
    LoggerContext context = new LoggerContext();
    configure(context);
    @SuppressWarnings("unchecked")
    var console = (ConsoleAppender<ILoggingEvent>)
        context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ConsoleLogging.APPENDER);
    var event = new LoggingEvent("test", context.getLogger("io.cloudstore.access"), Level.INFO,
        "method={} path={}", null, new Object[] {"GET", "/api/orders"});
    event.setMDCPropertyMap(Map.of("requestId", "req-42"));

    String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

    assertThat(line).matches(
        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\[req-42] io\\.cloudstore\\.access - "
            + "method=GET path=/api/orders\\R");
  }

  @Test
  void configure_givenAConfigurationFile_stepsAsideForLogback() {
    String previous = System.setProperty("logback.configurationFile", "/tmp/custom-logback.xml");
    try {
      LoggerContext context = new LoggerContext();

      assertThat(configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ConsoleLogging.APPENDER)).isNull();
    } finally {
      if (previous == null) {
        System.clearProperty("logback.configurationFile");
      } else {
        System.setProperty("logback.configurationFile", previous);
      }
    }
  }

  private static ExecutionStatus configure(LoggerContext context) {
    var configurator = new ShopLogConfigurator();
    configurator.setContext(context);
    return configurator.configure(context);
  }
}
