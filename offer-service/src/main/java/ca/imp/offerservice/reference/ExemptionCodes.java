package ca.imp.offerservice.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.eventstore.paging.Page;

/**
 * The LMIA exemption codes as IRCC publishes them (reference data with effective dates and sources), retired codes
 * kept with the codes that replaced them. A code never exempts the employer from the fee: it may only suggest the
 * fee-exempt programs an employer could claim.
 */
@Singleton
public class ExemptionCodes {

    public record ExemptionCode(
            @Schema(description = "The LMIA exemption code.", example = "C10")
            String code,
            @Schema(description = "What the code covers, as IRCC's table or pages word it.", example = "Significant benefit")
            String label,
            @Schema(description = "The provision of the Act (A) or the Regulations (R) it rests on.", example = "R205(a)")
            String regulation,
            @Schema(description = "The section of IRCC's table the code is listed under.", example = "R205: Canadian interests")
            String category,
            @Schema(description = "The first day it applies.", example = "2015-02-21")
            LocalDate effectiveFrom,
            @Schema(description = "The last day it applies; absent while in force.", example = "2022-12-14")
            LocalDate effectiveTo,
            @Schema(description = "The codes IRCC replaced it with, once retired.", example = "[\"C61\", \"C62\", \"C63\"]")
            List<String> replacedBy,
            @Schema(description = "Fee-exempt programs an offer under this code may fall under; a suggestion only, which never exempts the offer.",
                    example = "[]")
            List<String> suggestsFeeExemptPrograms,
            @Schema(description = "Where the entry was read, and when it was checked.",
                    example = "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/exemption-codes.html checked 2026-11")
            String source,
            @Schema(description = "How good the source is: ircc-page, ircc-update, third-party-copy, law-firm-summary, pre-2022-list-only, ...",
                    example = "ircc-page")
            String verified,
            @Schema(description = "What the source did not settle, if anything.", example = "Label is IRCC wording from its 2024-10-03 update, not from the code table (not read).")
            String note) implements ReferenceTable.Dated {
    }

    private final List<ExemptionCode> codes = ReferenceTable.load("reference/exemption-codes.json", ExemptionCode.class);

    /** The codes in force on the given date, in the order of the reference table, a page at a time. */
    public Page<ExemptionCode> inForceOn(LocalDate on, int page, int size) {
        return Page.of(codes.stream().filter(c -> c.inForceOn(on)).toList(), page, size);
    }

    /** The code as in force on the given date, if it is one. */
    public Optional<ExemptionCode> inForce(String code, LocalDate on) {
        return codes.stream().filter(c -> c.code().equals(code) && c.inForceOn(on)).findFirst();
    }

    /** The table's last entry for the code, whenever it was in force; empty for a code IRCC never published. */
    public Optional<ExemptionCode> lastEntry(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).reduce((earlier, later) -> later);
    }
}
