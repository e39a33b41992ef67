package ca.imp.offerservice.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.employer.EmployerNotFound;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.offerservice.offer.Offers;

/** An employer records a notice of inspection it received: the offers it covers and the day its documents are due. */
@Singleton
public class RecordInspectionNotice {
    private final Inspections inspections;
    private final Offers offers;
    private final Today today;

    RecordInspectionNotice(Inspections inspections, Offers offers, Today today) {
        this.inspections = inspections;
        this.offers = offers;
        this.today = today;
    }

    public Uni<Inspection> record(Caller caller, String businessNumber, List<String> offerNumbers, LocalDate noticeOn,
                                  LocalDate documentsDueOn, AlsoRecord alsoRecord) {
        EmployerNotFound.unlessReadableBy(caller, businessNumber);
        return employersOffers(businessNumber, offerNumbers).chain(employers -> inspections.start(
                new InspectionCommand.RecordNotice(Inspections.newId(), businessNumber, offerNumbers, noticeOn, documentsDueOn,
                        employers, today.date()),
                EventMetadata.byActor(caller.actor()), alsoRecord));
    }

    /** Which of the offers are the employer's: an offer's employer never changes, so what is read now holds. */
    private Uni<Set<String>> employersOffers(String businessNumber, List<String> offerNumbers) {
        List<Uni<Optional<String>>> reads = offerNumbers.stream().distinct()
                .map(number -> offers.get(number, businessNumber::equals).map(offer -> Optional.of(number))
                        .onFailure(DomainRejection.class)
                        .recoverWithUni(failure -> ((DomainRejection) failure).error() instanceof OfferError.OfferNotFound
                                ? Uni.createFrom().item(Optional.<String>empty())
                                : Uni.createFrom().failure(failure)))
                .toList();
        return Uni.join().all(reads).andFailFast().map(found -> {
            Set<String> theirs = new HashSet<>();
            found.forEach(number -> number.ifPresent(theirs::add));
            return theirs;
        });
    }
}
