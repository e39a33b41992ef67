package ca.imp.offerservice.worker;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "The worker's family name, as in the passport.", example = "Dupont")
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String familyName,
        @Schema(description = "The worker's given names, as in the passport.", example = "Camille")
        @Size(max = 100, message = "must be at most 100 characters") @PlainText String givenNames,
        @Schema(description = "The worker's date of birth.", example = "1990-04-12")
        @NotNull(message = "is required") @InDateRange(DateRange.BIRTH) LocalDate dateOfBirth,
        @Schema(description = "ISO 3166-1 alpha-2 code of the worker's citizenship.", example = "FR")
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 country code such as FR")
        String countryOfCitizenship,
        @Schema(description = "ISO 3166-1 alpha-2 code of the worker's country of residence.", example = "FR")
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 country code such as FR")
        String countryOfResidence,
        @Schema(description = "The worker's passport number.", example = "19AB12345")
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z0-9]{6,12}$", message = "must be 6 to 12 capital letters or digits")
        String passportNumber) {

    /** Never the data itself: a record prints its components, and this one may end up in a log or an exception. */
    @Override
    public String toString() {
        return "Worker[redacted]";
    }
}
