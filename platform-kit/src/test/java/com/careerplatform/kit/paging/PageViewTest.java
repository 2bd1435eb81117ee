package com.careerplatform.kit.paging;

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
}
