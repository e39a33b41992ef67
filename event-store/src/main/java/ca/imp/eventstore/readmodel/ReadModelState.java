package ca.imp.eventstore.readmodel;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A read model as operators see it: what it holds, whether it is being rebuilt, how far behind the log it is. */
public record ReadModelState(
        @Schema(description = "The read model's name, as its subscription's.", example = "deadline-view")
        String name,
        @Schema(description = "The tables it owns, emptied by a rebuild.", example = "[\"deadline_view\"]")
        List<String> tables,
        @Schema(description = "CURRENT: it follows the log; REBUILDING: a rebuild has not replayed the log up to the head of its request yet.")
        Status status,
        @Schema(description = "Events in the log after its checkpoint.", example = "0")
        long eventsBehind,
        @Schema(description = "Its last rebuild; absent if it was never rebuilt.")
        Rebuild lastRebuild) {

    public enum Status { CURRENT, REBUILDING }

    public static ReadModelState of(ReadModel model, long eventsBehind, Rebuild lastRebuild) {
        Status status = lastRebuild != null && lastRebuild.running() ? Status.REBUILDING : Status.CURRENT;
        return new ReadModelState(model.name(), model.tables(), status, eventsBehind, lastRebuild);
    }
}
