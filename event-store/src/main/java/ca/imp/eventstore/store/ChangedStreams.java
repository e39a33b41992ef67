package ca.imp.eventstore.store;

import java.util.List;

/**
 * One page of the streams that changed after a log position, in stream id order.
 *
 * @param streamIds the page's streams
 * @param total     how many streams changed after the position, on every page
 * @param head      where the log was read up to (a transaction id: see {@link EventStore#streamsChangedAfter}), the
 *                  {@code since} of the next reconciliation
 */
public record ChangedStreams(List<String> streamIds, long total, long head) {
}
