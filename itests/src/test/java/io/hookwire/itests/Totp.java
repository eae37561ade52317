package io.hookwire.itests;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The test's own authenticator app: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits) from a Base32 secret, written
 * independently of the host's implementation so that the two check each other.
 */
final class Totp {
    private Totp() {}

    static String code(String base32Secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[19] & 0xf;
        int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
        return String.format(Locale.ROOT, "%06d", value % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
        long buffer = 0;
        int bits = 0;
        for (char ch : text.toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(ch);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
