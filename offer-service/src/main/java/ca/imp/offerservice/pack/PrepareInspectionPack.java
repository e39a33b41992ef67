package ca.imp.offerservice.pack;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import ca.imp.access.Caller;
import ca.imp.offerservice.compliance.ReadCompliance;
import ca.imp.offerservice.deadlines.Deadlines;
import ca.imp.offerservice.inspection.Inspection;
import ca.imp.offerservice.inspection.ListInspections;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.offer.ReadOffer;

/**
 * Prepares the PDF an employer hands an inspector for one of its offers. The offer is read as its
 * own read shows it to this caller (the same employer scope, the same personal data, the same record
 * of who read that personal data); its history is read after it, so every event the state reflects
 * is listed; then its compliance checklist as its own read shows it, its deadlines as offer-service
 * last heard of them, and the employer's inspections whose notice names it.
 */
@Singleton
public class PrepareInspectionPack {
    /** How many of the employer's inspections are read at a time, looking for those that cover the offer. */
    private static final int INSPECTIONS_PER_PAGE = 100;

    private final ReadOffer readOffer;
    private final Offers offers;
    private final ReadCompliance readCompliance;
    private final Deadlines deadlines;
    private final ListInspections listInspections;
    private final PackPdf pdf;
    private final Clock clock;

    PrepareInspectionPack(ReadOffer readOffer, Offers offers, ReadCompliance readCompliance, Deadlines deadlines,
                          ListInspections listInspections, PackPdf pdf, Clock clock) {
        this.readOffer = readOffer;
        this.offers = offers;
        this.readCompliance = readCompliance;
        this.deadlines = deadlines;
        this.listInspections = listInspections;
        this.pdf = pdf;
        this.clock = clock;
    }

    public Uni<PreparedPack> prepare(Caller caller, String offerNumber) {
        return readOffer.read(caller, offerNumber)
                .chain(seen -> Uni.combine().all().unis(offers.history(offerNumber), readCompliance.read(caller, offerNumber),
                                deadlines.ofOffer(offerNumber),
                                covering(caller, seen.offer().terms().employer().businessNumber(), offerNumber, 0, new ArrayList<>()))
                        .with((history, compliance, offerDeadlines, inspections) -> new OfferRecord(seen, history, compliance,
                                offerDeadlines, inspections)))
                // laying out pages takes milliseconds of CPU: not on the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(record -> new PreparedPack(offerNumber, pdf.render(record.pack(Instant.now(clock)))));
    }

    /** The employer's inspections whose notice names the offer, page after page of its inspections, newest notice first. */
    private Uni<List<Inspection>> covering(Caller caller, String businessNumber, String offerNumber, int page,
                                           List<Inspection> found) {
        return listInspections.list(caller, businessNumber, page, INSPECTIONS_PER_PAGE).chain(inspections -> {
            inspections.items().stream().filter(inspection -> inspection.offerNumbers().contains(offerNumber)).forEach(found::add);
            return (long) (page + 1) * INSPECTIONS_PER_PAGE < inspections.total()
                    ? covering(caller, businessNumber, offerNumber, page + 1, found)
                    : Uni.createFrom().item(found);
        });
    }

    /** The PDF, and the name a person saving it gets. */
    public record PreparedPack(String offerNumber, byte[] pdf) {
        public String fileName() {
            return "inspection-pack-" + offerNumber + ".pdf";
        }
    }
}
