package ca.imp.offerservice;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** What an employer portal does through the offer API, for tests that need an offer in a given state. */
public final class EmployerPortal {
    public static final String OFFER = """
            {"employer": {"businessNumber": "123456789", "legalName": "Maple Robotics Inc."},
             "job": {"title": "Robotics engineer", "nocCode": "21301", "startDate": "2026-09-01"},
             "exemptionCode": "C12"}
            """;

    private EmployerPortal() {
    }

    public static String submitOffer() {
        return given().contentType(ContentType.JSON).body(OFFER)
                .when().post("/offers")
                .then().statusCode(201).extract().path("offerNumber");
    }

    /** An offer whose fee is paid: a worker can apply with it. */
    public static String readyOffer() {
        String number = submitOffer();
        given().contentType(ContentType.JSON).body("{\"amount\": 230, \"currency\": \"CAD\"}")
                .post("/offers/" + number + "/fee-payments").then().statusCode(200);
        return number;
    }
}
