package io.cloudstore.bench.suite;

import io.cloudstore.bench.reference.SampleCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The same scenarios against the shop on DynamoDB, emulated by the serialised moto server. moto answers one
 * request at a time in Python, so these rows measure the emulator far more than the shop or DynamoDB; what
 * they do show is that every scenario works on the DynamoDB adapter, that checkout never oversells there,
 * and what a checkout costs in write units. The catalog page, which the shop's catalog cache serves, is
 * also measured at the memory rows' 64 connections, in turns with a shop in memory holding as many products.
 */
final class DynamoDbRound {
  static final String STORAGE = "dynamodb (moto)";
  /** moto serves one request at a time: more connections only queue up behind it into the SDK's timeouts. */
  static final int CONNECTIONS = 8;
  static final String CACHED_CATALOG_PAGE = "catalog page, 64 connections";
  private static final int SEED_CONCURRENCY = 4;
  private static final int SCARCE_PRODUCT_NUMBER = 99_999_998;

  private final Profile profile;
  private final Servers servers;
  private final Wrk wrk;
  private final Results results;
  private final DataFiles files;
  private final Progress progress;

  DynamoDbRound(SuiteOptions options, Servers servers, Wrk wrk, Results results, DataFiles files,
      Progress progress) {
    this.profile = options.profile();
    this.servers = servers;
    this.wrk = wrk;
    this.results = results;
    this.files = files;
    this.progress = progress;
  }

  void run() {
    progress.step("the shop on DynamoDB (moto)");
    String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    Duration cacheTtl = Duration.ofSeconds(profile.catalogCacheSeconds());
    results.note(STORAGE + ": the shop runs with STORE_CATALOG_CACHE_TTL=" + cacheTtl + " (catalog pages, products"
        + " and categories served from its cache for up to that long; stock audits wait that long first).");
    try (Servers.Started moto = servers.moto();
        Servers.Started started = servers.shopOnDynamoDb("shop-dynamodb", moto.base(), prefix, cacheTtl)) {
      var shop = new ShopClient(started.base(), SEED_CONCURRENCY);
      var seeder = new Seeder(shop, SEED_CONCURRENCY);
      String admin = shop.logIn(Servers.ADMIN_EMAIL, servers.adminPassword()).token();

      long start = System.nanoTime();
      Map<String, Integer> stock = new LinkedHashMap<>();
      seeder.createProducts(admin, 0, profile.dynamoDbCatalog(), Seeder.AMPLE_STOCK)
          .forEach(id -> stock.put(id, Seeder.AMPLE_STOCK));
      results.note(String.format(Locale.ROOT, "%s: seeded %,d products in %.1f s.", STORAGE, profile.dynamoDbCatalog(),
          (System.nanoTime() - start) / 1e9));
      List<String> ids = new ArrayList<>(stock.keySet());
      String scarce = shop.createProduct(admin, SampleCatalog.product(SCARCE_PRODUCT_NUMBER, profile.scarceStock()));

      var runner = new ScenarioRunner(wrk, results, progress, Math.min(2, profile.warmupSeconds()));
      var scenarios = new ShopScenarios(
          new ShopScenarios.Settings(STORAGE, CONNECTIONS, CONNECTIONS, profile.dynamoDbSeconds(), 30, cacheTtl),
          runner, results, shop, files, this::reference);
      scenarios.use(stock, seeder.registerShoppers("dynamodb", profile.dynamoDbShoppers()));

      LoadRow catalog = cachedCatalogAgainstMemory(runner, started, stock.size() + 1);
      scenarios.catalogPage(ShopScenarios.CATALOG_PAGE);
      scenarios.productById(ids);
      scenarios.categoryFilter();
      scenarios.search();
      scenarios.cartReplace();
      scenarios.checkout();
      scenarios.scarceCheckout(scarce, profile.scarceStock());
      scenarios.login();
      scenarios.journey(ShopScenarios.JOURNEY);

      List<DynamoDbWriteUnits.Checkout> costs = DynamoDbWriteUnits.measure(moto.base(), prefix);
      results.checkoutCosts(costs);
      targets(catalog, costs);
    }
  }

