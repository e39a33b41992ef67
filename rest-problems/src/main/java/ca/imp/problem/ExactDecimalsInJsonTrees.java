package ca.imp.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Keeps a decimal exactly as written when a body is read as a JSON tree (a merge patch) or a record is
 * turned into one: by default the tree holds 52.00 as the binary float 52.0, and turns 40 into 4E+1,
 * which a resubmitted offer would then answer and publish.
 */
@Singleton
public class ExactDecimalsInJsonTrees implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }
}
