package io.cloudstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.cache.CatalogCacheSettings;
import io.cloudstore.application.port.in.cart.ReplaceCartCommand;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCartLine;
import io.cloudstore.domain.fixtures.ManualClock;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import io.cloudstore.testsupport.HmacTestTokenIssuer;
import io.cloudstore.testsupport.InMemoryCloudStores;
import io.cloudstore.testsupport.SaltedSha256PasswordHasher;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the shop on one store, as behind a load balancer, each with its own catalog cache: what
 * shoppers are shown may be up to the TTL old, what they are charged and sold never is.
 */
class CatalogCacheEmbeddingTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Duration TTL = Duration.ofSeconds(5);

  private final ManualClock clock = ManualClock.atT0();
  private final InMemoryStorage storage =
      new InMemoryStorage(new PageCursorCodec(InMemoryCloudStores.randomKey()), clock);
  private final CloudStore a = instance(Optional.of(CatalogCacheSettings.expiringAfter(TTL)));
  private final CloudStore b = instance(Optional.of(CatalogCacheSettings.expiringAfter(TTL)));
  private final Product lantern = a.createProduct().create(details(1500, 2));

  @Test
  void aSaleOnAnotherInstance_showsInTheCatalogWithinTheTtl_butCartAndCheckoutSeeItAtOnce() {
    UserId ana = register(a, "ana@example.com");
    a.replaceCart().replace(new ReplaceCartCommand(ana, List.of(line(1))));
    assertThat(shownStock(a)).isEqualTo(2);

    b.placeOrder().place(checkout(register(b, "ben@example.com"), Optional.of(List.of(line(2))), Optional.empty()));

    assertThat(shownStock(a)).as("the catalog on A, read before the sale").isEqualTo(2);
    assertThat(a.viewCart().view(ana).lines()).singleElement()
        .satisfies(priced -> assertThat(priced.available()).as("the cart reads storage").isFalse());
    InsufficientStockException refused = catchThrowableOfType(InsufficientStockException.class,
        () -> a.placeOrder().place(checkout(ana, Optional.empty(), Optional.empty())));
    assertThat(refused).as("checkout on A cannot sell the units its catalog still shows").isNotNull();

    clock.advance(TTL);
    assertThat(shownStock(a)).isZero();
  }

  @Test
  void anAdminsPriceChange_showsAtOnceOnTheirInstance_withinTheTtlOnAnother_andIsWhatCheckoutCharges() {
    UserId ana = register(b, "ana@example.com");
    b.replaceCart().replace(new ReplaceCartCommand(ana, List.of(line(1))));
    assertThat(shownPrice(a)).isEqualTo(usd(1500));
    assertThat(shownPrice(b)).isEqualTo(usd(1500));

    a.updateProduct().update(lantern.id(), details(1800, 2));

    assertThat(shownPrice(a)).as("the admin's own instance").isEqualTo(usd(1800));
    assertThat(shownPrice(b)).as("another instance, within the ttl").isEqualTo(usd(1500));
    assertThat(b.viewCart().view(ana).lines()).extracting(PricedCartLine::unitPrice).containsExactly(usd(1800));
    TotalChangedException changed = catchThrowableOfType(TotalChangedException.class,
        () -> b.placeOrder().place(checkout(ana, Optional.empty(), Optional.of(1500L))));
    assertThat(changed.currentTotal()).isEqualTo(usd(1800));

    clock.advance(TTL);
    assertThat(shownPrice(b)).isEqualTo(usd(1800));
  }

  @Test
  void withoutCacheSettings_theCatalogIsAlwaysRead() {
    CloudStore uncached = instance(Optional.empty());
    assertThat(uncached.viewProduct().view(lantern.id()).stock()).isEqualTo(2);

    b.placeOrder().place(checkout(register(b, "ben@example.com"), Optional.of(List.of(line(2))), Optional.empty()));

    assertThat(uncached.viewProduct().view(lantern.id()).stock()).isZero();
    assertThat(uncached.catalogCache().statistics().misses()).isZero();
  }

  private CloudStore instance(Optional<CatalogCacheSettings> cache) {
    CloudStore.Builder builder = CloudStore.builder()
        .users(storage.users()).products(storage.products()).carts(storage.carts()).orders(storage.orders())
        .storageHealth(storage.health())
        .passwordHasher(new SaltedSha256PasswordHasher()).tokenIssuer(new HmacTestTokenIssuer())
        .settings(StoreSettings.usdWithoutTax())
        .clock(clock);
    cache.ifPresent(builder::catalogCache);
    return builder.build();
  }

  /** The lantern's stock as a shopper sees it: on the catalog page and on its own page, which agree. */
  private int shownStock(CloudStore instance) {
    int onItsPage = instance.viewProduct().view(lantern.id()).stock();
    int onTheCatalogPage = onCatalogPage(instance).stock();
    assertThat(onTheCatalogPage).isEqualTo(onItsPage);
    return onItsPage;
  }

  private Money shownPrice(CloudStore instance) {
    Money onItsPage = instance.viewProduct().view(lantern.id()).price();
    assertThat(onCatalogPage(instance).price()).isEqualTo(onItsPage);
    return onItsPage;
  }

  private Product onCatalogPage(CloudStore instance) {
    return instance.browseCatalog().browse(CatalogQuery.firstPage(20)).items().stream()
        .filter(lantern::equals).findFirst().orElseThrow();
  }

  private static UserId register(CloudStore instance, String email) {
    return instance.registerCustomer()
        .register(RegisterCustomerCommand.parse("Shopper", email, "correct horse battery"))
        .user().id();
  }

  private CartLine line(int quantity) {
    return new CartLine(lantern.id(), Quantity.of(quantity));
  }

  private static PlaceOrderCommand checkout(UserId shopper, Optional<List<CartLine>> lines, Optional<Long> expected) {
    return new PlaceOrderCommand(shopper, lines, TestAddresses.address(), expected, Optional.empty());
  }

  private static ProductDetails details(long price, int stock) {
    return ProductDetails.parse("Storm lantern", "Burns eight hours", "Outdoor", price, USD, "/images/lantern.svg",
        stock);
  }

  private static Money usd(long cents) {
    return Money.of(cents, USD);
  }
}
