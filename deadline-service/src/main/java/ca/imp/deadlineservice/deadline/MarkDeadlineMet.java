package ca.imp.deadlineservice.deadline;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** Closes a deadline of the caller's employers because what it asked for was done; it stops running. */
@Singleton
public class MarkDeadlineMet {
    private final ReadDeadline readDeadline;
    private final Deadlines deadlines;
    private final Today today;

    MarkDeadlineMet(ReadDeadline readDeadline, Deadlines deadlines, Today today) {
        this.readDeadline = readDeadline;
        this.deadlines = deadlines;
        this.today = today;
    }

    /** @param metOn the day it was met; today (in the configured zone) when null */
    public Uni<OfferDeadlines> mark(Caller caller, UUID deadlineId, LocalDate metOn, String note) {
        LocalDate now = today.date();
        return readDeadline.read(caller, deadlineId).chain(record -> deadlines.handle(
                new DeadlineCommand.MarkDeadlineMet(Deadlines.streamOf(record.offerNumber(), record.inspectionId()), deadlineId,
                        metOn == null ? now : metOn, note, now),
                EventMetadata.byActor(caller.actor())));
    }

    /**
     * The deadline's offer (or inspection) as its stream has it now, not as the view has caught up with it: what a
     * repeated marking answers.
     */
    public Uni<OfferDeadlines> asItStands(Caller caller, UUID deadlineId) {
        return readDeadline.read(caller, deadlineId)
                .chain(record -> deadlines.ofStream(Deadlines.streamOf(record.offerNumber(), record.inspectionId())));
    }
}
