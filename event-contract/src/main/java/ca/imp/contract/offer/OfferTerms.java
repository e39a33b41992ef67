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
        @Pattern(regexp = "^[A-Z]\\d{2}$", message = "must be an LMIA exemption code such as C10 or T23")
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
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String street,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @NotNull(message = "is required: a Canadian province or territory code such as ON") Province province,
            @NotNull(message = "is required")
            @Pattern(regexp = "^[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$", message = "must be a Canadian postal code such as K1A 0B1")
            String postalCode) {
    }

    /**
     * @param nocCode NOC 2021 code: 5 digits, the second of which is the TEER category (0 to 5)
     */
    public record Job(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String title,
            @NotNull(message = "is required")
            @Pattern(regexp = "^\\d[0-5]\\d{3}$", message = "must be a 5-digit NOC 2021 code whose second digit is the TEER category (0-5)")
            String nocCode,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") @PlainText(lines = true)
            String duties,
            @NotNull(message = "is required")
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "168", message = "must be at most 168, the hours in a week")
            BigDecimal hoursPerWeek,
            @NotNull(message = "is required") @Valid Wage wage,
            @Size(max = 2000, message = "must be at most 2000 characters") @PlainText(lines = true)
            String benefits,
            @NotNull(message = "is required") @Valid WorkLocation location,
            @NotNull(message = "is required") @InDateRange(DateRange.EMPLOYMENT) LocalDate startDate,
            @NotNull(message = "is required") @InDateRange(DateRange.EMPLOYMENT) LocalDate endDate) {

        /** The TEER category, which the NOC code's second digit states. */
        public int teer() {
            return nocCode.charAt(1) - '0';
        }
    }

    public record Wage(
            @NotNull(message = "is required") @Positive(message = "must be more than 0")
            @Digits(integer = 9, fraction = 2, message = "must be an amount in dollars and cents")
            BigDecimal amount,
            @NotNull(message = "is required: HOUR, WEEK, MONTH or YEAR") WageUnit unit) {
    }

    public record WorkLocation(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @NotNull(message = "is required: a Canadian province or territory code such as ON") Province province) {
    }
}
