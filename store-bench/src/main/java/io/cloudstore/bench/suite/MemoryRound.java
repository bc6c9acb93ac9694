package io.cloudstore.bench.suite;

import io.cloudstore.bench.reference.SampleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The shop with in-memory storage: the references first (bare Javalin, raw bcrypt), start-up, then every
 * scenario on one shop whose catalog grows from the small size to the main one and finally the large one.
 */
final class MemoryRound {
  static final String STORAGE = "memory";
  static final int CONNECTIONS = 64;
  /** Log-ins are bcrypt-bound: a few connections keep both cores busy without queueing into timeouts. */
  static final int LOGIN_CONNECTIONS = 8;
  static final int SEED_CONCURRENCY = 8;
  private static final int MEMORY_SHOPPERS = 32;
  private static final String BARE_PAGE = "bare Javalin, 20-product page";
  static final String CATALOG_PATH = "/api/products?limit=20";
  /** A fresh shop is driven this many warm-up periods before its first measured scenario. */
  private static final int JIT_WARMUP_FACTOR = 2;
  private static final int SCARCE_PRODUCT_NUMBER = 99_999_999;

  private final SuiteOptions options;
  private final Profile profile;
  private final Servers servers;
  private final Wrk wrk;
  private final Results results;
  private final DataFiles files;
  private final Progress progress;
  private double barePage;
  private double bareProduct;
  private double bcrypt;

  MemoryRound(SuiteOptions options, Servers servers, Wrk wrk, Results results, DataFiles files,
      Progress progress) {
    this.options = options;
    this.profile = options.profile();
    this.servers = servers;
    this.wrk = wrk;
    this.results = results;
    this.files = files;
    this.progress = progress;
  }

  void run() {
    measureStartUp();
    measureShop();
    measureCheckout();
    measureMemory();
  }

  /**
   * Log-ins and raw bcrypt verifications, in turns: a bcrypt reference process for a turn, then the log-in
   * load for a turn, {@code turns} times; each side's median is reported. A log-in is one verification plus
   * a lookup, a token and JSON, so the two should come close.
   */
  private LoadRow loginAgainstBcrypt(ScenarioRunner runner, ShopScenarios scenarios) {
    int threads = Runtime.getRuntime().availableProcessors();
    ScenarioRunner.Side logins = scenarios.loginSide(turnSeconds());
    runner.warmUp(logins.baseUrl(), logins.load(), profile.warmupSeconds());
    List<Double> verifications = new ArrayList<>();
    List<LoadResult> loginRuns = new ArrayList<>();
    for (int turn = 0; turn < profile.turns(); turn++) {
      verifications.add(servers.bcryptVerificationsPerSecond(threads, turnSeconds()));
      loginRuns.add(runner.measure(logins));
    }
    bcrypt = verifications.stream().sorted().toList().get(verifications.size() / 2);
    String measured = String.format(Locale.ROOT, "Raw jBCrypt checkpw at cost %d with %d threads, in turns with the"
        + " log-ins: %s verifications/s; median %.1f.", options.bcryptCost(), threads, verifications, bcrypt);
    results.note(measured);
    progress.step(measured);
    return runner.record(ShopScenarios.LOGIN, STORAGE, LOGIN_CONNECTIONS, ScenarioRunner.median(loginRuns),
        ScenarioRunner.OK, Reference.of("raw bcrypt", bcrypt));
  }

  /**
   * Start-up as shipped (plain {@code java -jar}), then with an application class-data-sharing archive
   * made by one training run: the JVM then maps the classes it loaded last time instead of loading and
   * verifying them again. The bare Javalin reference's own start-up, measured the same way, is the floor:
   * a JVM starting Jetty, Javalin and Jackson with no application at all. The verdict is the archive's,
   * the setting the README states for start-up, as the memory and checkout targets are measured with
   * theirs; the plain and bare figures stand beside it.
   */
  private void measureStartUp() {
    progress.step("start-up, " + profile.startupRuns() + " runs each: bare Javalin, the shop, the shop with AppCDS");
    long bare = medianStartUp("bare Javalin (no application)", servers::bareJavalin);
    long plain = medianStartUp("the shop, java -jar", () -> servers.shopInMemory("shop-startup", List.of()));
    Path archive = options.workDirectory().resolve("cloud-store.jsa");
    try (Servers.Started training = servers.shopInMemory("shop-cds-training", List.of("-XX:ArchiveClassesAtExit=" + archive))) {
      new ShopClient(training.base(), 1).logIn(Servers.ADMIN_EMAIL, servers.adminPassword());
    }
    List<String> withArchiveFlags = List.of("-XX:SharedArchiveFile=" + archive);
    long withArchive = Files.isRegularFile(archive)
        ? medianStartUp("the shop, java -XX:SharedArchiveFile=cloud-store.jsa -jar",
            () -> servers.shopInMemory("shop-startup-cds", withArchiveFlags))
        : -1;
    results.target(new TargetRow("start-up", "< 1.0 s from java -jar to the first 200 on /health",
        (withArchive < 0 ? "the training run wrote no archive" : "median " + withArchive + " ms of "
            + profile.startupRuns() + " with the AppCDS archive (java -XX:SharedArchiveFile=cloud-store.jsa -jar)")
            + "; plain java -jar: median " + plain + " ms; bare Javalin alone: median " + bare + " ms",
        withArchive < 0 ? TargetRow.Verdict.NOT_MEASURED : TargetRow.Verdict.of(withArchive < 1000)));
  }

