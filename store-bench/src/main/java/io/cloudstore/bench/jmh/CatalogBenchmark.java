package io.cloudstore.bench.jmh;

import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.bench.reference.SampleCatalog;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.Product;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Catalog paging and search through the use case, as {@code GET /api/products} calls it. With 1,000 and
 * 100,000 products: a page must cost the same in both (keyset paging over a sorted index), except search,
 * which scans until the page is full and so grows with how rare the match is, not with the catalog.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CatalogBenchmark {
  @Param({"1000", "100000"})
  int catalogSize;

  private CoreFixture core;
  private CatalogQuery middlePage;
  private CatalogQuery categoryPage;
  private CatalogQuery searchPage;

  @Setup
  public void setUp() {
    core = CoreFixture.withCatalog(catalogSize);
    middlePage = new CatalogQuery(Optional.empty(), Optional.empty(), PageRequest.after(cursorHalfWay(), 20));
    categoryPage = new CatalogQuery(
        Optional.of(new Category(SampleCatalog.CATEGORIES.get(3))), Optional.empty(), PageRequest.first(20));
    searchPage = new CatalogQuery(Optional.empty(), Optional.of("cinnamon"), PageRequest.first(20));
  }

  /** The cursor after the first half of the catalog, reached 100 products at a time as a client would. */
  private String cursorHalfWay() {
    CatalogQuery query = CatalogQuery.firstPage(PageRequest.MAX_LIMIT);
    String cursor = null;
    for (int seen = 0; seen < catalogSize / 2; seen += PageRequest.MAX_LIMIT) {
      cursor = core.store.browseCatalog().browse(query).nextCursor().orElseThrow();
      query = new CatalogQuery(Optional.empty(), Optional.empty(), PageRequest.after(cursor, PageRequest.MAX_LIMIT));
    }
    return cursor;
  }

  @Benchmark
  public Page<Product> firstPage() {
    return core.store.browseCatalog().browse(CatalogQuery.firstPage(20));
  }

  @Benchmark
  public Page<Product> pageInTheMiddle() {
    return core.store.browseCatalog().browse(middlePage);
  }

  @Benchmark
  public Page<Product> categoryPage() {
    return core.store.browseCatalog().browse(categoryPage);
  }

  @Benchmark
  public Page<Product> searchPage() {
    return core.store.browseCatalog().browse(searchPage);
  }
}
