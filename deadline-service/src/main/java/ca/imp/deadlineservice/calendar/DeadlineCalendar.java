package ca.imp.deadlineservice.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An employer's deadlines as an RFC 5545 calendar that calendar applications import or subscribe
 * to, built and escaped by ical4j. Each deadline is an all-day event on its due date with an alarm
 * at each reminder lead time of its kind, at the reminder time of day, in the reader's own calendar.
 *
 * <p>The calendar has no METHOD: it is a published feed, not an iTIP scheduling message (RFC 5546
 * would then require an ORGANIZER on every event, which a deadline does not have and which would
 * make calendar applications offer to reply to it). It always holds the definition of the zone in
 * which due dates are counted, so that an employer with nothing open still gets the one component
 * RFC 5545 requires, and one that every calendar application reads without showing anything.
 */
public final class DeadlineCalendar {
    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final ProdId PRODUCT = new ProdId("-//IMP offer lifecycle//deadline-service//EN");
    static final String DISCLAIMER = "Information, not legal advice: verify the date with counsel before relying on it.";

    private final LocalTime timeOfDay;
    private final VTimeZone zone;

    /** @param zone where due dates are counted; its definition is ical4j's own copy of the tz database */
    public DeadlineCalendar(LocalTime timeOfDay, ZoneId zone) {
        this.timeOfDay = timeOfDay;
        this.zone = definitionOf(zone);
    }

    private static VTimeZone definitionOf(ZoneId zone) {
        TimeZone known;
        try {
            known = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        } catch (RuntimeException outsideTheTzDatabase) {
            // ical4j answers null for some zones it does not know and fails on others, such as a bare offset
            known = null;
        }
        if (known == null) {
            throw new IllegalArgumentException("no calendar definition of the time zone " + zone.getId()
                    + "; a zone of the tz database, such as America/Toronto, has one");
        }
        return known.getVTimeZone();
    }

    /**
     * @param name    shown by calendar applications as the calendar's name
     * @param stamped when this copy of the calendar was made (the DTSTAMP of each event)
     */
    public String render(String name, List<CalendarDeadline> deadlines, Instant stamped) {
        Calendar calendar = new Calendar();
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(PRODUCT);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(zone);
        deadlines.forEach(deadline -> calendar.add(event(deadline, stamped)));
        return folded(calendar.toString());
    }

    private VEvent event(CalendarDeadline deadline, Instant stamped) {
        String summary = (deadline.provisional() ? "Provisional: " : "") + deadline.title() + " due ("
                + (deadline.inspectionId() == null ? "offer " + deadline.offerNumber() : "inspection " + deadline.inspectionId())
                + ")";
        // DATE values, not date-times: a due date is the same day wherever the calendar is read
        VEvent event = new VEvent(false);
        event.add(new Uid(deadline.deadlineId() + "@deadline-service.imp"));
        event.add(new DtStamp(stamped));
        event.add(new DtStart<>(deadline.dueDate()));
        event.add(new DtEnd<>(deadline.dueDate().plusDays(1)));
        event.add(new Summary(summary));
        event.add(new Description(description(deadline)));
        if (deadline.provisional()) {
            event.add(new XProperty("X-IMP-PROVISIONAL", "TRUE"));
        }
        event.add(ImmutableTransp.TRANSPARENT);
        for (int days : deadline.reminderLeadDays()) {
            VAlarm alarm = new VAlarm(before(days));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(summary + " in " + days + (days == 1 ? " day" : " days")));
            event.add(alarm);
        }
        return event;
    }

    private static String description(CalendarDeadline deadline) {
        StringBuilder text = new StringBuilder(deadline.basis());
        deadline.warnings().forEach(warning -> text.append("\n\nWarning: ").append(warning));
        return text.append("\n\nSource: ").append(deadline.source())
                .append(deadline.inspectionId() == null ? "\nApplication: " + deadline.applicationId()
                        : "\nInspection: " + deadline.inspectionId())
                .append("\n\n").append(DISCLAIMER).toString();
    }

    /**
     * A trigger relative to the start of the due date: {@code days} before it, at the reminder time
     * of day. ical4j writes it in days and hours (-P6DT15H), so that it keeps its time of day across
     * a change to or from daylight saving time.
     */
    private Duration before(int days) {
        return Duration.ofDays(days).minusSeconds(timeOfDay.toSecondOfDay()).negated();
    }

    /**
     * RFC 5545 3.1: lines are folded after at most 75 octets, never inside a character. ical4j's own
     * folding counts UTF-16 characters, so a line of accented names would exceed 75 octets.
     */
    private static String folded(String unfolded) {
        StringBuilder ics = new StringBuilder(unfolded.length() + unfolded.length() / 64);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
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
        return ics.toString();
    }
}
