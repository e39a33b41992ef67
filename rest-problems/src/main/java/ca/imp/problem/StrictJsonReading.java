package ca.imp.problem;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads a request body only as far as the product can use it: a repeated key, nesting deeper than any
 * request, a number or text longer than any field holds, a date given as anything but an ISO string
 * are refused while parsing, cheaply, each as its own problem (see {@link ProblemMappers}). Error
 * locations carry no copy of the input. Runs last, so that its date reading wins over the modules
 * registered before it.
 */
@Singleton
public class StrictJsonReading implements ObjectMapperCustomizer {
    /** Requests nest a few levels (offer, job, wage); 32 leaves room for any merge patch of them. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Digits of a number as written; also the widest plain form a decimal may take (1e1000000 is refused). */
    static final int MAX_NUMBER_LENGTH = 100;
    /** No text can be longer than the body limit (quarkus.http.limits.max-body-size, 64K). */
    static final int MAX_STRING_LENGTH = 64 * 1024;
    static final int MAX_NAME_LENGTH = 256;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
        mapper.registerModule(new SimpleModule("strict-json-reading")
                .addDeserializer(LocalDate.class, new IsoDates())
                .addDeserializer(BigDecimal.class, new BoundedDecimals()));
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** A date only as the ISO string YYYY-MM-DD: a bare integer would otherwise be read as days since 1970. */
    static final class IsoDates extends StdScalarDeserializer<LocalDate> {
        IsoDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            }
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
    }

    /** A decimal within {@link #MAX_NUMBER_LENGTH} digits either side of the point, so no echo or sum of it can explode. */
    static final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && (value.precision() - value.scale() > MAX_NUMBER_LENGTH || value.scale() > MAX_NUMBER_LENGTH)) {
                throw new NumberTooLong(parser);
            }
            return value;
        }
    }

    /** A number whose plain form is longer than any field can hold. */
    static final class NumberTooLong extends JsonMappingException {
        NumberTooLong(JsonParser parser) {
            super(parser, "number too long");
        }
    }
}
