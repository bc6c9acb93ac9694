package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar cloud-store.jar ...} as a separate process, as an operator would. The child gets
 * this JVM's environment without PORT and the STORE_ variables (so CI's settings never leak into a test),
 * plus what the test gives.
 */
public final class Jar {
  /** What a finished command printed, and its exit code. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
    }
  }

  private Jar() {}

  public static Path path() {
    Path jar = Path.of(System.getProperty("cloudstore.jar", "target/cloud-store.jar"));
    assertThat(jar).as("the shaded jar is built by 'package' before Failsafe runs").exists();
    return jar;
  }

  /** Runs a command to its end (at most two minutes), feeding {@code stdin} to it. */
  public static Result runWithInput(Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("cloud-store-out", ".txt");
    Path err = Files.createTempFile("cloud-store-err", ".txt");
    Process process = builder(env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("the command finished within two minutes").isTrue();
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return runWithInput(env, "", args);
  }

  public static ProcessBuilder builder(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", path().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("STORE_") || name.equals("PORT"));
    builder.environment().putAll(env);
    return builder;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
