package ca.imp.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Makes Jackson report the whole path of a bad value ({@code job.startDate}, not {@code startDate}),
 * so that a problem names the field exactly as the client wrote it.
 */
@Singleton
public class FieldPathsInJsonErrors implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.WRAP_EXCEPTIONS);
    }
}
