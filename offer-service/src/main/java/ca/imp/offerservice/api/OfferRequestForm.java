package ca.imp.offerservice.api;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.imp.offerservice.offer.DraftForm;
import ca.imp.offerservice.offer.OfferDraft;

/** A draft in the form of the body of {@code POST /offers}, read and validated as that body is. */
@Singleton
public class OfferRequestForm implements DraftForm {
    private final ObjectMapper json;
    private final Validator validator;

    OfferRequestForm(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @Override
    public JsonNode write(OfferDraft draft) {
        return json.valueToTree(OfferRequest.of(draft));
    }

    @Override
    public OfferDraft read(JsonNode form) throws JsonProcessingException {
        OfferRequest request = json.treeToValue(form, OfferRequest.class);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request.draft();
    }
}
