package ca.imp.eventstore.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, with how many entries there are in all: the one shape of every list the
 * services answer, so that a client pages through all of them alike.
 */
public record Page<T>(
        @Schema(description = "The entries on this page.")
        List<T> items,
        @Schema(description = "This page's number, from 0.", example = "0")
        int page,
        @Schema(description = "The most entries a page holds.", example = "50")
        int size,
        @Schema(description = "How many entries there are in all.", example = "1")
        long total) {

    /** The page of a list that is read whole, as the short lists of one offer or one deadline are. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList((int) from, (int) to)), page, size, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }
}
