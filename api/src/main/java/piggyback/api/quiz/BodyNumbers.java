package piggyback.api.quiz;

import java.math.BigDecimal;
import java.util.Map;

import piggyback.api.web.ApiException;

/** Numbers of a JSON body: they must be JSON numbers in range; a string or boolean is a 400. */
final class BodyNumbers {

    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_ID = BigDecimal.valueOf(Long.MAX_VALUE);

    private BodyNumbers() {
    }

    /** A whole number ≥ 0, or null when absent. */
    static Integer count(Map<String, ?> fields, String name) {
        BigDecimal value = number(fields, name, name + " must be a whole number of at least 0");
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(MAX_COUNT) > 0) {
            throw ApiException.badRequest(name + " must be a whole number of at least 0");
        }
        return value.intValueExact();
    }

    /** A row id (a whole number ≥ 1), or null when absent. */
    static Long id(Map<String, ?> fields, String name) {
        String rule = name + " must be a whole number of at least 1";
        BigDecimal value = number(fields, name, rule);
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(MAX_ID) > 0) {
            throw ApiException.badRequest(rule);
        }
        return value.longValueExact();
    }

    /** A number in [min, max], or null when absent. */
    static Double between(Map<String, ?> fields, String name, double min, double max) {
        String rule = name + " must be a number from " + plain(min) + " to " + plain(max);
        BigDecimal value = number(fields, name, rule);
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (number < min || number > max) {
            throw ApiException.badRequest(rule);
        }
        return number;
    }

    /** A number ≥ 0, or null when absent. */
    static Double atLeastZero(Map<String, ?> fields, String name) {
        String rule = name + " must be a number of at least 0";
        BigDecimal value = number(fields, name, rule);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw ApiException.badRequest(rule);
        }
        return value.doubleValue();
    }

    /** Any finite number, or null when absent. */
    static Double any(Map<String, ?> fields, String name) {
        BigDecimal value = number(fields, name, name + " must be a number");
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal number(Map<String, ?> fields, String name, String rule) {
        Object raw = fields.get(name);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Number number)) {
            throw ApiException.badRequest(rule);
        }
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            throw ApiException.badRequest(rule);
        }
        BigDecimal value = new BigDecimal(number.toString());
        if (!Double.isFinite(value.doubleValue())) {
            throw ApiException.badRequest(rule);
        }
        return value;
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
