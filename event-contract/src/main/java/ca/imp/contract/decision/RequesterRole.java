package ca.imp.contract.decision;

/** Who files an ATIP request for an applicant's GCMS notes. */
public enum RequesterRole {
    /** The applicant, for their own file. */
    APPLICANT,
    /** Someone else in Canada acting for the applicant (a representative, the employer), with the applicant's consent. */
    REPRESENTATIVE
}
