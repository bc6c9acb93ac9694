package io.cloudstore.bench.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shop's scenarios against one running shop (memory or DynamoDB), with the stock audits that prove no
 * checkout oversold. The shop must already hold the products and shoppers this is given.
 */
final class ShopScenarios {
  static final String CATALOG_PAGE = "catalog page";
  static final String PRODUCT_BY_ID = "product by id";
  static final String CATEGORY = "category filter";
  static final String SEARCH = "search";
  static final String CART = "cart replace";
  static final String CHECKOUT = "checkout";
  static final String CHECKOUT_AT_RATE = "checkout at a steady rate";
  static final String SCARCE_CHECKOUT = "checkout, one scarce product";
  static final String LOGIN = "login";
  static final String JOURNEY = "mixed shopper journey";
  private static final Set<Integer> CREATED_OR_SOLD_OUT = Set.of(201, 409);
  private static final Set<Integer> JOURNEY_STATUSES = Set.of(200, 201);
  private static final int AUDIT_ATTEMPTS = 30;

  /**
   * How hard to drive this shop, and how old the stock its catalog shows may be (its catalog cache's TTL;
   * zero for none): the audits wait that long before they read the stock.
   */
  record Settings(
      String storage, int connections, int loginConnections, int seconds, int timeoutSeconds,
      Duration catalogStaleness) {}

  private final Settings settings;
  private final ScenarioRunner runner;
  private final Results results;
  private final ShopClient shop;
  private final DataFiles files;
  private final Function<String, Reference> references;
  private final Map<String, Integer> initialStock = new HashMap<>();
  private List<ShopClient.Session> shoppers = List.of();
  private Path shoppersFile;
  private Path productsFile;

  ShopScenarios(
      Settings settings, ScenarioRunner runner, Results results, ShopClient shop, DataFiles files,
      Function<String, Reference> references) {
    this.settings = settings;
    this.runner = runner;
    this.results = results;
    this.shop = shop;
    this.files = files;
    this.references = references;
  }

  /**
   * Tells which products the scenarios may buy, with the stock they were created with, and which shoppers
   * may be used. The audits check these products and any given to {@link #scarceCheckout}.
   */
  void use(Map<String, Integer> stockByProduct, List<ShopClient.Session> sessions) {
    initialStock.putAll(stockByProduct);
    shoppers = List.copyOf(sessions);
    productsFile = files.products(slug(), stockByProduct.keySet());
    shoppersFile = files.shoppers(slug(), sessions);
  }

  /**
   * Runs the mixed journey unmeasured for {@code seconds}: every endpoint's code gets compiled before the
   * first measured scenario, which would otherwise pay for the JIT alone.
   */
  void warmUp(int seconds) {
    runner.warmUp(shop.base().toString(), journeyLoad(), seconds);
  }

  /** A GET load over {@code paths}, for measuring in turns with a reference. */
  ScenarioRunner.Side getSide(String name, List<String> paths, int seconds) {
    Path pathsFile = files.paths(slug() + "-" + name.replaceAll("[^a-z0-9]+", "-"), paths);
    return new ScenarioRunner.Side(shop.base().toString(), new ScenarioRunner.Load("get.lua",
        Map.of("BENCH_PATHS", pathsFile), settings.connections(), seconds, settings.timeoutSeconds(), false));
  }

  LoadRow catalogPage(String label) {
    return get(label, List.of("/api/products?limit=20"), CATALOG_PAGE);
  }

  LoadRow productById(List<String> ids) {
    return get(PRODUCT_BY_ID, DataFiles.productPaths(ids), PRODUCT_BY_ID);
  }

  LoadRow categoryFilter() {
    return get(CATEGORY, DataFiles.categoryPaths(), CATEGORY);
  }

  LoadRow search() {
    return get(SEARCH, DataFiles.searchPaths(), SEARCH);
  }

  LoadRow cartReplace() {
    return run(CART, "cart.lua", Map.of("BENCH_SHOPPERS", shoppersFile, "BENCH_PRODUCTS", productsFile),
        settings.connections(), ScenarioRunner.OK);
  }

