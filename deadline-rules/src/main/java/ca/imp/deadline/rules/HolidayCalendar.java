package ca.imp.deadline.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are holidays, per forum. The named holidays (Interpretation Act s.35(1), plus any
 * opted-in provincial ones) are the same for every forum; forums differ in their weekly
 * holidays: the Federal Courts Rules add Saturday, the Interpretation Act does not.
 *
 * <p>Immutable and safe to share; a year's holidays are computed once and kept.
 */
public final class HolidayCalendar {

    private final List<HolidayRule> rules;
    private final Map<Forum, ForumRule> forums;
    private final Set<String> provinces;
    private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

    HolidayCalendar(List<HolidayRule> allRules, Map<Forum, ForumRule> forums, Set<String> provinces) {
        this.provinces = Set.copyOf(provinces);
        this.rules = allRules.stream()
                .filter(r -> r.province() == null || this.provinces.contains(r.province()))
                .toList();
        this.forums = Map.copyOf(forums);
    }

    public boolean isHoliday(LocalDate date, Forum forum) {
        return holidayName(date, forum).isPresent();
    }

    /**
     * Why a day is a holiday in a forum: the holiday's name ("Canada Day"), or the weekday
     * ("Saturday") when it is only a weekly holiday; empty when it is not a holiday.
     */
    public Optional<String> holidayName(LocalDate date, Forum forum) {
        require(date, "date");
        ForumRule rule = forumRule(forum);
        List<String> named = namedHolidaysOn(date);
        if (!named.isEmpty()) {
            return Optional.of(String.join(" and ", named));
        }
        if (rule.weeklyHolidays().contains(date.getDayOfWeek())) {
            return Optional.of(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return Optional.empty();
    }

    /**
     * The named holidays of a year, by date, including substitute Mondays and opted-in provincial
     * holidays. Weekly holidays are left out; see {@link #weeklyHolidays(Forum)}.
     */
    public List<Holiday> holidaysIn(int year) {
        return byYear.computeIfAbsent(year, this::computeYear);
    }

    public Set<DayOfWeek> weeklyHolidays(Forum forum) {
        return forumRule(forum).weeklyHolidays();
    }

    /** Provinces whose holidays this calendar includes (empty: federal holidays only). */
    public Set<String> provinces() {
        return provinces;
    }

    List<String> namedHolidaysOn(LocalDate date) {
        return holidaysIn(date.getYear()).stream()
                .filter(h -> h.date().equals(date))
                .map(Holiday::name)
                .toList();
    }

    ForumRule forumRule(Forum forum) {
        require(forum, "forum");
        return forums.get(forum);
    }

    private List<Holiday> computeYear(int year) {
        List<Holiday> found = new ArrayList<>();
        // A substitute day can spill into the next year (a December 31 holiday on a Sunday),
        // so the previous year's rules are asked too.
        for (int y = year - 1; y <= year; y++) {
            for (HolidayRule rule : rules) {
                rule.occurrencesIn(y).stream().filter(h -> h.date().getYear() == year).forEach(found::add);
            }
        }
        found.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
        return List.copyOf(found);
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
