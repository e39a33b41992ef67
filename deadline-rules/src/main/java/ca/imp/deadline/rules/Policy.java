package ca.imp.deadline.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole policy resource. It is checked as a unit when read, so that a gap (a deadline kind
 * missing, two versions of a kind in effect on the same day) fails at start-up instead of
 * silently dropping a deadline for one worker.
 */
record Policy(String policyVersion, List<HolidayRule> holidays, List<ForumRule> forums, List<DeadlineRule> deadlineKinds,
              List<ReminderRule> reminders, List<EvidenceRule> metByEvidence) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Every field must be written, nulls included: a flag left out would quietly become
            // false (rollsForward false for a court filing looks plausible and is wrong).
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A key written twice keeps only its last value; in hand-edited policy that hides a mistake.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    Policy {
        if (policyVersion == null || policyVersion.isBlank()) {
            throw new IllegalArgumentException("policyVersion is required");
        }
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        forums = forums == null ? List.of() : List.copyOf(forums);
        deadlineKinds = deadlineKinds == null ? List.of() : List.copyOf(deadlineKinds);
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
        metByEvidence = metByEvidence == null ? List.of() : List.copyOf(metByEvidence);
        checkForums(forums);
        checkDeadlineKinds(deadlineKinds, forums);
        checkReminders(reminders);
        checkEvidence(metByEvidence);
        checkProvinces(holidays);
    }

    static Policy read(InputStream json) {
        if (json == null) {
            throw new IllegalArgumentException("deadline policy stream is null");
        }
        try {
            return JSON.readValue(json, Policy.class);
        } catch (JsonMappingException e) {
            // The checks in the records' constructors say what is wrong; Jackson says where.
            String what = e.getCause() instanceof IllegalArgumentException ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException("deadline policy is invalid at " + where(e) + ": " + what, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("deadline policy is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("deadline policy could not be read", e);
        }
    }

    /** e.g. "deadlineKinds[0].rollsForward", which a person editing the file can find. */
    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }

    Map<Forum, ForumRule> forumRules() {
        Map<Forum, ForumRule> byForum = new EnumMap<>(Forum.class);
        forums.forEach(f -> byForum.put(f.forum(), f));
        return byForum;
    }

    Set<String> provinces() {
        return holidays.stream()
                .map(HolidayRule::province)
                .filter(p -> p != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void checkForums(List<ForumRule> forums) {
        Set<Forum> seen = EnumSet.noneOf(Forum.class);
        for (ForumRule forum : forums) {
            if (!seen.add(forum.forum())) {
                throw new IllegalArgumentException("forum " + forum.forum() + " is defined twice");
            }
        }
        Set<Forum> missing = EnumSet.allOf(Forum.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("deadline policy does not define forum(s) " + missing);
        }
    }

    private static void checkDeadlineKinds(List<DeadlineRule> rules, List<ForumRule> forums) {
        Map<Forum, ForumRule> byForum = new EnumMap<>(Forum.class);
        forums.forEach(f -> byForum.put(f.forum(), f));
        Set<DeadlineKind> missing = EnumSet.allOf(DeadlineKind.class);
        for (int i = 0; i < rules.size(); i++) {
            DeadlineRule rule = rules.get(i);
            missing.remove(rule.kind());
            if (rule.applySeasonalRecess() && byForum.get(rule.forum()).seasonalRecess() == null) {
                throw new IllegalArgumentException("deadline kind " + rule.kind()
                        + " applies a seasonal recess but forum " + rule.forum() + " has none");
            }
            for (int j = i + 1; j < rules.size(); j++) {
                DeadlineRule other = rules.get(j);
                if (other.kind() != rule.kind()) {
                    continue;
                }
                if (rule.overlapsInTime(other)) {
                    throw new IllegalArgumentException("deadline kind " + rule.kind()
                            + " has two versions in effect on the same day; give them effectiveFrom/effectiveTo dates that do not overlap");
                }
                if (rule.startsFrom() != other.startsFrom()) {
                    throw new IllegalArgumentException("deadline kind " + rule.kind()
                            + " changes its start event between versions; make it a new kind instead");
                }
            }
        }
        // Every kind must be present: a policy file that forgot the judicial review limit would
        // otherwise produce no deadline at all, which reads as "nothing to do".
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("deadline policy does not define deadline kind(s) " + missing);
        }
    }

    /** A default for the kinds that name none, and no kind with two lead-day versions in effect on one day. */
    private static void checkReminders(List<ReminderRule> reminders) {
        if (reminders.stream().noneMatch(rule -> rule.kind() == null)) {
            throw new IllegalArgumentException("deadline policy gives no default reminders (an entry with kind null)");
        }
        for (int i = 0; i < reminders.size(); i++) {
            for (int j = i + 1; j < reminders.size(); j++) {
                ReminderRule rule = reminders.get(i);
                ReminderRule other = reminders.get(j);
                if (rule.kind() == other.kind() && rule.overlapsInTime(other)) {
                    throw new IllegalArgumentException((rule.kind() == null ? "the default reminders" : "the reminders of "
                            + rule.kind()) + " have two versions in effect on the same day");
                }
            }
        }
    }

    /** Evidence of one obligation meets one kind, so that it is never unclear which deadline it closes. */
    private static void checkEvidence(List<EvidenceRule> metByEvidence) {
        if (metByEvidence.stream().map(EvidenceRule::obligation).distinct().count() != metByEvidence.size()) {
            throw new IllegalArgumentException("evidence of one obligation meets more than one deadline kind in metByEvidence");
        }
    }

    private static void checkProvinces(List<HolidayRule> holidays) {
        for (HolidayRule holiday : holidays) {
            String province = holiday.province();
            if (province != null && !province.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("holiday '" + holiday.name()
                        + "' has province '" + province + "'; use a two-letter code such as QC");
            }
        }
    }
}
