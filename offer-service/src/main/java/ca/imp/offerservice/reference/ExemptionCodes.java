package ca.imp.offerservice.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.eventstore.paging.Page;

/** The LMIA exemption codes (IRCC reference data with effective dates), and which of them exempt the employer from the fee. */
@Singleton
public class ExemptionCodes {

    public record ExemptionCode(
            @Schema(description = "The LMIA exemption code.", example = "C12")
            String code,
            @Schema(description = "What the exemption covers.", example = "Intra-company transferees")
            String description,
            @Schema(description = "Whether it exempts the employer from the compliance fee.", example = "false")
            boolean feeExempt,
            @Schema(description = "The first day it applies.", example = "2015-02-21")
            LocalDate effectiveFrom,
            @Schema(description = "The last day it applies; absent while in force.", example = "2030-12-31")
            LocalDate effectiveTo) implements ReferenceTable.Dated {
    }

    private final List<ExemptionCode> codes = ReferenceTable.load("reference/exemption-codes.json", ExemptionCode.class);

    /** The codes in the order of the reference table, a page at a time. */
    public Page<ExemptionCode> list(int page, int size) {
        return Page.of(codes, page, size);
    }

    /** The code as in force on the given date, if it is one. */
    public Optional<ExemptionCode> inForce(String code, LocalDate on) {
        return codes.stream().filter(c -> c.code().equals(code) && c.inForceOn(on)).findFirst();
    }
}
