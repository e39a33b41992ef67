package ca.imp.contract.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;

/**
 * What an employer offers, as domain.md lists it, without any personal data: neither the worker's
 * nor the employer contact's ever enters an event (offer-service keeps them beside the offer). The
 * constraints are part of the contract: they say what a well-formed offer is, to this product's API
 * and to any partner reading the events.
 */
public record OfferTerms(
        @NotNull(message = "is required") @Valid Employer employer,
        @NotNull(message = "is required") @Valid Job job,
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z]\\d{2}$", message = "must be an LMIA exemption code such as C10 or T36")
        String exemptionCode) {

    /** The length of a name: the employer's legal or operating name. */
    public static final int NAME_LENGTH = 200;

    public enum Province {
        AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT
    }

    public enum WageUnit {
        HOUR, WEEK, MONTH, YEAR
    }

    /** @param businessNumber the employer's 9-digit CRA business number */
    public record Employer(
            @NotNull(message = "is required") @Pattern(regexp = "^\\d{9}$", message = "must be the 9-digit CRA business number")
            String businessNumber,
            @NotBlank(message = "is required") @Size(max = NAME_LENGTH, message = "must be at most 200 characters") @PlainText
            String legalName,
            @Size(max = 200, message = "must be at most 200 characters") @PlainText
            String operatingName,
            @NotNull(message = "is required") @Valid Address address) {
    }

    public record Address(
            @Schema(description = "Street address of the place of business.", example = "100 Queen St")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String street,
            @Schema(description = "City of the place of business.", example = "Ottawa")
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @Schema(description = "Province or territory code.", example = "ON")
            @NotNull(message = "is required: a Canadian province or territory code such as ON") Province province,
            @Schema(description = "Canadian postal code.", example = "K1P 1J9")
            @NotNull(message = "is required")
            @Pattern(regexp = "^[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$", message = "must be a Canadian postal code such as K1A 0B1")
            String postalCode) {
    }

    /**
     * @param nocCode NOC 2021 code: 5 digits, the second of which is the TEER category (0 to 5)
     */
    public record Job(
            @Schema(description = "The job title.", example = "Robotics engineer")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String title,
            @Schema(description = "NOC 2021 code: 5 digits, the second of which is the TEER category (0 to 5).", example = "21301")
            @NotNull(message = "is required")
            @Pattern(regexp = "^\\d[0-5]\\d{3}$", message = "must be a 5-digit NOC 2021 code whose second digit is the TEER category (0-5)")
            String nocCode,
            @Schema(description = "The main duties of the job.", example = "Design and test industrial robots.")
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") @PlainText(lines = true)
            String duties,
            @Schema(description = "Hours of work per week.", example = "40")
            @NotNull(message = "is required")
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "168", message = "must be at most 168, the hours in a week")
            BigDecimal hoursPerWeek,
            @Schema(description = "The wage offered.")
            @NotNull(message = "is required") @Valid Wage wage,
            @Schema(description = "Benefits offered beside the wage, if any.", example = "Dental and extended health care")
            @Size(max = 2000, message = "must be at most 2000 characters") @PlainText(lines = true)
            String benefits,
            @Schema(description = "Where the work is done.")
            @NotNull(message = "is required") @Valid WorkLocation location,
            @Schema(description = "The first day of employment.", example = "2026-09-01")
            @NotNull(message = "is required") @InDateRange(DateRange.EMPLOYMENT) LocalDate startDate,
            @Schema(description = "The last day of employment.", example = "2028-08-31")
            @NotNull(message = "is required") @InDateRange(DateRange.EMPLOYMENT) LocalDate endDate) {

        /** The TEER category, which the NOC code's second digit states. */
        public int teer() {
            return nocCode.charAt(1) - '0';
        }
    }

    public record Wage(
            @Schema(description = "The wage in Canadian dollars per unit.", example = "48.50")
            @NotNull(message = "is required") @Positive(message = "must be more than 0")
            @Digits(integer = 9, fraction = 2, message = "must be an amount in dollars and cents")
            BigDecimal amount,
            @Schema(description = "What the amount is paid per.", example = "HOUR")
            @NotNull(message = "is required: HOUR, WEEK, MONTH or YEAR") WageUnit unit) {
    }

    public record WorkLocation(
            @Schema(description = "City where the work is done.", example = "Ottawa")
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @Schema(description = "Province or territory code.", example = "ON")
            @NotNull(message = "is required: a Canadian province or territory code such as ON") Province province) {
    }
}
