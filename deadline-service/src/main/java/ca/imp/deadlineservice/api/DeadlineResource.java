package ca.imp.deadlineservice.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.deadlineservice.deadline.Deadlines;

@Path("/deadlines")
@Tag(name = "Deadlines", description = "Deadlines started by decisions, each with how it was counted")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {
    private final Deadlines deadlines;

    DeadlineResource(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GET
    @Operation(summary = "The deadlines running for an offer's applications, in due-date order")
    public Uni<List<DeadlineView>> list(
            @QueryParam("offerNumber") @NotNull(message = "is required")
            @Pattern(regexp = "^A\\d{7}$", message = "must be the letter A followed by 7 digits, e.g. A1234567")
            String offerNumber) {
        return deadlines.ofOffer(offerNumber).map(found -> found.state().deadlines().stream()
                .map(DeadlineView::of)
                .sorted((a, b) -> a.dueDate().compareTo(b.dueDate()))
                .toList());
    }
}
