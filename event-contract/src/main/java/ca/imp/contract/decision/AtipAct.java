package ca.imp.contract.decision;

/** The law an ATIP request for GCMS notes is made under (domain.md, Decisions). */
public enum AtipAct {
    /** Anyone in Canada, for a fee; a requester for an applicant abroad needs the applicant's consent (IMM 5744). */
    ACCESS_TO_INFORMATION,
    /** Free, but only for a person in Canada asking for their own information. */
    PRIVACY
}
