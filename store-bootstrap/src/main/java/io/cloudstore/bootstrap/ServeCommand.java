package io.cloudstore.bootstrap;

import io.cloudstore.bootstrap.ops.ConsoleLogging;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** Runs the shop until the process is stopped (SIGTERM or Ctrl-C), then drains requests and exits. */
final class ServeCommand implements Command {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "run the shop (the default); configured by environment variables";
  }

  @Override
  public String help() {
    return """
        Usage: java -jar cloud-store.jar [serve]

        Runs the shop: the JSON API under /api, the shop pages at /, /health, /health/live, /health/ready,
        and /metrics when STORE_METRICS_TOKEN is set. Configured by environment variables (see --help).
        Stops on SIGTERM or Ctrl-C, letting requests in flight finish (up to 20 s).

        Exit codes: 0 stopped normally (143 is what the JVM reports after SIGTERM), 1 could not start
        (storage unreachable, port taken...), 2 bad usage or configuration.
        """;
  }

  @Override
  public int run(List<String> args, Map<String, String> env, Terminal terminal) {
    if (!args.isEmpty()) {
      terminal.err().println("serve takes no arguments. Run 'serve --help' for usage.");
      return ExitCode.USAGE;
    }
    Optional<StoreConfig> config = CommandConfig.forServer(env, terminal.err());
    if (config.isEmpty()) {
      return ExitCode.USAGE;
    }
    Runnable stopLogging = ConsoleLogging.inBackground();
    CloudStoreApp app;
    try {
      app = CloudStoreApp.start(config.get());
    } catch (RuntimeException e) {
      stopLogging.run();
      terminal.err().println("Cloud Store could not start: " + e.getMessage());
      return ExitCode.FAILED;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopLogging.run();
      stopped.countDown();
    }, "cloud-store-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCode.OK;
  }
}
