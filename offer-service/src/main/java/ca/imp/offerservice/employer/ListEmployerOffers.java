package ca.imp.offerservice.employer;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.eventstore.paging.Page;

/** Lists an employer's offers, newest first, a page at a time, optionally of one status. */
@Singleton
public class ListEmployerOffers {
    private final OfferSummaries summaries;

    ListEmployerOffers(OfferSummaries summaries) {
        this.summaries = summaries;
    }

    /** @param status only offers in this status, or null for all */
    public Uni<Page<OfferSummaries.Summary>> list(Caller caller, String businessNumber, OfferStatus status, int page, int size) {
        EmployerNotFound.unlessReadableBy(caller, businessNumber);
        return summaries.ofEmployer(businessNumber, status, page, size);
    }
}
