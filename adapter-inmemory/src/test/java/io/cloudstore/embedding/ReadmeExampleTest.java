package io.cloudstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.product.Product;
import io.cloudstore.testsupport.HmacTestTokenIssuer;
import io.cloudstore.testsupport.InMemoryCloudStores;
import io.cloudstore.testsupport.SaltedSha256PasswordHasher;
import java.time.Clock;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, word for word between the markers, so that it always compiles. */
class ReadmeExampleTest {
  private final byte[] cursorKey = InMemoryCloudStores.randomKey();
  private final PasswordHasher myHasher = new SaltedSha256PasswordHasher();
  private final TokenIssuer myTokens = new HmacTestTokenIssuer();

  @Test
  void readmeExample_registersACustomerAndBrowsesTheCatalog() {
    // README example begins
    var storage = new InMemoryStorage(new PageCursorCodec(cursorKey), Clock.systemUTC());
    CloudStore store = CloudStore.builder()
        .users(storage.users()).products(storage.products())
        .carts(storage.carts()).orders(storage.orders()).storageHealth(storage.health())
        .passwordHasher(myHasher)          // e.g. BcryptPasswordHasher from adapter-http-javalin, or your own
        .tokenIssuer(myTokens)             // e.g. JwtTokenIssuer from adapter-http-javalin, or your own
        .settings(new StoreSettings(Currency.getInstance("EUR"), TaxRate.parse("19")))
        .build();

    AuthenticatedSession ana = store.registerCustomer().register(
        RegisterCustomerCommand.parse("Ana", "ana@example.com", "correct horse battery"));
    Page<Product> page = store.browseCatalog().browse(CatalogQuery.firstPage(20));
    // README example ends

    assertThat(ana.user().email().value()).isEqualTo("ana@example.com");
    assertThat(store.verifyToken().verify(ana.token()).userId()).isEqualTo(ana.user().id());
    assertThat(page.items()).isEmpty();
  }
}
