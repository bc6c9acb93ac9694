package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.Problems.assertProblem;
import static io.cloudstore.bootstrap.api.Shop.urlEncode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code /api/products} and {@code /api/categories}: what anyone may read. */
interface CatalogApiTests extends ShopTest {

  private List<String> idsOf(List<JsonNode> products) {
    return products.stream().map(p -> p.path("id").asText()).toList();
  }

  @Test
  default void listProducts_pagedByCategory_visitsEveryProductOfTheCategoryExactlyOnce() {
    String category = shop().uniqueCategory();
    Set<String> created =
        IntStream.range(0, 7).mapToObj(i -> shop().newProduct(category, 100 + i, 5)).collect(Collectors.toSet());

    List<String> seen = new ArrayList<>();
    String url = "/api/products?limit=3&category=" + urlEncode(category);
    JsonNode page = api().get(url).json();
    int pages = 1;
    page.path("items").forEach(p -> seen.add(p.path("id").asText()));
    assertThat(page.path("items").size()).isLessThanOrEqualTo(3);
    while (page.path("nextCursor").isTextual()) {
      ApiResponse next = api().get(url + "&cursor=" + urlEncode(page.path("nextCursor").asText()));
      assertThat(next.status()).as("%s", next).isEqualTo(200);
      page = next.json();
      assertThat(page.path("items").size()).as("page size").isLessThanOrEqualTo(3);
      page.path("items").forEach(p -> seen.add(p.path("id").asText()));
      pages++;
      assertThat(pages).as("pages for 7 products at 3 a page").isLessThanOrEqualTo(7);
    }
    assertThat(page.has("nextCursor") && page.path("nextCursor").isNull()).as("the last page says nextCursor: null")
        .isTrue();

    assertThat(seen).as("ids seen over all pages").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  default void listProducts_returnsFullProductsAndDefaultsToTwentyPerPage() {
    String category = shop().uniqueCategory();
    for (int i = 0; i < 21; i++) {
      shop().newProduct(category, 999, 3);
    }

    ApiResponse response = api().get("/api/products?category=" + urlEncode(category));

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.path("items").size()).isEqualTo(20);
    assertThat(body.path("nextCursor").asText()).isNotBlank();
    JsonNode product = body.path("items").get(0);
    assertThat(product.path("price").isIntegralNumber()).as("price is an integer of cents").isTrue();
    assertThat(product.path("price").asLong()).isEqualTo(999);
    assertThat(product.path("currency").asText()).isEqualTo("USD");
    assertThat(product.path("category").asText()).isEqualTo(category);
    assertThat(product.path("stock").asInt()).isEqualTo(3);
    for (String field : List.of("id", "name", "description", "imageUrl", "createdAt", "updatedAt")) {
      assertThat(product.has(field)).as("product has %s: %s", field, product).isTrue();
    }
  }

  @Test
  default void listProducts_withCategory_matchesTheCategoryExactly() {
    String category = shop().uniqueCategory();
    String inCategory = shop().newProduct(category, 500, 1);
    shop().newProduct(category + "-other", 500, 1);
    shop().newProduct(category.toUpperCase(Locale.ROOT), 500, 1);

    List<JsonNode> found = shop().allPages("/api/products?category=" + urlEncode(category), null);

    assertThat(idsOf(found)).containsExactly(inCategory);
    assertThat(shop().allPages("/api/products?category=" + urlEncode(category.substring(0, 8)), null)).isEmpty();
  }

  @Test
  default void listProducts_withQuery_matchesNameAndDescriptionIgnoringCase() {
    String category = shop().uniqueCategory();
    String word = Shop.unique("Zebra");
    Map<String, Object> byName = Shop.productBody(category, "Striped " + word + " Mug", 800, 4);
    Map<String, Object> byDescription = Shop.productBody(category, "Plain Mug", 800, 4);
    byDescription.put("description", "Goes well with a " + word.toUpperCase(Locale.ROOT) + " print.");
    Map<String, Object> neither = Shop.productBody(category, "Other Mug", 800, 4);
    String nameMatch = shop().createProduct(byName).path("id").asText();
    String descriptionMatch = shop().createProduct(byDescription).path("id").asText();
    shop().createProduct(neither);

    List<JsonNode> found =
        shop().allPages("/api/products?q=" + urlEncode(word.toLowerCase(Locale.ROOT)), null);

    assertThat(idsOf(found)).containsExactlyInAnyOrder(nameMatch, descriptionMatch);
    List<JsonNode> inCategory =
        shop().allPages("/api/products?category=" + urlEncode(category) + "&q=" + urlEncode(word), null);
    assertThat(idsOf(inCategory)).containsExactlyInAnyOrder(nameMatch, descriptionMatch);
  }

