package ca.imp.decisionservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.decisionservice.application.GcmsRequestDetails;

/**
 * An ATIP request for GCMS notes as a portal shows it.
 *
 * @param responseDue when the department's answer is due, counted by the deadline rules
 * @param status      REQUESTED, or RECEIVED once the notes arrived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GcmsRequestView(String requestId, String applicationId, String act, LocalDate filedOn, BigDecimal fee,
                              String currency, Requester requester, boolean consentOnFile, ResponseDue responseDue,
                              String status, LocalDate receivedOn) {

    /** @param name only for the employer and its representatives: personal data */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Requester(String name, String role, boolean inCanada) {
    }

    public record ResponseDue(LocalDate date, String basis, List<String> warnings) {
    }

    static GcmsRequestView of(GcmsRequestDetails details) {
        var r = details.request().request();
        var received = details.request().received();
        var due = details.responseDue();
        return new GcmsRequestView(r.requestId(), r.applicationId(), r.act(), r.filedOn(), r.fee(), r.currency(),
                new Requester(details.requesterName(), r.requesterRole(), r.requesterInCanada()), r.consentOnFile(),
                new ResponseDue(due.dueDate(), due.basis(), due.warnings()), received == null ? "REQUESTED" : "RECEIVED",
                received == null ? null : received.receivedOn());
    }
}
