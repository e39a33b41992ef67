package ca.imp.offerservice.pack;

import java.time.Clock;
import java.time.Instant;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import ca.imp.access.Caller;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.offer.ReadOffer;

/**
 * Prepares the PDF an employer hands an inspector for one of its offers. The offer is read as its
 * own read shows it to this caller (the same employer scope, the same personal data, the same record
 * of who read that personal data); its history is read after it, so every event the state reflects
 * is listed.
 */
@Singleton
public class PrepareInspectionPack {
    private final ReadOffer readOffer;
    private final Offers offers;
    private final PackPdf pdf;
    private final Clock clock;

    PrepareInspectionPack(ReadOffer readOffer, Offers offers, PackPdf pdf, Clock clock) {
        this.readOffer = readOffer;
        this.offers = offers;
        this.pdf = pdf;
        this.clock = clock;
    }

    public Uni<PreparedPack> prepare(Caller caller, String offerNumber) {
        return readOffer.read(caller, offerNumber)
                .chain(seen -> offers.history(offerNumber).map(history -> new OfferRecord(seen, history)))
                // laying out pages takes milliseconds of CPU: not on the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(record -> new PreparedPack(offerNumber, pdf.render(record.pack(Instant.now(clock)))));
    }

    /** The PDF, and the name a person saving it gets. */
    public record PreparedPack(String offerNumber, byte[] pdf) {
        public String fileName() {
            return "inspection-pack-" + offerNumber + ".pdf";
        }
    }
}
