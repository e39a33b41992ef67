package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.imp.embedded.TokenIssuer;

class LocalTokenTest {
    private static final TokenIssuer ISSUER = TokenIssuer.generate(TokenIssuer.LOCAL_ISSUER);

    @Test
    void an_employer_token_acts_for_its_one_business_number_for_12_hours() throws Exception {
        JsonNode claims = claims(LocalToken.issue(ISSUER, "employer", List.of("123456789")));

        assertEquals("local-employer-123456789", claims.get("sub").asText());
        assertEquals(List.of("employer"), strings(claims.get("groups")));
        assertEquals(List.of("123456789"), strings(claims.get(TokenIssuer.BUSINESS_NUMBERS_CLAIM)));
        assertEquals(TokenIssuer.LOCAL_ISSUER, claims.get("iss").asText());
        assertEquals(12 * 3600, claims.get("exp").asLong() - claims.get("iat").asLong());
    }

    @Test
    void a_representative_token_acts_for_every_business_number_given() throws Exception {
        JsonNode claims = claims(LocalToken.issue(ISSUER, "representative", List.of("123456789", "987654321")));

        assertEquals("local-representative-123456789-987654321", claims.get("sub").asText());
        assertEquals(List.of("123456789", "987654321"), strings(claims.get(TokenIssuer.BUSINESS_NUMBERS_CLAIM)));
    }

    @Test
    void officer_ops_and_partner_tokens_act_for_no_employer() throws Exception {
        for (String role : List.of("officer", "ops", "partner")) {
            JsonNode claims = claims(LocalToken.issue(ISSUER, role, List.of()));

            assertEquals("local-" + role + "-1", claims.get("sub").asText());
            assertEquals(List.of(role), strings(claims.get("groups")));
            assertNull(claims.get(TokenIssuer.BUSINESS_NUMBERS_CLAIM));
        }
    }

    @Test
    void an_employer_needs_exactly_one_business_number() {
        assertThrows(IllegalArgumentException.class, () -> LocalToken.issue(ISSUER, "employer", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> LocalToken.issue(ISSUER, "employer", List.of("123456789", "987654321")));
    }

    @Test
    void a_representative_needs_at_least_one_business_number() {
        assertThrows(IllegalArgumentException.class, () -> LocalToken.issue(ISSUER, "representative", List.of()));
    }

    @Test
    void officer_ops_and_partner_take_no_business_number() {
        for (String role : List.of("officer", "ops", "partner")) {
            assertThrows(IllegalArgumentException.class, () -> LocalToken.issue(ISSUER, role, List.of("123456789")));
        }
    }

    @Test
    void a_business_number_has_nine_digits() {
        assertThrows(IllegalArgumentException.class, () -> LocalToken.issue(ISSUER, "employer", List.of("12345678")));
        assertThrows(IllegalArgumentException.class, () -> LocalToken.issue(ISSUER, "employer", List.of("12345678X")));
    }

    @Test
    void a_role_the_product_does_not_know_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> LocalToken.issue(ISSUER, "admin", List.of()));
    }

    private static JsonNode claims(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
