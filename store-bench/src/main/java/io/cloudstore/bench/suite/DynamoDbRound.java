package io.cloudstore.bench.suite;

import io.cloudstore.bench.reference.SampleCatalog;
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
 * and what a checkout costs in write units.
 */
final class DynamoDbRound {
  static final String STORAGE = "dynamodb (moto)";
  /** moto serves one request at a time: more connections only queue up behind it into the SDK's timeouts. */
  static final int CONNECTIONS = 8;
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
    try (Servers.Started moto = servers.moto();
        Servers.Started started = servers.shopOnDynamoDb("shop-dynamodb", moto.base(), prefix)) {
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

      var scenarios = new ShopScenarios(
          new ShopScenarios.Settings(STORAGE, CONNECTIONS, CONNECTIONS, profile.dynamoDbSeconds(), 30),
          new ScenarioRunner(wrk, results, progress, Math.min(2, profile.warmupSeconds())), results, shop, files,
          this::reference);
      scenarios.use(stock, seeder.registerShoppers("dynamodb", profile.dynamoDbShoppers()));

      LoadRow catalog = scenarios.catalogPage(ShopScenarios.CATALOG_PAGE);
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

  private void targets(LoadRow catalog, List<DynamoDbWriteUnits.Checkout> costs) {
    double ratio = catalog.ratio().orElse(0);
    results.target(new TargetRow("DynamoDB catalog",
        "cached reads with a stated staleness bound; catalog page >= 50% of the memory figure; stock authoritative "
            + "at checkout",
        String.format(Locale.ROOT, "no read cache in the adapter (every page is a live Scan); %s of memory "
            + "(%,.0f vs %,.0f req/s, on moto)", MemoryRound.percent(ratio), catalog.result().requestsPerSecond(),
            catalog.referenceRequestsPerSecond().orElse(0)),
        TargetRow.Verdict.of(ratio >= 0.5)));
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
