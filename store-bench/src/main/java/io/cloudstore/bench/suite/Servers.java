package io.cloudstore.bench.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the processes the suite measures, each in its own JVM with the same flags, on free local ports. */
final class Servers {
  static final String ADMIN_EMAIL = "admin@bench.test";
  private static final String REFERENCE_PACKAGE = "io.cloudstore.bench.reference.";

  private final SuiteOptions options;
  private final HealthProbe probe = new HealthProbe();
  private final String adminPassword = randomHex(12);
  private final String jwtSecret = randomHex(32);

  Servers(SuiteOptions options) {
    this.options = options;
  }

  /** A started server: its process, where it listens, and how long it took to answer its first 200. */
  record Started(ManagedProcess process, URI base, Duration startUp) implements AutoCloseable {
    @Override
    public void close() {
      process.close();
    }
  }

  String adminPassword() {
    return adminPassword;
  }

  Started shopInMemory(String name) {
    return shopInMemory(name, List.of());
  }

  /** A shop in memory whose JVM gets {@code extraJvmFlags} after the suite's own flags. */
  Started shopInMemory(String name, List<String> extraJvmFlags) {
    return shop(name, Map.of("STORE_STORAGE", "memory"), extraJvmFlags, Duration.ofSeconds(60));
  }

  /** @param catalogCache how long catalog pages and products are served from the shop's cache */
  Started shopOnDynamoDb(String name, URI endpoint, String tablePrefix, Duration catalogCache) {
    Map<String, String> env = new HashMap<>();
    env.put("STORE_CATALOG_CACHE_TTL", catalogCache.toString());
    env.put("STORE_STORAGE", "dynamodb");
    env.put("STORE_DYNAMODB_ENDPOINT", endpoint.toString());
    env.put("STORE_DYNAMODB_CREATE_TABLES", "true");
    env.put("STORE_TABLE_PREFIX", tablePrefix);
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_REGION", "us-east-1");
    return shop(name, env, List.of(), Duration.ofSeconds(120));
  }

  Started bareJavalin() {
    int port = freePort();
    List<String> command = java();
    command.addAll(List.of("-cp", options.benchJar().toString(), REFERENCE_PACKAGE + "BareJavalinServer",
        Integer.toString(port)));
    return await(ManagedProcess.start("bare Javalin", command, Map.of(), log("bare-javalin")), port, "/health",
        Duration.ofSeconds(60));
  }

  /** The serialised moto server of {@code scripts/}, the DynamoDB emulator CI uses. */
  Started moto() {
    int port = freePort();
    List<String> command = List.of("python3", options.root().resolve("scripts/moto_serialized.py").toString(),
        Integer.toString(port), "127.0.0.1");
    return await(ManagedProcess.start("moto", command, Map.of(), log("moto")), port, "/moto-api/",
        Duration.ofSeconds(60));
  }

  /** Raw bcrypt verifications per second with {@code threads} threads, in a JVM of its own. */
  double bcryptVerificationsPerSecond(int threads, int seconds) {
    List<String> command = java();
    command.addAll(List.of("-cp", options.benchJar().toString(), REFERENCE_PACKAGE + "BcryptReference",
        Integer.toString(options.bcryptCost()), Integer.toString(threads), Integer.toString(seconds)));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new BenchException("the bcrypt reference failed:\n" + output);
      }
      String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
          .orElseThrow(() -> new BenchException("the bcrypt reference printed no result:\n" + output));
      return new ObjectMapper().readTree(json).path("perSecond").asDouble();
    } catch (IOException e) {
      throw new BenchException("cannot run the bcrypt reference", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted", e);
    }
  }

  private Started shop(String name, Map<String, String> storageEnv, List<String> extraJvmFlags, Duration limit) {
    int port = freePort();
    Map<String, String> env = new HashMap<>(storageEnv);
    env.put("PORT", Integer.toString(port));
    env.put("STORE_DEMO_DATA", "false");
    env.put("STORE_JWT_SECRET", jwtSecret);
    env.put("STORE_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("STORE_ADMIN_PASSWORD", adminPassword);
    env.put("STORE_BCRYPT_COST", Integer.toString(options.bcryptCost()));
    List<String> command = java();
    command.addAll(extraJvmFlags);
    command.addAll(List.of("-jar", options.shopJar().toString()));
    return await(ManagedProcess.start(name, command, env, log(name)), port, "/health", limit);
  }

  private Started await(ManagedProcess process, int port, String healthPath, Duration limit) {
    URI base = URI.create("http://127.0.0.1:" + port);
    try {
      long nanos = probe.awaitFirstOk(process, base.resolve(healthPath), limit);
      return new Started(process, base, Duration.ofNanos(nanos));
    } catch (RuntimeException e) {
      process.close();
      throw e;
    }
  }

  private List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.jvmFlagList());
    return command;
  }

  private Path log(String name) {
    return options.workDirectory().resolve(name.replaceAll("[^A-Za-z0-9.-]+", "-") + ".log");
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new BenchException("no free port", e);
    }
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
