package ca.imp.offerservice.api;

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

import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;
import ca.imp.offerservice.offer.OfferDraft;
import ca.imp.offerservice.privacy.EmployerContact;
import ca.imp.offerservice.worker.Worker;

/**
 * The body of {@code POST /offers}, and the form a resubmission's merge patch applies to: an offer of
 * employment as an employer states it. Its own record, not the event's: the API and the published
 * contract change apart. It becomes the domain's {@link OfferDraft}.
 */
@Schema(name = "OfferRequest")
public record OfferRequest(
        @NotNull(message = "is required") @Valid Employer employer,
        @NotNull(message = "is required") @Valid Worker worker,
        @NotNull(message = "is required") @Valid Job job,
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z]\\d{2}$", message = "must be an LMIA exemption code such as C10 or T23")
        String exemptionCode) {

    /** The employer as the offer names it, with the person to contact about it. */
    @Schema(name = "OfferRequestEmployer")
    public record Employer(
            @NotNull(message = "is required") @Pattern(regexp = "^\\d{9}$", message = "must be the 9-digit CRA business number")
            String businessNumber,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText
            String legalName,
            @Size(max = 200, message = "must be at most 200 characters") @PlainText
            String operatingName,
            @NotNull(message = "is required") @Valid Address address,
            @NotNull(message = "is required") @Valid EmployerContact contact) {
    }

    @Schema(name = "OfferRequestAddress")
    public record Address(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String street,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @NotNull(message = "is required: a Canadian province or territory code such as ON") OfferTerms.Province province,
            @NotNull(message = "is required")
            @Pattern(regexp = "^[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$", message = "must be a Canadian postal code such as K1A 0B1")
            String postalCode) {
    }

    /** @param nocCode NOC 2021 code: 5 digits, the second of which is the TEER category (0 to 5) */
    @Schema(name = "OfferRequestJob")
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
    }

    @Schema(name = "OfferRequestWage")
    public record Wage(
            @NotNull(message = "is required") @Positive(message = "must be more than 0")
            @Digits(integer = 9, fraction = 2, message = "must be an amount in dollars and cents")
            BigDecimal amount,
            @NotNull(message = "is required: HOUR, WEEK, MONTH or YEAR") OfferTerms.WageUnit unit) {
    }

    @Schema(name = "OfferRequestWorkLocation")
    public record WorkLocation(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @NotNull(message = "is required: a Canadian province or territory code such as ON") OfferTerms.Province province) {
    }

    OfferDraft draft() {
        var address = new OfferTerms.Address(employer.address.street, employer.address.city, employer.address.province,
                employer.address.postalCode);
        var location = new OfferTerms.WorkLocation(job.location.city, job.location.province);
        return new OfferDraft(
                new OfferDraft.Employer(employer.businessNumber, employer.legalName, employer.operatingName, address, employer.contact),
                worker,
                new OfferTerms.Job(job.title, job.nocCode, job.duties, job.hoursPerWeek, new OfferTerms.Wage(job.wage.amount,
                        job.wage.unit), job.benefits, location, job.startDate, job.endDate),
                exemptionCode);
    }

    /** The form of a draft, to be patched; parts a draft no longer has (erased personal data) are left out. */
    static OfferRequest of(OfferDraft draft) {
        var employer = draft.employer();
        var address = employer.address();
        var job = draft.job();
        return new OfferRequest(
                new Employer(employer.businessNumber(), employer.legalName(), employer.operatingName(),
                        new Address(address.street(), address.city(), address.province(), address.postalCode()), employer.contact()),
                draft.worker(),
                new Job(job.title(), job.nocCode(), job.duties(), job.hoursPerWeek(), new Wage(job.wage().amount(), job.wage().unit()),
                        job.benefits(), new WorkLocation(job.location().city(), job.location().province()), job.startDate(),
                        job.endDate()),
                draft.exemptionCode());
    }
}
