package ca.imp.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.LocalDate;
import java.time.ZoneId;

import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;

/** A complete offer of employment as an employer portal sends it. */
final class ExampleOffer {
    /** The CRA business number of the employer that submits it. */
    static final String BUSINESS_NUMBER = "123456789";
    static final String JSON = """
            {"employer": {"businessNumber": "%s", "legalName": "Maple Robotics Inc.",
                          "address": {"street": "100 Queen St", "city": "Ottawa", "province": "ON", "postalCode": "K1P 1J9"},
                          "contact": {"name": "Dana Tremblay", "email": "hr@maple-robotics.example"}},
             "worker": {"familyName": "Dupont", "givenNames": "Camille", "dateOfBirth": "1990-04-12",
                        "countryOfCitizenship": "FR", "countryOfResidence": "FR", "passportNumber": "19AB12345"},
             "job": {"title": "Robotics engineer", "nocCode": "21301", "duties": "Design and test industrial robots.",
                     "hoursPerWeek": 40, "wage": {"amount": 48.50, "unit": "HOUR"},
                     "location": {"city": "Ottawa", "province": "ON"}, "startsOn": "2026-09-01", "endsOn": "2028-08-31"},
             "exemptionCode": "C10"}""".formatted(BUSINESS_NUMBER);

    private ExampleOffer() {
    }

    /**
     * Today in the services' time zone ({@code imp.time-zone}): the day an offer submitted now is
     * submitted, so the earliest an application made with it can be, and its decision.
     */
    static String today() {
        return LocalDate.now(ZoneId.of("America/Toronto")).toString();
    }

    /** Submits the offer to the offer-service at {@code offerService} and pays its fee, as its employer; returns its number. */
    static String paidAt(String offerService) {
        String employer = TestCallers.employer(BUSINESS_NUMBER);
        String number = given().baseUri(offerService).auth().oauth2(employer).contentType(ContentType.JSON).body(JSON)
                .when().post("/offers")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/offers/A\\d{7}$"))
                .body("offerNumber", matchesPattern("^A\\d{7}$"))
                .extract().path("offerNumber");
        given().baseUri(offerService).auth().oauth2(employer).contentType(ContentType.JSON)
                .body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(200).body("fee.status", equalTo("PAID"));
        return number;
    }
}
