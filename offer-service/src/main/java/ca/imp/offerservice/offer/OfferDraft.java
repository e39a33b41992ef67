package ca.imp.offerservice.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.range.PlainText;
import ca.imp.offerservice.privacy.EmployerContact;
import ca.imp.offerservice.privacy.PersonalData;
import ca.imp.offerservice.worker.Worker;

/**
 * An offer of employment as an employer states it: the terms, the worker they are offered to and
 * the employer's contact. What a submission sends, and what a resubmission's merge patch changes;
 * the two are validated alike. It splits into the terms, which its events carry, and the personal
 * data, which never enters an event.
 */
public record OfferDraft(
        @Schema(description = "The employer making the offer, with the person to contact.")
        @NotNull(message = "is required") @Valid Employer employer,
        @Schema(description = "The foreign worker offered the job: personal data, never in an event.")
        @NotNull(message = "is required") @Valid Worker worker,
        @Schema(description = "The job offered.")
        @NotNull(message = "is required") @Valid OfferTerms.Job job,
        @Schema(description = "The LMIA exemption code the offer relies on; some exempt the employer from the fee.", example = "C12")
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z]\\d{2}$", message = "must be an LMIA exemption code such as C10 or T23")
        String exemptionCode) {

    /** The employer as the offer names it, with the person to contact about it. */
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
            @NotNull(message = "is required") @Valid OfferTerms.Address address,
            @Schema(description = "The person to contact at the employer: personal data.")
            @NotNull(message = "is required") @Valid EmployerContact contact) {
    }

    OfferTerms terms() {
        return new OfferTerms(new OfferTerms.Employer(employer.businessNumber(), employer.legalName(), employer.operatingName(),
                employer.address()), job, exemptionCode);
    }

    PersonalData personalData() {
        return new PersonalData(worker, employer.contact());
    }
}
