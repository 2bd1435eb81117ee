package com.careerplatform.kit.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer, with what a client needs to fetch the next one. */
public record PageView<T>(
        @Schema(maxItems = PageParams.MAX_SIZE) List<T> items,
        @Schema(minimum = "0", maximum = "" + PageParams.MAX_PAGE) int page,
        @Schema(minimum = "1", maximum = "" + PageParams.MAX_SIZE) int size,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long totalItems,
        boolean hasNext) {

    /** The requested page of a list computed in memory (a report's rows, not a table's). */
    public static <T> PageView<T> slice(List<T> all, PageParams params) {
        int first = (int) Math.min((long) params.page * params.size, all.size());
        return of(all.subList(first, Math.min(first + params.size, all.size())), params, all.size());
    }

    /** The same page with each item shown as {@code view} shows it. */
    public <R> PageView<R> map(Function<T, R> view) {
        return new PageView<>(items.stream().map(view).toList(), page, size, totalItems, hasNext);
    }

    public static <T> PageView<T> of(List<T> items, PageParams params, long totalItems) {
        boolean hasNext = (long) (params.page + 1) * params.size < totalItems;
        return new PageView<>(items, params.page, params.size, totalItems, hasNext);
    }
}
