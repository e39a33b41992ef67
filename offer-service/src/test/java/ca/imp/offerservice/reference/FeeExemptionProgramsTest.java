package ca.imp.offerservice.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The fee-exemption programs, read by date: a program exempts only the offers submitted while it is in force. */
class FeeExemptionProgramsTest {
    private final FeeExemptionPrograms programs = new FeeExemptionPrograms();

    @Test
    void a_program_is_not_in_force_the_day_before_its_effective_from_and_is_from_that_day() {
        var idrc = programs.list(0, 200).items().stream().filter(p -> p.id().equals("IDRC")).findFirst().orElseThrow();
        LocalDate from = idrc.effectiveFrom();
        assertEquals(LocalDate.of(2015, 2, 21), from, "the compliance fee and its exemptions began together (IRPR 303.1)");

        assertTrue(programs.inForce("IDRC", from.minusDays(1)).isEmpty());
        assertTrue(programs.inForce("IDRC", from).isPresent());
    }

    @Test
    void an_id_that_names_no_program_is_in_force_on_no_day() {
        assertTrue(programs.inForce("C20", LocalDate.of(2026, 11, 27)).isEmpty());
    }
}