  /** Many shoppers buying one unit of many products with ample stock; then the stock audit. */
  LoadRow checkout() {
    LoadRow row = run(CHECKOUT, "checkout.lua", Map.of("BENCH_SHOPPERS", shoppersFile, "BENCH_PRODUCTS", productsFile),
        settings.connections(), ScenarioRunner.CREATED);
    audit(CHECKOUT);
    return row;
  }

  /**
   * The same checkouts offered at a steady {@code ordersPerSecond} over the same connections, as shoppers
   * arrive, instead of as fast as answers come: the latency a shop sees at that rate. Then the stock audit.
   */
  LoadRow checkoutAtRate(int ordersPerSecond) {
    String scenario = CHECKOUT_AT_RATE;
    LoadRow row = measure(scenario, load("checkout.lua",
        Map.of("BENCH_SHOPPERS", shoppersFile, "BENCH_PRODUCTS", productsFile), settings.connections())
        .atRate(ordersPerSecond), ScenarioRunner.CREATED);
    if (row.result().requestsPerSecond() > 1.1 * ordersPerSecond) {
      // A slow machine answers fewer, never more: more means the script did not hold requests to the rate.
      results.failure(String.format(Locale.ROOT, "%s \"%s\": %,.0f requests/s answered for %,d offered; the "
          + "pacing in bench/lua/common.lua does not hold", settings.storage(), scenario,
          row.result().requestsPerSecond(), ordersPerSecond));
    }
    if (!row.result().timedFromSlot()) {
      results.failure(String.format(Locale.ROOT, "%s \"%s\": no answer named its slot in X-Request-Id, so the "
          + "latency from arrival is unknown", settings.storage(), scenario));
    } else if (row.result().unstampedAnswers() > 0) {
      results.failure(String.format(Locale.ROOT, "%s \"%s\": %,d answers did not name their slot in X-Request-Id, "
          + "so their latency is unknown", settings.storage(), scenario, row.result().unstampedAnswers()));
    }
    results.note(String.format(Locale.ROOT, "%s \"%s\": latencies timed from each request's slot; wrk's own p99 "
        + "(timed from each send, plus wrk's estimate of the waits it did not see) was %.2f ms.", settings.storage(),
        scenario, row.result().sentP99Millis()));
    audit(scenario);
    return row;
  }

  /**
   * Every connection races for the last units of one product: exactly {@code stock} units must be sold,
   * every other checkout must be refused with 409, and the stock must end at zero.
   */
  LoadRow scarceCheckout(String productId, int stock) {
    initialStock.put(productId, stock);
    Path scarce = files.products(slug() + "-scarce", List.of(productId));
    Reference reference = references.apply(SCARCE_CHECKOUT);
    LoadRow row = runner.withoutWarmUp().run(SCARCE_CHECKOUT, settings.storage(), shop.base().toString(),
        new ScenarioRunner.Load("checkout.lua", Map.of("BENCH_SHOPPERS", shoppersFile, "BENCH_PRODUCTS", scarce),
            settings.connections(), settings.seconds(), settings.timeoutSeconds(), true),
        CREATED_OR_SOLD_OUT, reference.name(), reference.requestsPerSecond());
    StockAudit.Outcome outcome = audit(SCARCE_CHECKOUT);
    int left = shop.allStock().stream().filter(level -> level.id().equals(productId)).findFirst()
        .map(ShopClient.StockLevel::stock).orElse(-1);
    if (left != 0 || row.result().count(201) > stock) {
      results.failure(settings.storage() + " scarce product: stock " + stock + ", " + row.result().count(201)
          + " checkouts answered 201, " + left + " units left (expected 0 left)");
    } else if (outcome.passed()) {
      results.note(settings.storage() + ": " + connectionsText() + " raced for " + stock + " units of one product: "
          + stock + " sold, " + row.result().count(409) + " refused with 409, 0 left.");
    }
    return row;
  }

  /** The log-in load, for measuring in turns with the bcrypt reference. */
  ScenarioRunner.Side loginSide(int seconds) {
    return new ScenarioRunner.Side(shop.base().toString(), new ScenarioRunner.Load("login.lua",
        Map.of("BENCH_SHOPPERS", shoppersFile), settings.loginConnections(), seconds, settings.timeoutSeconds(), false));
  }

