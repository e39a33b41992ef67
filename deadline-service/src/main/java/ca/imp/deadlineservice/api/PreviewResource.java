package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.imp.deadlineservice.deadline.Deadlines;
import ca.imp.problem.Problem;
import ca.imp.problem.ProblemException;

@Path("/deadlines/preview")
@Tag(name = "Deadlines")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {
    private final Deadlines deadlines;

    PreviewResource(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** A deadline a decision would start, with how it is counted. */
    public record PreviewedDeadline(String kind, LocalDate startDate, LocalDate dueDate, String basis, String source,
                                    List<String> warnings) {
    }

    @POST
    @Operation(summary = "The deadlines a decision would start, counted exactly as for a rendered decision; nothing is scheduled")
    public List<PreviewedDeadline> preview(@Valid @NotNull(message = "a JSON body is required") PreviewRequest request) {
        var communicated = request.communicatedDate() == null ? request.decisionDate() : request.communicatedDate();
        if (communicated.isBefore(request.decisionDate())) {
            throw new ProblemException(Problem.ofField(422, "Rule not met", "communicatedDate", "not-before-decision",
                    "a decision cannot be communicated (" + communicated + ") before it was made (" + request.decisionDate() + ")"));
        }
        var grounds = request.grounds() == null ? List.<String>of() : request.grounds().stream().map(Enum::name).toList();
        return deadlines.decisionDeadlines()
                .of(request.outcome(), request.decisionDate(), communicated, request.applicantLocation(), grounds)
                .stream()
                .map(d -> new PreviewedDeadline(d.kind().name(), d.startDate(), d.dueDate(), d.basis(), d.source(), d.warnings()))
                .toList();
    }
}
