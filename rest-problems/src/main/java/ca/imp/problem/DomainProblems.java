package ca.imp.problem;

import ca.imp.eventstore.decider.DomainError;

/**
 * How a service's REST edge words its own domain errors. A domain error carries facts only; the
 * problem built from it (status and title by its kind, its rule, detail, field and facts) gets here
 * what only the edge knows: the links a client follows next, a title of its own, a pointer to a
 * reference resource. One implementation per service, an {@code @Unremovable} bean in its api
 * package: {@link ProblemMappers} looks it up when it maps a domain error.
 */
public interface DomainProblems {

    /** @param problem the problem built from the error alone; returned as is for an error with nothing to add */
    Problem problemOf(DomainError error, Problem problem);
}
