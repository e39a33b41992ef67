package ca.imp.contract.offer;

import java.time.LocalDate;

/**
 * The worker started work on an approved offer: the first day of employment, from which the employer's
 * records are kept for 6 years (IRPR 209.2(1)(b)).
 *
 * @param applicationId the application whose approval the worker started under
 * @param startedOn     the first day of employment
 */
public record EmploymentStarted(String offerNumber, String applicationId, LocalDate startedOn) implements OfferEvent {
}
