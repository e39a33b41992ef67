package ca.imp.contract.range;

/**
 * The bounds of every paged list: a page of at most {@value #MAX_SIZE} items and a page number of
 * at most {@value #MAX_PAGE}, so that the rows skipped (page times size) stay far inside a
 * database offset. Deeper pages are found by filtering, not by paging.
 */
public final class Paging {
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 200;
    public static final String MAX_PAGE_MESSAGE = "must be at most 10000 (narrow the list with its filters)";

    private Paging() {
    }
}
