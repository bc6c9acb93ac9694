package io.cloudstore.bootstrap.ops;

import ch.qos.logback.classic.AsyncAppender;
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
 * standard output for the operator commands, so that their standard output holds only their own report;
 * and, for the server, writing on a background thread.
 */
public final class ConsoleLogging {
  public static final String APPENDER = "CONSOLE";
  static final String BACKGROUND_APPENDER = "CONSOLE_IN_BACKGROUND";
  /** About half a second of access lines at full load; a full queue makes request threads wait, never drop. */
  static final int BACKGROUND_QUEUE_SIZE = 8192;

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
   * From now on, lines reach the console appender through a queue and one writer thread, so that request
   * threads never wait for standard output. Writing a line holds the appender's lock for a system call;
   * measured with 64 connections on 2 cores, request threads queued on that lock for over 10 ms about
   * 2,000 times in 12 s, which set the catalog page's slowest requests and cost about a third of its
   * throughput. Nothing is dropped: when the queue is full, the logging thread waits.
   *
   * @return stops logging after writing every queued line (up to a second); run it last, before exit
   */
  public static Runnable inBackground() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    return factory instanceof LoggerContext ? inBackground((LoggerContext) factory) : () -> {};
  }

  static Runnable inBackground(LoggerContext context) {
    var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> console = root.getAppender(APPENDER);
    if (console == null) {
      return () -> {};
    }
    var background = new AsyncAppender();
    background.setContext(context);
    background.setName(BACKGROUND_APPENDER);
    background.setQueueSize(BACKGROUND_QUEUE_SIZE);
    background.setDiscardingThreshold(0);
    background.setNeverBlock(false);
    background.addAppender(console);
    background.start();
    root.addAppender(background);
    root.detachAppender(console);
    return context::stop;
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
