package ca.imp.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ca.imp.contract.range.TextRange;

/**
 * No path or query parameter of this product holds a control character, and PostgreSQL cannot
 * store a NUL: such a parameter is refused before any resource sees it, naming the parameter.
 * A query that is not valid percent-encoding is refused here too, before parameters are read.
 * The rule is the one a body's text breaks ({@link TextRange#RULE}): one rule, one name.
 */
public class ControlCharactersInParameters {

    @ServerRequestFilter
    public void refuse(ContainerRequestContext request) {
        MultivaluedMap<String, String> query;
        MultivaluedMap<String, String> path;
        try {
            query = request.getUriInfo().getQueryParameters();
            path = request.getUriInfo().getPathParameters();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpProblems.of(400));
        }
        refuseIn(query, "query");
        refuseIn(path, "path");
    }

    private static void refuseIn(MultivaluedMap<String, String> parameters, String where) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean control = hasControl(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharactersInParameters::hasControl);
            if (control) {
                String name = Echo.of(parameter.getKey());
                throw ProblemException.badField(name, TextRange.RULE,
                        "The " + where + " parameter '" + name + "' contains a control character such as NUL.");
            }
        }
    }

    private static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
