package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static org.hamcrest.Matchers.equalTo;

import java.util.Random;
import java.util.Set;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.offer.OfferNumbers;

/** What an employer is told when no free offer number can be drawn, shown with a number space of one number. */
@QuarkusTest
@TestProfile(OfferNumberExhaustionTest.OneNumberSpace.class)
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers_exhaustion"))
class OfferNumberExhaustionTest {

    public static class OneNumberSpace implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(OnlyOneNumber.class);
        }
    }

    /** Enabled only by the profile above: a priority would enable it for every test. */
    @Alternative
    @Singleton
    public static class OnlyOneNumber extends OfferNumbers {
        public OnlyOneNumber() {
            super(new Random() {
                @Override
                public int nextInt(int bound) {
                    return 4_242_424;
                }
            });
        }
    }

    @Test
    void when_every_number_is_taken_the_employer_gets_a_clear_503_and_nothing_is_reused() {
        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER).post("/offers")
                .then().statusCode(201).body("offerNumber", equalTo("A4242424"));

        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER)
                .when().post("/offers")
                .then().statusCode(503).contentType("application/problem+json")
                .body("rule", equalTo("offer-numbers-exhausted"));
    }
}
