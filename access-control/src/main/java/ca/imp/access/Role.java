package ca.imp.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller is to this product, read from the token's groups claim. Each role is named once
 * here; resources name them in {@code @RolesAllowed} through the constants below.
 */
public enum Role {
    /** Acts for the one employer (CRA business number) its token names. */
    EMPLOYER,
    /** A law firm or consultant acting for the employers its token lists. */
    REPRESENTATIVE,
    /** Records applications, decisions and GCMS receipts; reads no worker's personal data. */
    OFFICER,
    /** Operators: read across employers, never personal data. */
    OPS,
    /** Partner systems: read-only across employers, never personal data. */
    PARTNER;

    public static final String EMPLOYER_NAME = "employer";
    public static final String REPRESENTATIVE_NAME = "representative";
    public static final String OFFICER_NAME = "officer";
    public static final String OPS_NAME = "ops";
    public static final String PARTNER_NAME = "partner";

    /** The name in the token's groups and in {@code @RolesAllowed}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
    }

    /** Roles that act for named employers, and so see those employers' personal data. */
    public boolean actsForEmployers() {
        return this == EMPLOYER || this == REPRESENTATIVE;
    }
}
