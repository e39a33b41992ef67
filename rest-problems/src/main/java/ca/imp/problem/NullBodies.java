package ca.imp.problem;

import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A body of JSON {@code null} read as a tree (a merge patch) would reach the use case as a document
 * that is no object; every body this product reads is an object, so it is refused here, once for all
 * resources. (Read as a record, such a body is null, which a required body's @NotNull reports.)
 */
@Provider
public class NullBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body instanceof NullNode) {
            throw new ProblemException(Problem.ofField(400, "Invalid request", "body", "body-required",
                    "The request body is JSON null; this operation needs a JSON object."));
        }
        return body;
    }
}
