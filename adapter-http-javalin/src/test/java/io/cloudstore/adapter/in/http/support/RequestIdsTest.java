package io.cloudstore.adapter.in.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void newId_isARandomVersion4Uuid() {
    UUID id = UUID.fromString(RequestIds.newId());

    assertThat(id.version()).isEqualTo(4);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void newId_doesNotRepeat() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(RequestIds.newId());
    }
    assertThat(ids).hasSize(100_000);
  }
}
