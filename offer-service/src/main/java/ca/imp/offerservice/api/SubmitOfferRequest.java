package ca.imp.offerservice.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import ca.imp.contract.offer.OfferTerms;
import ca.imp.offerservice.worker.Worker;

/** An offer of employment as an employer portal submits it: the terms, and the worker they are offered to. */
public record SubmitOfferRequest(
        @NotNull(message = "is required") @Valid OfferTerms.Employer employer,
        @NotNull(message = "is required") @Valid Worker worker,
        @NotNull(message = "is required") @Valid OfferTerms.Job job,
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z]\\d{2}$", message = "must be an LMIA exemption code such as C10 or T23")
        String exemptionCode) {

    OfferTerms terms() {
        return new OfferTerms(employer, job, exemptionCode);
    }
}
