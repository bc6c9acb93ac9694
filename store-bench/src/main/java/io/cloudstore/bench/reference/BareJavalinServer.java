package io.cloudstore.bench.reference;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The framework ceiling: a bare Javalin 7 server whose handlers serialise, on every request, a page of 20
 * products ({@code GET /page}) or one product ({@code GET /product}) shaped like the shop's answers. It has
 * none of the shop's work (no storage, authentication, security headers or access log), so the shop's
 * requests per second divided by this server's tell how much of the framework's capacity the shop keeps.
 *
 * <p>{@code java -cp store-bench.jar io.cloudstore.bench.reference.BareJavalinServer PORT}
 */
public final class BareJavalinServer {
  static final int PAGE_SIZE = 20;
  /** A shop cursor is the signed position of the last product: about this long. */
  private static final String CURSOR =
      "cHJvZHVjdHwxZjNiMmM0ZC01ZTZmLTQ3YTgtOWIwYy0xZDJlM2Y0YTViNmN8YnJpZ2h0IGJhY2twYWNr.q1w2e3r4t5y6u7i8o9p0aA";

  private final ReferencePage page;

  BareJavalinServer() {
    List<ReferenceProduct> items = new ArrayList<>(PAGE_SIZE);
    for (int i = 0; i < PAGE_SIZE; i++) {
      items.add(referenceProduct(i + 1));
    }
    page = new ReferencePage(List.copyOf(items), CURSOR);
  }

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
    new BareJavalinServer().create().start(port);
  }

  /** An unstarted server. */
  Javalin create() {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.get("/page", ctx -> ctx.json(page));
      config.routes.get("/product", ctx -> ctx.json(page.items().get(0)));
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
    });
  }

  private static ReferenceProduct referenceProduct(int number) {
    SampleCatalog.SampleProduct sample = SampleCatalog.product(number, 1_000_000);
    String timestamp = "2026-11-25T10:15:30.123456Z";
    return new ReferenceProduct(
        UUID.nameUUIDFromBytes(("product-" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
        sample.name(), sample.description(), sample.category(), sample.price(), SampleCatalog.CURRENCY,
        sample.imageUrl(), sample.stock(), timestamp, timestamp);
  }
}
