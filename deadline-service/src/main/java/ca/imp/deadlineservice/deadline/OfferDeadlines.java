package ca.imp.deadlineservice.deadline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;

/** Every deadline running for one offer's applications, in the order they were scheduled, and those met. */
public record OfferDeadlines(List<DeadlineScheduled> deadlines, Map<UUID, DeadlineMet> met) {

    public static final OfferDeadlines NONE = new OfferDeadlines(List.of(), Map.of());

    public boolean scheduledFor(String applicationId) {
        return deadlines.stream().anyMatch(d -> d.applicationId().equals(applicationId));
    }

    public Optional<DeadlineScheduled> deadline(UUID deadlineId) {
        return deadlines.stream().filter(d -> d.deadlineId().equals(deadlineId)).findFirst();
    }

    OfferDeadlines with(DeadlineScheduled scheduled) {
        List<DeadlineScheduled> all = new ArrayList<>(deadlines);
        all.add(scheduled);
        return new OfferDeadlines(List.copyOf(all), met);
    }

    OfferDeadlines with(DeadlineMet done) {
        Map<UUID, DeadlineMet> all = new HashMap<>(met);
        all.put(done.deadlineId(), done);
        return new OfferDeadlines(deadlines, Map.copyOf(all));
    }
}
