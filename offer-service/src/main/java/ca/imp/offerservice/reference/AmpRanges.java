package ca.imp.offerservice.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

/** The range of an administrative monetary penalty per violation, as policy data: which range is in force on which date. */
@Singleton
public class AmpRanges {

    public record AmpRange(BigDecimal minimum, BigDecimal maximum, String currency, LocalDate effectiveFrom, LocalDate effectiveTo,
                           String source) implements ReferenceTable.Dated {
    }

    private final List<AmpRange> ranges = ReferenceTable.load("reference/amp-ranges.json", AmpRange.class);

    /** The range in force on the day a determination is sent; none before penalties existed. */
    public Optional<AmpRange> inForceOn(LocalDate date) {
        return ranges.stream().filter(r -> r.inForceOn(date)).findFirst();
    }
}
