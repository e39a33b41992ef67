package ca.imp.offerservice.offer;

import java.time.LocalDate;

import ca.imp.eventstore.store.DomainRejection;

/** The day an employer says a payment, withdrawal, refund or first day of employment happened: today when not said, never after today. */
final class DayOfAct {
    private DayOfAct() {
    }

    static LocalDate notAfter(LocalDate today, String field, LocalDate given) {
        if (given != null && given.isAfter(today)) {
            throw new DomainRejection(new OfferError.DayInFuture(field, today));
        }
        return given == null ? today : given;
    }
}
