package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textEncodesMarkupQuotesAmpersandsAndConsoleVariables() {
        assertThat(Html.escapeText(Hostile.value("x"))).isEqualTo(Hostile.inText("x"));
    }

    @Test
    void attributesEncodeWhatCanLeaveADoubleQuotedValue() {
        assertThat(Html.escapeAttribute(Hostile.value("x"))).isEqualTo(Hostile.inAttribute("x"));
    }

    @Test
    void aMissingValueIsADashInACellAndNothingElsewhere() {
        StringWriter out = new StringWriter();
        new Html(new PrintWriter(out, true)).cell(null).cell("").text(null).attr(null).cell(0);
        assertThat(out).hasToString("<td>\u2014</td><td>\u2014</td><td>0</td>");
    }
}
