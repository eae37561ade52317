package io.hookwire.itests;

import static io.hookwire.itests.Visitors.PASSWORD;
import static io.hookwire.itests.Visitors.loginJson;
import static io.hookwire.itests.Visitors.ok;
import static io.hookwire.itests.Visitors.registerJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.OutboxMessage;
import io.hookwire.hooks.core.Payloads.LoggedIn;
import io.hookwire.hooks.core.User;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Accounts over real HTTP against the real runtime and database: register, sign in with the session cookie (and its
 * flags), who am I, sign out; multi-factor sign-in with codes computed here; password reset with the link read from
 * the outbox table; the login rate limit; and the auth:* actions with their payloads.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccountsIT extends RuntimeTestSupport {
    private static final String AUTH = "/api/v1/auth/";

    @Inject
    private Hooks hooks;

    @Inject
    @Filter(value = "(hookwire.datasource=main)", timeout = 120_000)
    private DataSource db;

    private final List<Object> fired = new CopyOnWriteArrayList<>();
    private final List<HookRegistration> registrations = new CopyOnWriteArrayList<>();

    @Before
    public void listen() throws Exception {
        Visitors.awaitAccounts(http);
        registrations.add(hooks.registerAction(CoreHooks.AUTH_REGISTERED, fired::add));
        registrations.add(hooks.registerAction(CoreHooks.AUTH_LOGGED_IN, fired::add));
        registrations.add(hooks.registerAction(CoreHooks.AUTH_MFA_VERIFIED, u -> fired.add("mfa " + u.id())));
        registrations.add(hooks.registerAction(CoreHooks.AUTH_PASSWORD_RESET, u -> fired.add("reset " + u.id())));
        registrations.add(hooks.registerAction(CoreHooks.OUTBOX_QUEUED, fired::add));
    }

    @After
    public void stopListening() {
        registrations.forEach(HookRegistration::close);
    }

    @Test
    public void registerSignInWhoAmIAndSignOutWithAnHttpOnlySameSiteCookie() throws Exception {
        Http browser = http.browser();
        String email = Visitors.email("ada");

        JsonNode registered = ok(browser.send("POST", AUTH + "register", registerJson(email, PASSWORD, "Ada")), 201);
        String id = registered.get("user").get("id").asText();
        assertThat(registered.get("user").get("email").asText()).isEqualTo(email);
        assertThat(registered.toString()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("hash");
        assertThat(fired).singleElement().isInstanceOfSatisfying(User.class, u -> assertThat(u.id()).isEqualTo(id));
        assertThat(ok(browser.get(AUTH + "me"), 401).get("error").asText()).isEqualTo("unauthenticated");

        Http.Answer login = browser.send("POST", AUTH + "login", loginJson(email.toUpperCase(), PASSWORD));
        JsonNode signedIn = ok(login, 200);
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).startsWith("hookwire_session=").contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure");
        long maxAge = Long.parseLong(cookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        assertThat(maxAge).isBetween(336L * 3600 - 60, 336L * 3600);
        assertThat(browser.cookie("hookwire_session")).isNotBlank();
        assertThat(signedIn.get("user").get("id").asText()).isEqualTo(id);
        String sessionId = signedIn.get("session").get("id").asText();
        assertThat(Instant.parse(signedIn.get("session").get("expiresAt").asText()))
                .isAfter(Instant.now().plusSeconds(336L * 3600 - 120));
        assertThat(fired.get(1)).isInstanceOfSatisfying(LoggedIn.class, in -> {
            assertThat(in.user().id()).isEqualTo(id);
            assertThat(in.session().id()).isEqualTo(sessionId);
        });

        JsonNode me = ok(browser.get(AUTH + "me"), 200);
        assertThat(me.get("user").get("email").asText()).isEqualTo(email);
        assertThat(me.get("teams")).isEmpty();
        assertThat(me.get("mfaEnabled").asBoolean()).isFalse();

        String secret = browser.cookie("hookwire_session");
        Http.Answer out = browser.send("POST", AUTH + "logout", null);
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.header("Set-Cookie")).startsWith("hookwire_session=;").contains("Max-Age=0", "HttpOnly");
        assertThat(browser.get(AUTH + "me").status()).isEqualTo(401);
        assertThat(http.get(AUTH + "me", "Cookie", "hookwire_session=" + secret).status())
                .as("the session ended on the server, not only in the browser").isEqualTo(401);
        assertThat(admin.get("audit?limit=1000").json().toString()).contains("\"actor\":\"" + id + "\"",
                "auth.registered", "auth.logged_in", "auth.logged_out");
    }

    @Test
    public void badInputIs400NamingTheFieldAndATakenAddressIs409() throws Exception {
        String email = Visitors.email("grace");
        assertThat(ok(http.send("POST", AUTH + "register", registerJson("not-an-email", PASSWORD, "G")), 400)
                .get("details").get("field").asText()).isEqualTo("email");
        assertThat(ok(http.send("POST", AUTH + "register", registerJson(email, "short", "G")), 400)
                .get("details").get("field").asText()).isEqualTo("password");
        assertThat(ok(http.send("POST", AUTH + "register", registerJson(email, PASSWORD, " ")), 400)
                .get("details").get("field").asText()).isEqualTo("displayName");
        assertThat(ok(http.send("POST", AUTH + "register", null), 400).get("error").asText())
                .isEqualTo("invalid_argument");
        assertThat(ok(http.send("POST", AUTH + "register", "{\"email\": 3,"), 400).get("error").asText())
                .isEqualTo("invalid_json");

        ok(http.send("POST", AUTH + "register", registerJson(email, PASSWORD, "Grace")), 201);
        JsonNode taken = ok(http.send("POST", AUTH + "register", registerJson(email.toUpperCase(), PASSWORD, "G")),
                409);
        assertThat(taken.get("error").asText()).isEqualTo("email_taken");
        assertThat(taken.get("details").get("field").asText()).isEqualTo("email");
        assertThat(fired).hasSize(1);
    }

    @Test
    public void aWrongPasswordAndAnUnknownAddressGetTheSame401() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        JsonNode wrong = ok(http.send("POST", AUTH + "login", loginJson(ada.email(), "wrong password")), 401);
        JsonNode unknown = ok(http.send("POST", AUTH + "login", loginJson(Visitors.email("nobody"), PASSWORD)), 401);
        assertThat(wrong).isEqualTo(unknown);
        assertThat(wrong.get("error").asText()).isEqualTo("invalid_credentials");
    }

    @Test
    public void multiFactorSignInWaitsForTheCode() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        JsonNode enrolment = ok(ada.http().send("POST", AUTH + "mfa/enroll", null), 200);
        String secret = enrolment.get("secret").asText();
        assertThat(enrolment.get("otpauthUri").asText()).startsWith("otpauth://totp/Hookwire:")
                .contains("secret=" + secret);
        assertThat(ok(ada.http().send("POST", AUTH + "mfa/confirm", "{\"code\":\"000000\"}"), 400).get("error")
                .asText()).isEqualTo("invalid_code");
        ok(ada.http().send("POST", AUTH + "mfa/confirm", "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}"),
                200);
        assertThat(ok(ada.http().get(AUTH + "me"), 200).get("mfaEnabled").asBoolean()).isTrue();
        fired.clear();

        Http phone = http.browser();
        Http.Answer waiting = phone.send("POST", AUTH + "login", loginJson(ada.email(), PASSWORD));
        assertThat(ok(waiting, 200).get("mfaRequired").asBoolean()).isTrue();
        assertThat(waiting.json().has("user")).isFalse();
        assertThat(waiting.header("Set-Cookie")).contains("HttpOnly", "SameSite=Lax");
        assertThat(phone.get(AUTH + "me").status()).as("not signed in before the code").isEqualTo(401);
        assertThat(ok(phone.send("POST", AUTH + "mfa/verify", "{\"code\":\"000000\"}"), 401).get("error").asText())
                .isEqualTo("invalid_code");
        assertThat(fired).isEmpty();

        // a step after the one that confirmed the secret: the confirming code cannot be used again
        String code = Totp.code(secret, Instant.now().plusSeconds(30));
        JsonNode verified = ok(phone.send("POST", AUTH + "mfa/verify", "{\"code\":\"" + code + "\"}"), 200);
        assertThat(verified.get("user").get("id").asText()).isEqualTo(ada.id());
        assertThat(ok(phone.get(AUTH + "me"), 200).get("user").get("id").asText()).isEqualTo(ada.id());
        assertThat(fired).hasSize(2);
        assertThat(fired.get(0)).isEqualTo("mfa " + ada.id());
        assertThat(fired.get(1)).isInstanceOfSatisfying(LoggedIn.class, in -> assertThat(in.session().id())
                .isEqualTo(verified.get("session").get("id").asText()));
        assertThat(ok(http.browser().send("POST", AUTH + "mfa/verify", "{\"code\":\"" + code + "\"}"), 401)
                .get("error").asText()).isEqualTo("no_pending_sign_in");
    }

    @Test
    public void aPasswordResetLinkFromTheOutboxWorksOnceAndEndsEverySession() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        String nobody = Visitors.email("nobody");
        assertThat(http.send("POST", AUTH + "password/forgot", "{\"email\":\"" + nobody + "\"}").status())
                .isEqualTo(202);
        assertThat(Visitors.outboxCount(db, nobody)).isZero();
        fired.clear();

        assertThat(http.send("POST", AUTH + "password/forgot", "{\"email\":\"" + ada.email() + "\"}").status())
                .isEqualTo(202);
        String token = Visitors.resetToken(db, ada.email());
        assertThat(fired).singleElement().isInstanceOfSatisfying(OutboxMessage.class, m -> {
            assertThat(m.to()).isEqualTo(ada.email());
            assertThat(m.body()).contains("/reset-password?token=" + token);
        });
        assertThat(ok(http.send("POST", AUTH + "password/reset", "{\"token\":\"" + token + "\",\"password\":\"x\"}"),
                400).get("details").get("field").asText()).isEqualTo("password");

        assertThat(http.send("POST", AUTH + "password/reset", "{\"token\":\"" + token
                + "\",\"password\":\"a brand new one\"}").status()).isEqualTo(204);

        assertThat(fired).contains("reset " + ada.id());
        assertThat(ada.http().get(AUTH + "me").status()).as("signed out everywhere").isEqualTo(401);
        assertThat(http.send("POST", AUTH + "login", loginJson(ada.email(), PASSWORD)).status()).isEqualTo(401);
        ok(http.send("POST", AUTH + "login", loginJson(ada.email(), "a brand new one")), 200);
        assertThat(ok(http.send("POST", AUTH + "password/reset", "{\"token\":\"" + token
                + "\",\"password\":\"another new one\"}"), 400).get("error").asText()).isEqualTo("invalid_token");
        assertThat(admin.get("audit?limit=1000").json().toString()).contains("auth.password_reset_requested",
                "auth.password_reset");
    }

    @Test
    public void failedSignInsAreLimitedWith429AndRetryAfter() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        int failures = 0;
        Http.Answer answer = null;
        for (int i = 0; i < 10; i++) {
            answer = http.send("POST", AUTH + "login", loginJson(ada.email(), "wrong password " + i));
            if (answer.status() != 401) {
                break;
            }
            failures++;
        }
        assertThat(failures).as("failures before the limit").isEqualTo(5);
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.json().get("error").asText()).isEqualTo("too_many_attempts");
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 300);
        assertThat(http.send("POST", AUTH + "login", loginJson(ada.email(), PASSWORD)).status())
                .as("even the right password waits").isEqualTo(429);
        assertThat(ada.http().get(AUTH + "me").status()).as("existing sessions are not affected").isEqualTo(200);
    }
}
