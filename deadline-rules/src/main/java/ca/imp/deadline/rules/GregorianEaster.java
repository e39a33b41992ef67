package ca.imp.deadline.rules;

import java.time.LocalDate;

/**
 * Easter Sunday by the Gregorian computus (the anonymous algorithm published by Meeus, after
 * Jones and Butcher). Computed rather than tabulated so that Good Friday and Easter Monday are
 * right for any year without anyone maintaining a list.
 */
final class GregorianEaster {

    private GregorianEaster() {
    }

    static LocalDate sundayIn(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
