package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.imp.access.Role;
import ca.imp.deadlineservice.deadline.PreviewDeadlines;

@Path("/deadlines/preview")
@Tag(name = "Deadlines")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {
    private final PreviewDeadlines previewDeadlines;

    PreviewResource(PreviewDeadlines previewDeadlines) {
        this.previewDeadlines = previewDeadlines;
    }

    /** A deadline a decision would start, with how it is counted. */
    public record PreviewedDeadline(
            @Schema(description = "The deadline's kind.", example = "JUDICIAL_REVIEW_LEAVE")
            String kind,
            @Schema(description = "The day the count starts from.", example = "2026-06-16")
            LocalDate startsOn,
            @Schema(description = "The last day to act.", example = "2026-07-02")
            LocalDate dueOn,
            @Schema(description = "How the due date is counted, with its source, in plain language.", example = "15 days after the decision was communicated (IRPA 72(2)(b)); Canada Day moves it to the next day.")
            String basis,
            @Schema(description = "The rule the deadline comes from.", example = "IRPA 72(2)(b)")
            String source,
            @Schema(description = "What to verify before relying on the date.", example = "[\"Verify with counsel.\"]")
            List<String> warnings,
            @Schema(description = "Counted from a stand-in for its start until the start is known: record retention from the approval until the first day of employment.", example = "false")
            boolean provisional) {
    }

    /** The deadlines of one decision, named rather than a bare list. */
    public record DeadlinePreview(
            @Schema(description = "The deadlines the decision would start, in the order the rules list them.")
            List<PreviewedDeadline> deadlines) {
    }

    @POST
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OFFICER_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "The deadlines the decision would start.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlinePreview.class)))
    @APIResponse(responseCode = "422", description = "uncountable-decision: no deadline can be counted from this decision, or a date breaks a rule"
            + " (permitExpiresOn: in-span-range, permit-validity-only-on-approval).")
    @Operation(operationId = "previewDeadlines", summary = "The deadlines a decision would start, counted exactly as for a rendered decision; nothing is scheduled",
            description = "A computation that changes nothing: safe to repeat, so it takes no Idempotency-Key (one sent is ignored).",
            extensions = @Extension(name = "x-safe-to-repeat", value = "true", parseValue = true))
    public DeadlinePreview preview(@RequestBody(description = "The facts of the decision whose deadlines to count.", required = true)
                                           @Valid @NotNull(message = "a JSON body is required") PreviewRequest request) {
        return new DeadlinePreview(previewDeadlines.preview(request.outcome(), request.decidedOn(), request.communicatedOn(),
                        request.applicantLocation(), request.grounds(), request.matterArose(), request.permitExpiresOn())
                .stream()
                .map(d -> new PreviewedDeadline(d.kind().name(), d.startDate(), d.dueDate(), d.basis(), d.source(), d.warnings(),
                        d.provisional()))
                .toList());
    }
}
