package ca.imp.eventstore.ops;

import java.util.List;

/** One page of a list for operators, with how many entries there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
