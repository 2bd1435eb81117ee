package com.careerplatform.kit.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list; {@code nextCursor} is null on the last page. */
public record CursorPage<T>(
        @Schema(maxItems = PageParams.MAX_SIZE) List<T> items,
        @Schema(maxLength = Cursor.MAX_LENGTH, pattern = "[A-Za-z0-9_-]+") String nextCursor) {
}
