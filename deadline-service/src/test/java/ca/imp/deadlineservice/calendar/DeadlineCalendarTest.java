package ca.imp.deadlineservice.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

class DeadlineCalendarTest {
    private final DeadlineCalendar calendar = new DeadlineCalendar(List.of(7, 3, 1), LocalTime.of(9, 0));

    private static final CalendarDeadline LEAVE = new CalendarDeadline(UUID.fromString("00000000-0000-0000-0000-0000000000d1"),
            "A1234567", "A1234567-1", "Application for leave for judicial review", LocalDate.parse("2026-07-02"),
            "Application for leave for judicial review: 15 days from 2026-06-16, the day the refusal was communicated; day 15,"
                    + " 2026-07-01, is Canada Day; the next day that is not a holiday under the Federal Courts Rules is 2026-07-02.",
            "IRPA s.72(2)(b); Federal Courts Rules r.2 'holiday'", List.of("Montréal office closed; verify with counsel"));

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void each_deadline_is_an_all_day_event_on_its_due_date_that_a_calendar_library_reads_back_word_for_word() throws Exception {
        String ics = calendar.render("Work permit deadlines: Maple Robotics Inc.", List.of(LEAVE), Instant.parse("2026-06-17T10:00:00Z"));

        Calendar parsed = parse(ics);
        parsed.validate();
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("20260702", event.getStartDate().orElseThrow().getValue());
        assertEquals("20260703", event.getEndDate().orElseThrow().getValue());
        assertEquals("Application for leave for judicial review due (offer A1234567)", event.getSummary().orElseThrow().getValue());
        String description = event.getDescription().orElseThrow().getValue();
        assertTrue(description.startsWith(LEAVE.basis()), description);
        assertTrue(description.contains("Warning: Montréal office closed; verify with counsel"), description);
        assertTrue(description.contains(DeadlineCalendar.DISCLAIMER), description);
        assertEquals("00000000-0000-0000-0000-0000000000d1@deadline-service.imp",
                event.<Property>getProperty("UID").orElseThrow().getValue());
    }

    @Test
    void alarms_ring_7_3_and_1_days_before_at_9_in_the_morning() throws Exception {
        VEvent event = parse(calendar.render("deadlines", List.of(LEAVE), Instant.parse("2026-06-17T10:00:00Z")))
                .<VEvent>getComponents("VEVENT").get(0);

        List<Duration> triggers = event.getAlarms().stream()
                .map(alarm -> Duration.from(alarm.getTrigger().orElseThrow().getDuration())).toList();
        assertEquals(List.of(Duration.parse("-P6DT15H"), Duration.parse("-P2DT15H"), Duration.parse("-PT15H")), triggers,
                "midnight starting the due date, less 7 days, plus 9 hours");
        assertEquals("DISPLAY", event.getAlarms().get(0).getAction().orElseThrow().getValue());
    }

    @Test
    void lines_are_folded_at_75_octets_without_splitting_a_character() {
        String ics = calendar.render("Échéances de permis de travail: Érablière Gagnon & Fils ltée, succursale de Trois-Rivières",
                List.of(LEAVE), Instant.parse("2026-06-17T10:00:00Z"));

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void an_employer_without_deadlines_gets_an_empty_calendar() throws Exception {
        Calendar parsed = parse(calendar.render("deadlines", List.of(), Instant.parse("2026-06-17T10:00:00Z")));

        assertEquals(0, parsed.getComponents("VEVENT").size());
    }
}
