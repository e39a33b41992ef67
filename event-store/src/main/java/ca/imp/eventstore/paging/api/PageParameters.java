package ca.imp.eventstore.paging.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters {@code page} and {@code size} of every list, with the same bounds
 * everywhere: at most {@value #MAX_SIZE} entries a page and page numbers up to {@value #MAX_PAGE},
 * so that the rows skipped (page times size) stay far inside a database offset. Deeper pages are
 * found by filtering, not by paging.
 */
public class PageParameters {
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "The page to answer, from 0.", example = "0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most 10000 (narrow the list with its filters)")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "The most entries a page holds.", example = "50")
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = MAX_SIZE, message = "must be at most 200")
    int size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
