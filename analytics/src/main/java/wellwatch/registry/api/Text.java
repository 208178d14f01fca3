package wellwatch.registry.api;

import java.util.regex.Pattern;

/** Checks shared by every text the registry stores, whether it comes from JSON or from a CSV cell. */
public final class Text {

    /** Longest text the registry stores in one field. */
    public static final int MAX_LENGTH = 500;

    /** Ids of wells, units, devices, meters and permits: as the wire contract's ids, plus CJK for permit numbers. */
    private static final Pattern ID = Pattern.compile("[\\p{IsAlphabetic}\\p{IsDigit}][\\p{IsAlphabetic}\\p{IsDigit}._/()（）〔〕\\[\\]-]{0,63}");

    private Text() {}

    /**
     * A text value stripped of surrounding whitespace ({@code null} when nothing is left), refused when it
     * is too long, holds control characters, or begins like a spreadsheet formula ({@code = + - @}): such a
     * cell would run as a formula when a ledger export is opened in Excel or WPS (CSV injection).
     */
    public static String clean(String field, String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_LENGTH) {
            throw new FieldException(field, field + " is longer than " + MAX_LENGTH + " characters");
        }
        if (looksLikeFormula(s)) {
            throw new FieldException(field, field + " begins with '" + s.charAt(0)
                    + "', which a spreadsheet would run as a formula; text must not begin with = + - @");
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i)) && s.charAt(i) != '\n') {
                throw new FieldException(field, field + " contains a control character");
            }
        }
        return s;
    }

    /** Whether a text would start a formula in a spreadsheet. */
    public static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** An id (well, unit, device, meter, permit number): 1-64 letters, digits and {@code . _ - / ( )}. */
    public static String id(String field, String value) {
        String s = value == null ? null : value.strip();
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (!ID.matcher(s).matches()) {
            throw new FieldException(field, field + " must be 1-64 letters, digits, '.', '_', '-', '/' or brackets, starting with a letter or digit; got '"
                    + (s.length() > 70 ? s.substring(0, 70) + "..." : s) + "'");
        }
        return s;
    }
}