  private long medianStartUp(String what, Supplier<Servers.Started> start) {
    List<Long> millis = new ArrayList<>();
    for (int run = 1; run <= profile.startupRuns(); run++) {
      try (Servers.Started server = start.get()) {
        millis.add(server.startUp().toMillis());
      }
    }
    long median = millis.stream().sorted().toList().get(millis.size() / 2);
    results.note("Start-up of " + what + " to the first 200 on /health (shop: memory, admin account created, no"
        + " demo data), " + millis.size() + " runs: " + millis + " ms; median " + median + " ms.");
    return median;
  }

  /**
   * The main shop: every scenario at the main catalog size, the ratio targets measured in turns with their
   * reference, then the catalog grown to the large size and compared, in turns, with a small shop.
   */
  private void measureShop() {
    progress.step("the shop in memory, with the bare Javalin reference beside it");
    List<String> recording = options.jfr()
        ? List.of("-XX:StartFlightRecording=filename=" + options.workDirectory().resolve("shop-memory.jfr")
            + ",settings=profile,dumponexit=true")
        : List.of();
    try (Servers.Started bare = servers.bareJavalin();
        Servers.Started started = servers.shopInMemory("shop-memory", recording)) {
      var runner = new ScenarioRunner(wrk, results, progress, profile.warmupSeconds());
      var shop = new ShopClient(started.base(), SEED_CONCURRENCY);
      var seeder = new Seeder(shop, SEED_CONCURRENCY);
      String admin = shop.logIn(Servers.ADMIN_EMAIL, servers.adminPassword()).token();
      var scenarios = new ShopScenarios(
          new ShopScenarios.Settings(STORAGE, CONNECTIONS, LOGIN_CONNECTIONS, profile.seconds(), 10, Duration.ZERO),
          runner, results, shop, files, this::reference);

      Map<String, Integer> stock = new LinkedHashMap<>();
      seed(seeder, admin, stock, 0, profile.mainCatalog());
      String scarce = shop.createProduct(admin, SampleCatalog.product(SCARCE_PRODUCT_NUMBER, profile.scarceStock()));
      List<ShopClient.Session> shoppers = seeder.registerShoppers("memory", profile.shoppers());
      scenarios.use(stock, shoppers);
      scenarios.warmUp(JIT_WARMUP_FACTOR * profile.warmupSeconds());
      runner.warmUp(bare.base().toString(), bareLoad("/page"), JIT_WARMUP_FACTOR * profile.warmupSeconds());

      LoadRow catalog = againstBare(runner, bare, "/page", BARE_PAGE,
          scenarios.getSide(ShopScenarios.CATALOG_PAGE, List.of(CATALOG_PATH), turnSeconds()), ShopScenarios.CATALOG_PAGE);
      barePage = catalog.referenceRequestsPerSecond().orElse(0);
      LoadRow product = againstBare(runner, bare, "/product", "bare Javalin, one product",
          scenarios.getSide(ShopScenarios.PRODUCT_BY_ID, DataFiles.productPaths(stock.keySet()), turnSeconds()),
          ShopScenarios.PRODUCT_BY_ID);
      bareProduct = product.referenceRequestsPerSecond().orElse(0);
      scenarios.categoryFilter();
      scenarios.search();
      scenarios.cartReplace();
      scenarios.checkout();
      scenarios.checkoutAtRate(profile.checkoutRate());
      scenarios.scarceCheckout(scarce, profile.scarceStock());
      LoadRow login = loginAgainstBcrypt(runner, scenarios);

      seed(seeder, admin, stock, profile.mainCatalog(), profile.largeCatalog());
      List<LoadRow> scale = smallAgainstLarge(runner, scenarios);

      targets(catalog, product, login, scale.get(0), scale.get(1));
      results.note(String.format(Locale.ROOT, "memory: the shop that served the scenarios above ended with %,d "
          + "products, the orders of the checkout runs and RSS %.0f MiB.", stock.size(), mebibytes(started.process())));
    }
  }

