package io.cloudstore.bootstrap.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The shop's logging set up in code rather than in a {@code logback.xml}: INFO to standard output in one
 * appender named {@value ConsoleLogging#APPENDER}, with Jetty, Javalin and the AWS SDK at WARN. Logback
 * finds it through {@code META-INF/services}. Parsing an XML configuration costs about a quarter of a
 * second of start-up (logback's Joran and the JDK's XML parser, 700 classes); this costs a few
 * milliseconds. Given {@code -Dlogback.configurationFile=...}, it steps aside and logback reads that file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ShopLogConfigurator extends ContextAwareBase implements Configurator {
  static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%X{requestId:-}] %logger{24} - %msg%n";
  static final Map<String, Level> LEVELS = Map.of(
      "org.eclipse.jetty", Level.WARN,
      "io.javalin", Level.WARN,
      "software.amazon.awssdk", Level.WARN);
  private static final String CONFIGURATION_FILE_PROPERTY = "logback.configurationFile";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(CONFIGURATION_FILE_PROPERTY) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    var encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(TEXT_PATTERN);
    encoder.start();

    var console = new ConsoleAppender<ILoggingEvent>();
    console.setContext(context);
    console.setName(ConsoleLogging.APPENDER);
    console.setEncoder(encoder);
    console.start();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
