package io.cloudstore.domain.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void last_hasNoNextCursor() {
    Page<String> page = Page.last(List.of("a", "b"));

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void map_convertsEveryItemAndKeepsTheCursor() {
    Page<String> page = new Page<>(List.of("a", "bb"), Optional.of("next"));

    Page<Integer> lengths = page.map(String::length);

    assertThat(lengths.items()).containsExactly(1, 2);
    assertThat(lengths.nextCursor()).contains("next");
  }

  @Test
  void items_cannotBeChangedFromOutside() {
    List<String> source = new ArrayList<>(List.of("a"));
    Page<String> page = Page.last(source);

    source.add("b");

    assertThat(page.items()).containsExactly("a");
    assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void invalidCursor_tellsTheClientToStartAgain() {
    assertThat(new InvalidCursorException()).hasMessageContaining("start again");
  }
}
