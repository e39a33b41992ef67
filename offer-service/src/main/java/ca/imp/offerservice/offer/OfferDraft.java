package ca.imp.offerservice.offer;

import ca.imp.contract.offer.OfferTerms;
import ca.imp.offerservice.privacy.EmployerContact;
import ca.imp.offerservice.privacy.PersonalData;
import ca.imp.offerservice.worker.Worker;

/**
 * An offer of employment as an employer states it: the terms, the worker they are offered to and
 * the employer's contact, as a submission or a resubmission's merged form gives it (read and
 * validated by the REST edge, {@link DraftForm}). It splits into the terms, which its events carry,
 * and the personal data, which never enters an event.
 *
 * @param feeExemption the fee-exempt program the employer claims, or null when it pays the fee
 */
public record OfferDraft(Employer employer, Worker worker, OfferTerms.Job job, String exemptionCode,
                         FeeExemptionClaim feeExemption) {

    /** The employer as the offer names it, with the person to contact about it. */
    public record Employer(String businessNumber, String legalName, String operatingName, OfferTerms.Address address,
                           EmployerContact contact) {
    }

    OfferTerms terms() {
        return new OfferTerms(new OfferTerms.Employer(employer.businessNumber(), employer.legalName(), employer.operatingName(),
                employer.address()), job, exemptionCode);
    }

    PersonalData personalData() {
        return new PersonalData(worker, employer.contact());
    }
}
