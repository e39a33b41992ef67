package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.offer.OfferTerms.Province;
import ca.imp.offerservice.compliance.Checklist;

/** An offer's compliance obligations and where each stands today. */
public record ComplianceView(
        @Schema(description = "The offer's number.", example = "A8108406")
        String offerNumber,
        @Schema(description = "The province of the work, whose law decides whether a provincial registration applies.", example = "BC")
        Province province,
        @Schema(description = "The day the work permit was approved with the offer, once it was: what the obligations are"
                + " judged by.", example = "2026-06-16")
        LocalDate approvedOn,
        @Schema(description = "The worker's first day of work, once recorded.", example = "2026-09-01")
        LocalDate employmentStartedOn,
        @Schema(description = "Each obligation, in the order of the reference data.")
        List<Obligation> obligations,
        @Schema(description = "The changes to the employment recorded, oldest first.")
        List<Change> changes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EmploymentChange")
    public record Change(
            @Schema(description = "The first day the change applies.", example = "2027-01-01")
            LocalDate effectiveOn,
            @Schema(description = "The new wage, if it changed.")
            OfferRequest.Wage wage,
            @Schema(description = "The new hours of work per week, if they changed.", example = "40")
            BigDecimal hoursPerWeek,
            @Schema(description = "The new duties, if they changed.", example = "Design, test and commission industrial robots.")
            String duties,
            @Schema(description = "The new place of work, if it changed.")
            OfferRequest.WorkLocation location,
            @Schema(description = "The employer's references to the documents about the change.", example = "[\"Amended agreement 2026-12-15\"]")
            List<String> documents) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ComplianceObligation")
    public record Obligation(
            @Schema(description = "The obligation's id, which evidence names.", example = "RIGHTS_INFORMATION")
            String obligation,
            @Schema(description = "What the employer must do.", example = "Information about the worker's rights in Canada, given on or before the first day of work")
            String label,
            @Schema(description = "The regulation that requires it.", example = "R209.2(1)(a)")
            String regulation,
            @Schema(description = "DONE (evidence recorded), DUE, OVERDUE (not shown and its day passed) or NOT_APPLICABLE (notApplicable says why).",
                    example = "DUE")
            Checklist.Status status,
            @Schema(description = "The last day to meet it: the approval's for what was due before the offer, the first day of"
                    + " work for what is due by then; absent while not known.", example = "2026-09-01")
            LocalDate dueOn,
            @Schema(description = "True while dueOn is the planned first day of work, which moves to the day recorded.", example = "true")
            Boolean dueOnProvisional,
            @Schema(description = "The evidence recorded, once DONE.")
            EvidenceView evidence,
            @Schema(description = "Why it does not apply, when NOT_APPLICABLE.", example = "ON requires no registration of employers of foreign workers on 2026-06-16")
            String notApplicable) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ComplianceEvidence")
    public record EvidenceView(
            @Schema(description = "The employer's reference to the document.", example = "HR file 2026-118, rights information sheet")
            String reference,
            @Schema(description = "The date of the document.", example = "2026-09-01")
            LocalDate documentOn,
            @Schema(description = "The employer's note, if any.", example = "Given in French, as the worker chose.")
            String note) {
    }

    static ComplianceView of(Checklist checklist) {
        var offer = checklist.offer();
        return new ComplianceView(offer.offerNumber(), offer.province(), offer.approvedOn().orElse(null),
                offer.employmentStartedOn().orElse(null), checklist.items().stream().map(item -> new Obligation(
                        item.obligation().id(), item.obligation().label(), item.obligation().regulation(), item.status(),
                        item.dueOn().orElse(null), item.dueOn().isPresent() ? item.dueOnProvisional() : null,
                        item.evidence().map(e -> new EvidenceView(e.reference(), e.documentOn(), e.note())).orElse(null),
                        item.notApplicable().orElse(null))).toList(),
                offer.changes().stream().map(c -> new Change(c.effectiveOn(),
                        c.wage() == null ? null : new OfferRequest.Wage(c.wage().amount(), c.wage().unit()), c.hoursPerWeek(), c.duties(),
                        c.location() == null ? null : new OfferRequest.WorkLocation(c.location().city(), c.location().province()),
                        c.documents())).toList());
    }
}