  /** The shop's load and the bare server's, in turns; the bare median is the shop row's reference. */
  private LoadRow againstBare(
      ScenarioRunner runner, Servers.Started bare, String barePath, String bareLabel, ScenarioRunner.Side shopSide,
      String scenario) {
    List<LoadResult> medians =
        runner.inTurns(new ScenarioRunner.Side(bare.base().toString(), bareLoad(barePath)), shopSide, profile.turns());
    runner.record(bareLabel, "reference", CONNECTIONS, medians.get(0), ScenarioRunner.OK, Reference.none());
    Reference reference = Reference.of("bare " + barePath, medians.get(0).requestsPerSecond());
    return runner.record(scenario, STORAGE, CONNECTIONS, medians.get(1), ScenarioRunner.OK, reference);
  }

  /** A fresh shop with the small catalog, in turns with the main shop now holding the large one. */
  private List<LoadRow> smallAgainstLarge(ScenarioRunner runner, ShopScenarios large) {
    try (Servers.Started started = servers.shopInMemory("shop-memory-small")) {
      var shop = new ShopClient(started.base(), SEED_CONCURRENCY);
      String admin = shop.logIn(Servers.ADMIN_EMAIL, servers.adminPassword()).token();
      seed(new Seeder(shop, SEED_CONCURRENCY), admin, new LinkedHashMap<>(), 0, profile.smallCatalog());
      var smallSide = new ScenarioRunner.Side(started.base().toString(), ScenarioRunner.Load.of("get.lua",
          Map.of("BENCH_PATHS", files.paths("small-catalog", List.of(CATALOG_PATH))), CONNECTIONS, turnSeconds()));
      runner.warmUp(smallSide.baseUrl(), smallSide.load(), JIT_WARMUP_FACTOR * profile.warmupSeconds());
      List<LoadResult> medians =
          runner.inTurns(smallSide, large.getSide("large catalog", List.of(CATALOG_PATH), turnSeconds()), profile.turns());
      Reference reference = Reference.of("bare /page", barePage);
      return List.of(
          runner.record(catalogLabel(profile.smallCatalog()), STORAGE, CONNECTIONS, medians.get(0), ScenarioRunner.OK,
              reference),
          runner.record(catalogLabel(profile.largeCatalog()), STORAGE, CONNECTIONS, medians.get(1), ScenarioRunner.OK,
              reference));
    }
  }

  private ScenarioRunner.Load bareLoad(String path) {
    return ScenarioRunner.Load.of("get.lua",
        Map.of("BENCH_PATHS", files.paths("bare" + path.replace('/', '-'), List.of(path))), CONNECTIONS, turnSeconds());
  }

  /** Each turn of a comparison is half a scenario's time, so a comparison costs as much as two scenarios. */
  private int turnSeconds() {
    return Math.max(1, profile.seconds() / 2);
  }

  /**
   * The checkout target on a fresh shop with the main catalog, started with the collector setting the
   * README states for a shop that keeps its orders in memory ({@code --checkout-flags}), as the memory
   * target is measured with its stated heap budget: flat out, then at the target's rate. The main shop's
   * checkout rows, with the JVM's defaults, stay in the table, and the verdict's text shows that shop's
   * steady-rate p99 beside this one.
   */
  private void measureCheckout() {
    List<String> flags = options.checkoutFlagList();
    String storage = flags.isEmpty() ? STORAGE + ", fresh shop" : STORAGE + ", " + String.join(" ", flags);
    progress.step("checkout target: a fresh shop in memory with " + (flags.isEmpty() ? "no added flags" : flags));
    try (Servers.Started started = servers.shopInMemory("shop-memory-checkout", flags)) {
      ShopScenarios scenarios = withMainCatalog(started, storage, "checkout", profile.shoppers());
      scenarios.warmUp(JIT_WARMUP_FACTOR * profile.warmupSeconds());
      LoadRow flatOut = scenarios.checkout();
      LoadRow atRate = scenarios.checkoutAtRate(profile.checkoutRate());
      results.target(checkoutTarget(flatOut, atRate, flags));
    }
  }

