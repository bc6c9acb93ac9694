package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.product.CategoryCount;
import java.util.List;

/** Lists the categories that have products, with how many each has, by name. */
public interface ListCategoriesUseCase {
  List<CategoryCount> listCategories();
}
