package ca.imp.deadlineservice.deadline;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadlineservice.employer.EmployerNotFound;
import ca.imp.deadlineservice.view.DeadlineFilter;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.deadlineservice.view.DeadlineRows;
import ca.imp.eventstore.store.DomainRejection;

/**
 * The deadlines a caller may see, in due-date order, filtered. Without an employer filter that is
 * every deadline of the employers the caller acts for (all of them for the roles that work across
 * employers). An employer filter naming an employer the caller does not act for is an unknown
 * employer; an offer or application of another employer simply matches nothing.
 */
@Singleton
public class ListDeadlines {
    private final DeadlineRows rows;

    ListDeadlines(DeadlineRows rows) {
        this.rows = rows;
    }

    /** Every criterion is optional (null); {@code page} counts from 0. */
    public record Criteria(String offerNumber, String employer, String applicationId, String inspectionId, DeadlineKind kind,
                           DeadlineRecord.Status status, LocalDate dueFrom, LocalDate dueTo, int page, int size) {
    }

    /** A page of deadlines and how many match in all. */
    public record Found(List<DeadlineRecord> items, long total) {
    }

    public Uni<Found> list(Caller caller, Criteria criteria) {
        if (criteria.employer() != null && !caller.readsRecordsOf(criteria.employer())) {
            return Uni.createFrom().failure(new DomainRejection(new EmployerNotFound(criteria.employer())));
        }
        DeadlineFilter filter = VisibleDeadlines.to(caller)
                .offer(criteria.offerNumber())
                .application(criteria.applicationId())
                .inspection(criteria.inspectionId())
                .employer(criteria.employer())
                .kind(criteria.kind() == null ? null : criteria.kind().name())
                .status(criteria.status())
                .dueFrom(criteria.dueFrom())
                .dueTo(criteria.dueTo());
        return rows.page(filter, criteria.page(), criteria.size())
                .chain(records -> rows.count(filter).map(total -> new Found(records, total)));
    }
}