  /**
   * Memory on a fresh shop: the main catalog, then the mixed journey, then RSS. Once with the memory budget
   * the shop is meant to run in, once with the JVM's own sizing (a quarter of the machine's RAM for the
   * heap), which shows what the budget is for.
   */
  private void measureMemory() {
    progress.step("memory: a fresh shop with " + profile.mainCatalog() + " products and the mixed journey");
    double budgeted =
        rssAfterJourney("shop-memory-budget", options.memoryBudgetFlagList(), ShopScenarios.JOURNEY, true);
    String measured = String.format(Locale.ROOT, "%.0f MiB with `%s`", budgeted,
        String.join(" ", options.memoryBudgetFlagList()));
    if (!profile.isSmoke()) {
      String plainLabel = options.jvmFlags().isBlank() ? "JVM default heap" : "suite JVM flags only";
      double plain =
          rssAfterJourney("shop-memory-plain", List.of(), ShopScenarios.JOURNEY + ", " + plainLabel, false);
      measured += String.format(Locale.ROOT, "; %.0f MiB with the %s", plain, plainLabel);
    }
    results.target(new TargetRow("memory",
        String.format(Locale.ROOT, "RSS < 250 MB after the mixed journey with %,d products", profile.mainCatalog()),
        measured, TargetRow.Verdict.of(budgeted < 250)));
  }

  /** @param jitWarmUp whether to warm the JIT up first, as for a journey whose rate is reported as such */
  private double rssAfterJourney(String name, List<String> jvmFlags, String label, boolean jitWarmUp) {
    try (Servers.Started started = servers.shopInMemory(name, jvmFlags)) {
      ShopScenarios scenarios = withMainCatalog(started, STORAGE, name, MEMORY_SHOPPERS);
      if (jitWarmUp) {
        scenarios.warmUp(JIT_WARMUP_FACTOR * profile.warmupSeconds());
      }
      scenarios.journey(label);
      double rss = mebibytes(started.process());
      results.note(String.format(Locale.ROOT, "memory: RSS after \"%s\": %.0f MiB (JVM flags: %s).", label, rss,
          jvmFlags.isEmpty() && options.jvmFlags().isBlank() ? "none" : (options.jvmFlags() + " " + String.join(" ", jvmFlags)).strip()));
      return rss;
    }
  }

  /**
   * The scenarios of a freshly started shop, once it holds the main catalog and {@code shoppers} registered
   * shoppers (their emails start with {@code shopperPrefix}).
   */
  private ShopScenarios withMainCatalog(Servers.Started started, String storage, String shopperPrefix, int shoppers) {
    var shop = new ShopClient(started.base(), SEED_CONCURRENCY);
    var seeder = new Seeder(shop, SEED_CONCURRENCY);
    String admin = shop.logIn(Servers.ADMIN_EMAIL, servers.adminPassword()).token();
    Map<String, Integer> stock = new LinkedHashMap<>();
    seed(seeder, admin, stock, 0, profile.mainCatalog());
    var scenarios = new ShopScenarios(
        new ShopScenarios.Settings(storage, CONNECTIONS, LOGIN_CONNECTIONS, profile.seconds(), 10, Duration.ZERO),
        new ScenarioRunner(wrk, results, progress, profile.warmupSeconds()), results, shop, files, this::reference);
    scenarios.use(stock, seeder.registerShoppers(shopperPrefix, shoppers));
    return scenarios;
  }

  private static double mebibytes(ManagedProcess process) {
    return process.residentBytes() / (1024.0 * 1024);
  }

  private void seed(Seeder seeder, String admin, Map<String, Integer> stock, int from, int to) {
    long start = System.nanoTime();
    List<String> ids = seeder.createProducts(admin, from, to, Seeder.AMPLE_STOCK);
    ids.forEach(id -> stock.put(id, Seeder.AMPLE_STOCK));
    String seeded = String.format(Locale.ROOT, "memory: seeded %,d products through POST /api/admin/products in %.1f s.",
        to - from, (System.nanoTime() - start) / 1e9);
    results.note(seeded);
    progress.step(seeded);
  }

