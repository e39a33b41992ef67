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

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.deadlineservice.view.DeadlineRecord;

@Path("/deadlines")
@Tag(name = "Deadlines", description = "Deadlines started by decisions, each with how it was counted")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {
    @GET
    @WithSession
    @Operation(summary = "The deadlines running for an offer's applications, in due-date order",
            description = "Read from a view the service keeps up to date from its event log, within a fraction of a second.")
    public Uni<List<DeadlineView>> list(
            @QueryParam("offerNumber") @NotNull(message = "is required")
            @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
            String offerNumber) {
        return DeadlineRecord.<DeadlineRecord>list("offerNumber", Sort.by("dueDate").and("kind"), offerNumber)
                .map(records -> records.stream().map(DeadlineView::of).toList());
    }
}
