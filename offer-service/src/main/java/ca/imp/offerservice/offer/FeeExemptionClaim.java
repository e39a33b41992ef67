package ca.imp.offerservice.offer;

/**
 * An employer's claim that its offer owes no compliance fee: the program from IRCC's fee-exemption list it takes part
 * in, the reference of the document that proves it, and, for a program that asks it, that the worker is not paid.
 *
 * @param program        the program's id in the reference data (GET /reference/fee-exemption-programs)
 * @param proofReference the reference of the proof (a letter's or a file's reference), not the document
 * @param unremunerated  the employer attests that the worker will not be paid for the work
 */
public record FeeExemptionClaim(String program, String proofReference, boolean unremunerated) {
}
