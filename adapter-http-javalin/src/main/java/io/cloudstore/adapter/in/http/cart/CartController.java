package io.cloudstore.adapter.in.http.cart;

import io.cloudstore.adapter.in.http.support.Authentication;
import io.cloudstore.adapter.in.http.support.JsonAnswers;
import io.cloudstore.adapter.in.http.support.JsonBodies;
import io.cloudstore.adapter.in.http.support.UseCases;
import io.cloudstore.domain.user.UserId;
import io.javalin.http.Context;

/** The caller's own cart. */
public final class CartController {
  private final UseCases store;
  private final JsonBodies bodies;

  public CartController(UseCases store, JsonBodies bodies) {
    this.store = store;
    this.bodies = bodies;
  }

  public void view(Context ctx) {
    JsonAnswers.send(ctx, CartResponse.from(store.viewCart().view(caller(ctx))));
  }

  public void replace(Context ctx) {
    CartRequest request = bodies.read(ctx, CartRequest.class);
    JsonAnswers.send(ctx, CartResponse.from(store.replaceCart().replace(request.toCommand(caller(ctx)))));
  }

  public void clear(Context ctx) {
    store.clearCart().clear(caller(ctx));
    ctx.status(204);
  }

  private static UserId caller(Context ctx) {
    return Authentication.principal(ctx).userId();
  }
}
