package io.cloudstore.application.service.order;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.application.service.ServiceTestSupport.productsInStore;
import static io.cloudstore.domain.fixtures.TestMoney.USD;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.order.CheckoutBusyException;
import io.cloudstore.application.port.in.order.IdempotencyKeyReusedException;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.IdempotencyKeyTakenException;
import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.PriceChangedException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PlaceOrderServiceTest {
  private static final UserId ANA = new UserId("user-ana");
  private static final IdempotencyKey KEY = new IdempotencyKey("checkout-7f3a");
  private static final ShippingAddress ADDRESS = TestAddresses.address();

  @Mock private ProductRepository products;
  @Mock private CartRepository carts;
  @Mock private OrderRepository orders;
  @Captor private ArgumentCaptor<Order> placedOrder;
  @Captor private ArgumentCaptor<Optional<IdempotencyRecord>> storedRecord;

  private final Product mug = TestProducts.aProduct().withName("Camp mug").withPrice(1250).build();
  private final Product lamp = TestProducts.aProduct().withName("Lamp").withPrice(3999).build();
  private final AtomicInteger lastOrderNumber = new AtomicInteger();
  private StoreSettings settings = StoreSettings.usdWithoutTax();

  @Test
  void place_explicitItems_takesNamesAndPricesFromTheProductRepository() {
    productsInStore(products, mug, lamp);

    PlacedOrder placed = service().place(buying(line(mug, 2), line(lamp, 1)));

    assertThat(placed.replayed()).isFalse();
    assertThat(placed.order().lines()).containsExactly(
        new OrderLine(mug.id(), "Camp mug", usd(1250), Quantity.of(2)),
        new OrderLine(lamp.id(), "Lamp", usd(3999), Quantity.of(1)));
    assertThat(placed.order().subtotal()).isEqualTo(usd(6499));
    verify(orders).placeOrder(placed.order(), Optional.empty());
  }

  @Test
  void place_newOrder_isPlacedForTheCallerWithANewIdAtTheClockTime() {
    productsInStore(products, mug);

    Order order = service().place(buying(line(mug, 1))).order();

    assertThat(order.id()).isEqualTo(new OrderId("order-1"));
    assertThat(order.userId()).isEqualTo(ANA);
    assertThat(order.shippingAddress()).isEqualTo(ADDRESS);
    assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
    assertThat(order.createdAt()).isEqualTo(T0);
  }

  @Test
  void place_storeTaxRate_isChargedOnTheSubtotalRoundedHalfUp() {
    settings = new StoreSettings(USD, TaxRate.parse("8.25"));
    Product book = TestProducts.aProduct().withPrice(1999).build();
    productsInStore(products, book);

    Order order = service().place(buying(line(book, 1))).order();

    assertThat(order.subtotal()).isEqualTo(usd(1999));
    assertThat(order.tax()).isEqualTo(usd(165)); // 164.9175
    assertThat(order.total()).isEqualTo(usd(2164));
  }

  @Test
  void place_withoutItems_buysWhatIsInTheCallersCart() {
    productsInStore(products, mug, lamp);
    when(carts.findByUser(ANA)).thenReturn(Optional.of(cartOf(line(lamp, 2))));

    Order order = service().place(buyingTheCart()).order();

    assertThat(order.lines()).containsExactly(new OrderLine(lamp.id(), "Lamp", usd(3999), Quantity.of(2)));
  }

  @Test
  void place_emptyCart_refusedOnItemsAndNothingIsOrdered() {
    when(carts.findByUser(ANA)).thenReturn(Optional.of(Cart.empty(ANA, T0)));

    assertThatThrownBy(() -> service().place(buyingTheCart()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items"));
    verify(orders, never()).placeOrder(any(), any());
  }

  @Test
  void place_noCartAtAll_refusedOnItems() {
    when(carts.findByUser(ANA)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service().place(buyingTheCart()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items"));
    verify(orders, never()).placeOrder(any(), any());
  }

  @Test
  void place_explicitlyEmptyItems_refusedOnItems() {
    assertThatThrownBy(() -> service().place(buying()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items"));
    verify(orders, never()).placeOrder(any(), any());
  }

  @Test
  void place_productNoLongerSold_refusedNamingItsLineAndNothingIsOrdered() {
    productsInStore(products, mug);
    CartLine deleted = new CartLine(new ProductId("deleted-product"), Quantity.of(1));

    assertThatThrownBy(() -> service().place(buying(line(mug, 1), deleted)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items[1].productId"));
    verify(orders, never()).placeOrder(any(), any());
  }

  @Test
  void place_sameProductInTwoLines_refusedNamingTheSecondBeforeAnyLookup() {
    assertThatThrownBy(() -> service().place(buying(line(mug, 1), line(lamp, 1), line(mug, 2))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items[2].productId"));
    verifyNoInteractions(products, orders);
  }

  @Test
  void place_expectedTotalDiffers_throwsTotalChangedWithTheCurrentTotalAndOrdersNothing() {
    productsInStore(products, mug);

    assertThatThrownBy(() -> service().place(expecting(2000, buying(line(mug, 2)))))
        .isInstanceOfSatisfying(TotalChangedException.class,
            e -> assertThat(e.currentTotal()).isEqualTo(usd(2500)));
    verify(orders, never()).placeOrder(any(), any());
  }

  @Test
  void place_expectedTotalIncludingTaxMatches_placesTheOrder() {
    settings = new StoreSettings(USD, TaxRate.parse("10"));
    productsInStore(products, mug);

    PlacedOrder placed = service().place(expecting(2750, buying(line(mug, 2))));

    assertThat(placed.order().total()).isEqualTo(usd(2750));
    verify(orders).placeOrder(placed.order(), Optional.empty());
  }

  @Test
  void place_withoutKey_neverLooksForAnEarlierCheckout() {
    productsInStore(products, mug);

    service().place(buying(line(mug, 1)));

    verify(orders, never()).findIdempotencyRecord(any(), any());
  }

  @Test
  void place_withKey_storesTheKeyTogetherWithTheNewOrder() {
    productsInStore(products, mug);

    Order order = service().place(withKey(buying(line(mug, 1)))).order();

    verify(orders).placeOrder(placedOrder.capture(), storedRecord.capture());
    assertThat(placedOrder.getValue()).isEqualTo(order);
    IdempotencyRecord record = storedRecord.getValue().orElseThrow();
    assertThat(record.userId()).isEqualTo(ANA);
    assertThat(record.key()).isEqualTo(KEY);
    assertThat(record.orderId()).isEqualTo(order.id());
  }

  @Test
  void place_sameKeyAndRequestAgain_returnsTheFirstOrderWithoutOrderingAgain() {
    productsInStore(products, mug);
    ordersRememberWhatTheyStore();
    PlaceOrderCommand checkout = withKey(buying(line(mug, 2)));

    PlacedOrder first = service().place(checkout);
    PlacedOrder again = service().place(checkout);

    assertThat(again.replayed()).isTrue();
    assertThat(again.order().id()).isEqualTo(first.order().id());
    assertThat(again.order().total()).isEqualTo(first.order().total());
    verify(orders, times(1)).placeOrder(any(), any());
  }

  @Test
  void place_sameKeyForCartCheckoutWithStoredOrder_replaysEvenAfterTheCartWasEmptied() {
    productsInStore(products, mug);
    ordersRememberWhatTheyStore();
    when(carts.findByUser(ANA)).thenReturn(Optional.of(cartOf(line(mug, 1))))
        .thenReturn(Optional.of(Cart.empty(ANA, T0)));

    PlacedOrder first = service().place(withKey(buyingTheCart()));
    PlacedOrder again = service().place(withKey(buyingTheCart()));

    assertThat(again.replayed()).isTrue();
    assertThat(again.order().id()).isEqualTo(first.order().id());
    verify(orders, times(1)).placeOrder(any(), any());
  }

  @Test
  void place_sameKeyForOtherItems_refusedAsKeyReusedAndNothingIsOrdered() {
    productsInStore(products, mug);
    ordersRememberWhatTheyStore();
    service().place(withKey(buying(line(mug, 2))));

    assertThatThrownBy(() -> service().place(withKey(buying(line(mug, 3)))))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    verify(orders, times(1)).placeOrder(any(), any());
  }

  @Test
  void place_sameKeyForTheCartAfterExplicitItems_refusedAsKeyReusedEvenWithTheSameContent() {
    productsInStore(products, mug);
    ordersRememberWhatTheyStore();
    lenient().when(carts.findByUser(ANA)).thenReturn(Optional.of(cartOf(line(mug, 2))));
    service().place(withKey(buying(line(mug, 2))));

    assertThatThrownBy(() -> service().place(withKey(buyingTheCart())))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    verify(orders, times(1)).placeOrder(any(), any());
  }

  @Test
  void place_sameKeyForExplicitItemsAfterTheCart_refusedAsKeyReused() {
    productsInStore(products, mug);
    ordersRememberWhatTheyStore();
    when(carts.findByUser(ANA)).thenReturn(Optional.of(cartOf(line(mug, 2))));
    service().place(withKey(buyingTheCart()));

    assertThatThrownBy(() -> service().place(withKey(buying(line(mug, 2)))))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void place_sameKeyToAnotherAddress_refusedAsKeyReused() {
    productsInStore(products, mug);
    ordersRememberWhatTheyStore();
    service().place(withKey(buying(line(mug, 1))));
    ShippingAddress elsewhere = TestAddresses.anAddress().withCity("Shelbyville").build();
    PlaceOrderCommand sameItemsElsewhere =
        new PlaceOrderCommand(ANA, Optional.of(List.of(line(mug, 1))), elsewhere, Optional.empty(), Optional.of(KEY));

    assertThatThrownBy(() -> service().place(sameItemsElsewhere)).isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void place_keyTakenByAConcurrentIdenticalCheckout_returnsTheWinnersOrder() {
    productsInStore(products, mug);
    Order winnersOrder = TestOrders.anOrder().forUser(ANA).withLine(mug, 1).build();
    Map<IdempotencyKey, IdempotencyRecord> records = new HashMap<>();
    doAnswer(call -> {
      // The twin request stored the same fingerprint under the same key a moment earlier.
      IdempotencyRecord mine = call.<Optional<IdempotencyRecord>>getArgument(1).orElseThrow();
      records.put(KEY, new IdempotencyRecord(ANA, KEY, mine.requestFingerprint(), winnersOrder.id()));
      throw new IdempotencyKeyTakenException();
    }).when(orders).placeOrder(any(), any());
    when(orders.findIdempotencyRecord(ANA, KEY)).thenAnswer(call -> Optional.ofNullable(records.get(KEY)));
    when(orders.findById(winnersOrder.id())).thenReturn(Optional.of(winnersOrder));

    PlacedOrder placed = service().place(withKey(buying(line(mug, 1))));

    assertThat(placed.replayed()).isTrue();
    assertThat(placed.order()).isEqualTo(winnersOrder);
  }

  @Test
  void place_keyTakenByAConcurrentDifferentCheckout_refusedAsKeyReused() {
    productsInStore(products, mug);
    IdempotencyRecord othersRecord = new IdempotencyRecord(ANA, KEY, "fingerprint-of-another-request",
        new OrderId("order-other"));
    doThrow(new IdempotencyKeyTakenException()).when(orders).placeOrder(any(), any());
    when(orders.findIdempotencyRecord(ANA, KEY)).thenReturn(Optional.empty())
        .thenReturn(Optional.of(othersRecord));

    assertThatThrownBy(() -> service().place(withKey(buying(line(mug, 1)))))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void place_priceChangedWhileStoring_repricesWithFreshPricesAndRetries() {
    Product mugAtNewPrice = TestProducts.aProduct().withId(mug.id()).withName("Camp mug").withPrice(1400).build();
    when(products.findAllById(any())).thenReturn(Map.of(mug.id(), mug))
        .thenReturn(Map.of(mug.id(), mugAtNewPrice));
    doThrow(new PriceChangedException(List.of(mug.id()))).doNothing().when(orders).placeOrder(any(), any());

    PlacedOrder placed = service().place(buying(line(mug, 2)));

    assertThat(placed.order().lines().get(0).unitPrice()).isEqualTo(usd(1400));
    assertThat(placed.order().subtotal()).isEqualTo(usd(2800));
    verify(orders, times(2)).placeOrder(placedOrder.capture(), any());
    assertThat(placedOrder.getAllValues().get(1)).isEqualTo(placed.order());
  }

  @Test
  void place_priceChangedWhileStoringWithAnExpectedTotal_reportsTheNewTotalInsteadOfCharging() {
    Product mugAtNewPrice = TestProducts.aProduct().withId(mug.id()).withName("Camp mug").withPrice(1400).build();
    when(products.findAllById(any())).thenReturn(Map.of(mug.id(), mug))
        .thenReturn(Map.of(mug.id(), mugAtNewPrice));
    doThrow(new PriceChangedException(List.of(mug.id()))).when(orders).placeOrder(any(), any());

    assertThatThrownBy(() -> service().place(expecting(2500, buying(line(mug, 2)))))
        .isInstanceOfSatisfying(TotalChangedException.class,
            e -> assertThat(e.currentTotal()).isEqualTo(usd(2800)));
    verify(orders, times(1)).placeOrder(any(), any());
  }

  @Test
  void place_pricesKeepChanging_givesUpAfterThreeAttemptsWithCheckoutBusy() {
    productsInStore(products, mug);
    doThrow(new PriceChangedException(List.of(mug.id()))).when(orders).placeOrder(any(), any());

    assertThatThrownBy(() -> service().place(buying(line(mug, 1)))).isInstanceOf(CheckoutBusyException.class);
    verify(orders, times(3)).placeOrder(any(), any());
  }

  @Test
  void place_stockShort_reportsTheShortProductsToTheCaller() {
    productsInStore(products, mug);
    InsufficientStockException shortOfMugs = InsufficientStockException.forLines(
        List.of(new OrderLine(mug.id(), mug.name(), mug.price(), Quantity.of(5))), List.of(mug.id()));
    doThrow(shortOfMugs).when(orders).placeOrder(any(), any());

    assertThatThrownBy(() -> service().place(buying(line(mug, 5)))).isSameAs(shortOfMugs);
  }

  private PlaceOrderService service() {
    return new PlaceOrderService(
        products, carts, orders, () -> "order-" + lastOrderNumber.incrementAndGet(), CLOCK, settings);
  }

  /** Lets the order repository remember what it stored and find it again, as a real one does. */
  private void ordersRememberWhatTheyStore() {
    Map<OrderId, Order> stored = new HashMap<>();
    Map<IdempotencyKey, IdempotencyRecord> records = new HashMap<>();
    doAnswer(call -> {
      Order order = call.getArgument(0);
      stored.put(order.id(), order);
      call.<Optional<IdempotencyRecord>>getArgument(1).ifPresent(record -> records.put(record.key(), record));
      return null;
    }).when(orders).placeOrder(any(), any());
    lenient().when(orders.findIdempotencyRecord(eq(ANA), any()))
        .thenAnswer(call -> Optional.ofNullable(records.get(call.<IdempotencyKey>getArgument(1))));
    lenient().when(orders.findById(any()))
        .thenAnswer(call -> Optional.ofNullable(stored.get(call.<OrderId>getArgument(0))));
  }

  private static PlaceOrderCommand buying(CartLine... lines) {
    return new PlaceOrderCommand(ANA, Optional.of(List.of(lines)), ADDRESS, Optional.empty(), Optional.empty());
  }

  private static PlaceOrderCommand buyingTheCart() {
    return new PlaceOrderCommand(ANA, Optional.empty(), ADDRESS, Optional.empty(), Optional.empty());
  }

  private static PlaceOrderCommand withKey(PlaceOrderCommand command) {
    return new PlaceOrderCommand(
        command.userId(), command.lines(), command.shippingAddress(), command.expectedTotal(), Optional.of(KEY));
  }

  private static PlaceOrderCommand expecting(long total, PlaceOrderCommand command) {
    return new PlaceOrderCommand(
        command.userId(), command.lines(), command.shippingAddress(), Optional.of(total), command.idempotencyKey());
  }

  private static Cart cartOf(CartLine... lines) {
    return Cart.of(ANA, List.of(lines), T0);
  }

  private static CartLine line(Product product, int quantity) {
    return new CartLine(product.id(), Quantity.of(quantity));
  }
}
