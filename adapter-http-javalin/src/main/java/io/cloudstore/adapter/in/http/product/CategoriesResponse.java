package io.cloudstore.adapter.in.http.product;

import io.cloudstore.domain.product.CategoryCount;
import java.util.List;

/** {@code GET /api/categories}: every category with products, by name. */
public record CategoriesResponse(List<CategoryResponse> items) {
  public static CategoriesResponse from(List<CategoryCount> counts) {
    return new CategoriesResponse(counts.stream().map(CategoryResponse::from).toList());
  }

  /** One category and how many products it holds. */
  public record CategoryResponse(String name, long count) {
    static CategoryResponse from(CategoryCount count) {
      return new CategoryResponse(count.category().value(), count.count());
    }
  }
}
