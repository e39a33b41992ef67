package ca.imp.deadline.rules;

import java.time.LocalDate;

/**
 * One named holiday on one date, with the text that makes it a holiday. Weekly holidays
 * (Saturday, Sunday) are not listed: they depend on the forum, see {@link HolidayCalendar}.
 *
 * @param province null for a federal holiday, otherwise the province that opted it in (e.g. "QC")
 */
public record Holiday(LocalDate date, String name, String source, String province) {
}
