package io.cloudstore.domain.page;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void limit_from1To100_accepted(int limit) {
    assertThat(PageRequest.first(limit).limit()).isEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
  void limit_outside1To100_refusedNamingLimit(int limit) {
    assertThat(invalidFieldsOf(() -> PageRequest.first(limit))).containsExactly("limit");
  }

  @Test
  void first_startsWithoutACursor() {
    assertThat(PageRequest.first(20).cursor()).isEmpty();
  }

  @Test
  void after_continuesFromTheCursor() {
    assertThat(PageRequest.after("abc.def", 10).cursor()).contains("abc.def");
  }

  @Test
  void after_emptyCursor_startsFromTheBeginning() {
    assertThat(PageRequest.after("", 10).cursor()).isEmpty();
    assertThat(new PageRequest(10, Optional.of("")).cursor()).isEmpty();
  }

  @Test
  void defaultLimit_isWithinTheLimits() {
    assertThat(PageRequest.first(PageRequest.DEFAULT_LIMIT).limit()).isEqualTo(20);
  }
}
