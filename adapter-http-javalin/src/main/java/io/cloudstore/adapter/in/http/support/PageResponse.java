package io.cloudstore.adapter.in.http.support;

import io.cloudstore.domain.page.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list: its items and the cursor of the next page, {@code null} on the last one. */
public record PageResponse<T>(List<T> items, String nextCursor) {
  public static <D, T> PageResponse<T> from(Page<D> page, Function<? super D, ? extends T> toResponse) {
    return new PageResponse<>(page.items().stream().<T>map(toResponse).toList(), page.nextCursor().orElse(null));
  }
}
