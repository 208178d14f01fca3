package wellwatch.analytics.ledger;

import java.math.BigDecimal;

/** One cell of a ledger: text (written as text, never as a formula) or a number. */
public sealed interface Cell permits Cell.Text, Cell.Number {

    /** The empty cell: a value the bureau does not have yet. */
    Cell EMPTY = new Text("");

    /** Text as entered; CSV neutralises formula-like text, XLSX stores it as an inline string. */
    record Text(String value) implements Cell {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** A number, written in plain notation. */
    record Number(BigDecimal value) implements Cell {}

    static Cell text(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Text(value);
    }

    static Cell number(BigDecimal value) {
        return value == null ? EMPTY : new Number(value);
    }

    static Cell number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    default boolean isEmpty() {
        return this instanceof Text t && t.value().isEmpty();
    }
}
