package ca.imp.offerservice.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The table of LMIA exemption codes as IRCC changed it on 2022-12-15, read by date. */
class ExemptionCodesTest {
    private static final LocalDate LAST_DAY_OF_THE_OLD_CODES = LocalDate.of(2022, 12, 14);
    private static final LocalDate FIRST_DAY_OF_THE_NEW_CODES = LocalDate.of(2022, 12, 15);

    private final ExemptionCodes codes = new ExemptionCodes();

    /** Every entry of the table: each was in force on one of these days (the portal's start, either side of the change, a day of the Innovation Stream pilot, later). */
    private List<ExemptionCodes.ExemptionCode> everyEntry() {
        return List.of("2015-02-21", "2022-12-14", "2022-12-15", "2025-01-01", "2099-01-01").stream()
                .flatMap(day -> codes.inForceOn(LocalDate.parse(day), 0, 200).items().stream())
                .distinct().toList();
    }

    @Test
    void a_retired_code_was_valid_for_an_offer_submitted_before_its_retirement() {
        assertTrue(codes.inForce("C12", LAST_DAY_OF_THE_OLD_CODES).isPresent());
        assertTrue(codes.inForce("T23", LAST_DAY_OF_THE_OLD_CODES).isPresent());
    }

    @Test
    void a_code_retired_on_2022_12_15_is_not_in_force_from_that_day_and_names_its_replacements() {
        assertFalse(codes.inForce("C12", FIRST_DAY_OF_THE_NEW_CODES).isPresent());
        assertEquals(List.of("C61", "C62", "C63"), codes.lastEntry("C12").orElseThrow().replacedBy());
        assertTrue(codes.lastEntry("T23").orElseThrow().replacedBy().contains("T36"));
        assertTrue(codes.lastEntry("T24").orElseThrow().replacedBy().containsAll(List.of("T37", "T38")));
    }

    @Test
    void a_code_published_on_2023_01_30_is_not_in_force_the_day_before_and_is_from_that_day() {
        assertTrue(codes.inForce("C52", LocalDate.of(2023, 1, 29)).isEmpty());
        assertTrue(codes.inForce("C52", LocalDate.of(2023, 1, 30)).isPresent());
        assertEquals(LocalDate.of(2023, 1, 30), codes.lastEntry("C52").orElseThrow().effectiveFrom());
    }

    @Test
    void the_replacements_are_in_force_from_the_day_after_the_retirement() {
        for (var retired : everyEntry().stream().filter(c -> c.effectiveTo() != null).toList()) {
            for (String replacement : retired.replacedBy()) {
                assertTrue(codes.inForce(replacement, retired.effectiveTo().plusDays(1)).isPresent(),
                        retired.code() + " -> " + replacement);
            }
        }
    }

    @Test
    void every_code_has_a_label_a_regulation_and_a_source() {
        var entries = everyEntry();
        assertEquals(118, entries.size());
        for (var code : entries) {
            assertFalse(code.label() == null || code.label().isBlank(), code.code());
            assertFalse(code.regulation() == null || code.regulation().isBlank(), code.code());
            assertFalse(code.source() == null || code.source().isBlank(), code.code());
            assertFalse(code.verified() == null || code.verified().isBlank(), code.code());
        }
    }

    @Test
    void a_code_that_moved_to_another_provision_keeps_its_code_and_answers_the_provision_of_the_day() {
        assertEquals("R205(a)", codes.inForce("C16", LocalDate.of(2023, 6, 14)).orElseThrow().regulation());
        assertEquals("R205(c)(ii)", codes.inForce("C16", LocalDate.of(2023, 6, 15)).orElseThrow().regulation());
    }

    @Test
    void a_code_never_published_has_no_entry() {
        assertTrue(codes.lastEntry("Z99").isEmpty());
    }
}
