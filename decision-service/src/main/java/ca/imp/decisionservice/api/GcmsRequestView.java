package ca.imp.decisionservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.decisionservice.application.GcmsRequestDetails;
import ca.imp.decisionservice.application.GcmsRequestStatus;

/**
 * An ATIP request for GCMS notes as a portal shows it.
 *
 * @param responseDue when the department's answer is due, counted by the deadline rules
 * @param status      REQUESTED, or RECEIVED once the notes arrived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GcmsRequestView(
        @Schema(description = "The request's id.", example = "A8108406-1-G1")
        String requestId,
        @Schema(description = "The application whose notes are asked for.", example = "A8108406-1")
        String applicationId,
        @Schema(description = "The act the request is made under.", example = "PRIVACY")
        String act,
        @Schema(description = "The day the request was filed.", example = "2026-06-18")
        LocalDate filedOn,
        @Schema(description = "The fee the act charges.", example = "0.00")
        BigDecimal fee,
        @Schema(description = "ISO 4217 currency code.", example = "CAD")
        String currency,
        @Schema(description = "Who filed the request.")
        Requester requester,
        @Schema(description = "Whether the applicant's signed consent (IMM 5744) is on file.", example = "false")
        boolean consentOnFile,
        @Schema(description = "When the department's answer is due, counted by the deadline rules.")
        ResponseDue responseDue,
        @Schema(description = "REQUESTED, or RECEIVED once the notes arrived.", example = "REQUESTED")
        GcmsRequestStatus status,
        @Schema(description = "The day the notes arrived.", example = "2026-07-08")
        LocalDate receivedOn) {

    /** @param name only for the employer and its representatives: personal data */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GcmsRequester", description = "Who filed the request")
    public record Requester(
            @Schema(description = "The requester's name, only for the employer and its representatives: personal data.", example = "Camille Dupont")
            String name,
            @Schema(description = "Whether the applicant or a representative filed it.", example = "APPLICANT")
            String role,
            @Schema(description = "Whether the requester is in Canada.", example = "true")
            boolean inCanada) {
    }

    public record ResponseDue(
            @Schema(description = "The day the answer is due.", example = "2026-07-18")
            LocalDate dueOn,
            @Schema(description = "How the date was counted, with its source, in plain language.", example = "30 days after the request (Access to Information Act s. 7)")
            String basis,
            @Schema(description = "What to verify before relying on the date.", example = "[\"The department may extend the time limit.\"]")
            List<String> warnings) {
    }

    static GcmsRequestView of(GcmsRequestDetails details) {
        var r = details.request().request();
        var received = details.request().received();
        var due = details.responseDue();
        return new GcmsRequestView(r.requestId(), r.applicationId(), r.act(), r.filedOn(), r.fee(), r.currency(),
                new Requester(details.requesterName(), r.requesterRole(), r.requesterInCanada()), r.consentOnFile(),
                new ResponseDue(due.dueDate(), due.basis(), due.warnings()), details.request().status(),
                received == null ? null : received.receivedOn());
    }
}
