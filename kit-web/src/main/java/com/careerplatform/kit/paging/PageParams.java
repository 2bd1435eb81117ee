package com.careerplatform.kit.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} and {@code size} query parameters every list endpoint takes (page at most 100000, size at most 200). */
public class PageParams {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int size;
}
