package io.cloudstore.adapter.in.http;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.cart.ClearCartUseCase;
import io.cloudstore.application.port.in.cart.ReplaceCartUseCase;
import io.cloudstore.application.port.in.cart.ViewCartUseCase;
import io.cloudstore.application.port.in.health.CheckHealthUseCase;
import io.cloudstore.application.port.in.order.CancelMyOrderUseCase;
import io.cloudstore.application.port.in.order.ListMyOrdersUseCase;
import io.cloudstore.application.port.in.order.PlaceOrderUseCase;
import io.cloudstore.application.port.in.order.ShipOrderUseCase;
import io.cloudstore.application.port.in.order.ViewMyOrderUseCase;
import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CreateProductUseCase;
import io.cloudstore.application.port.in.product.DeleteProductUseCase;
import io.cloudstore.application.port.in.product.ListCategoriesUseCase;
import io.cloudstore.application.port.in.product.UpdateProductUseCase;
import io.cloudstore.application.port.in.product.ViewProductUseCase;
import io.cloudstore.application.port.in.user.InvalidTokenException;
import io.cloudstore.application.port.in.user.LogInUseCase;
import io.cloudstore.application.port.in.user.RegisterCustomerUseCase;
import io.cloudstore.application.port.in.user.ViewAccountUseCase;
import io.cloudstore.domain.user.Principal;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.UserId;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Currency;
import java.util.function.UnaryOperator;

/**
 * The real {@link HttpApi} on a free port, in front of a {@link CloudStore} whose use cases are Mockito
 * mocks. Two tokens are known: {@link #CUSTOMER_TOKEN} and {@link #ADMIN_TOKEN}; any other is invalid.
 */
final class ApiHarness implements AutoCloseable {
  static final String CUSTOMER_TOKEN = "customer-token";
  static final String ADMIN_TOKEN = "admin-token";
  static final Principal CUSTOMER = new Principal(new UserId("cust-1"), Role.CUSTOMER);
  static final Principal ADMIN = new Principal(new UserId("admin-1"), Role.ADMIN);
  static final Currency USD = Currency.getInstance("USD");

  final CloudStore store = mock(CloudStore.class);
  final RegisterCustomerUseCase registerCustomer = mock(RegisterCustomerUseCase.class);
  final LogInUseCase logIn = mock(LogInUseCase.class);
  final ViewAccountUseCase viewAccount = mock(ViewAccountUseCase.class);
  final BrowseCatalogUseCase browseCatalog = mock(BrowseCatalogUseCase.class);
  final ViewProductUseCase viewProduct = mock(ViewProductUseCase.class);
  final ListCategoriesUseCase listCategories = mock(ListCategoriesUseCase.class);
  final CreateProductUseCase createProduct = mock(CreateProductUseCase.class);
  final UpdateProductUseCase updateProduct = mock(UpdateProductUseCase.class);
  final DeleteProductUseCase deleteProduct = mock(DeleteProductUseCase.class);
  final ViewCartUseCase viewCart = mock(ViewCartUseCase.class);
  final ReplaceCartUseCase replaceCart = mock(ReplaceCartUseCase.class);
  final ClearCartUseCase clearCart = mock(ClearCartUseCase.class);
  final PlaceOrderUseCase placeOrder = mock(PlaceOrderUseCase.class);
  final ListMyOrdersUseCase listMyOrders = mock(ListMyOrdersUseCase.class);
  final ViewMyOrderUseCase viewMyOrder = mock(ViewMyOrderUseCase.class);
  final CancelMyOrderUseCase cancelMyOrder = mock(CancelMyOrderUseCase.class);
  final ShipOrderUseCase shipOrder = mock(ShipOrderUseCase.class);
  final CheckHealthUseCase checkHealth = mock(CheckHealthUseCase.class);

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final Javalin app;
  private final String baseUrl;

  private ApiHarness(HttpSettings settings) {
    stubUseCases();
    app = new HttpApi(store, settings).create().start("127.0.0.1", 0);
    baseUrl = "http://127.0.0.1:" + app.port();
  }

  static ApiHarness start() {
    return start(settings -> settings);
  }

  static ApiHarness start(UnaryOperator<HttpSettings> customise) {
    return new ApiHarness(customise.apply(HttpSettings.defaults("memory", USD)));
  }

  Javalin app() {
    return app;
  }

  Request get(String path) {
    return new Request("GET", path, BodyPublishers.noBody());
  }

  Request delete(String path) {
    return new Request("DELETE", path, BodyPublishers.noBody());
  }

  Request post(String path, String jsonBody) {
    return new Request("POST", path, BodyPublishers.ofString(jsonBody)).header("Content-Type", "application/json");
  }

  Request put(String path, String jsonBody) {
    return new Request("PUT", path, BodyPublishers.ofString(jsonBody)).header("Content-Type", "application/json");
  }

  Request method(String method, String path, BodyPublisher body) {
    return new Request(method, path, body);
  }

  /**
   * Sends {@code requestHead} (request line and any headers, without the final blank line) over a plain
   * socket, for requests that {@link HttpClient} refuses to make, and returns the whole raw answer.
   */
  String raw(String requestHead) {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      String request = requestHead + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Like {@link #raw(String)}, but sends {@code body} after the head and then shuts the sending side, as a
   * client does that stops in the middle of its body.
   */
  String rawThenShut(String requestHead, String body) {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      String request = requestHead + "\r\nHost: localhost\r\nConnection: close\r\n\r\n" + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode json(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }

  private void stubUseCases() {
    when(store.registerCustomer()).thenReturn(registerCustomer);
    when(store.logIn()).thenReturn(logIn);
    when(store.verifyToken()).thenReturn(token -> {
      if (CUSTOMER_TOKEN.equals(token)) {
        return CUSTOMER;
      }
      if (ADMIN_TOKEN.equals(token)) {
        return ADMIN;
      }
      throw new InvalidTokenException();
    });
    when(store.viewAccount()).thenReturn(viewAccount);
    when(store.browseCatalog()).thenReturn(browseCatalog);
    when(store.viewProduct()).thenReturn(viewProduct);
    when(store.listCategories()).thenReturn(listCategories);
    when(store.createProduct()).thenReturn(createProduct);
    when(store.updateProduct()).thenReturn(updateProduct);
    when(store.deleteProduct()).thenReturn(deleteProduct);
    when(store.viewCart()).thenReturn(viewCart);
    when(store.replaceCart()).thenReturn(replaceCart);
    when(store.clearCart()).thenReturn(clearCart);
    when(store.placeOrder()).thenReturn(placeOrder);
    when(store.listMyOrders()).thenReturn(listMyOrders);
    when(store.viewMyOrder()).thenReturn(viewMyOrder);
    when(store.cancelMyOrder()).thenReturn(cancelMyOrder);
    when(store.shipOrder()).thenReturn(shipOrder);
    when(store.checkHealth()).thenReturn(checkHealth);
  }

  /** One request being built; {@link #send()} sends it and reads the body as text. */
  final class Request {
    private final HttpRequest.Builder builder;

    private Request(String method, String path, BodyPublisher body) {
      this.builder =
          HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).method(method, body);
    }

    Request header(String name, String value) {
      builder.setHeader(name, value);
      return this;
    }

    Request as(String token) {
      return header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send() {
      try {
        return client.send(builder.build(), BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    HttpResponse<byte[]> sendForBytes() {
      try {
        return client.send(builder.build(), BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
