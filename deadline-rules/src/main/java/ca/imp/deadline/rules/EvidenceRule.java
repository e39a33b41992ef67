package ca.imp.deadline.rules;

/**
 * Which deadline a piece of the employer's compliance evidence meets, as the policy defines it: evidence of the
 * obligation (offer-service's obligation id) closes the offer's deadline of the kind, on the document's date.
 */
record EvidenceRule(String obligation, DeadlineKind kind, String source) {

    EvidenceRule {
        if (obligation == null || obligation.isBlank()) {
            throw new IllegalArgumentException("evidence that meets a deadline names its obligation");
        }
        if (kind == null) {
            throw new IllegalArgumentException("evidence of " + obligation + " names no deadline kind");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("evidence of " + obligation + " meeting " + kind + " has no source");
        }
    }
}
