package ca.imp.deadlineservice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadlineservice.deadline.ListDeadlines;
import ca.imp.deadlineservice.deadline.MarkDeadlineMet;
import ca.imp.deadlineservice.deadline.ReadDeadline;
import ca.imp.deadlineservice.timer.ReadDeadlineTimers;
import ca.imp.deadlineservice.timer.Timer;
import ca.imp.deadlineservice.timer.Timers;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.problem.ProblemException;
import ca.imp.problem.QueryDate;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;

@Path("/deadlines")
@Tag(name = "Deadlines", description = "Deadlines started by decisions and by inspections of employers, each with how it was counted")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {
    /** As offer-service names an inspection. */
    private static final String INSPECTION_ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    private static final String INSPECTION_ID_MESSAGE = "must be an inspection id (a UUID in lower case)";

    private final ListDeadlines listDeadlines;
    private final ReadDeadline readDeadline;
    private final ReadDeadlineTimers readDeadlineTimers;
    private final MarkDeadlineMet markDeadlineMet;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;

    DeadlineResource(ListDeadlines listDeadlines, ReadDeadline readDeadline, ReadDeadlineTimers readDeadlineTimers,
                     MarkDeadlineMet markDeadlineMet, CurrentCaller caller, IdempotentRequests idempotent) {
        this.listDeadlines = listDeadlines;
        this.readDeadline = readDeadline;
        this.readDeadlineTimers = readDeadlineTimers;
        this.markDeadlineMet = markDeadlineMet;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @GET
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "A page of deadlines, in due-date order.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "listDeadlines", summary = "Deadlines, in due-date order, filtered by offer, employer, application, inspection, kind, status and due range",
            description = "Only the deadlines of the employers the caller acts for (all employers' for ops and partners);"
                    + " an employer filter naming another employer is answered 404 employer-not-found. Read from a view the"
                    + " service keeps up to date from its event log, within a second or two. The employer (CRA business"
                    + " number) of each offer is learnt from offer-service's OfferSubmitted events; until it is, the offer's"
                    + " deadlines belong to no employer. An inspection's deadlines (the documents, the response to a preliminary"
                    + " finding, the payment of a penalty) belong to the inspected employer and name the inspection, not an offer.")
    public Uni<Page<DeadlineView>> list(
            @QueryParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
            String offerNumber,
            @QueryParam("employer") @Pattern(regexp = EmployerCalendarFeedResource.BUSINESS_NUMBER,
                    message = EmployerCalendarFeedResource.BUSINESS_NUMBER_MESSAGE) String employer,
            @QueryParam("applicationId") @Size(max = 40, message = "must be at most 40 characters") @PlainText String applicationId,
            @QueryParam("inspectionId") @Pattern(regexp = INSPECTION_ID, message = INSPECTION_ID_MESSAGE) String inspectionId,
            @QueryParam("kind") DeadlineKind kind,
            @QueryParam("status") DeadlineRecord.Status status,
            @QueryParam("dueFrom") @Pattern(regexp = QueryDate.FORM, message = QueryDate.FORM_MESSAGE) String dueFrom,
            @QueryParam("dueTo") @Pattern(regexp = QueryDate.FORM, message = QueryDate.FORM_MESSAGE) String dueTo,
            @Valid @BeanParam PageParameters paging) {
        LocalDate from = QueryDate.parse("dueFrom", dueFrom);
        LocalDate to = QueryDate.parse("dueTo", dueTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badField("dueFrom", "due-range-reversed",
                    "the due range starts (" + from + ") after it ends (" + to + ")");
        }
        var criteria = new ListDeadlines.Criteria(offerNumber, employer, applicationId, inspectionId, kind, status, from, to, paging.page(),
                paging.size());
        return listDeadlines.list(caller.get(), criteria).map(found ->
                new Page<>(found.items().stream().map(DeadlineView::of).toList(), paging.page(), paging.size(), found.total()));
    }

    @GET
    @Path("/{deadlineId}")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "The deadline.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "404", description = "deadline-not-found: no deadline has this id, or it is another employer's deadline.")
    @Operation(operationId = "getDeadline", summary = "One deadline and how it was counted", description = "Another employer's deadline is not found.")
    public Uni<DeadlineView> get(@PathParam("deadlineId") UUID deadlineId) {
        return readDeadline.read(caller.get(), deadlineId).map(DeadlineView::of);
    }

    /** A reminder or the elapse of a deadline, when it fires and what became of it. */
    public record TimerView(
            @Schema(description = "The timer's name.", example = "reminder-7")
            String timer,
            @Schema(description = "REMINDER or ELAPSE.", example = "REMINDER")
            Timer.Kind kind,
            @Schema(description = "For a reminder, how many days before the due date.", example = "7")
            int daysBefore,
            @Schema(description = "When it fires.", example = "2026-06-25T13:00:00Z")
            Instant firesAt,
            @Schema(description = "Whether it is planned, fired or cancelled.", example = "PLANNED")
            Timers.State state,
            @Schema(description = "When it fired or was cancelled.", example = "2026-06-25T13:00:01Z")
            Instant settledAt) {
    }

    @GET
    @Path("/{deadlineId}/timers")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "A page of the deadline's timers, in the order they fire.")
    @APIResponse(responseCode = "404", description = "deadline-not-found: no deadline has this id, or it is another employer's deadline.")
    @Operation(operationId = "getDeadlineTimers", summary = "When the deadline's reminders and elapse fire, and which already did",
            description = "Reminders fire at the configured lead times before the due date, at the configured time of day in"
                    + " America/Toronto; the elapse at the start of the day after the due date. A reminder whose moment had"
                    + " passed when the deadline was scheduled is not planned. Another employer's deadline is not found.")
    public Uni<Page<TimerView>> timers(@PathParam("deadlineId") UUID deadlineId, @Valid @BeanParam PageParameters paging) {
        return readDeadlineTimers.read(caller.get(), deadlineId, paging.page(), paging.size())
                .map(planned -> planned.map(p -> new TimerView(p.timer().name(), p.timer().kind(),
                        p.timer().daysBefore(), p.timer().fireAt(), p.state(), p.settledAt())));
    }

    /** @param metOn the day it was met; today (in the configured zone) when omitted */
    public record MetRequest(
            @Schema(description = "The day the deadline was met; today (in the configured zone) when omitted.", example = "2026-06-25")
            @InDateRange(DateRange.PORTAL_ERA) LocalDate metOn,
            @Schema(description = "What met it, for the employer's records.", example = "Leave application filed with the Federal Court.")
            @Size(max = 1000, message = "must be at most 1000 characters") @PlainText(lines = true) String note) {
    }

    @POST
    @Path("/{deadlineId}/met")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The deadline, now met.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "404", description = "deadline-not-found: no deadline has this id, or it is another employer's deadline.")
    @APIResponse(responseCode = "409", description = "deadline-already-met: it was marked met already, on another day or with another note (the problem gives the day).")
    @APIResponse(responseCode = "422", description = "The day it was met is not a day it can have been met on.")
    @Operation(operationId = "markDeadlineMet", summary = "Mark a deadline met, e.g. when the judicial review application was filed; it stops running",
            description = "Another employer's deadline is not found. Marking it met again on the same day with the same note"
                    + " changes nothing and answers 200 with the deadline as it now stands.")
    public Uni<DeadlineView> met(@PathParam("deadlineId") UUID deadlineId, @RequestBody(description = "When and how the deadline was met; optional, as is the body.")
                                                                           @Valid MetRequest request) {
        return idempotent.change("markDeadlineMet", null, Arrays.asList(deadlineId, request),
                () -> markDeadlineMet.mark(caller.get(), deadlineId, request == null ? null : request.metOn(),
                        request == null ? null : request.note()),
                () -> markDeadlineMet.asItStands(caller.get(), deadlineId))
                .map(state -> DeadlineView.of(state.deadline(deadlineId).orElseThrow(), state.met().get(deadlineId)));
    }
}
