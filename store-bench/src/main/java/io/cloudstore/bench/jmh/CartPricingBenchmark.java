package io.cloudstore.bench.jmh;

import io.cloudstore.application.port.in.cart.ReplaceCartCommand;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Pricing a cart: the domain's pricing alone ({@code PricedCart.price}), and the whole "view my cart" use
 * case (cart and product lookups in memory, then pricing), for carts of 3 and 20 lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CartPricingBenchmark {
  @Param({"3", "20"})
  int lines;

  private CoreFixture core;
  private Cart cart;
  private Map<ProductId, Product> products;
  private UserId shopper;

  @Setup
  public void setUp() {
    core = CoreFixture.withCatalog(10_000);
    shopper = new UserId("benchmark-shopper");
    List<CartLine> cartLines = new ArrayList<>();
    products = new HashMap<>();
    for (int i = 0; i < lines; i++) {
      Product product = core.products.get(i * 397 % core.products.size());
      cartLines.add(new CartLine(product.id(), new Quantity(1 + i % 3)));
      products.put(product.id(), product);
    }
    cart = Cart.of(shopper, cartLines, Instant.now());
    core.store.replaceCart().replace(new ReplaceCartCommand(shopper, cartLines));
  }

  @Benchmark
  public PricedCart priceCart() {
    return PricedCart.price(cart, products, CoreFixture.USD);
  }

  @Benchmark
  public PricedCart viewCart() {
    return core.store.viewCart().view(shopper);
  }
}
