package ca.imp.offerservice.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.eventstore.paging.Page;

/**
 * The programs whose offers owe no compliance fee (IRCC's "fee exemptions" table, IRPR 303.1(5) with R299(2)), and
 * the kinds of employer outside the employer regime altogether (R209.91), both policy data with effective dates.
 */
@Singleton
public class FeeExemptionPrograms {

    /** What a program asks of the work, beyond taking part in it, for the employer to owe no fee. */
    public enum Condition {
        /** The worker is not paid for the work (R299(2)(f): charitable or religious work "without remuneration"). */
        UNREMUNERATED
    }

    /** @param condition what the work must also be for the exemption to hold, or null when taking part is enough */
    @Schema(name = "FeeExemptionProgram")
    public record Program(
            @Schema(description = "The program's id, which an offer's feeExemption.program names.", example = "IDRC")
            String id,
            @Schema(description = "The program as IRCC's fee-exemption table names it.",
                    example = "Workers at International Development Research Centre (IDRC)")
            String label,
            @Schema(description = "The regulation that exempts it.", example = "R299(2)(e)")
            String regulation,
            @Schema(description = "What the work must also be for the exemption to hold (UNREMUNERATED: the worker is not"
                    + " paid, which the claim attests with unremunerated: true); absent when taking part is enough.")
            Condition condition,
            @Schema(description = "The first day it applies.", example = "2015-02-21")
            LocalDate effectiveFrom,
            @Schema(description = "The last day it applies; absent while in force.", example = "2030-12-31")
            LocalDate effectiveTo,
            @Schema(description = "Where IRCC or the regulation says so.",
                    example = "https://www.canada.ca/en/immigration-refugees-citizenship/services/work-canada/permit/temporary/work-permit-types/fee-exemptions.html checked 2026-11")
            String source) implements ReferenceTable.Dated {
    }

    /** A kind of employer that makes no offer in the Employer Portal and pays no fee (R209.91, R303.1(4.1)). */
    public record OutsideRegime(String id, String label, String regulation, LocalDate effectiveFrom, LocalDate effectiveTo,
                                String source) implements ReferenceTable.Dated {
    }

    private final List<Program> programs = ReferenceTable.load("reference/fee-exemption-programs.json", Program.class);
    private final List<OutsideRegime> outsideRegime =
            ReferenceTable.load("reference/employers-outside-regime.json", OutsideRegime.class);

    /** The programs in the order of the reference table, a page at a time. */
    public Page<Program> list(int page, int size) {
        return Page.of(programs, page, size);
    }

    /** The program with this id as in force on the given date, if it is one. */
    public Optional<Program> inForce(String id, LocalDate on) {
        return programs.stream().filter(p -> p.id().equals(id) && p.inForceOn(on)).findFirst();
    }

    /** The kind of employer outside the regime this id names on the given date, if it names one. */
    public Optional<OutsideRegime> outsideRegime(String id, LocalDate on) {
        return outsideRegime.stream().filter(k -> k.id().equals(id) && k.inForceOn(on)).findFirst();
    }
}
