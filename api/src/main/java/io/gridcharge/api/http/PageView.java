package io.gridcharge.api.http;

import io.gridcharge.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: {@code page} counts from 0, {@code total} is the number of matches over all pages. */
public record PageView<T>(List<T> items, int page, int size, long total) {
    public static <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
    }
}
