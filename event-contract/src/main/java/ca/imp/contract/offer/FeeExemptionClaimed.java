package ca.imp.contract.offer;

/**
 * The employer claimed, and was granted, an exemption from the compliance fee by naming a program from IRCC's
 * fee-exemption list and giving a reference to its proof (IRPR 303.1(5): the exemption follows the program, R299(2),
 * never the LMIA exemption code). The offer owes no fee.
 *
 * @param program        the program's id in offer-service's reference data, in force on the submission date
 * @param proofReference the reference of the document that proves the employer takes part in the program (not the
 *                       document): at most {@link #PROOF_REFERENCE_LENGTH} characters of plain text
 * @param unremunerated  whether the employer attested that the worker is not paid for the work, which some programs
 *                       (charitable or religious work, R299(2)(f)) ask for
 */
public record FeeExemptionClaimed(String offerNumber, String program, String proofReference, boolean unremunerated)
        implements OfferEvent {

    /** The length of a proof reference: a file number, a letter's reference or a document name, not the document. */
    public static final int PROOF_REFERENCE_LENGTH = 200;
}
