package ca.imp.deadlineservice.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An employer's deadlines as an RFC 5545 calendar that calendar applications import or subscribe
 * to. Each deadline is an all-day event on its due date with an alarm at each reminder lead time,
 * at the reminder time of day, in the reader's own calendar.
 */
public final class DeadlineCalendar {
    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String DISCLAIMER = "Information, not legal advice: verify the date with counsel before relying on it.";

    private final List<Integer> leadDays;
    private final LocalTime timeOfDay;

    public DeadlineCalendar(List<Integer> leadDays, LocalTime timeOfDay) {
        this.leadDays = List.copyOf(leadDays);
        this.timeOfDay = timeOfDay;
    }

    /**
     * @param name    shown by calendar applications as the calendar's name
     * @param stamped when this copy of the calendar was made (the DTSTAMP of each event)
     */
    public String render(String name, List<CalendarDeadline> deadlines, Instant stamped) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//IMP offer lifecycle//deadline-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        for (CalendarDeadline deadline : deadlines) {
            event(ics, deadline, stamped);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private void event(StringBuilder ics, CalendarDeadline deadline, Instant stamped) {
        String summary = deadline.title() + " due (offer " + deadline.offerNumber() + ")";
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + deadline.deadlineId() + "@deadline-service.imp");
        line(ics, "DTSTAMP:" + UTC_TIME.format(stamped));
        line(ics, "DTSTART;VALUE=DATE:" + DATE.format(deadline.dueDate()));
        line(ics, "DTEND;VALUE=DATE:" + DATE.format(deadline.dueDate().plusDays(1)));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "DESCRIPTION:" + text(description(deadline)));
        line(ics, "TRANSP:TRANSPARENT");
        for (int days : leadDays) {
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "DESCRIPTION:" + text(summary + " in " + days + (days == 1 ? " day" : " days")));
            line(ics, "TRIGGER:" + before(days));
            line(ics, "END:VALARM");
        }
        line(ics, "END:VEVENT");
    }

    private static String description(CalendarDeadline deadline) {
        StringBuilder text = new StringBuilder(deadline.basis());
        deadline.warnings().forEach(warning -> text.append("\n\nWarning: ").append(warning));
        return text.append("\n\nSource: ").append(deadline.source())
                .append("\nApplication: ").append(deadline.applicationId())
                .append("\n\n").append(DISCLAIMER).toString();
    }

    /** A trigger relative to the start of the due date: {@code days} before it, at the reminder time of day. */
    String before(int days) {
        long minutes = days * 24L * 60 - timeOfDay.toSecondOfDay() / 60;
        long wholeDays = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        StringBuilder duration = new StringBuilder("-P");
        if (wholeDays > 0) {
            duration.append(wholeDays).append('D');
        }
        if (hours > 0 || rest > 0) {
            duration.append('T');
            if (hours > 0) {
                duration.append(hours).append('H');
            }
            if (rest > 0) {
                duration.append(rest).append('M');
            }
        }
        return duration.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** RFC 5545 3.1: lines end in CRLF and are folded after at most 75 octets, never inside a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }
}
