package ca.imp.deadlineservice.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One deadline in the query model that {@code GET /deadlines} reads. Never the source of truth:
 * {@link DeadlineViewProjection} builds it from the event log and can rebuild it from scratch.
 * Its status is one of {@link Status}.
 */
@Entity
@Table(name = "deadline_view", indexes = @Index(name = "deadline_view_offer", columnList = "offer_number, due_date"))
public class DeadlineRecord extends PanacheEntityBase {
    private static final String WARNING_SEPARATOR = "\n";

    /** Where a deadline stands; ELAPSED: the due date passed and it was not met. */
    public enum Status {
        OPEN, MET, ELAPSED
    }

    @Id
    @Column(name = "deadline_id")
    public UUID deadlineId;

    @Column(name = "offer_number", nullable = false)
    public String offerNumber;

    @Column(name = "application_id", nullable = false)
    public String applicationId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String status;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false, length = 4000)
    public String basis;

    @Column(nullable = false, length = 1000)
    public String source;

    @Column(length = 4000)
    public String warnings;

    @Column(name = "met_on")
    public LocalDate metOn;

    static String joinWarnings(List<String> warnings) {
        return String.join(WARNING_SEPARATOR, warnings);
    }

    public List<String> warningList() {
        return warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split(WARNING_SEPARATOR));
    }
}
