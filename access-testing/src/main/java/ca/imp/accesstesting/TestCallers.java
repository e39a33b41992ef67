package ca.imp.accesstesting;

import java.time.Duration;
import java.util.List;

import ca.imp.embedded.TokenIssuer;

/**
 * Bearer tokens for the callers of a test, signed by {@link TokenIssuer#forTests()}, which every
 * service under test trusts (see {@code LocalStackTestResource}). Use with REST Assured as
 * {@code given().auth().oauth2(TestCallers.employer("123456789"))}.
 */
public final class TestCallers {
    private static final Duration VALIDITY = Duration.ofHours(1);

    private TestCallers() {
    }

    public static String employer(String businessNumber) {
        return issue("employer-of-" + businessNumber, "employer", List.of(businessNumber));
    }

    public static String representative(String... businessNumbers) {
        return issue("representative-of-" + String.join("-", businessNumbers), "representative", List.of(businessNumbers));
    }

    public static String officer() {
        return issue("officer-1", "officer", List.of());
    }

    public static String ops() {
        return issue("ops-1", "ops", List.of());
    }

    public static String partner() {
        return issue("partner-1", "partner", List.of());
    }

    /** A token of any shape, e.g. with no role or with a role the product does not know. */
    public static String withRole(String subject, String role, List<String> businessNumbers) {
        return issue(subject, role, businessNumbers);
    }

    /** The employer's token, expired an hour ago. */
    public static String expiredEmployer(String businessNumber) {
        return TokenIssuer.forTests().token("employer-of-" + businessNumber, "employer", List.of(businessNumber),
                Duration.ofHours(-1));
    }

    /** The employer's token signed with a key nobody trusts. */
    public static String badlySignedEmployer(String businessNumber) {
        return TokenIssuer.generate(TokenIssuer.forTests().issuer())
                .token("employer-of-" + businessNumber, "employer", List.of(businessNumber), VALIDITY);
    }

    /** The employer's token, validly signed but naming an issuer nobody trusts. */
    public static String employerFromOtherIssuer(String businessNumber) {
        return TokenIssuer.forTests().withIssuer("https://other.example/issuer")
                .token("employer-of-" + businessNumber, "employer", List.of(businessNumber), VALIDITY);
    }

    private static String issue(String subject, String role, List<String> businessNumbers) {
        return TokenIssuer.forTests().token(subject, role, businessNumbers, VALIDITY);
    }
}
