package ca.imp.offerservice.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The performing-artists cap (IRCC fee list): a group of three or more offers made at the same time pays at most CAD 690. */
class FeeCapsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final FeeCaps caps = new FeeCaps();
    private final BigDecimal fee = new FeeSchedule().inForceOn(TODAY).amount();

    private List<BigDecimal> shares(int offers) {
        return caps.inForce("PERFORMING_ARTISTS", TODAY).orElseThrow().shares(fee, offers);
    }

    private static BigDecimal total(List<BigDecimal> shares) {
        return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void four_artists_offers_submitted_together_pay_690_in_all() {
        assertEquals(Collections.nCopies(4, new BigDecimal("172.50")), shares(4));
        assertEquals(new BigDecimal("690.00"), total(shares(4)));
    }

    @Test
    void three_artists_offers_pay_the_ordinary_fee_which_is_the_cap() {
        assertEquals(Collections.nCopies(3, new BigDecimal("230.00")), shares(3));
    }

    @Test
    void the_cents_left_over_go_to_the_first_offer() {
        var shares = shares(7);
        assertEquals(new BigDecimal("98.58"), shares.get(0));
        assertEquals(Collections.nCopies(6, new BigDecimal("98.57")), shares.subList(1, 7));
        assertEquals(new BigDecimal("690.00"), total(shares));
    }

    @Test
    void the_cap_is_in_force_from_the_fees_of_2015_02_21_and_not_before() {
        assertTrue(caps.inForce("PERFORMING_ARTISTS", LocalDate.of(2015, 2, 21)).isPresent());
        assertFalse(caps.inForce("PERFORMING_ARTISTS", LocalDate.of(2015, 2, 20)).isPresent());
        assertEquals(3, caps.inForce("PERFORMING_ARTISTS", TODAY).orElseThrow().minOffers());
    }
}
