package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.HookKind;
import org.junit.jupiter.api.Test;

class HooksPageTest {
    private static String get(HooksPage page) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        page.service(new FakeHttp.Request().proxy(), response.proxy());
        return response.body();
    }

    @Test
    void listsEachHookWithItsHandlersInRunOrder() throws Exception {
        HookInfo message = new HookInfo("greeter:message", HookKind.FILTER, List.of(
                new HandlerInfo("greeter:message", HookKind.FILTER, "user-greeter", "welcome", 5, 12, false),
                new HandlerInfo("greeter:message", HookKind.FILTER, "user-greeter", "signature", 90, 11, true)));
        HookInfo greeted = new HookInfo("greeter:greeted", HookKind.ACTION, List.of(
                new HandlerInfo("greeter:greeted", HookKind.ACTION, "user-greeter", "counter", 10, 13, false)));

        String body = get(new HooksPage(new FakeHooks(List.of(greeted, message))));

        assertThat(body).contains("<td rowspan=\"2\">greeter:message</td><td rowspan=\"2\">filter</td>"
                + "<td>1</td><td>welcome</td><td>user-greeter</td><td>5</td><td>12</td><td>no</td>");
        assertThat(body).contains("<td>2</td><td>signature</td><td>user-greeter</td><td>90</td><td>11</td>"
                + "<td>yes (overran its budget)</td>");
        assertThat(body.indexOf("welcome")).isLessThan(body.indexOf("signature"));
        assertThat(body).contains("<td rowspan=\"1\">greeter:greeted</td><td rowspan=\"1\">action</td>");
        assertThat(body).contains("2 hooks have handlers");
    }

    @Test
    void encodesEveryValue() throws Exception {
        HookInfo hostile = new HookInfo(Hostile.value("hook"), HookKind.ACTION, List.of(new HandlerInfo(
                Hostile.value("hook"), HookKind.ACTION, Hostile.value("plugin"), Hostile.value("id"), 1, 2, false)));

        String body = get(new HooksPage(new FakeHooks(List.of(hostile))));

        assertThat(body).contains(Hostile.inText("hook"), Hostile.inText("plugin"), Hostile.inText("id"));
        assertThat(body).doesNotContain("<script", "${", "'hook')");
    }
}
