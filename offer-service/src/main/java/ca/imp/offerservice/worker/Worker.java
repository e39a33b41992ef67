package ca.imp.offerservice.worker;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;

/**
 * The foreign worker named in an offer. Personal information under Canadian privacy law: kept
 * beside the offer's events, never in them, so it is never published and can be erased without
 * rewriting history.
 *
 * @param countryOfCitizenship ISO 3166-1 alpha-2 code, e.g. {@code FR}
 */
public record Worker(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String familyName,
        @Size(max = 100, message = "must be at most 100 characters") @PlainText String givenNames,
        @NotNull(message = "is required") @InDateRange(DateRange.BIRTH) LocalDate dateOfBirth,
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 country code such as FR")
        String countryOfCitizenship,
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 country code such as FR")
        String countryOfResidence,
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z0-9]{6,12}$", message = "must be 6 to 12 capital letters or digits")
        String passportNumber) {

    /** Never the data itself: a record prints its components, and this one may end up in a log or an exception. */
    @Override
    public String toString() {
        return "Worker[redacted]";
    }
}
