package com.careerplatform.kit.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageViewTest {

    private static PageParams page(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }

    @Test
    void hasNextWhileItemsRemainAfterThisPage() {
        assertTrue(PageView.of(List.of(1, 2), page(0, 2), 3).hasNext());
        assertFalse(PageView.of(List.of(3), page(1, 2), 3).hasNext());
        assertFalse(PageView.of(List.of(1, 2), page(0, 2), 2).hasNext());
    }

    @Test
    void slicesAListComputedInMemory() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertEquals(List.of(3, 4), PageView.slice(all, page(1, 2)).items());
        assertEquals(List.of(5), PageView.slice(all, page(2, 2)).items());
        assertEquals(List.of(), PageView.slice(all, page(100_000, 200)).items());
        assertEquals(5, PageView.slice(all, page(2, 2)).totalItems());
    }
}
