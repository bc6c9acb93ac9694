package io.cloudstore.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Follows next-page cursors to the end, checking on the way that no page is larger than asked for. */
public final class Paging {
  /** More pages than any contract test creates items; reaching it means the cursors loop. */
  private static final int MAX_PAGES = 1_000;

  private Paging() {}

  public static <T> List<T> collectAll(Function<PageRequest, Page<T>> fetch, int limit) {
    return collectFrom(fetch, PageRequest.first(limit));
  }

  /** Every item from {@code start} on, following cursors until a page without one. */
  public static <T> List<T> collectFrom(Function<PageRequest, Page<T>> fetch, PageRequest start) {
    List<T> items = new ArrayList<>();
    PageRequest request = start;
    for (int pages = 1; pages <= MAX_PAGES; pages++) {
      Page<T> page = fetch.apply(request);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(request.limit());
      items.addAll(page.items());
      Optional<String> next = page.nextCursor();
      if (next.isEmpty()) {
        return items;
      }
      request = PageRequest.after(next.get(), request.limit());
    }
    throw new AssertionError("paging did not end after " + MAX_PAGES + " pages; the cursors loop");
  }

  /** {@code cursor} with its first character replaced, as a client editing it would do. */
  public static String tampered(String cursor) {
    char first = cursor.charAt(0);
    return (first == 'A' ? 'B' : 'A') + cursor.substring(1);
  }
}
