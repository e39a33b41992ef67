package ca.imp.deadlineservice.calendar;

import static ca.imp.deadlineservice.calendar.StrictValidation.assertStrictlyValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.util.Configurator;

class DeadlineCalendarTest {
    private static final List<Integer> DEFAULT_LEAD_DAYS = List.of(7, 3, 1);
    private final DeadlineCalendar calendar = new DeadlineCalendar(LocalTime.of(9, 0), ZoneId.of("America/Toronto"));

    private static final CalendarDeadline LEAVE = new CalendarDeadline(UUID.fromString("00000000-0000-0000-0000-0000000000d1"),
            "A1234567", "A1234567-1", null, "Application for leave for judicial review", LocalDate.parse("2026-07-02"),
            "Application for leave for judicial review: 15 days from 2026-06-16, the day the refusal was communicated; day 15,"
                    + " 2026-07-01, is Canada Day; the next day that is not a holiday under the Federal Courts Rules is 2026-07-02.",
            "IRPA s.72(2)(b); Federal Courts Rules r.2 'holiday'", List.of("Montréal office closed; verify with counsel"), false,
            DEFAULT_LEAD_DAYS);

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void each_deadline_is_an_all_day_event_on_its_due_date_that_a_calendar_library_reads_back_word_for_word() throws Exception {
        String ics = calendar.render("Work permit deadlines: Maple Robotics Inc.", List.of(LEAVE), Instant.parse("2026-06-17T10:00:00Z"));

        Calendar parsed = parse(ics);
        assertStrictlyValid(parsed);
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
    void a_deadline_rings_at_the_lead_days_of_its_own_kind() throws Exception {
        CalendarDeadline expiry = new CalendarDeadline(LEAVE.deadlineId(), "A1234567", "A1234567-1", null, "Expiry of the work permit",
                LocalDate.parse("2028-06-15"), "the last day of the work permit's validity, 2028-06-15", "the approval",
                List.of(), false, List.of(120, 90, 60, 30));

        VEvent event = parse(calendar.render("deadlines", List.of(expiry), Instant.parse("2026-06-17T10:00:00Z")))
                .<VEvent>getComponents("VEVENT").get(0);

        assertEquals(List.of(Duration.parse("-P119DT15H"), Duration.parse("-P89DT15H"), Duration.parse("-P59DT15H"),
                Duration.parse("-P29DT15H")), event.getAlarms().stream()
                .map(alarm -> Duration.from(alarm.getTrigger().orElseThrow().getDuration())).toList());
    }

    @Test
    void an_inspections_deadline_names_the_inspection_not_an_offer() throws Exception {
        CalendarDeadline response = new CalendarDeadline(LEAVE.deadlineId(), null, null, "5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80",
                "Response to the notice of preliminary finding", LocalDate.parse("2026-04-13"), "30 days after it is deemed received",
                "IRPR s.209.994", List.of(), false, List.of(14, 7, 3, 1));

        Calendar parsed = parse(calendar.render("deadlines", List.of(response), Instant.parse("2026-03-17T10:00:00Z")));
        assertStrictlyValid(parsed);
        VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("Response to the notice of preliminary finding due (inspection 5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80)",
                event.getSummary().orElseThrow().getValue());
        String description = event.getDescription().orElseThrow().getValue();
        assertTrue(description.contains("\nInspection: 5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80"), description);
        assertTrue(!description.contains("Application:") && !description.contains("offer"), description);
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
    void an_employer_without_deadlines_gets_a_valid_calendar_holding_only_the_zone_due_dates_are_counted_in() throws Exception {
        Calendar parsed = parse(calendar.render("deadlines", List.of(), Instant.parse("2026-06-17T10:00:00Z")));

        assertStrictlyValid(parsed);
        assertEquals(0, parsed.getComponents("VEVENT").size());
        assertEquals(1, parsed.getComponents().size(), "RFC 5545 requires at least one component");
        VTimeZone zone = parsed.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals("America/Toronto", zone.getTimeZoneId().orElseThrow().getValue());
    }

    @Test
    void the_zone_comes_from_the_tz_database_inside_ical4j_and_is_never_fetched_from_the_internet() {
        assertEquals("false", Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse("true"),
                "ical4j.properties turns off ical4j's download, which has no timeout, of a zone's definition");
    }

    @Test
    void a_zone_outside_the_tz_database_has_no_calendar_definition_and_is_refused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new DeadlineCalendar(LocalTime.of(9, 0), ZoneId.of("-05:00")));

        assertTrue(refused.getMessage().contains("-05:00"), refused.getMessage());
    }

