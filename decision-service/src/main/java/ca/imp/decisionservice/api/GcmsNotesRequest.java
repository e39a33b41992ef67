package ca.imp.decisionservice.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.decision.AtipAct;
import ca.imp.contract.decision.RequesterRole;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;

/**
 * An ATIP request for an application's GCMS notes.
 *
 * @param filedOn       the day it was filed; today when omitted
 * @param consentOnFile the applicant's signed consent (IMM 5744) is on file; needed when someone else asks
 */
public record GcmsNotesRequest(
        @Schema(description = "The act the request is made under: ACCESS_TO_INFORMATION (CAD 5) or PRIVACY (free, only for an applicant in Canada).", example = "PRIVACY")
        @NotNull(message = "is required: ACCESS_TO_INFORMATION or PRIVACY") AtipAct act,
        @Schema(description = "The day the request was filed; today when omitted.", example = "2026-06-18")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate filedOn,
        @Schema(description = "Who files the request.")
        @NotNull(message = "is required") @Valid Requester requester,
        @Schema(description = "The applicant's signed consent (IMM 5744) is on file; needed when someone else asks.", example = "false")
        boolean consentOnFile) {

    /** Who files the request; their name stays in decision-service's own records, out of every event. */
    public record Requester(
            @Schema(description = "The requester's name; kept in decision-service's own records, never in an event.", example = "Camille Dupont")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String name,
            @Schema(description = "Whether the applicant or a representative files it.", example = "APPLICANT")
            @NotNull(message = "is required: APPLICANT or REPRESENTATIVE") RequesterRole role,
            @Schema(description = "Whether the requester is in Canada, as both acts require.", example = "true")
            @NotNull(message = "is required: is the requester in Canada?") Boolean inCanada) {
    }
}