  @Test
  default void listProducts_withLimitOutOfRangeOrNotANumber_returnsClientProblem() {
    for (String limit : List.of("0", "101", "-1", "abc", "1.5")) {
      assertProblem(api().get("/api/products?limit=" + limit), 400, 422);
    }
  }

  @Test
  default void listProducts_withLimitsAtTheBounds_returns200() {
    assertThat(api().get("/api/products?limit=1").status()).isEqualTo(200);
    assertThat(api().get("/api/products?limit=100").status()).isEqualTo(200);
  }

  @Test
  default void listProducts_withTamperedOrMadeUpCursor_returns400() {
    String category = shop().uniqueCategory();
    shop().newProduct(category, 100, 1);
    shop().newProduct(category, 100, 1);
    String url = "/api/products?limit=1&category=" + urlEncode(category);
    String cursor = api().get(url).json().path("nextCursor").asText();
    assertThat(cursor).as("a first page of one of two products has a next cursor").isNotBlank();
    int middle = cursor.length() / 2;
    String flippedMiddle =
        cursor.substring(0, middle) + (cursor.charAt(middle) == 'x' ? 'Q' : 'x') + cursor.substring(middle + 1);
    String truncated = cursor.substring(0, cursor.length() - 4);
    String extended = cursor + "AAAA";

    assertProblem(api().get(url + "&cursor=" + urlEncode(flippedMiddle)), 400);
    assertProblem(api().get(url + "&cursor=" + urlEncode(truncated)), 400);
    assertProblem(api().get(url + "&cursor=" + urlEncode(extended)), 400);
    assertProblem(api().get(url + "&cursor=not-a-cursor"), 400);
    assertProblem(api().get(url + "&cursor=" + urlEncode("{\"id\":\"x\"}")), 400);
    assertThat(api().get(url + "&cursor=" + urlEncode(cursor)).status()).as("the real cursor still works")
        .isEqualTo(200);
  }

  @Test
  default void getProduct_existing_returnsIt() {
    String category = shop().uniqueCategory();
    JsonNode created = shop().createProduct(Shop.productBody(category, "Teapot", 2599, 12));

    ApiResponse response = api().get("/api/products/" + created.path("id").asText());

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode product = response.json();
    assertThat(product.path("name").asText()).isEqualTo("Teapot");
    assertThat(product.path("price").asLong()).isEqualTo(2599);
    assertThat(product.path("stock").asInt()).isEqualTo(12);
    assertThat(product.path("category").asText()).isEqualTo(category);
    assertThat(product.path("currency").asText()).isEqualTo("USD");
  }

  @Test
  default void getProduct_unknown_returns404() {
    assertProblem(api().get("/api/products/" + Shop.unique("no-such-product")), 404);
  }

  @Test
  default void listCategories_countsTheProductsOfEachCategory() {
    String category = shop().uniqueCategory();
    shop().newProduct(category, 100, 1);
    shop().newProduct(category, 200, 0);
    String other = shop().uniqueCategory();
    shop().newProduct(other, 300, 1);

    ApiResponse response = api().get("/api/categories");

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    Map<String, Long> counts = new HashMap<>();
    Set<String> names = new HashSet<>();
    response.json().path("items").forEach(item -> {
      assertThat(names.add(item.path("name").asText())).as("each category once").isTrue();
      counts.put(item.path("name").asText(), item.path("count").asLong());
    });
    assertThat(counts).containsEntry(category, 2L).containsEntry(other, 1L);
  }
}
