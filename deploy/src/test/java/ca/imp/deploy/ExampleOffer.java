package ca.imp.deploy;

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
                     "location": {"city": "Ottawa", "province": "ON"}, "startDate": "2026-09-01", "endDate": "2028-08-31"},
             "exemptionCode": "C12"}""".formatted(BUSINESS_NUMBER);

    private ExampleOffer() {
    }
}
