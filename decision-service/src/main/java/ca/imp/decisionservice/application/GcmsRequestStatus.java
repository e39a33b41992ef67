package ca.imp.decisionservice.application;

/** Where an ATIP request for GCMS notes stands: filed, then the notes received. */
public enum GcmsRequestStatus {
    REQUESTED, RECEIVED
}
