package io.cloudstore.adapter.in.http.order;

import io.cloudstore.adapter.in.http.support.Authentication;
import io.cloudstore.adapter.in.http.support.JsonAnswers;
import io.cloudstore.adapter.in.http.support.JsonBodies;
import io.cloudstore.adapter.in.http.support.PageResponse;
import io.cloudstore.adapter.in.http.support.Params;
import io.cloudstore.adapter.in.http.support.UseCases;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;
import io.javalin.http.Context;
import java.util.Optional;

/** Checkout and the caller's own orders; shipping for admins. */
public final class OrderController {
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** Set on the answer to a retried checkout that returned the order made the first time. */
  public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

  private final UseCases store;
  private final JsonBodies bodies;

  public OrderController(UseCases store, JsonBodies bodies) {
    this.store = store;
    this.bodies = bodies;
  }

  /** 201 with the new order, or 200 with the first order when an Idempotency-Key is replayed. */
  public void place(Context ctx) {
    PlaceOrderCommand command =
        bodies.read(ctx, PlaceOrderRequest.class)
            .toCommand(caller(ctx), Optional.ofNullable(ctx.header(IDEMPOTENCY_KEY)));
    PlacedOrder placed = store.placeOrder().place(command);
    ctx.header("Location", "/api/orders/" + placed.order().id().value());
    if (placed.replayed()) {
      ctx.header(IDEMPOTENT_REPLAYED, "true");
    } else {
      ctx.status(201);
    }
    JsonAnswers.send(ctx, OrderResponse.from(placed.order()));
  }

  public void list(Context ctx) {
    JsonAnswers.send(ctx,
        PageResponse.from(store.listMyOrders().list(caller(ctx), Params.page(ctx)), OrderResponse::from));
  }

  public void view(Context ctx) {
    JsonAnswers.send(ctx, OrderResponse.from(store.viewMyOrder().view(caller(ctx), orderId(ctx))));
  }

  public void cancel(Context ctx) {
    JsonAnswers.send(ctx, OrderResponse.from(store.cancelMyOrder().cancel(caller(ctx), orderId(ctx))));
  }

  public void ship(Context ctx) {
    JsonAnswers.send(ctx, OrderResponse.from(store.shipOrder().ship(orderId(ctx))));
  }

  private static UserId caller(Context ctx) {
    return Authentication.principal(ctx).userId();
  }

  private static OrderId orderId(Context ctx) {
    return Params.pathId(ctx, "id", OrderId::new);
  }
}
