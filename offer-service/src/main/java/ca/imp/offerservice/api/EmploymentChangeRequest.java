package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;
import ca.imp.offerservice.compliance.EmploymentChange;

/** A change to the employment under an approved offer: what changes (absent: unchanged), from when, and its documents. */
public record EmploymentChangeRequest(
        @Schema(description = "The first day the change applies: not before the approval; it may be ahead.", example = "2027-01-01")
        @NotNull(message = "is required") @InDateRange(DateRange.EMPLOYMENT) LocalDate effectiveOn,
        @Schema(description = "The new wage, if it changes.")
        @Valid OfferRequest.Wage wage,
        @Schema(description = "The new hours of work per week, if they change.", example = "40")
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @DecimalMax(value = "168", message = "must be at most 168, the hours in a week")
        BigDecimal hoursPerWeek,
        @Schema(description = "The NOC 2021 occupation after the change, if it changes (which needs a new offer and permit).", example = "21301")
        @Pattern(regexp = "^\\d[0-5]\\d{3}$", message = "must be a 5-digit NOC 2021 code whose second digit is the TEER category (0-5)")
        String nocCode,
        @Schema(description = "The new main duties, if they change.", example = "Design, test and commission industrial robots.")
        @Size(max = 4000, message = "must be at most 4000 characters") @PlainText(lines = true)
        String duties,
        @Schema(description = "The new place of work, if it changes.")
        @Valid OfferRequest.WorkLocation location,
        @Schema(description = "Whether the change is a promotion (which needs a new offer and permit).", example = "false")
        Boolean promotion,
        @Schema(description = "The employer's references to the documents about the change (1 to 10; not the documents).",
                example = "[\"Amended agreement 2026-12-15\"]")
        @NotNull(message = "is required") @Size(min = 1, max = 10, message = "must name 1 to 10 documents")
        List<@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String> documents) {

    EmploymentChange change() {
        return new EmploymentChange(effectiveOn, wage == null ? null : new OfferTerms.Wage(wage.amount(), wage.unit()), hoursPerWeek,
                nocCode, duties, location == null ? null : new OfferTerms.WorkLocation(location.city(), location.province()),
                Boolean.TRUE.equals(promotion), documents);
    }
}
