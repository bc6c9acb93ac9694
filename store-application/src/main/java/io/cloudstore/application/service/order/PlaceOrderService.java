package io.cloudstore.application.service.order;

import io.cloudstore.application.port.in.order.CheckoutBusyException;
import io.cloudstore.application.port.in.order.IdempotencyKeyReusedException;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlaceOrderUseCase;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.application.port.out.IdGenerator;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.IdempotencyKeyTakenException;
import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.PriceChangedException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.Validation;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class PlaceOrderService implements PlaceOrderUseCase {
  /** Pricing is retried when a price changes between reading it and storing the order. */
  private static final int PRICING_ATTEMPTS = 3;

  private final ProductRepository products;
  private final CartRepository carts;
  private final OrderRepository orders;
  private final IdGenerator ids;
  private final Clock clock;
  private final StoreSettings settings;

  public PlaceOrderService(
      ProductRepository products,
      CartRepository carts,
      OrderRepository orders,
      IdGenerator ids,
      Clock clock,
      StoreSettings settings) {
    this.products = products;
    this.carts = carts;
    this.orders = orders;
    this.ids = ids;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public PlacedOrder place(PlaceOrderCommand command) {
    String fingerprint = RequestFingerprint.of(command);
    Optional<IdempotencyRecord> earlier =
        command.idempotencyKey().flatMap(key -> orders.findIdempotencyRecord(command.userId(), key));
    if (earlier.isPresent()) {
      return replay(earlier.get(), fingerprint);
    }
    for (int attempt = 1; attempt <= PRICING_ATTEMPTS; attempt++) {
      Order order;
      try {
        order = priceOrder(command);
      } catch (ValidationException nothingToOrder) {
        // A twin request with the same key may have ordered this cart, and emptied it, a moment ago.
        Optional<IdempotencyRecord> twin =
            command.idempotencyKey().flatMap(key -> orders.findIdempotencyRecord(command.userId(), key));
        if (twin.isPresent()) {
          return replay(twin.get(), fingerprint);
        }
        throw nothingToOrder;
      }
      Optional<IdempotencyRecord> record =
          command.idempotencyKey()
              .map(key -> new IdempotencyRecord(command.userId(), key, fingerprint, order.id()));
      try {
        orders.placeOrder(order, record);
        return new PlacedOrder(order, false);
      } catch (PriceChangedException pricesMoved) {
        // price again with fresh data
      } catch (IdempotencyKeyTakenException concurrentTwin) {
        IdempotencyRecord winner =
            orders.findIdempotencyRecord(command.userId(), record.orElseThrow().key())
                .orElseThrow(() -> new IllegalStateException("idempotency record vanished"));
        return replay(winner, fingerprint);
      }
    }
    throw new CheckoutBusyException();
  }

  private Order priceOrder(PlaceOrderCommand command) {
    List<CartLine> lines = command.lines().orElseGet(() -> linesInCart(command));
    if (lines.isEmpty()) {
      throw ValidationException.of("items", "there is nothing to order: the cart is empty");
    }
    Cart.requireValidLines(lines);
    Map<ProductId, Product> current = products.findAllById(lines.stream().map(CartLine::productId).toList());
    var v = new Validation();
    List<OrderLine> orderLines = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      CartLine line = lines.get(i);
      Product product = current.get(line.productId());
      if (product == null) {
        v.reject("items[" + i + "].productId", "is no longer sold; remove it and try again");
      } else {
        orderLines.add(new OrderLine(product.id(), product.name(), product.price(), line.quantity()));
      }
    }
    v.throwIfInvalid();
    Order order =
        Order.place(
            new OrderId(ids.newId()), command.userId(), orderLines, command.shippingAddress(),
            settings.taxRate(), clock.instant());
    if (command.expectedTotal().isPresent() && command.expectedTotal().get() != order.total().amount()) {
      throw new TotalChangedException(order.total());
    }
    return order;
  }

  private List<CartLine> linesInCart(PlaceOrderCommand command) {
    return carts.findByUser(command.userId()).map(Cart::lines).orElse(List.of());
  }

  private PlacedOrder replay(IdempotencyRecord record, String fingerprint) {
    if (!record.requestFingerprint().equals(fingerprint)) {
      throw new IdempotencyKeyReusedException();
    }
    Order order =
        orders.findById(record.orderId())
            .orElseThrow(() -> new IllegalStateException("order " + record.orderId() + " of an idempotency record is missing"));
    return new PlacedOrder(order, true);
  }
}
