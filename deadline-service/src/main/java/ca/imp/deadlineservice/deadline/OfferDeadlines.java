package ca.imp.deadlineservice.deadline;

import java.util.ArrayList;
import java.util.List;

import ca.imp.contract.deadline.DeadlineScheduled;

/** Every deadline running for one offer's applications, in the order they were scheduled. */
public record OfferDeadlines(List<DeadlineScheduled> deadlines) {

    public static final OfferDeadlines NONE = new OfferDeadlines(List.of());

    public boolean scheduledFor(String applicationId) {
        return deadlines.stream().anyMatch(d -> d.applicationId().equals(applicationId));
    }

    OfferDeadlines with(DeadlineScheduled scheduled) {
        List<DeadlineScheduled> all = new ArrayList<>(deadlines);
        all.add(scheduled);
        return new OfferDeadlines(List.copyOf(all));
    }
}
