package ca.imp.deadlineservice.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadlineservice.employer.EmployerNotFound;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.eventstore.store.DomainRejection;

/**
 * The deadlines a caller may see, in due-date order, filtered. Without an employer filter that is
 * every deadline of the employers the caller acts for (all of them for the roles that work across
 * employers). An employer filter naming an employer the caller does not act for is an unknown
 * employer; an offer or application of another employer simply matches nothing.
 */
@Singleton
public class ListDeadlines {

    /** Every criterion is optional (null); {@code page} counts from 0. */
    public record Criteria(String offerNumber, String employer, String applicationId, DeadlineKind kind, DeadlineRecord.Status status,
                           LocalDate dueFrom, LocalDate dueTo, int page, int size) {
    }

    /** A page of deadlines and how many match in all. */
    public record Found(List<DeadlineRecord> items, long total) {
    }

    @WithSession
    public Uni<Found> list(Caller caller, Criteria criteria) {
        if (criteria.employer() != null && !caller.readsRecordsOf(criteria.employer())) {
            return Uni.createFrom().failure(new DomainRejection(new EmployerNotFound(criteria.employer())));
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        VisibleDeadlines.restrictTo(caller, where, params);
        filter(where, params, "offerNumber", criteria.offerNumber());
        filter(where, params, "applicationId", criteria.applicationId());
        if (criteria.employer() != null) {
            where.add("offerNumber in (select e.offerNumber from OfferEmployer e where e.businessNumber = :employer)");
            params.put("employer", criteria.employer());
        }
        filter(where, params, "kind", criteria.kind() == null ? null : criteria.kind().name());
        filter(where, params, "status", criteria.status() == null ? null : criteria.status().name());
        if (criteria.dueFrom() != null) {
            where.add("dueDate >= :dueFrom");
            params.put("dueFrom", criteria.dueFrom());
        }
        if (criteria.dueTo() != null) {
            where.add("dueDate <= :dueTo");
            params.put("dueTo", criteria.dueTo());
        }
        Sort order = Sort.by("dueDate").and("kind");
        var query = (where.isEmpty()
                ? DeadlineRecord.<DeadlineRecord>findAll(order)
                : DeadlineRecord.<DeadlineRecord>find(String.join(" and ", where), order, params))
                .page(Page.of(criteria.page(), criteria.size()));
        return query.list().chain(records -> query.count().map(total -> new Found(records, total)));
    }

    private static void filter(List<String> where, Map<String, Object> params, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field);
            params.put(field, value);
        }
    }
}
