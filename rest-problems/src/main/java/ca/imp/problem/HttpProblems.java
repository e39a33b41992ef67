package ca.imp.problem;

/**
 * The problem for each refusal of the HTTP layer itself, whether Vert.x or JAX-RS notices it first,
 * so a client gets the same rule for the same mistake from either.
 */
final class HttpProblems {
    private HttpProblems() {
    }

    static Problem of(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "Bad request", "malformed-uri",
                    "The request line is not valid HTTP: check the percent-encoding of the path and query.");
            case 404 -> Problem.of(404, "Not found", "no-such-resource", "There is no resource at this path.");
            case 405 -> Problem.of(405, "Method not allowed", "method-not-allowed",
                    "This resource does not take this method; the Allow header lists the ones it takes.");
            case 406 -> Problem.of(406, "Not acceptable", "not-acceptable",
                    "This resource cannot answer in any media type the Accept header allows; it answers application/json.");
            case 413 -> Problem.of(413, "Request body too large", "body-too-large", "The request body is larger than any request.");
            case 414 -> Problem.of(414, "URI too long", "uri-too-long", "The request's path and query are longer than any request.");
            case 415 -> Problem.of(415, "Unsupported media type", "unsupported-media-type",
                    "This resource does not read a body of this Content-Type; send application/json.");
            case 431 -> Problem.of(431, "Request headers too large", "headers-too-large",
                    "The request's headers are larger than any request needs.");
            default -> Problem.of(status, "Request not accepted", "request-not-accepted", "The request was not accepted.");
        };
    }
}
