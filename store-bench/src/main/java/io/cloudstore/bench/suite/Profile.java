package io.cloudstore.bench.suite;

/**
 * How long and how big a run is. {@link #full()} reproduces the published table in about ten minutes;
 * {@link #smoke()} runs every scenario for a second on a tiny catalog so that CI notices a broken suite,
 * a shop that does not start, an error or an oversell (never a slow machine); its JMH benchmarks run once,
 * unforked, only to prove they still run.
 */
record Profile(
    String name,
    int warmupSeconds,
    int seconds,
    int smallCatalog,
    int mainCatalog,
    int largeCatalog,
    int shoppers,
    int startupRuns,
    int dynamoDbCatalog,
    int dynamoDbShoppers,
    int dynamoDbSeconds,
    int scarceStock,
    int turns,
    int catalogCacheSeconds,
    int checkoutRate,
    String jmhOptions) {

  static Profile full() {
    return new Profile(
        "full", 5, 10, 1_000, 10_000, 100_000, 128, 5, 500, 32, 6, 40, 3, 5, 3_000,
        "-f 1 -wi 1 -w 1s -i 2 -r 1s");
  }

  static Profile smoke() {
    return new Profile("smoke", 0, 1, 100, 300, 1_000, 16, 1, 40, 8, 1, 10, 1, 1, 200, "-f 0 -wi 0 -i 1 -r 100ms");
  }

  boolean isSmoke() {
    return name.equals("smoke");
  }
}
