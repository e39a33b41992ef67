package ca.imp.offerservice.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

/** The LMIA exemption codes (IRCC reference data with effective dates), and which of them exempt the employer from the fee. */
@Singleton
public class ExemptionCodes {

    public record ExemptionCode(String code, String description, boolean feeExempt, LocalDate effectiveFrom,
                                LocalDate effectiveTo) implements ReferenceTable.Dated {
    }

    private final List<ExemptionCode> codes = ReferenceTable.load("reference/exemption-codes.json", ExemptionCode.class);

    public List<ExemptionCode> all() {
        return codes;
    }

    /** The code as in force on the given date, if it is one. */
    public Optional<ExemptionCode> inForce(String code, LocalDate on) {
        return codes.stream().filter(c -> c.code().equals(code) && c.inForceOn(on)).findFirst();
    }
}
