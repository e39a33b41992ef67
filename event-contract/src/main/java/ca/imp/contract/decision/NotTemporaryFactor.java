package ca.imp.contract.decision;

/** What an officer weighed in finding that an applicant would not leave at the end of the stay (R200(1)(b); domain.md). */
public enum NotTemporaryFactor {
    TRAVEL_HISTORY,
    FAMILY_TIES_IN_CANADA,
    FAMILY_TIES_IN_COUNTRY_OF_RESIDENCE,
    PURPOSE_OF_VISIT,
    CURRENT_EMPLOYMENT,
    IMMIGRATION_STATUS,
    PERSONAL_ASSETS_AND_FINANCIAL_STATUS
}
