package io.cloudstore.application.port.in.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogQueryTest {
  private static final PageRequest FIRST_PAGE = PageRequest.first(20);

  @Test
  void text_isTrimmed() {
    var query = new CatalogQuery(Optional.empty(), Optional.of("  lamp "), FIRST_PAGE);

    assertThat(query.text()).contains("lamp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void text_blank_meansNoTextFilter(String text) {
    assertThat(new CatalogQuery(Optional.empty(), Optional.of(text), FIRST_PAGE).text()).isEmpty();
  }

  @Test
  void text_of100Characters_accepted() {
    assertThat(new CatalogQuery(Optional.empty(), Optional.of("q".repeat(100)), FIRST_PAGE).text()).isPresent();
  }

  @Test
  void text_over100Characters_refusedNamingQ() {
    assertThatThrownBy(() -> new CatalogQuery(Optional.empty(), Optional.of("q".repeat(101)), FIRST_PAGE))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("q", "must be at most 100 characters")));
  }

  @Test
  void text_over100CharactersOnlyBeforeTrimming_accepted() {
    String padded = "  " + "q".repeat(100) + "  ";

    assertThat(new CatalogQuery(Optional.empty(), Optional.of(padded), FIRST_PAGE).text()).contains("q".repeat(100));
  }

  @Test
  void firstPage_hasNoFiltersAndNoCursor() {
    CatalogQuery query = CatalogQuery.firstPage(10);

    assertThat(query.category()).isEmpty();
    assertThat(query.text()).isEmpty();
    assertThat(query.page()).isEqualTo(PageRequest.first(10));
  }

  @Test
  void category_isKeptAsGiven() {
    var query = new CatalogQuery(Optional.of(new Category("Camping")), Optional.empty(), FIRST_PAGE);

    assertThat(query.category()).contains(new Category("Camping"));
  }
}
