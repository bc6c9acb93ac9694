package io.cloudstore.adapter.in.http.product;

import io.cloudstore.adapter.in.http.support.JsonAnswers;
import io.cloudstore.adapter.in.http.support.JsonBodies;
import io.cloudstore.adapter.in.http.support.PageResponse;
import io.cloudstore.adapter.in.http.support.Params;
import io.cloudstore.adapter.in.http.support.UseCases;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.domain.Validation;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import io.javalin.http.Context;
import java.util.Currency;
import java.util.Optional;

/** The catalog: browsing for everyone, editing for admins. */
public final class ProductController {
  private final UseCases store;
  private final JsonBodies bodies;
  private final Currency storeCurrency;

  public ProductController(UseCases store, JsonBodies bodies, Currency storeCurrency) {
    this.store = store;
    this.bodies = bodies;
    this.storeCurrency = storeCurrency;
  }

  public void list(Context ctx) {
    var v = new Validation();
    Optional<String> rawCategory = Params.query(ctx, "category");
    Category category = rawCategory.map(raw -> v.field("category", () -> new Category(raw))).orElse(null);
    v.throwIfInvalid();
    var query = new CatalogQuery(Optional.ofNullable(category), Params.query(ctx, "q"), Params.page(ctx));
    JsonAnswers.send(ctx, PageResponse.from(store.browseCatalog().browse(query), ProductResponse::from));
  }

  public void view(Context ctx) {
    JsonAnswers.send(ctx, ProductResponse.from(store.viewProduct().view(productId(ctx))));
  }

  public void categories(Context ctx) {
    JsonAnswers.send(ctx, CategoriesResponse.from(store.listCategories().listCategories()));
  }

  public void create(Context ctx) {
    ProductDetails details = bodies.read(ctx, ProductRequest.class).toDetails(storeCurrency);
    Product created = store.createProduct().create(details);
    ctx.status(201).header("Location", "/api/products/" + created.id().value());
    JsonAnswers.send(ctx, ProductResponse.from(created));
  }

  public void update(Context ctx) {
    ProductId id = productId(ctx);
    ProductDetails details = bodies.read(ctx, ProductRequest.class).toDetails(storeCurrency);
    JsonAnswers.send(ctx, ProductResponse.from(store.updateProduct().update(id, details)));
  }

  public void delete(Context ctx) {
    store.deleteProduct().delete(productId(ctx));
    ctx.status(204);
  }

  private static ProductId productId(Context ctx) {
    return Params.pathId(ctx, "id", ProductId::new);
  }
}
