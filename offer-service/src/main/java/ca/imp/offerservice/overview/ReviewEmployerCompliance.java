package ca.imp.offerservice.overview;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.runtime.Today;
import ca.imp.offerservice.compliance.ReadCompliance;
import ca.imp.offerservice.employer.EmployerNotFound;
import ca.imp.offerservice.employer.OfferSummaries;
import ca.imp.offerservice.inspection.Inspection;
import ca.imp.offerservice.inspection.Inspections;
import ca.imp.offerservice.overview.ComplianceOverview.ActiveOffer;
import ca.imp.offerservice.overview.ComplianceOverview.Entry;

/**
 * Reviews an employer's compliance today: its active workers' offers with what is missing or overdue and the permits
 * that end soon, and its open inspections with what they wait for, most urgent first, a page at a time. A permit ends
 * "soon" within the first reminder's lead days of WORK_PERMIT_EXPIRY in the deadline policy (120 days), the figure
 * deadline-service reminds by, read from the same data rather than kept twice.
 */
@Singleton
public class ReviewEmployerCompliance {
    private final OfferSummaries summaries;
    private final ReadCompliance compliance;
    private final Inspections inspections;
    private final DeadlineRules rules;
    private final Today today;

    ReviewEmployerCompliance(OfferSummaries summaries, ReadCompliance compliance, Inspections inspections, DeadlineRules rules,
                             Today today) {
        this.summaries = summaries;
        this.compliance = compliance;
        this.inspections = inspections;
        this.rules = rules;
        this.today = today;
    }

    public Uni<Page<Entry>> review(Caller caller, String businessNumber, int page, int size) {
        EmployerNotFound.unlessReadableBy(caller, businessNumber);
        LocalDate on = today.date();
        int expiryWindowDays = Collections.max(rules.reminderLeadDays(DeadlineKind.WORK_PERMIT_EXPIRY, on));
        Uni<List<ActiveOffer>> offers = summaries.activeOfEmployer(businessNumber, on).chain(active -> active.isEmpty()
                ? Uni.createFrom().item(List.<ActiveOffer>of())
                : Uni.join().all(active.stream().map(offer -> compliance.read(caller, offer.offerNumber())
                        .map(checklist -> new ActiveOffer(offer.offerNumber(), offer.jobTitle(),
                                Optional.ofNullable(offer.permitExpiresOn()), checklist))).toList()).andFailFast());
        Uni<List<Inspection>> open = inspections.allOfEmployer(caller, businessNumber);
        return Uni.combine().all().unis(offers, open).asTuple().map(both -> Page.of(
                ComplianceOverview.of(both.getItem1(), both.getItem2(), expiryWindowDays, rules, on), page, size));
    }
}
