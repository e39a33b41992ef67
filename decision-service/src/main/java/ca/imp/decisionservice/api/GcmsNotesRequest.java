package ca.imp.decisionservice.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @NotNull(message = "is required: ACCESS_TO_INFORMATION or PRIVACY") AtipAct act,
        @InDateRange(DateRange.PORTAL_ERA) LocalDate filedOn,
        @NotNull(message = "is required") @Valid Requester requester,
        boolean consentOnFile) {

    /** Who files the request; their name stays in decision-service's own records, out of every event. */
    public record Requester(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String name,
            @NotNull(message = "is required: APPLICANT or REPRESENTATIVE") RequesterRole role,
            @NotNull(message = "is required: is the requester in Canada?") Boolean inCanada) {
    }
}
