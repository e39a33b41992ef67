package ca.imp.problem;

/** Raised at the REST edge for input that the edge itself rejects; reported as the problem it carries. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badField(String field, String rule, String detail) {
        return new ProblemException(Problem.ofField(400, "Invalid request", field, rule, detail));
    }
}