  private void targets(LoadRow catalog, LoadRow product, LoadRow login, LoadRow small, LoadRow large) {
    results.note(String.format(Locale.ROOT, "Answer sizes, headers included: shop catalog page %.0f bytes, bare "
        + "Javalin page %.0f bytes.", catalog.result().bytesPerResponse(),
        results.load(BARE_PAGE, "reference").map(row -> row.result().bytesPerResponse()).orElse(0.0)));
    double catalogRatio = catalog.ratio().orElse(0);
    results.target(new TargetRow("catalog page",
        ">= 50% of bare Javalin's requests/s; p99 < 10 ms at 64 connections",
        percent(catalogRatio) + " of bare; p99 " + millis(catalog.result().p99Millis()),
        TargetRow.Verdict.of(catalogRatio >= 0.5 && catalog.result().p99Millis() < 10)));
    double productRatio = product.ratio().orElse(0);
    results.target(new TargetRow("product by id", ">= 60% of bare Javalin's requests/s",
        percent(productRatio) + " of bare", TargetRow.Verdict.of(productRatio >= 0.6)));
    double loginRatio = login.ratio().orElse(0);
    results.target(new TargetRow("login", ">= 90% of raw bcrypt verifications/s at the same cost and cores",
        String.format(Locale.ROOT, "%.1f log-ins/s = %s of %.1f", login.result().requestsPerSecond(),
            percent(loginRatio), bcrypt),
        TargetRow.Verdict.of(loginRatio >= 0.9)));
    double growth = large.result().p50Millis() / small.result().p50Millis();
    results.target(new TargetRow("scale",
        String.format(Locale.ROOT, "catalog page p50 with %,d products <= 1.5x that with %,d", profile.largeCatalog(),
            profile.smallCatalog()),
        String.format(Locale.ROOT, "%s vs %s = %.2fx (requests/s %,.0f vs %,.0f)", millis(large.result().p50Millis()),
            millis(small.result().p50Millis()), growth, large.result().requestsPerSecond(),
            small.result().requestsPerSecond()),
        TargetRow.Verdict.of(growth <= 1.5)));
  }

  /**
   * Throughput as fast as answers come; latency at the target's rate, offered steadily as shoppers arrive
   * and timed from each arrival. Flat out, 64 connections queue behind each other by design (latency =
   * connections / throughput), so that p99 measures the queue wrk builds, not the shop at 3,000 orders/s:
   * both are shown.
   */
  private TargetRow checkoutTarget(LoadRow flatOut, LoadRow atRate, List<String> flags) {
    boolean clean = flatOut.errors() == 0 && atRate.errors() == 0
        && results.failures().stream().noneMatch(f -> f.contains("stock audit"));
    boolean kept = atRate.result().requestsPerSecond() >= 0.99 * profile.checkoutRate();
    boolean timed = atRate.result().timedFromSlot() && atRate.result().unstampedAnswers() == 0;
    String asShipped = results.load(ShopScenarios.CHECKOUT_AT_RATE, STORAGE)
        .map(mainShop -> String.format(Locale.ROOT, "; with the JVM's defaults (the main shop): p99 %s from arrival "
            + "at %,d orders/s", millis(mainShop.result().p99Millis()), profile.checkoutRate()))
        .orElse("");
    return new TargetRow("checkout",
        String.format(Locale.ROOT, ">= %,d orders/s, p99 < 25 ms at %d connections, no oversell, no errors",
            profile.checkoutRate(), CONNECTIONS),
        String.format(Locale.ROOT, "with `%s` (a fresh shop): at %,d orders/s offered: %,.0f/s answered, p99 %s from "
                + "arrival (wrk's own: %s); flat out: %,.0f orders/s, p99 %s; %d errors, audits %s%s",
            flags.isEmpty() ? "no added flags" : String.join(" ", flags), profile.checkoutRate(),
            atRate.result().requestsPerSecond(), millis(atRate.result().p99Millis()),
            millis(atRate.result().sentP99Millis()), flatOut.result().requestsPerSecond(),
            millis(flatOut.result().p99Millis()), flatOut.errors() + atRate.errors(), clean ? "passed" : "FAILED",
            asShipped),
        TargetRow.Verdict.of(flatOut.result().requestsPerSecond() >= profile.checkoutRate() && kept && timed
            && atRate.result().p99Millis() < 25 && clean));
  }

  private Reference reference(String scenario) {
    return switch (scenario) {
      case ShopScenarios.PRODUCT_BY_ID -> Reference.of("bare /product", bareProduct);
      case ShopScenarios.LOGIN -> Reference.of("raw bcrypt", bcrypt);
      case ShopScenarios.CHECKOUT_AT_RATE -> Reference.none();
      default -> Reference.of("bare /page", barePage);
    };
  }

  static String catalogLabel(int products) {
    return String.format(Locale.ROOT, "catalog page, %,d products", products);
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
  }

  static String millis(double value) {
    return String.format(Locale.ROOT, "%.2f ms", value);
  }
}
