package io.cloudstore.bootstrap.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adjusts the console appender named {@value #APPENDER} ({@link ShopLogConfigurator}'s, or one of that name
 * in a custom logback configuration): JSON lines instead of text when asked, and standard error instead of
 * standard output for the operator commands, so that their standard output holds only their own report.
 */
public final class ConsoleLogging {
  public static final String APPENDER = "CONSOLE";

  /** Where log lines go. */
  public enum Target {
    STANDARD_OUTPUT("System.out"),
    STANDARD_ERROR("System.err");

    private final String logbackName;

    Target(String logbackName) {
      this.logbackName = logbackName;
    }
  }

  private ConsoleLogging() {}

  /** Does nothing if SLF4J is bound to something other than Logback, or the appender is missing. */
  @SuppressWarnings("unchecked")
  public static void use(LogFormat format, Target target) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) {
      return;
    }
    LoggerContext context = (LoggerContext) factory;
    Appender<ILoggingEvent> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
    if (!(appender instanceof ConsoleAppender)) {
      return;
    }
    ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
    console.stop();
    if (format == LogFormat.JSON) {
      console.setEncoder(jsonEncoder(context));
    }
    console.setTarget(target.logbackName);
    console.start();
  }

  /**
   * One object per line: timestamp (epoch milliseconds), level, thread, logger, MDC (request and user id)
   * and the formatted message, plus the stack trace when there is one. The raw message template and its
   * arguments are left out: the formatted message says the same once.
   */
  static JsonEncoder jsonEncoder(LoggerContext context) {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithContext(false);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithFormattedMessage(true);
    encoder.start();
    return encoder;
  }
}
