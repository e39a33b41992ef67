package ca.imp.deadlineservice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.deadlineservice.deadline.DeadlineCommand;
import ca.imp.deadlineservice.deadline.DeadlineError;
import ca.imp.deadlineservice.deadline.Deadlines;
import ca.imp.deadlineservice.timer.Timer;
import ca.imp.deadlineservice.timer.Timers;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.problem.ProblemException;

@Path("/deadlines")
@Tag(name = "Deadlines", description = "Deadlines started by decisions, each with how it was counted")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {
    private static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";
    private static final String ISO_DATE_MESSAGE = "must be a date written YYYY-MM-DD";
    private static final String KINDS = "^(JUDICIAL_REVIEW_LEAVE|RESTORATION|GCMS_RESPONSE|FEE_REFUND_FOLLOW_UP"
            + "|MISREPRESENTATION_BAR_ENDS|RECORD_RETENTION_ENDS)$";

    private final Deadlines deadlines;
    private final Timers timers;
    private final Today today;

    DeadlineResource(Deadlines deadlines, Timers timers, Today today) {
        this.deadlines = deadlines;
        this.timers = timers;
        this.today = today;
    }

    /** A page of deadlines and how many match in all. */
    public record DeadlinePage(List<DeadlineView> items, int page, int size, long total) {
    }

    @GET
    @WithSession
    @Operation(summary = "Deadlines, in due-date order, filtered by offer, employer, application, kind, status and due range",
            description = "Read from a view the service keeps up to date from its event log, within a second or two. The"
                    + " employer (CRA business number) of each offer is learnt from offer-service's OfferSubmitted events.")
    public Uni<DeadlinePage> list(
            @QueryParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
            String offerNumber,
            @QueryParam("employer") @Pattern(regexp = EmployerCalendarResource.BUSINESS_NUMBER,
                    message = EmployerCalendarResource.BUSINESS_NUMBER_MESSAGE) String employer,
            @QueryParam("applicationId") @Size(max = 40, message = "must be at most 40 characters") String applicationId,
            @QueryParam("kind") @Pattern(regexp = KINDS, message = "must be a deadline kind such as JUDICIAL_REVIEW_LEAVE") String kind,
            @QueryParam("status") @Pattern(regexp = "^(OPEN|MET|ELAPSED)$", message = "must be OPEN, MET or ELAPSED") String status,
            @QueryParam("dueFrom") @Pattern(regexp = ISO_DATE, message = ISO_DATE_MESSAGE) String dueFrom,
            @QueryParam("dueTo") @Pattern(regexp = ISO_DATE, message = ISO_DATE_MESSAGE) String dueTo,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more")
            @Max(value = 200, message = "must be at most 200") int size) {
        LocalDate from = date("dueFrom", dueFrom);
        LocalDate to = date("dueTo", dueTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badField("dueFrom", "due-range-reversed",
                    "the due range starts (" + from + ") after it ends (" + to + ")");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "offerNumber", offerNumber);
        filter(where, params, "applicationId", applicationId);
        if (employer != null) {
            where.add("offerNumber in (select e.offerNumber from OfferEmployer e where e.businessNumber = :employer)");
            params.put("employer", employer);
        }
        filter(where, params, "kind", kind);
        filter(where, params, "status", status);
        if (from != null) {
            where.add("dueDate >= :dueFrom");
            params.put("dueFrom", from);
        }
        if (to != null) {
            where.add("dueDate <= :dueTo");
            params.put("dueTo", to);
        }
        Sort order = Sort.by("dueDate").and("kind");
        var query = (where.isEmpty()
                ? DeadlineRecord.<DeadlineRecord>findAll(order)
                : DeadlineRecord.<DeadlineRecord>find(String.join(" and ", where), order, params))
                .page(Page.of(page, size));
        return query.list().chain(records -> query.count()
                .map(total -> new DeadlinePage(records.stream().map(DeadlineView::of).toList(), page, size, total)));
    }

    @GET
    @Path("/{deadlineId}")
    @WithSession
    @Operation(summary = "One deadline and how it was counted")
    public Uni<DeadlineView> get(@PathParam("deadlineId") UUID deadlineId) {
        return DeadlineRecord.<DeadlineRecord>findById(deadlineId).map(record -> {
            if (record == null) {
                throw new DomainRejection(new DeadlineError.DeadlineNotFound(deadlineId));
            }
            return DeadlineView.of(record);
        });
    }

    /** A reminder or the elapse of a deadline, when it fires and what became of it. */
    public record TimerView(String timer, Timer.Kind kind, int daysBefore, Instant fireAt, Timers.State state,
                            Instant settledAt) {
    }

    @GET
    @Path("/{deadlineId}/timers")
    @Operation(summary = "When the deadline's reminders and elapse fire, and which already did",
            description = "Reminders fire at the configured lead times before the due date, at the configured time of day in"
                    + " America/Toronto; the elapse at the start of the day after the due date. A reminder whose moment had"
                    + " passed when the deadline was scheduled is not planned.")
    @WithSession
    public Uni<List<TimerView>> timers(@PathParam("deadlineId") UUID deadlineId) {
        return DeadlineRecord.<DeadlineRecord>findById(deadlineId).chain(record -> {
            if (record == null) {
                throw new DomainRejection(new DeadlineError.DeadlineNotFound(deadlineId));
            }
            return timers.of(deadlineId);
        }).map(planned -> planned.stream().map(p -> new TimerView(p.timer().name(), p.timer().kind(),
                p.timer().daysBefore(), p.timer().fireAt(), p.state(), p.settledAt())).toList());
    }

    /** @param metOn the day it was met; today (in the configured zone) when omitted */
    public record MetRequest(LocalDate metOn, @Size(max = 1000, message = "must be at most 1000 characters") String note) {
    }

    @POST
    @Path("/{deadlineId}/met")
    @WithSession
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a deadline met, e.g. when the judicial review application was filed; it stops running")
    public Uni<DeadlineView> met(@PathParam("deadlineId") UUID deadlineId, @Valid MetRequest request) {
        LocalDate metOn = request == null || request.metOn() == null ? today.date() : request.metOn();
        String note = request == null ? null : request.note();
        return DeadlineRecord.<DeadlineRecord>findById(deadlineId).chain(record -> {
            if (record == null) {
                throw new DomainRejection(new DeadlineError.DeadlineNotFound(deadlineId));
            }
            return deadlines.handle(new DeadlineCommand.MarkDeadlineMet(record.offerNumber, deadlineId, metOn, note, today.date()),
                            EventMetadata.byActor("employer-portal"))
                    .map(state -> DeadlineView.of(state.deadline(deadlineId).orElseThrow(), state.met().get(deadlineId)));
        });
    }

    private static void filter(List<String> where, Map<String, Object> params, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field);
            params.put(field, value);
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "invalid-date", "'" + value + "' is not a real calendar date");
        }
    }
}
