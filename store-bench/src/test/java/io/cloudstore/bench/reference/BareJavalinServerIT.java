package io.cloudstore.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BareJavalinServerIT {
  private static final List<String> PRODUCT_FIELDS = List.of(
      "id", "name", "description", "category", "price", "currency", "imageUrl", "stock", "createdAt", "updatedAt");

  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin server;

  @BeforeEach
  void start() {
    server = new BareJavalinServer().create().start(0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void page_answersTwentyProductsShapedLikeTheShopsWithACursor() throws Exception {
    HttpResponse<String> response = get("/page");
    JsonNode page = new ObjectMapper().readTree(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(page.path("items")).hasSize(20);
    assertThat(page.path("items").get(0).fieldNames()).toIterable().containsExactlyElementsOf(PRODUCT_FIELDS);
    assertThat(page.path("nextCursor").asText()).hasSizeGreaterThan(80);
    // A shop page of 20 sample products is about 8 KB too, so both servers send the same amount.
    assertThat(response.body().length()).isBetween(7_000, 10_000);
  }

  @Test
  void product_answersOneProduct() throws Exception {
    JsonNode product = new ObjectMapper().readTree(get("/product").body());

    assertThat(product.fieldNames()).toIterable().containsExactlyElementsOf(PRODUCT_FIELDS);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
