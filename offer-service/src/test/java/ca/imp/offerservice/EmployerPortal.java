package ca.imp.offerservice;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;

/** What an employer portal does through the offer API, for tests that need an offer in a given state. */
public final class EmployerPortal {
    /** The employer that {@link #OFFER} is for. */
    public static final String BUSINESS_NUMBER = "123456789";
    /** A bearer token of that employer's portal. */
    public static final String EMPLOYER_TOKEN = TestCallers.employer(BUSINESS_NUMBER);
    public static final String OFFER = """
            {"employer": {"businessNumber": "123456789", "legalName": "Maple Robotics Inc.", "operatingName": "Maple Robotics",
                          "address": {"street": "100 Queen St", "city": "Ottawa", "province": "ON", "postalCode": "K1P 1J9"},
                          "contact": {"name": "Dana Tremblay", "email": "hr@maple-robotics.example", "phone": "+1 613 555 0100"}},
             "worker": {"familyName": "Dupont", "givenNames": "Camille", "dateOfBirth": "1990-04-12",
                        "countryOfCitizenship": "FR", "countryOfResidence": "FR", "passportNumber": "19AB12345"},
             "job": {"title": "Robotics engineer", "nocCode": "21301", "duties": "Design and test industrial robots.",
                     "hoursPerWeek": 40, "wage": {"amount": 48.50, "unit": "HOUR"}, "benefits": "Health and dental",
                     "location": {"city": "Ottawa", "province": "ON"}, "startsOn": "2026-09-01", "endsOn": "2028-08-31"},
             "exemptionCode": "C10"}
            """;

    /** A claim of a fee-exempt program, as an offer's {@code feeExemption} states it. */
    public static final String IDRC_CLAIM = "{\"program\": \"IDRC\", \"proofReference\": \"IDRC letter 2026-041\"}";

    private EmployerPortal() {
    }

    /** {@code offer} (a body like {@link #OFFER}) with the employer's claim of a fee-exempt program. */
    public static String claiming(String offer, String feeExemption) {
        return offer.replaceFirst("(\"exemptionCode\": \"\\w+\")}",
                "$1, \"feeExemption\": " + Matcher.quoteReplacement(feeExemption) + "}");
    }

    /** A group of performing artists' offers submitted together, as POST /offer-groups takes it: {@code offers} are bodies like {@link #OFFER}. */
    public static String artistsGroup(String... offers) {
        return "{\"kind\": \"PERFORMING_ARTISTS\", \"performingArtistsAndStaff\": true, \"offers\": ["
                + String.join(", ", offers) + "]}";
    }

    /**
     * {@link #OFFER}'s terms as the published event names them: the API says a job {@code startsOn} and
     * {@code endsOn}, the event's contract {@code startDate} and {@code endDate}.
     */
    public static String offerAsTheEventNamesIt() {
        return OFFER.replace("\"startsOn\"", "\"startDate\"").replace("\"endsOn\"", "\"endDate\"");
    }

    /** A request as that employer's portal sends it, with its token. */
    public static RequestSpecification asEmployer() {
        return given().auth().oauth2(EMPLOYER_TOKEN);
    }

    public static String submitOffer() {
        return asEmployer().contentType(ContentType.JSON).body(OFFER)
                .when().post("/offers")
                .then().statusCode(201).extract().path("offerNumber");
    }

    /** An offer whose fee is paid: a worker can apply with it. */
    public static String readyOffer() {
        String number = submitOffer();
        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230, \"currency\": \"CAD\"}")
                .post("/offers/" + number + "/fee-payments").then().statusCode(200);
        return number;
    }
}