  LoadRow login() {
    return run(LOGIN, "login.lua", Map.of("BENCH_SHOPPERS", shoppersFile), settings.loginConnections(),
        ScenarioRunner.OK);
  }

  LoadRow journey(String label) {
    Reference reference = references.apply(JOURNEY);
    LoadRow row = runner.run(label, settings.storage(), shop.base().toString(), journeyLoad(), JOURNEY_STATUSES,
        reference.name(), reference.requestsPerSecond());
    audit(label);
    return row;
  }

  private ScenarioRunner.Load journeyLoad() {
    return load("journey.lua", Map.of(
        "BENCH_SHOPPERS", shoppersFile, "BENCH_PRODUCTS", productsFile,
        "BENCH_CATEGORIES", files.categories(), "BENCH_SEARCHES", files.searches()), settings.connections());
  }

  private LoadRow get(String label, List<String> paths, String referenceKey) {
    Path pathsFile = files.paths(slug() + "-" + label.replaceAll("[^a-z0-9]+", "-"), paths);
    return runner.run(label, settings.storage(), shop.base().toString(),
        load("get.lua", Map.of("BENCH_PATHS", pathsFile), settings.connections()), ScenarioRunner.OK,
        references.apply(referenceKey).name(), references.apply(referenceKey).requestsPerSecond());
  }

  private LoadRow run(String scenario, String script, Map<String, Path> env, int connections, Set<Integer> expected) {
    return measure(scenario,
        new ScenarioRunner.Load(script, env, connections, settings.seconds(), settings.timeoutSeconds(),
            !expected.stream().allMatch(status -> status < 400)),
        expected);
  }

  private LoadRow measure(String scenario, ScenarioRunner.Load load, Set<Integer> expected) {
    Reference reference = references.apply(scenario);
    return runner.run(scenario, settings.storage(), shop.base().toString(), load, expected, reference.name(),
        reference.requestsPerSecond());
  }

  private ScenarioRunner.Load load(String script, Map<String, Path> env, int connections) {
    return new ScenarioRunner.Load(script, env, connections, settings.seconds(), settings.timeoutSeconds(), false);
  }

  /**
   * Audits stock against orders on a consistent snapshot: requests still in flight when wrk stopped may
   * place orders while the audit reads, so it reads the orders, the stock and the orders again, and only
   * trusts a reading where the orders did not change in between.
   */
  private StockAudit.Outcome audit(String after) {
    waitOutTheCatalogCache();
    for (int attempt = 1; attempt <= AUDIT_ATTEMPTS; attempt++) {
      Map<String, Long> before = orderedUnits();
      Map<String, Integer> current = shop.allStock().stream()
          .collect(Collectors.toMap(ShopClient.StockLevel::id, ShopClient.StockLevel::stock));
      Map<String, Long> ordered = orderedUnits();
      if (ordered.equals(before)) {
        return report(after, StockAudit.check(initialStock, current, ordered));
      }
    }
    results.failure(settings.storage() + " stock audit after \"" + after + "\": orders kept changing through "
        + AUDIT_ATTEMPTS + " readings after the load stopped");
    return new StockAudit.Outcome(0, List.of("no quiet reading"));
  }

  /** Every catalog answer cached while the load ran has expired once this returns. */
  private void waitOutTheCatalogCache() {
    if (settings.catalogStaleness().isZero()) {
      return;
    }
    try {
      Thread.sleep(settings.catalogStaleness().toMillis() + 100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted", e);
    }
  }

  private Map<String, Long> orderedUnits() {
    return StockAudit.unitsByProduct(shoppers.stream().flatMap(s -> shop.orderedUnits(s.token()).stream()).toList());
  }

  private StockAudit.Outcome report(String after, StockAudit.Outcome outcome) {
    if (outcome.passed()) {
      results.note(settings.storage() + " stock audit after \"" + after + "\": " + outcome.unitsSold()
          + " units sold in all over " + initialStock.size() + " products; every product's stock equals its "
          + "initial stock minus the units in its orders.");
    } else {
      outcome.problems().stream().limit(10).forEach(problem ->
          results.failure(settings.storage() + " stock audit after \"" + after + "\": " + problem));
    }
    return outcome;
  }

  private String slug() {
    return settings.storage().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
  }

  private String connectionsText() {
    return settings.connections() + " connections";
  }
}
