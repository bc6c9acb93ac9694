package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

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
  void inBackground_writesEveryLineInOrder_evenWhenTheOutputFallsBehind_andFlushesAtStop() throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    var output = new OutputThatFallsBehind(3_000);
    var console = new OutputStreamAppender<ILoggingEvent>();
    console.setContext(context);
    console.setName(ConsoleLogging.APPENDER);
    var encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%thread %msg%n");
    encoder.start();
    console.setEncoder(encoder);
    console.setOutputStream(output);
    console.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(console);
    int threads = 4;
    int linesEach = 5_000;

    Runnable stop = ConsoleLogging.inBackground(context);
    var logging = Executors.newFixedThreadPool(threads, runnable -> new Thread(runnable, "writer"));
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String writer = "w" + t;
      writers.add(logging.submit(() -> {
        Thread.currentThread().setName(writer);
        for (int i = 0; i < linesEach; i++) {
          context.getLogger("io.cloudstore.access").info("line {}", i);
        }
      }));
    }
    for (Future<?> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    logging.shutdown();
    stop.run();

    List<String> lines = output.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).as("no line dropped, though the queue filled while the output fell behind")
        .hasSize(threads * linesEach);
    for (int t = 0; t < threads; t++) {
      String writer = "w" + t + " ";
      assertThat(lines.stream().filter(line -> line.startsWith(writer)).map(line -> line.substring(writer.length())))
          .as("each thread's lines in the order it wrote them")
          .containsExactlyElementsOf(IntStream.range(0, linesEach).mapToObj(i -> "line " + i).toList());
    }
  }

  @Test
  void inBackground_withoutTheConsoleAppender_changesNothing() {
    LoggerContext context = new LoggerContext();

    ConsoleLogging.inBackground(context).run();

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
  }

  /** Slow for its first writes (about 20 µs each), long enough for a burst of lines to fill the queue. */
  private static final class OutputThatFallsBehind extends ByteArrayOutputStream {
    private int slowWritesLeft;

    OutputThatFallsBehind(int slowWrites) {
      this.slowWritesLeft = slowWrites;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      if (slowWritesLeft-- > 0) {
        LockSupport.parkNanos(20_000);
      }
      super.write(bytes, offset, length);
    }
  }

  @Test
  void logFormat_acceptsTextOrJsonInAnyCase() {
    assertThat(LogFormat.parse(" JSON ")).isEqualTo(LogFormat.JSON);
    assertThat(LogFormat.parse("text")).isEqualTo(LogFormat.TEXT);
  }
}
