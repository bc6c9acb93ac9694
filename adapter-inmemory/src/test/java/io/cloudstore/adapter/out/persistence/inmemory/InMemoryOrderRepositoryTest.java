package io.cloudstore.adapter.out.persistence.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.application.port.out.persistence.OrderRepositoryContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryOrderRepositoryTest extends OrderRepositoryContract {

  @Override
  protected StorageUnderTest storage() {
    return FreshInMemoryStorage.create();
  }

  @Test
  void findByUser_ordersPlacedAtTheSameInstant_areListedByIdDescending() {
    StorageUnderTest store = FreshInMemoryStorage.create();
    Product mug = TestProducts.aProduct().withStock(10).build();
    store.products().create(mug);
    UserId ana = TestIds.userId();
    List<Order> sameInstant =
        Stream.generate(() -> TestOrders.anOrder().forUser(ana).withLine(mug, 1).placedAt(TestTimes.T0).build())
            .limit(4)
            .toList();
    sameInstant.forEach(order -> store.orders().placeOrder(order, Optional.empty()));

    List<Order> listed = store.orders().findByUser(ana, PageRequest.first(10)).items();

    assertThat(listed)
        .extracting(Order::id)
        .containsExactlyElementsOf(
            sameInstant.stream()
                .map(Order::id)
                .sorted(Comparator.comparing(OrderId::value).reversed())
                .toList());
  }

  @Test
  void placeAndCancelOrder_stampTheProductsUpdatedAtWithTheStoresClock() {
    StorageUnderTest store = FreshInMemoryStorage.create();
    Product mug = TestProducts.aProduct().withStock(10).withCreatedAt(TestTimes.T0).build();
    store.products().create(mug);
    Order order = TestOrders.anOrder().withLine(mug, 1).build();

    store.orders().placeOrder(order, Optional.empty());
    Product afterSale = store.products().findById(mug.id()).orElseThrow();
    store.orders().cancelOrder(order.cancel(TestTimes.T0));
    Product afterCancel = store.products().findById(mug.id()).orElseThrow();

    assertThat(afterSale.updatedAt()).isEqualTo(FreshInMemoryStorage.CLOCK.instant());
    assertThat(afterCancel.updatedAt()).isEqualTo(FreshInMemoryStorage.CLOCK.instant());
    assertThat(afterCancel.createdAt()).isEqualTo(TestTimes.T0);
  }

  @Test
  void ordersOfOneShopperToEqualAddresses_keepOneCopyOfIt_andEveryOtherOrderKeepsItsOwn() {
    StorageUnderTest store = FreshInMemoryStorage.create();
    Product mug = TestProducts.aProduct().withStock(10).build();
    store.products().create(mug);
    UserId ana = TestIds.userId();
    Order first = TestOrders.anOrder().forUser(ana).withLine(mug, 1).placedAt(TestTimes.T0).build();
    Order sameAddress = TestOrders.anOrder().forUser(ana).withLine(mug, 1).placedAt(TestTimes.T0.plusSeconds(1))
        .withAddress(TestAddresses.address()).build();
    ShippingAddress office = TestAddresses.anAddress().withLine1("9 Office Park").build();
    Order elsewhere = TestOrders.anOrder().forUser(ana).withLine(mug, 1).placedAt(TestTimes.T0.plusSeconds(2))
        .withAddress(office).build();
    Order someoneElses = TestOrders.anOrder().withLine(mug, 1).placedAt(TestTimes.T0.plusSeconds(3)).build();
    Stream.of(first, sameAddress, elsewhere, someoneElses)
        .forEach(order -> store.orders().placeOrder(order, Optional.empty()));

    ShippingAddress kept = stored(store, first).shippingAddress();
    assertThat(stored(store, sameAddress).shippingAddress()).isSameAs(kept);
    assertThat(stored(store, elsewhere).shippingAddress()).isEqualTo(office).isNotSameAs(kept);
    assertThat(stored(store, someoneElses).shippingAddress()).isEqualTo(kept).isNotSameAs(kept);
    assertThat(stored(store, sameAddress)).usingRecursiveComparison().isEqualTo(sameAddress);
  }

  private static Order stored(StorageUnderTest store, Order order) {
    return store.orders().findById(order.id()).orElseThrow();
  }
}
