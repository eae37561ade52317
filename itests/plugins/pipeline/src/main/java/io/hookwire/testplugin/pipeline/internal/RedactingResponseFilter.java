package io.hookwire.testplugin.pipeline.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.hooks.core.ResponseBody;

/**
 * {@code http:response}: replaces every card number (16 digits, in groups of 4 separated by a space or a '-', or
 * not at all) with {@value #REDACTED}, and nothing else; keeps what it saw for {@code GET responses/{id}}.
 */
@Component
@HookName("http:response")
@HookHandlerId("redact-cards")
public final class RedactingResponseFilter implements FilterHandler<ResponseBody, HttpExchange> {
    static final String REDACTED = "[REDACTED]";
    private static final Pattern CARD = Pattern.compile("\\b\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}\\b");

    private final Seen seen;

    @Activate
    public RedactingResponseFilter(@Reference Seen seen) {
        this.seen = seen;
    }

    @Override
    public ResponseBody filter(ResponseBody body, HttpExchange exchange) {
        Matcher cards = CARD.matcher(body.text());
        boolean found = cards.find();
        seen.response(exchange.requestId(), new Seen.Response(body.status(), body.mediaType(), found));
        return found ? body.withText(cards.replaceAll(REDACTED)) : body;
    }
}
