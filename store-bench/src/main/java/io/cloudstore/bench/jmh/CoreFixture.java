package io.cloudstore.bench.jmh;

import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.bench.reference.SampleCatalog;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;
import io.cloudstore.domain.user.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The core as an embedding application would build it, with in-memory storage and the sample catalog; the
 * security ports are trivial because no benchmark here signs in.
 */
final class CoreFixture {
  static final Currency USD = Currency.getInstance(SampleCatalog.CURRENCY);
  static final int AMPLE_STOCK = ProductDetails.MAX_STOCK;

  final CloudStore store;
  final List<Product> products;

  private CoreFixture(CloudStore store, List<Product> products) {
    this.store = store;
    this.products = products;
  }

  static CoreFixture withCatalog(int size) {
    var storage = new InMemoryStorage(new PageCursorCodec("benchmark-cursor-key".getBytes()), Clock.systemUTC());
    CloudStore store =
        CloudStore.builder()
            .users(storage.users()).products(storage.products()).carts(storage.carts()).orders(storage.orders())
            .storageHealth(storage.health())
            .passwordHasher(new UnusedPasswords())
            .tokenIssuer(new UnusedTokens())
            .build();
    List<Product> products = new ArrayList<>(size);
    for (int number = 0; number < size; number++) {
      SampleCatalog.SampleProduct sample = SampleCatalog.product(number, AMPLE_STOCK);
      products.add(store.createProduct().create(ProductDetails.parse(
          sample.name(), sample.description(), sample.category(), sample.price(), USD, sample.imageUrl(),
          sample.stock())));
    }
    return new CoreFixture(store, List.copyOf(products));
  }

  private static final class UnusedPasswords implements PasswordHasher {
    @Override
    public PasswordHash hash(PlainPassword password) {
      return new PasswordHash("unused");
    }

    @Override
    public boolean matches(String typedPassword, PasswordHash hash) {
      return false;
    }
  }

  private static final class UnusedTokens implements TokenIssuer {
    @Override
    public String issue(Principal principal) {
      return "unused";
    }

    @Override
    public Optional<Principal> verify(String token) {
      return Optional.empty();
    }
  }
}
