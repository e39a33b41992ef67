package ca.imp.deadlineservice.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which rows of the deadline view a read wants, every condition joined by AND; a condition given
 * null is no condition. The SQL stays here, beside the table, so the use cases only name what they
 * filter on. A deadline belongs to the employer of its offer, as {@code offer_employers} records it, or an
 * inspection's deadline to the inspected employer its row names.
 */
public final class DeadlineFilter {
    private static final String OF_EMPLOYERS = "offer_number IN (SELECT offer_number FROM offer_employers WHERE ";
    private static final String OF_INSPECTED = " OR business_number ";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    public DeadlineFilter deadline(UUID deadlineId) {
        return where("deadline_id = ?", deadlineId);
    }

    public DeadlineFilter offer(String offerNumber) {
        return where("offer_number = ?", offerNumber);
    }

    public DeadlineFilter application(String applicationId) {
        return where("application_id = ?", applicationId);
    }

    public DeadlineFilter inspection(String inspectionId) {
        return where("inspection_id = ?", inspectionId);
    }

    public DeadlineFilter kind(String kind) {
        return where("kind = ?", kind);
    }

    public DeadlineFilter status(DeadlineRecord.Status status) {
        return where("status = ?", status == null ? null : status.name());
    }

    public DeadlineFilter dueFrom(LocalDate from) {
        return where("due_date >= ?", from);
    }

    public DeadlineFilter dueTo(LocalDate to) {
        return where("due_date <= ?", to);
    }

    /** The deadlines of one employer's offers and inspections. */
    public DeadlineFilter employer(String businessNumber) {
        return where("(" + OF_EMPLOYERS + "business_number = ?)" + OF_INSPECTED + "= ?)", businessNumber);
    }

    /** The deadlines of any of these employers' offers and inspections; none when there are none. */
    public DeadlineFilter employers(Collection<String> businessNumbers) {
        return where("(" + OF_EMPLOYERS + "business_number = ANY(?))" + OF_INSPECTED + "= ANY(?))",
                businessNumbers.toArray(String[]::new));
    }

    private DeadlineFilter where(String condition, Object value) {
        if (value != null) {
            values.add(value);
            conditions.add(condition.replace("?", "$" + values.size()));
        }
        return this;
    }

    /** {@code WHERE} and the conditions, or nothing when there are none. */
    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The conditions' values, in the order of their parameters. */
    List<Object> values() {
        return new ArrayList<>(values);
    }
}
