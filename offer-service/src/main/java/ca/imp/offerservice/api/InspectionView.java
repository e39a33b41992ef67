package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.offerservice.inspection.Inspection;

/** An inspection of an employer as its employer sees it: each step once recorded, absent before. */
public record InspectionView(
        @Schema(description = "The inspection's id.", example = "3f0c2a9e-8d4b-4c55-9a61-2b7f0d1e6c42")
        String inspectionId,
        @Schema(description = "The employer inspected: its CRA business number.", example = "123456789")
        String businessNumber,
        @Schema(description = "The employer's offers the inspection covers.", example = "[\"A8108406\"]")
        List<String> offerNumbers,
        @Schema(description = "The date of the notice of inspection.", example = "2026-10-01")
        LocalDate noticeOn,
        @Schema(description = "The date the notice gives for its documents.", example = "2026-10-31")
        LocalDate documentsDueOn,
        @Schema(description = "The notice of preliminary finding, once recorded.")
        PreliminaryFinding preliminaryFinding,
        @Schema(description = "The final determination, once recorded.")
        Determination determination,
        @Schema(description = "The payment of the penalty, once recorded.")
        Payment payment) {

    public record PreliminaryFinding(
            @Schema(description = "The day it was sent.", example = "2026-11-02")
            LocalDate sentOn,
            @Schema(description = "The day the employer responded, once recorded.", example = "2026-11-20")
            LocalDate respondedOn,
            @Schema(description = "The employer's reference of its response, once recorded.", example = "HR-2026-117")
            String responseReference) {
    }

    public record Money(
            @Schema(description = "The amount.", example = "5000.00") BigDecimal amount,
            @Schema(description = "ISO 4217 currency code.", example = "CAD") String currency) {
    }

    public record Determination(
            @Schema(description = "What it found.", example = "AMP")
            InspectionOutcome outcome,
            @Schema(description = "The administrative monetary penalty, for outcome AMP.")
            Money penalty,
            @Schema(description = "How many violations the penalty is for, for outcome AMP.", example = "1")
            Integer violations,
            @Schema(description = "How many years the ban lasts, for outcome BAN.", example = "2")
            Integer banYears,
            @Schema(description = "The day it was sent.", example = "2026-12-15")
            LocalDate sentOn) {
    }

    public record Payment(
            @Schema(description = "What was paid.")
            Money paid,
            @Schema(description = "The day of payment.", example = "2027-01-10")
            LocalDate paidOn) {
    }

    static InspectionView of(Inspection inspection) {
        var notice = inspection.notice();
        return new InspectionView(inspection.inspectionId(), inspection.businessNumber(), inspection.offerNumbers(),
                notice.noticeDate(), notice.documentsDueDate(),
                inspection.findingSentOn().map(sentOn -> new PreliminaryFinding(sentOn,
                        inspection.response().map(r -> r.responseDate()).orElse(null),
                        inspection.response().map(r -> r.reference()).orElse(null))).orElse(null),
                inspection.determination().map(d -> new Determination(d.outcome(),
                        d.ampAmount() == null ? null : new Money(d.ampAmount(), d.currency()), d.violations(), d.banYears(),
                        d.sentDate())).orElse(null),
                inspection.payment().map(p -> new Payment(new Money(p.amount(), p.currency()), p.paidDate())).orElse(null));
    }
}
