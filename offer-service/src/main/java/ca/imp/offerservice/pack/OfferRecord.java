package ca.imp.offerservice.pack;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import ca.imp.contract.EventJson;
import ca.imp.contract.offer.EmploymentChanged;
import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.compliance.Checklist;
import ca.imp.offerservice.compliance.EmploymentChange;
import ca.imp.offerservice.deadlines.Deadline;
import ca.imp.offerservice.inspection.Inspection;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.SeenOffer;
import ca.imp.offerservice.privacy.PersonalDataRead;

/**
 * An offer's record as its employer keeps it for an inspection: the offer as one caller may see it
 * (its personal data only for a caller who acts for its employer, as the offer's read shows it), its
 * obligations and changes as its compliance checklist shows them, its deadlines as deadline-service
 * published them, the inspections that cover it, and every event of its history. Each section of the
 * pack is one part of {@link #PARTS}.
 *
 * @param deadlines   the offer's deadlines, soonest due first
 * @param inspections the employer's inspections whose notice names this offer
 */
public record OfferRecord(SeenOffer seen, List<RecordedEvent> history, Checklist compliance, List<Deadline> deadlines,
                          List<Inspection> inspections) {

    private static final List<Function<OfferRecord, InspectionPack.Section>> PARTS = List.of(
            OfferRecord::asSubmitted,
            OfferRecord::fee,
            OfferRecord::decision,
            OfferRecord::obligations,
            OfferRecord::changes,
            OfferRecord::deadlinesMet,
            OfferRecord::deadlinesNotMet,
            OfferRecord::inspectionsCovering,
            OfferRecord::fullHistory);

    public OfferRecord {
        history = List.copyOf(history);
        deadlines = List.copyOf(deadlines);
        inspections = List.copyOf(inspections);
    }

    public InspectionPack pack(Instant preparedAt) {
        Offer offer = seen.offer();
        var employer = offer.terms().employer();
        return new InspectionPack(offer.offerNumber(), employer.legalName(), employer.businessNumber(),
                offer.status().name(), preparedAt, PARTS.stream().map(part -> part.apply(this)).toList());
    }

    private InspectionPack.Section asSubmitted() {
        Offer offer = seen.offer();
        OfferTerms terms = offer.terms();
        var employer = terms.employer();
        var address = employer.address();
        var job = terms.job();
        List<String> lines = new ArrayList<>();
        lines.add("Employer: " + employer.legalName()
                + (employer.operatingName() == null ? "" : ", operating as " + employer.operatingName())
                + ", business number " + employer.businessNumber());
        lines.add("Place of business: " + address.street() + ", " + address.city() + " " + address.province() + " "
                + address.postalCode());
        lines.addAll(personalData());
        lines.add("Job: " + job.title() + ", NOC " + job.nocCode() + " (TEER " + job.teer() + ")");
        lines.add("Duties: " + job.duties());
        lines.add("Hours per week: " + job.hoursPerWeek().toPlainString());
        lines.add("Wage: " + wage(job.wage()));
        if (job.benefits() != null) {
            lines.add("Benefits: " + job.benefits());
        }
        lines.add("Work location: " + place(job.location()));
        lines.add("Employment: from " + job.startDate() + " to " + job.endDate());
        lines.add("LMIA exemption code: " + terms.exemptionCode());
        offer.replaces().ifPresent(earlier -> lines.add("Resubmits offer " + earlier));
        offer.use().resubmittedAs().ifPresent(later -> lines.add("Resubmitted as offer " + later));
        return new InspectionPack.Section("The offer as submitted", lines);
    }

    /** The personal data exactly as the offer's read shows it to this caller: kept, erased, or nothing for other callers. */
    private List<String> personalData() {
        return seen.personalData().map(OfferRecord::personalData).orElse(List.of());
    }

    private static List<String> personalData(PersonalDataRead read) {
        if (read instanceof PersonalDataRead.Kept kept) {
            var worker = kept.data().worker();
            var contact = kept.data().employerContact();
            return List.of(
                    "Worker: " + (worker.givenNames() == null ? "" : worker.givenNames() + " ") + worker.familyName()
                            + ", born " + worker.dateOfBirth() + ", citizen of " + worker.countryOfCitizenship()
                            + ", passport " + worker.passportNumber(),
                    "Employer contact: " + contact.name() + ", " + contact.email()
                            + (contact.phone() == null ? "" : ", " + contact.phone()));
        }
        if (read instanceof PersonalDataRead.Erased erased) {
            return List.of("Worker and employer contact: erased at " + erased.erasedAt());
        }
        return List.of("Worker and employer contact: none kept");
    }

    private InspectionPack.Section fee() {
        Offer offer = seen.offer();
        var fee = offer.fee();
        List<String> lines = new ArrayList<>();
        lines.add("Employer compliance fee: " + money(fee.amount()) + " " + fee.currency() + ", " + offer.feeStatus().name());
        if (fee instanceof Offer.Fee.Exempt exempt) {
            lines.add(exempt.claim()
                    .map(claim -> "Exempt: program " + claim.program() + ", proof " + claim.proofReference())
                    .orElse("Exempt: by its LMIA exemption code " + offer.terms().exemptionCode()));
        }
        fee.paidOn().ifPresent(on -> lines.add("Paid on " + on));
        fee.refundOwed().map(FeeRefundOwed::reason).ifPresent(reason -> lines.add("Refund owed: " + reason));
        fee.refundOwed().map(FeeRefundOwed::followUpOn).ifPresent(on -> lines.add("Refund follow-up on " + on));
        fee.refundedOn().ifPresent(on -> lines.add("Refunded on " + on));
        return new InspectionPack.Section("Fee, exemption and refunds", lines);
    }

    /** Dollars and cents, as a person reads an amount, whether it was sent as 230 or 230.00. */
    private static String money(BigDecimal amount) {
        return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
    }

    private InspectionPack.Section decision() {
        Offer.Use use = seen.offer().use();
        List<String> lines = new ArrayList<>();
        use.applicationId().ifPresent(application -> lines.add("Application: " + application));
        use.invalidation().ifPresent(decision -> lines.add("Decision: " + decision.outcome().name() + " on "
                + decision.decisionDate() + " (application " + decision.applicationId() + ")"));
        use.withdrawal().ifPresent(withdrawal -> lines.add("Withdrawn by the employer on " + withdrawal.withdrawnOn()
                + Optional.ofNullable(withdrawal.reason()).map(reason -> ": " + reason).orElse("")));
        use.employmentStartedOn().ifPresent(on -> lines.add("First day of employment: " + on));
        if (lines.isEmpty()) {
            lines.add("No decision yet: the offer is " + seen.offer().status().name());
        }
        return new InspectionPack.Section("The decision", lines);
    }

    private InspectionPack.Section obligations() {
        return section("Obligations and their evidence", compliance.items().stream().map(OfferRecord::obligation).toList(),
                "No obligation applies to this offer.");
    }

    private static String obligation(Checklist.Item item) {
        var obligation = item.obligation();
        StringBuilder line = new StringBuilder(obligation.label() + " (" + obligation.regulation() + "): " + item.status().name());
        item.dueOn().ifPresent(on -> line.append(", due on ").append(on)
                .append(item.dueOnProvisional() ? " (the planned first day of work)" : ""));
        item.evidence().ifPresent(evidence -> line.append(". Evidence: ").append(evidence.reference()).append(", dated ")
                .append(evidence.documentOn()).append(evidence.note() == null ? "" : " (" + evidence.note() + ")"));
        item.notApplicable().ifPresent(why -> line.append(": ").append(why));
        return line.toString();
    }

    /** The section's lines, or the one line that says nothing of its kind is recorded. */
    private static InspectionPack.Section section(String heading, List<String> lines, String none) {
        return new InspectionPack.Section(heading, lines.isEmpty() ? List.of(none) : lines);
    }

    /** Each change with what it changed from and to: the job as the offer, then each change before it, left it. */
    private InspectionPack.Section changes() {
        List<String> lines = new ArrayList<>();
        OfferTerms.Job before = compliance.offer().offered();
        for (EmploymentChanged change : compliance.offer().changes()) {
            OfferTerms.Job after = EmploymentChange.applied(before, change);
            List<String> changed = new ArrayList<>();
            if (change.wage() != null) {
                changed.add("wage " + wage(before.wage()) + " -> " + wage(after.wage()));
            }
            if (change.hoursPerWeek() != null) {
                changed.add("hours per week " + before.hoursPerWeek().toPlainString() + " -> " + after.hoursPerWeek().toPlainString());
            }
            if (change.duties() != null) {
                changed.add("duties \"" + before.duties() + "\" -> \"" + after.duties() + "\"");
            }
            if (change.location() != null) {
                changed.add("work location " + place(before.location()) + " -> " + place(after.location()));
            }
            lines.add("From " + change.effectiveOn() + ": " + String.join("; ", changed)
                    + (change.documents().isEmpty() ? "" : ". Documents: " + String.join("; ", change.documents())));
            before = after;
        }
        return section("Changes to the employment", lines, "No change to the employment is recorded.");
    }

    private static String wage(OfferTerms.Wage wage) {
        return money(wage.amount()) + " CAD per " + wage.unit().name().toLowerCase(Locale.ROOT);
    }

    private static String place(OfferTerms.WorkLocation location) {
        return location.city() + " " + location.province();
    }

    private InspectionPack.Section deadlinesMet() {
        return section("Deadlines met", deadlines.stream().filter(deadline -> deadline.metOn().isPresent())
                .map(deadline -> deadline.kind() + ": due on " + deadline.dueDate() + ", met on " + deadline.metOn().get()
                        + deadline.metNote().map(note -> " (" + note + ")").orElse("") + basis(deadline))
                .toList(), "No deadline of this offer is recorded met.");
    }

    private InspectionPack.Section deadlinesNotMet() {
        return section("Deadlines open or elapsed", deadlines.stream().filter(deadline -> deadline.metOn().isEmpty())
                .map(deadline -> deadline.kind() + ": due on " + deadline.dueDate() + ", " + deadline.status().name()
                        + (deadline.provisional() ? " (provisional: counted from a stand-in for its start)" : "") + basis(deadline))
                .toList(), "No deadline of this offer is open or elapsed.");
    }

    private static String basis(Deadline deadline) {
        return deadline.basis().map(basis -> ". Basis: " + basis).orElse("");
    }

    private InspectionPack.Section inspectionsCovering() {
        return section("Inspections covering this offer", inspections.stream().map(OfferRecord::inspection).toList(),
                "No inspection recorded covers this offer.");
    }

    /** Where the inspection stands: each step recorded, in the order they happen. */
    private static String inspection(Inspection inspection) {
        var notice = inspection.notice();
        StringBuilder line = new StringBuilder("Inspection " + inspection.inspectionId() + ": notice of " + notice.noticeDate()
                + ", documents due on " + notice.documentsDueDate());
        inspection.findingSentOn().ifPresent(on -> line.append("; preliminary finding sent on ").append(on));
        inspection.response().ifPresent(response -> line.append("; answered on ").append(response.responseDate())
                .append(" (").append(response.reference()).append(")"));
        inspection.determination().ifPresentOrElse(determination -> line.append("; determination ")
                        .append(determination.outcome().name()).append(" sent on ").append(determination.sentDate())
                        .append(determination.ampAmount() == null ? "" : ", penalty " + money(determination.ampAmount()) + " "
                                + determination.currency() + " for " + determination.violations() + " violation(s)")
                        .append(determination.banYears() == null ? "" : ", ban of " + determination.banYears() + " year(s)"),
                () -> line.append("; no determination yet"));
        inspection.payment().ifPresent(paid -> line.append("; penalty paid on ").append(paid.paidDate()));
        return line.toString();
    }

    private InspectionPack.Section fullHistory() {
        List<String> lines = new ArrayList<>();
        for (RecordedEvent event : history) {
            lines.add(event.streamVersion() + ". " + event.type() + " at " + event.recordedAt() + " by " + event.actor());
            lines.add(facts(event));
        }
        return new InspectionPack.Section("History (" + history.size() + " events)", lines);
    }

    /** The event's data as name: value pairs, nested names joined by dots: readable without knowing JSON. */
    private static String facts(RecordedEvent event) {
        JsonNode data;
        try {
            data = EventJson.mapper().readTree(event.data());
        } catch (IOException e) {
            throw new IllegalStateException("event " + event.eventId() + " of offer " + event.streamId()
                    + " holds data that is not JSON", e);
        }
        List<String> facts = new ArrayList<>();
        flatten("", data, facts);
        return String.join("; ", facts);
    }

    private static void flatten(String name, JsonNode node, List<String> facts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(name.isEmpty() ? field.getKey() : name + "." + field.getKey(), field.getValue(), facts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(name + "[" + (i + 1) + "]", node.get(i), facts);
            }
        } else if (!node.isNull()) {
            facts.add(name + ": " + node.asText());
        }
    }
}
