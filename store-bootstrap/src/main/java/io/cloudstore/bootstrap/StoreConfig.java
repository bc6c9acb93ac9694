package io.cloudstore.bootstrap;

import io.cloudstore.adapter.in.http.HttpSettings;
import io.cloudstore.bootstrap.ops.LogFormat;
import io.cloudstore.domain.money.TaxRate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Everything the shop reads from its environment, read once at start-up. {@link #from} reports every bad
 * value at once, one line each, instead of failing on the first.
 */
public record StoreConfig(
    int port,
    StorageKind storage,
    boolean demoData,
    Optional<byte[]> jwtSecret,
    Duration jwtTtl,
    Optional<AdminAccount> admin,
    Currency currency,
    TaxRate taxRate,
    int bcryptCost,
    List<String> corsOrigins,
    String awsRegion,
    Optional<URI> dynamoDbEndpoint,
    String tablePrefix,
    boolean createTables,
    LogFormat logFormat,
    Optional<MetricsToken> metricsToken,
    Duration catalogCacheTtl,
    int httpThreads) {

  public static final int MIN_JWT_SECRET_BYTES = 32;
  public static final int MIN_METRICS_TOKEN_LENGTH = 16;
  public static final Duration MAX_CATALOG_CACHE_TTL = Duration.ofMinutes(10);
  /**
   * On DynamoDB every catalog page is a paid Scan or Query. Five seconds caps that at a dozen reads a minute
   * per distinct page and instance however many shoppers ask, and a stock or price that old rarely misleads
   * anyone: checkout goes by the stored stock and prices anyway.
   */
  public static final Duration DYNAMODB_CATALOG_CACHE_TTL = Duration.ofSeconds(5);
  /**
   * In memory a request only computes: measured on 2 cores, 64 checkouts at once on Jetty's 200 threads took
   * over 100 ms for the slowest in a hundred, on 16 threads under 30 ms, at the same throughput.
   */
  public static final int MEMORY_THREADS_PER_CORE = 8;
  public static final int MAX_HTTP_THREADS = 1000;
  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
  private static final Pattern TABLE_PREFIX = Pattern.compile("[A-Za-z0-9_.-]{0,100}");
  private static final Pattern METRICS_TOKEN = Pattern.compile("[\\x21-\\x7E]{" + MIN_METRICS_TOKEN_LENGTH + ",200}");

  /** The admin account named by STORE_ADMIN_EMAIL and STORE_ADMIN_PASSWORD. */
  public record AdminAccount(String email, String password) {
    @Override
    public String toString() {
      return "AdminAccount[" + email + "]";
    }
  }

  /** The bearer token a Prometheus scraper sends to {@code GET /metrics} (STORE_METRICS_TOKEN). */
  public record MetricsToken(String value) {
    @Override
    public String toString() {
      return "MetricsToken[hidden]";
    }
  }

  public StoreConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** Reads the configuration from environment variables (or anything shaped like them). */
  public static StoreConfig from(Map<String, String> env) {
    var reader = new Reader(env);
    int port = reader.read("PORT", "8080", "a port number from 0 to 65535", v -> intIn(v, 0, 65535));
    StorageKind storage =
        reader.read("STORE_STORAGE", "memory", "memory or dynamodb", StoreConfig::storageKind);
    boolean demoData =
        reader.read(
            "STORE_DEMO_DATA", String.valueOf(storage == StorageKind.MEMORY), "true or false", StoreConfig::bool);
    Optional<byte[]> jwtSecret =
        reader.optional(
            "STORE_JWT_SECRET", "a secret of at least " + MIN_JWT_SECRET_BYTES + " bytes", StoreConfig::secret);
    if (storage == StorageKind.DYNAMODB && jwtSecret.isEmpty() && !reader.has("STORE_JWT_SECRET")) {
      reader.problem(
          "STORE_JWT_SECRET: required with STORE_STORAGE=dynamodb (a secret of at least "
              + MIN_JWT_SECRET_BYTES
              + " bytes, shared by every instance)");
    }
    Duration jwtTtl =
        reader.read("STORE_JWT_TTL", "PT24H", "an ISO-8601 duration such as PT24H, from 1 minute to 30 days",
            StoreConfig::ttl);
    Optional<AdminAccount> admin = admin(reader, env);
    Currency currency =
        reader.read("STORE_CURRENCY", "USD", "an ISO 4217 currency code such as USD", StoreConfig::currency);
    TaxRate taxRate =
        reader.read("STORE_TAX_RATE", "0", "a percentage from 0 to 100 as a decimal string such as 8.25",
            TaxRate::parse);
    int bcryptCost =
        reader.read("STORE_BCRYPT_COST", "10", "a whole number from 4 to 30", v -> intIn(v, 4, 30));
    List<String> corsOrigins =
        reader.read("STORE_CORS_ORIGINS", "", "a comma-separated list of exact origins such as https://shop.example.com",
            StoreConfig::origins);
    String region =
        reader.read("AWS_REGION", "us-east-1", "an AWS region name such as eu-west-1", StoreConfig::region);
    Optional<URI> endpoint =
        reader.optional("STORE_DYNAMODB_ENDPOINT", "an http(s) URL such as http://127.0.0.1:5000",
            StoreConfig::endpoint);
    String tablePrefix =
        reader.read("STORE_TABLE_PREFIX", "", "up to 100 letters, digits, '_', '-' or '.'", StoreConfig::tablePrefix);
    boolean createTables = reader.read("STORE_DYNAMODB_CREATE_TABLES", "false", "true or false", StoreConfig::bool);
    LogFormat logFormat = reader.read("STORE_LOG_FORMAT", "text", "text or json", LogFormat::parse);
    Optional<MetricsToken> metricsToken =
        reader.optional("STORE_METRICS_TOKEN",
            "at least " + MIN_METRICS_TOKEN_LENGTH + " visible ASCII characters without spaces",
            StoreConfig::metricsToken);
    Duration catalogCacheTtl =
        reader.read("STORE_CATALOG_CACHE_TTL",
            storage == StorageKind.DYNAMODB ? DYNAMODB_CATALOG_CACHE_TTL.toString() : "PT0S",
            "an ISO-8601 duration from PT0S to PT10M such as PT5S (PT0S or 0: no cache)",
            StoreConfig::catalogCacheTtl);
    int httpThreads =
        reader.read("STORE_HTTP_THREADS", Integer.toString(defaultHttpThreads(storage)),
            "a whole number from " + HttpSettings.MIN_MAX_THREADS + " to " + MAX_HTTP_THREADS,
            v -> intIn(v, HttpSettings.MIN_MAX_THREADS, MAX_HTTP_THREADS));
    reader.throwIfProblems();
    return new StoreConfig(port, storage, demoData, jwtSecret, jwtTtl, admin, currency, taxRate, bcryptCost,
        corsOrigins, region, endpoint, tablePrefix, createTables, logFormat, metricsToken, catalogCacheTtl,
        httpThreads);
  }

  private static Optional<AdminAccount> admin(Reader reader, Map<String, String> env) {
    String email = env.get("STORE_ADMIN_EMAIL");
    String password = env.get("STORE_ADMIN_PASSWORD");
    boolean hasEmail = email != null && !email.isBlank();
    boolean hasPassword = password != null && !password.isEmpty();
    if (hasEmail != hasPassword) {
      reader.problem("STORE_ADMIN_EMAIL / STORE_ADMIN_PASSWORD: set both or neither");
      return Optional.empty();
    }
    return hasEmail ? Optional.of(new AdminAccount(email.strip(), password)) : Optional.empty();
  }

  private static int intIn(String value, int min, int max) {
    int parsed = Integer.parseInt(value.strip());
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException("out of range");
    }
    return parsed;
  }

  private static StorageKind storageKind(String value) {
    return Arrays.stream(StorageKind.values())
        .filter(kind -> kind.configName().equals(value.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown storage"));
  }

  private static boolean bool(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static byte[] secret(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_JWT_SECRET_BYTES) {
      throw new IllegalArgumentException("too short");
    }
    return bytes;
  }

  private static Duration ttl(String value) {
    return durationIn(value, Duration.ofMinutes(1), Duration.ofDays(30));
  }

  /** A few per core in memory; Jetty's default for DynamoDB, where a request mostly waits on the network. */
  static int defaultHttpThreads(StorageKind storage) {
    return storage == StorageKind.MEMORY
        ? Math.max(16, MEMORY_THREADS_PER_CORE * Runtime.getRuntime().availableProcessors())
        : HttpSettings.DEFAULT_MAX_THREADS;
  }

  private static Duration catalogCacheTtl(String value) {
    if (value.strip().equals("0")) {
      return Duration.ZERO;
    }
    return durationIn(value, Duration.ZERO, MAX_CATALOG_CACHE_TTL);
  }

  private static Duration durationIn(String value, Duration min, Duration max) {
    try {
      Duration duration = Duration.parse(value.strip());
      if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
        throw new IllegalArgumentException("out of range");
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a duration", e);
    }
  }

  private static Currency currency(String value) {
    Currency currency = Currency.getInstance(value.strip().toUpperCase(Locale.ROOT));
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException("currency without minor unit");
    }
    return currency;
  }

  private static List<String> origins(String value) {
    List<String> origins = new ArrayList<>();
    for (String origin : value.split(",")) {
      String trimmed = origin.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!ORIGIN.matcher(trimmed).matches()) {
        throw new IllegalArgumentException("not an exact origin");
      }
      origins.add(trimmed);
    }
    return origins;
  }

  private static String region(String value) {
    if (!value.strip().matches("[a-z]{2}(-[a-z]+)+-[0-9]+")) {
      throw new IllegalArgumentException("not a region");
    }
    return value.strip();
  }

  private static URI endpoint(String value) {
    URI uri = URI.create(value.strip());
    if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException("not an http(s) URL");
    }
    return uri;
  }

  private static MetricsToken metricsToken(String value) {
    if (!METRICS_TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException("not a usable token");
    }
    return new MetricsToken(value);
  }

  private static String tablePrefix(String value) {
    if (!TABLE_PREFIX.matcher(value).matches()) {
      throw new IllegalArgumentException("bad prefix");
    }
    return value;
  }

  /** Reads variables, turning each unusable value into one line that names it and what it accepts. */
  private static final class Reader {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    Reader(Map<String, String> env) {
      this.env = env;
    }

    boolean has(String name) {
      String value = env.get(name);
      return value != null && !value.isBlank();
    }

    <T> T read(String name, String defaultValue, String accepts, Function<String, T> parse) {
      String value = has(name) ? env.get(name) : defaultValue;
      try {
        return parse.apply(value);
      } catch (RuntimeException e) {
        problem(name + ": '" + printable(name, value) + "' is not valid; expected " + accepts);
        return parseOrNull(defaultValue, parse);
      }
    }

    <T> Optional<T> optional(String name, String accepts, Function<String, T> parse) {
      if (!has(name)) {
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(env.get(name)));
      } catch (RuntimeException e) {
        problem(name + ": '" + printable(name, env.get(name)) + "' is not valid; expected " + accepts);
        return Optional.empty();
      }
    }

    void problem(String line) {
      problems.add(line);
    }

    void throwIfProblems() {
      if (!problems.isEmpty()) {
        throw new ConfigException(problems);
      }
    }

    private static <T> T parseOrNull(String defaultValue, Function<String, T> parse) {
      try {
        return parse.apply(defaultValue);
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** Secrets are never echoed back, not even when they are wrong. */
    private static String printable(String name, String value) {
      return name.contains("SECRET") || name.contains("PASSWORD") || name.contains("TOKEN") ? "<hidden>" : value;
    }
  }
}
