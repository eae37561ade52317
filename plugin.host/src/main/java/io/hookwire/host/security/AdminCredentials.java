package io.hookwire.host.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.host.admin.AdminAuthenticator;
import io.hookwire.host.runtime.HostSettings;

/**
 * The administrator's credentials. There is no default password: the operator sets one (property, environment or
 * ConfigAdmin), or the first start generates one, keeps only its hash in the database, and writes the password once
 * to {@code <data>/initial-admin-password}, readable by its owner only, as Jenkins does.
 *
 * <p>Checking a password costs a deliberately slow hash; a password that was accepted is remembered as an HMAC
 * under a key that lives in memory only, so that the REST API does not pay the hash on every request.
 */
@Component(service = AdminAuthenticator.class, configurationPid = AdminConfiguration.PID)
@Designate(ocd = AdminConfiguration.class)
public final class AdminCredentials implements AdminAuthenticator {
    static final String PASSWORD = "hookwire.admin.password";
    static final String USER = "hookwire.admin.user";
    static final String FILE = "initial-admin-password";

    private final String username;
    private final String hash;
    private final SecretKeySpec cacheKey;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();

    @Activate
    public AdminCredentials(BundleContext context, AdminConfiguration config,
            @Reference(target = "(hookwire.datasource=main)") DataSource db,
            @Reference(service = LoggerFactory.class) Logger log) throws SQLException, IOException {
        HostSettings settings = new HostSettings(context::getProperty, System.getenv());
        String user = settings.value(USER);
        this.username = user != null ? user : config.username();
        String password = settings.value(PASSWORD);
        if (password == null && !config.password().isEmpty()) {
            password = config.password();
        }
        if (password != null) {
            this.hash = PasswordHash.hash(password.toCharArray());
            log.info("Admin credentials: user '" + username + "', password set by the operator");
        } else {
            this.hash = storedOrGenerated(db, settings.dataDir().resolve(FILE), log);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.cacheKey = new SecretKeySpec(key, "HmacSHA256");
    }

    private String storedOrGenerated(DataSource db, Path file, Logger log) throws SQLException, IOException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "select password_hash from hookwire_admin_user where username = ?")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        log.info("Admin credentials: user '" + username + "', password stored (as a hash)");
                        return r.getString(1);
                    }
                }
            }
            String password = PasswordHash.generatePassword();
            String generated = PasswordHash.hash(password.toCharArray());
            writeOnce(file, password);
            try (PreparedStatement s = c.prepareStatement("insert into hookwire_admin_user (username, password_hash,"
                    + " created_at, origin) values (?, ?, ?, 'generated')")) {
                s.setString(1, username);
                s.setString(2, generated);
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            log.warn("No admin password was set, so one was generated for user '" + username + "': it is in " + file
                    + " (readable by you only). Note it and delete the file; set hookwire.admin.password or"
                    + " HOOKWIRE_ADMIN_PASSWORD to choose your own.");
            return generated;
        }
    }

    /** Writes the generated password to a file only its owner can read. */
    private static void writeOnce(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system
        }
        Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Override
    public boolean authenticate(String user, char[] password) {
        if (user == null || password == null) {
            return false;
        }
        String token = hmac(user, password);
        if (accepted.contains(token)) {
            return true;
        }
        boolean ok = MessageDigest.isEqual(user.getBytes(StandardCharsets.UTF_8),
                username.getBytes(StandardCharsets.UTF_8)) & PasswordHash.matches(password, hash);
        if (ok && accepted.size() < 64) {
            accepted.add(token);
        }
        return ok;
    }

    private String hmac(String user, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
