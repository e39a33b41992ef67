package ca.imp.eventstore.ops;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list for operators, with how many entries there are in all. */
public record Page<T>(
        @Schema(description = "The entries on this page.")
        List<T> items,
        @Schema(description = "This page's number, from 0.", example = "0")
        int page,
        @Schema(description = "The most entries a page holds.", example = "50")
        int size,
        @Schema(description = "How many entries there are in all.", example = "1")
        long total) {
}
