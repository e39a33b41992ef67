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

import ca.imp.contract.offer.FeeExemptionClaimed;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;
import ca.imp.offerservice.offer.FeeExemptionClaim;
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
        @Schema(description = "The employer making the offer, with the person to contact.")
        @NotNull(message = "is required") @Valid Employer employer,
        @Schema(description = "The foreign worker offered the job: personal data, never in an event.")
        @NotNull(message = "is required") @Valid Worker worker,
        @Schema(description = "The job offered.")
        @NotNull(message = "is required") @Valid Job job,
        @Schema(description = "The LMIA exemption code the offer relies on, in force on the day the offer is submitted (GET /reference/exemption-codes); a code never exempts the employer from the fee (feeExemption does).", example = "C10")
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z]\\d{2}$", message = "must be an LMIA exemption code such as C10 or T36")
        String exemptionCode,
        @Schema(description = "The fee-exempt program the employer takes part in, with the reference of its proof; absent when"
                + " the employer pays the fee. A code never exempts the employer from the fee; a program does (IRPR 303.1(5)).")
        @Valid FeeExemption feeExemption) {

    /** The program from IRCC's fee-exemption list the employer claims, as the Employer Portal asks for it with the offer. */
    @Schema(name = "OfferRequestFeeExemption")
    public record FeeExemption(
            @Schema(description = "The program's id, as GET /reference/fee-exemption-programs lists it.", example = "IDRC")
            @NotBlank(message = "is required")
            @Pattern(regexp = "^[A-Z][A-Z_]{0,59}$", message = "must be a program id such as IDRC, as GET /reference/fee-exemption-programs lists them")
            String program,
            @Schema(description = "The reference of the document that proves the employer takes part in the program (a letter's"
                    + " or a file's reference), not the document.", example = "IDRC letter 2026-041")
            @NotBlank(message = "is required")
            @Size(max = FeeExemptionClaimed.PROOF_REFERENCE_LENGTH, message = "must be at most 200 characters") @PlainText
            String proofReference,
            @Schema(description = "The employer attests that the worker will not be paid for the work, which a program for"
                    + " unpaid work (charitable or religious work) asks for.", example = "false")
            Boolean unremunerated) {

        FeeExemptionClaim claim() {
            return new FeeExemptionClaim(program, proofReference, Boolean.TRUE.equals(unremunerated));
        }

        static FeeExemption of(FeeExemptionClaim claim) {
            return claim == null ? null : new FeeExemption(claim.program(), claim.proofReference(), claim.unremunerated());
        }
    }

    /** The employer as the offer names it, with the person to contact about it. */
    @Schema(name = "OfferRequestEmployer")
    public record Employer(
            @Schema(description = "The employer's 9-digit CRA business number.", example = "123456789")
            @NotNull(message = "is required") @Pattern(regexp = "^\\d{9}$", message = "must be the 9-digit CRA business number")
            String businessNumber,
            @Schema(description = "The employer's legal name.", example = "Maple Robotics Inc.")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText
            String legalName,
            @Schema(description = "The name the employer operates under, if other than its legal name.", example = "Maple Robotics")
            @Size(max = 200, message = "must be at most 200 characters") @PlainText
            String operatingName,
            @Schema(description = "The employer's place of business.")
            @NotNull(message = "is required") @Valid Address address,
            @Schema(description = "The person to contact at the employer: personal data.")
            @NotNull(message = "is required") @Valid EmployerContact contact) {
    }

    @Schema(name = "OfferRequestAddress")
    public record Address(
            @Schema(description = "Street address of the place of business.", example = "100 Queen St")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String street,
            @Schema(description = "City of the place of business.", example = "Ottawa")
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @Schema(description = "Province or territory code.", example = "ON")
            @NotNull(message = "is required: a Canadian province or territory code such as ON") OfferTerms.Province province,
            @Schema(description = "Canadian postal code.", example = "K1P 1J9")
            @NotNull(message = "is required")
            @Pattern(regexp = "^[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$", message = "must be a Canadian postal code such as K1A 0B1")
            String postalCode) {
    }

    /** @param nocCode NOC 2021 code: 5 digits, the second of which is the TEER category (0 to 5) */
    @Schema(name = "OfferRequestJob")
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
            @NotNull(message = "is required") @InDateRange(DateRange.EMPLOYMENT) LocalDate startsOn,
            @Schema(description = "The last day of employment.", example = "2028-08-31")
            @NotNull(message = "is required") @InDateRange(DateRange.EMPLOYMENT) LocalDate endsOn) {
    }

    @Schema(name = "OfferRequestWage")
    public record Wage(
            @Schema(description = "The wage in Canadian dollars per unit.", example = "48.50")
            @NotNull(message = "is required") @Positive(message = "must be more than 0")
            @Digits(integer = 9, fraction = 2, message = "must be an amount in dollars and cents")
            BigDecimal amount,
            @Schema(description = "What the amount is paid per.", example = "HOUR")
            @NotNull(message = "is required: HOUR, WEEK, MONTH or YEAR") OfferTerms.WageUnit unit) {
    }

    @Schema(name = "OfferRequestWorkLocation")
    public record WorkLocation(
            @Schema(description = "City where the work is done.", example = "Ottawa")
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @PlainText String city,
            @Schema(description = "Province or territory code.", example = "ON")
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
                        job.wage.unit), job.benefits, location, job.startsOn, job.endsOn),
                exemptionCode, feeExemption == null ? null : feeExemption.claim());
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
                draft.exemptionCode(), FeeExemption.of(draft.feeExemption()));
    }
}
