package io.cloudstore.bootstrap;

import io.cloudstore.bootstrap.ops.ImportReport;
import io.cloudstore.bootstrap.ops.ImportStoppedException;
import io.cloudstore.bootstrap.ops.ProductFile;
import io.cloudstore.bootstrap.ops.ProductFileException;
import io.cloudstore.bootstrap.ops.ProductImport;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Adds the products of a JSON or CSV file to the catalog, row by row, never twice. */
final class ImportProductsCommand implements Command {
  private static final String DRY_RUN = "--dry-run";

  @Override
  public String name() {
    return "import-products";
  }

  @Override
  public String summary() {
    return "add the products of a JSON or CSV file; running it again creates nothing new";
  }

  @Override
  public String help() {
    return """
        Usage: java -jar cloud-store.jar import-products [--dry-run] FILE

        Adds the products of FILE to the catalog of the configured storage.

        FILE is JSON, an array of objects like the demo catalog:
          [{"name": "Mug", "description": "...", "category": "Kitchen", "price": 1250, "stock": 10,
            "imageUrl": "/images/mug.svg", "id": "mug-350"}]
        or CSV (UTF-8) with a header row naming the columns, in any order:
          name,description,category,price,stock,imageUrl,id
        name, category, price and stock are required; description, imageUrl and id (or sku) are optional.
        price is a whole number of minor units (cents): 1250 is 12.50 in the store currency.
        A name ending in .json or .csv decides the format; otherwise a file starting with '[' is JSON.

        Every row is checked on its own; rejected rows are listed on standard error, one line per problem
        ("row 7 (line 8): price: must be ..."), and the other rows are imported.

        Running the same file again creates nothing new. A row's key is its id (or sku), used as the
        product id; without one, its category and name (ignoring case). A product whose key is already in
        the store is left as it is (counted as already present), so an import never overwrites prices or
        stock that changed since.

          --dry-run   check every row and count what would be created; change nothing

        With STORE_STORAGE=memory the products exist only in this command's process; import into a running
        shop's DynamoDB tables with STORE_STORAGE=dynamodb.

        Exit codes: 0 every row is in the store, 1 failed (unreadable file, storage unreachable; rows before
        that were imported), 2 bad usage or configuration, 3 some rows were rejected, the others imported.
        """;
  }

  @Override
  public int run(List<String> args, Map<String, String> env, Terminal terminal) {
    List<String> files = new ArrayList<>(args);
    boolean dryRun = files.remove(DRY_RUN);
    Optional<String> unknownOption = files.stream().filter(a -> a.startsWith("-") && a.length() > 1).findFirst();
    if (unknownOption.isPresent() || files.size() != 1) {
      terminal.err().println(unknownOption.map(o -> "Unknown option '" + o + "'.")
          .orElse("import-products takes one file.") + " Run 'import-products --help' for usage.");
      return ExitCode.USAGE;
    }
    Path file;
    try {
      file = Path.of(files.get(0));
    } catch (InvalidPathException e) {
      terminal.err().println("Not a file name: " + files.get(0));
      return ExitCode.USAGE;
    }
    if (!Files.isRegularFile(file)) {
      terminal.err().println("No such file: " + file);
      return ExitCode.USAGE;
    }
    Optional<StoreConfig> config = CommandConfig.forOperatorCommand(env, terminal.err());
    if (config.isEmpty()) {
      return ExitCode.USAGE;
    }
    ProductFile.Contents contents;
    try {
      contents = ProductFile.read(file);
    } catch (ProductFileException | UncheckedIOException e) {
      terminal.err().println("Cannot import " + file + ": " + e.getMessage());
      return ExitCode.FAILED;
    }
    Clock clock = Clock.systemUTC();
    try (OperatorStore shop = OperatorStore.open(config.get(), clock)) {
      var productImport = new ProductImport(
          shop.ports().products(), config.get().currency(), clock, () -> UUID.randomUUID().toString());
      ImportReport report = productImport.run(contents.products(), contents.errors(), dryRun);
      report.errors().forEach(error -> terminal.err().println(error));
      terminal.out().println(summary(file, report, dryRun));
      noteIfInMemory(config.get(), terminal, dryRun);
      return report.errors().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
    } catch (ImportStoppedException e) {
      e.soFar().errors().forEach(error -> terminal.err().println(error));
      terminal.err().println("Import stopped: " + e.getMessage() + ". " + e.soFar().created()
          + " created before that; running the same file again skips them.");
      return ExitCode.FAILED;
    } catch (RuntimeException e) {
      terminal.err().println("Import failed: " + e.getMessage());
      return ExitCode.FAILED;
    }
  }

  private static String summary(Path file, ImportReport report, boolean dryRun) {
    return file.getFileName() + (dryRun ? " (dry run, nothing written): " : ": ")
        + report.created() + (dryRun ? " would be created, " : " created, ")
        + report.alreadyPresent() + " already present, "
        + report.rejectedRows() + " rejected";
  }

  private static void noteIfInMemory(StoreConfig config, Terminal terminal, boolean dryRun) {
    if (config.storage() == StorageKind.MEMORY && !dryRun) {
      terminal.err().println("Note: STORE_STORAGE=memory keeps these products only in this command's process;"
          + " use STORE_STORAGE=dynamodb to import into a running shop.");
    }
  }
}
