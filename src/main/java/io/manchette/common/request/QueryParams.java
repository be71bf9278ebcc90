package io.manchette.common.request;

import io.manchette.common.error.InvalidInput;

/** Query parameters arrive as text so that a bad value is a 400 naming the parameter, never a 404 or 500. */
public final class QueryParams {

    private QueryParams() {}

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInput(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An empty parameter means no filter. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