  /**
   * The catalog page at 64 connections on this shop and on a fresh shop in memory with as many products,
   * measured in turns; the memory shop's median is the reference.
   */
  private LoadRow cachedCatalogAgainstMemory(ScenarioRunner runner, Servers.Started dynamo, int products) {
    try (Servers.Started memory = servers.shopInMemory("shop-memory-beside-dynamodb")) {
      var shop = new ShopClient(memory.base(), MemoryRound.SEED_CONCURRENCY);
      String admin = shop.logIn(Servers.ADMIN_EMAIL, servers.adminPassword()).token();
      new Seeder(shop, MemoryRound.SEED_CONCURRENCY).createProducts(admin, 0, products, Seeder.AMPLE_STOCK);
      int seconds = Math.max(1, profile.seconds() / 2);
      var paths = Map.of("BENCH_PATHS", files.paths("catalog-page-64", List.of(MemoryRound.CATALOG_PATH)));
      var memorySide = new ScenarioRunner.Side(memory.base().toString(),
          ScenarioRunner.Load.of("get.lua", paths, MemoryRound.CONNECTIONS, seconds));
      var dynamoSide = new ScenarioRunner.Side(dynamo.base().toString(),
          ScenarioRunner.Load.of("get.lua", paths, MemoryRound.CONNECTIONS, seconds));
      runner.warmUp(memorySide.baseUrl(), memorySide.load(), 2 * profile.warmupSeconds());
      runner.warmUp(dynamoSide.baseUrl(), dynamoSide.load(), 2 * profile.warmupSeconds());
      List<LoadResult> medians = runner.inTurns(memorySide, dynamoSide, profile.turns());
      runner.record(CACHED_CATALOG_PAGE, MemoryRound.STORAGE, MemoryRound.CONNECTIONS, medians.get(0),
          ScenarioRunner.OK, Reference.none());
      return runner.record(CACHED_CATALOG_PAGE, STORAGE, MemoryRound.CONNECTIONS, medians.get(1), ScenarioRunner.OK,
          Reference.of("memory, in turns", medians.get(0).requestsPerSecond()));
    }
  }

  private void targets(LoadRow catalog, List<DynamoDbWriteUnits.Checkout> costs) {
    double ratio = catalog.ratio().orElse(0);
    results.target(new TargetRow("DynamoDB catalog",
        "cached reads with a stated staleness bound; catalog page >= 50% of the memory figure; stock authoritative "
            + "at checkout",
        String.format(Locale.ROOT, "catalog cache, staleness bound STORE_CATALOG_CACHE_TTL=%s; %s of memory "
            + "(%,.0f vs %,.0f req/s at %d connections, in turns, on moto); stock audits after every checkout "
            + "scenario passed", Duration.ofSeconds(profile.catalogCacheSeconds()), MemoryRound.percent(ratio),
            catalog.result().requestsPerSecond(), catalog.referenceRequestsPerSecond().orElse(0),
            MemoryRound.CONNECTIONS),
        TargetRow.Verdict.of(ratio >= 0.5 && results.failures().stream().noneMatch(f -> f.startsWith(STORAGE)))));
    boolean audited = results.failures().stream().noneMatch(f -> f.startsWith(STORAGE));
    boolean matches = !costs.isEmpty() && costs.stream().allMatch(DynamoDbWriteUnits.Checkout::matchesStatement);
    StringBuilder measured = new StringBuilder();
    costs.forEach(c -> measured.append(measured.length() == 0 ? "" : "; ")
        .append(c.lines()).append(c.lines() == 1 ? " line: " : " lines: ").append(c.writeUnits()).append(" WRU"));
    results.target(new TargetRow("DynamoDB checkout",
        "write units per order stated and matching DynamoDB's transaction pricing",
        (costs.isEmpty() ? "no orders stored" : measured + " (stated: 2 × (lines + 3))")
            + (audited ? "; no oversell" : "; AUDIT FAILED"),
        TargetRow.Verdict.of(matches && audited)));
  }

  private Reference reference(String scenario) {
    return results.load(scenario, MemoryRound.STORAGE)
        .map(row -> Reference.of("memory", row.result().requestsPerSecond()))
        .orElse(new Reference("memory", OptionalDouble.empty()));
  }
}
