package io.hookwire.host.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

import io.hookwire.api.rest.ApiException;

/**
 * Checks what clients send, at the boundary, and says how to fix it: each failure is a 400 naming the field.
 */
public final class Input {
    /** Passwords shorter than this are refused. */
    public static final int PASSWORD_MIN = 8;
    /** Longer passwords are refused: hashing costs time in their length, and nobody types more. */
    public static final int PASSWORD_MAX = 200;
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    /** One @, something on each side, a dot in the domain, no spaces: the shape, not a proof of delivery. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Input() {}

    /** The e-mail address in lower case, which is how accounts are found. */
    public static String email(String value) {
        String email = required("email", value).trim().toLowerCase(Locale.ROOT);
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw ApiException.badRequest("email", "email must be an e-mail address such as ada@example.com, at most "
                    + EMAIL_MAX + " characters");
        }
        return email;
    }

    /** A new password: from {@value #PASSWORD_MIN} to {@value #PASSWORD_MAX} characters, not all blank. */
    public static String newPassword(String field, String value) {
        String password = required(field, value);
        if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX || password.isBlank()) {
            throw ApiException.badRequest(field, field + " must have from " + PASSWORD_MIN + " to " + PASSWORD_MAX
                    + " characters");
        }
        return password;
    }

    /** A password being checked: present and not absurdly long (it is compared, never stored). */
    public static String password(String value) {
        String password = required("password", value);
        if (password.length() > PASSWORD_MAX) {
            throw ApiException.badRequest("password", "password has at most " + PASSWORD_MAX + " characters");
        }
        return password;
    }

    /** A display name or a team name: trimmed, from 1 to {@value #NAME_MAX} characters, no control characters. */
    public static String name(String field, String value) {
        String name = required(field, value).trim();
        if (name.isEmpty() || name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest(field, field + " must have from 1 to " + NAME_MAX + " characters, without"
                    + " control characters");
        }
        return name;
    }

    /** A 6-digit one-time code. */
    public static String code(String value) {
        String code = required("code", value).replace(" ", "");
        if (code.length() != Totp.DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiException.badRequest("code", "code must be the " + Totp.DIGITS + " digits your authenticator"
                    + " app shows");
        }
        return code;
    }

    /** A field that must be there. */
    public static String required(String field, String value) {
        if (value == null) {
            throw ApiException.badRequest(field, field + " is required");
        }
        return value;
    }

    /** A body that must be there. */
    public static <T> T body(T body, String example) {
        if (body == null) {
            throw new ApiException(400, "invalid_argument", "this needs a JSON body, for example " + example,
                    java.util.Map.of("field", "body"));
        }
        return body;
    }
}
