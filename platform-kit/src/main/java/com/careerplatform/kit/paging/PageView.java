package com.careerplatform.kit.paging;

import java.util.List;

/** One page of a list answer, with what a client needs to fetch the next one. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, boolean hasNext) {

    public static <T> PageView<T> of(List<T> items, PageParams params, long totalItems) {
        boolean hasNext = (long) (params.page + 1) * params.size < totalItems;
        return new PageView<>(items, params.page, params.size, totalItems, hasNext);
    }
}
