package ca.imp.offerservice.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import ca.imp.offerservice.worker.Worker;

/**
 * The personal data an offer names: the worker's, and the employer contact's. Kept beside the
 * offer, never in its events, topics or logs, so it can be erased without rewriting history.
 */
public record PersonalData(@NotNull(message = "is required") @Valid Worker worker,
                           @NotNull(message = "is required") @Valid EmployerContact employerContact) {

    /** Says nothing of the data, so that logging or reporting a record by mistake does not disclose it. */
    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