    @Test
    void the_feed_is_published_not_a_scheduling_message() throws Exception {
        Calendar parsed = parse(calendar.render("deadlines", List.of(LEAVE), Instant.parse("2026-06-17T10:00:00Z")));

        assertTrue(parsed.getMethod().isEmpty(), "a METHOD makes it an iTIP message, whose events need an ORGANIZER");
        assertTrue(parsed.<VEvent>getComponents("VEVENT").get(0).getOrganizer().isEmpty());
    }

    @Test
    void a_due_date_is_an_all_day_date_without_a_zone_so_it_is_the_same_day_wherever_the_calendar_is_read() throws Exception {
        String ics = calendar.render("deadlines", List.of(LEAVE), Instant.parse("2026-06-17T10:00:00Z"));
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);

        DtStart<LocalDate> start = event.<LocalDate>getDateTimeStart().orElseThrow();
        DtEnd<LocalDate> end = event.<LocalDate>getDateTimeEnd().orElseThrow();
        for (DateProperty<LocalDate> date : List.of(start, end)) {
            assertEquals("DATE", date.getRequiredParameter(Parameter.VALUE).getValue(), date.toString());
            assertTrue(date.getParameter(Parameter.TZID).isEmpty(), date.toString());
        }
        assertEquals(LocalDate.parse("2026-07-02"), start.getDate());
        assertEquals(LocalDate.parse("2026-07-03"), end.getDate(), "an all-day event ends at the start of the next day");
        assertTrue(ics.contains("DTSTAMP:20260617T100000Z"), "the stamp is an instant, in UTC");
    }

    @Test
    void commas_semicolons_backslashes_and_newlines_are_escaped_and_read_back_word_for_word() throws Exception {
        CalendarDeadline awkward = new CalendarDeadline(LEAVE.deadlineId(), "A1234567", "A1234567-1", null, "Leave; or not, \\ maybe",
                LEAVE.dueDate(), "Line one,\nline two; and \\ a backslash", "s.72(2)(b); r.2", List.of("a; b,\r\nc"), false,
                DEFAULT_LEAD_DAYS);
        String name = "Work permit deadlines: Gagnon, Fils; et Cie";

        String ics = calendar.render(name, List.of(awkward), Instant.parse("2026-06-17T10:00:00Z"));
        Calendar parsed = parse(ics);

        assertStrictlyValid(parsed);
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("X-WR-CALNAME:Work permit deadlines: Gagnon\\, Fils\\; et Cie"), ics);
        assertTrue(unfolded.contains("SUMMARY:Leave\\; or not\\, \\\\ maybe due (offer A1234567)"), ics);
        assertTrue(unfolded.contains("DESCRIPTION:Line one\\,\\nline two\\; and \\\\ a backslash\\n\\nWarning: a\\; b\\,\\nc"), ics);
        assertEquals(name, parsed.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("Leave; or not, \\ maybe due (offer A1234567)", event.getSummary().orElseThrow().getValue());
        String description = event.getDescription().orElseThrow().getValue();
        assertTrue(description.startsWith("Line one,\nline two; and \\ a backslash\n\nWarning: a; b,\nc\n\nSource: s.72(2)(b); r.2"),
                description);
    }

    @Test
    void a_provisional_deadline_says_so_in_its_summary_and_a_property() throws Exception {
        CalendarDeadline provisional = new CalendarDeadline(LEAVE.deadlineId(), "A1234567", "A1234567-1", null,
                "End of the employer's record retention period", LocalDate.parse("2032-03-02"), "6 years after the decision"
                        + " date, 2026-03-02 (provisional)", "IRPR s.209.2(1)(b)", List.of(), true, DEFAULT_LEAD_DAYS);

        String ics = calendar.render("Work permit deadlines", List.of(provisional), Instant.parse("2026-06-17T10:00:00Z"));

        Calendar parsed = parse(ics);
        assertStrictlyValid(parsed);
        VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("Provisional: End of the employer's record retention period due (offer A1234567)",
                event.getSummary().orElseThrow().getValue());
        assertEquals("TRUE", event.<Property>getProperty("X-IMP-PROVISIONAL").orElseThrow().getValue());
    }
}
