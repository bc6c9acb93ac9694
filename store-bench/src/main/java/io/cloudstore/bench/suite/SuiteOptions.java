package io.cloudstore.bench.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bench/run.sh} passed: the profile, what to leave out, and where things are.
 *
 * @param jvmFlags the flags of every JVM the suite measures (the shop and both references), space-separated
 * @param memoryBudgetFlags added for the shop whose memory is measured: the budget it is meant to run in
 * @param checkoutFlags added for the shop whose checkout target is measured: the collector setting the
 *     README states for a shop that keeps its orders in memory
 */
record SuiteOptions(
    Profile profile,
    boolean dynamoDb,
    boolean jmh,
    boolean jfr,
    Path root,
    Path shopJar,
    Path benchJar,
    String jvmFlags,
    String memoryBudgetFlags,
    String checkoutFlags,
    int bcryptCost,
    Path resultsDirectory,
    Path workDirectory) {

  /**
   * A 10,000-product shop holds about 50 MB of live objects; the JVM's own sizing would give its heap a
   * quarter of the machine's memory, and G1 uses it. The serial collector with a 96 MB heap is the budget
   * of a small container.
   */
  static final String MEMORY_BUDGET_FLAGS = "-XX:+UseSerialGC -Xmx96m";

  /**
   * A shop that keeps its orders in memory keeps every order it takes. G1's adaptive tenuring copies
   * each one between survivor spaces several times before promoting it, and those copies are most of its
   * young pauses; this promotes every kept order after one copy.
   */
  static final String CHECKOUT_FLAGS = "-XX:MaxTenuringThreshold=1";

  static final String USAGE =
      """
      Usage: bench/run.sh [--smoke] [--no-dynamodb] [--no-jmh] [--jvm-flags "FLAGS"] [--memory-flags "FLAGS"]
                          [--checkout-flags "FLAGS"] [--bcrypt-cost N]
        --smoke         a few seconds per scenario on a tiny catalog (CI): fails on errors or oversell, never on speed
        --no-dynamodb   leave out the rows against the DynamoDB emulator (moto)
        --no-jmh        leave out the JMH benchmarks of the core
        --jfr           record the in-memory shop with Java Flight Recorder (bench/target/work/shop-memory.jfr)
        --jvm-flags     flags for the shop's JVM and the references' (default: none, the JVM's own defaults)
        --memory-flags  flags added for the shop whose RSS is measured (default: -XX:+UseSerialGC -Xmx96m)
        --checkout-flags  flags added for the shop whose checkout target is measured
                        (default: -XX:MaxTenuringThreshold=1; "" for none)
        --bcrypt-cost   STORE_BCRYPT_COST of the shop and the cost of the bcrypt reference (default 10)
      """;

  static SuiteOptions parse(List<String> args) {
    Profile profile = Profile.full();
    boolean dynamoDb = true;
    boolean jmh = true;
    boolean jfr = false;
    Path root = Path.of("").toAbsolutePath();
    String jvmFlags = "";
    String memoryBudgetFlags = MEMORY_BUDGET_FLAGS;
    String checkoutFlags = CHECKOUT_FLAGS;
    int bcryptCost = 10;
    Path shopJar = null;
    Path benchJar = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--smoke" -> profile = Profile.smoke();
        case "--no-dynamodb" -> dynamoDb = false;
        case "--no-jmh" -> jmh = false;
        case "--jfr" -> jfr = true;
        case "--root" -> root = Path.of(value(args, ++i, arg)).toAbsolutePath();
        case "--jar" -> shopJar = Path.of(value(args, ++i, arg)).toAbsolutePath();
        case "--bench-jar" -> benchJar = Path.of(value(args, ++i, arg)).toAbsolutePath();
        case "--jvm-flags" -> jvmFlags = value(args, ++i, arg).strip();
        case "--memory-flags" -> memoryBudgetFlags = value(args, ++i, arg).strip();
        case "--checkout-flags" -> checkoutFlags = value(args, ++i, arg).strip();
        case "--bcrypt-cost" -> bcryptCost = parseCost(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return new SuiteOptions(
        profile, dynamoDb, jmh, jfr, root,
        shopJar != null ? shopJar : root.resolve("store-bootstrap/target/cloud-store.jar"),
        benchJar != null ? benchJar : root.resolve("store-bench/target/store-bench.jar"),
        jvmFlags, memoryBudgetFlags, checkoutFlags, bcryptCost, root.resolve("bench/results"),
        root.resolve("bench/target/work"));
  }

  SuiteOptions withShopJar(Path jar) {
    return new SuiteOptions(
        profile, dynamoDb, jmh, jfr, root, jar, benchJar, jvmFlags, memoryBudgetFlags, checkoutFlags, bcryptCost,
        resultsDirectory, workDirectory);
  }

  List<String> jvmFlagList() {
    return split(jvmFlags);
  }

  /**
   * The memory budget's flags. A collector named there gives way to one chosen by {@code --jvm-flags}: the
   * JVM refuses to start with two.
   */
  List<String> memoryBudgetFlagList() {
    return givingWayToTheSuitesCollector(memoryBudgetFlags);
  }

  /** The checkout target's flags, a collector among them giving way as the memory budget's does. */
  List<String> checkoutFlagList() {
    return givingWayToTheSuitesCollector(checkoutFlags);
  }

  private List<String> givingWayToTheSuitesCollector(String flags) {
    boolean collectorChosen = jvmFlagList().stream().anyMatch(SuiteOptions::selectsCollector);
    return split(flags).stream().filter(flag -> !(collectorChosen && selectsCollector(flag))).toList();
  }

  private static boolean selectsCollector(String flag) {
    return flag.matches("-XX:\\+Use\\w+GC");
  }

  private static List<String> split(String flags) {
    return flags.isBlank() ? List.of() : List.of(flags.split("\\s+"));
  }

  Path luaDirectory() {
    return root.resolve("bench/lua");
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(index);
  }

  private static int parseCost(String value) {
    int cost = Integer.parseInt(value);
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("--bcrypt-cost must be between 4 and 31");
    }
    return cost;
  }
}
