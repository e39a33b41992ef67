package ca.imp.offerservice.offer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The form an employer writes an offer in, which the REST edge owns. A resubmission fills it from
 * the old offer, applies the employer's merge patch, and reads it back exactly as a submission is
 * read: the same reading, the same constraints, the same problems.
 */
public interface DraftForm {

    JsonNode write(OfferDraft draft);

    /**
     * The draft the form states; fails as a submission of that body would, with the reading's
     * exception or the violated constraints.
     */
    OfferDraft read(JsonNode form) throws JsonProcessingException;
}
