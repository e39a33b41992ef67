package ca.imp.problem;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Quarkus refuses a URI that is not valid (a malformed percent-encoding such as {@code /offers/%zz} or
 * {@code ?page=%}) before any route, with an empty 400 and no hook. Its one switch is a JVM system
 * property, read once when its HTTP layer is loaded, after the configuration is built: building the
 * configuration is the earliest moment a library reaches in every launch (the packaged services and
 * the tests alike), so the property is set here. {@link HttpLayerProblems} then makes the same check
 * as the first route and refuses such a URI with a problem, so nothing after it sees one.
 */
public class MalformedUrisReachTheRouter implements SmallRyeConfigBuilderCustomizer {
    private static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        System.setProperty(QUARKUS_URI_CHECK_OFF, "true");
    }
}
