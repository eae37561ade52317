package io.hookwire.webconsole;

/**
 * Values that would break a page that forgot to encode them: markup, quotes of both kinds, an ampersand, and the
 * Web Console's own {@code ${...}} template syntax. Each names its field, so that a test can tell which field was
 * written and how.
 */
final class Hostile {
    private Hostile() {}

    /** The hostile value of a field. */
    static String value(String field) {
        return "<script>alert('" + field + "')</script>\"&${" + field + "}";
    }

    /** How {@link #value} must look in element content, written out by hand. */
    static String inText(String field) {
        return "&lt;script&gt;alert(&#39;" + field + "&#39;)&lt;/script&gt;&#34;&amp;&#36;{" + field + "}";
    }

    /** How {@link #value} must look in a double-quoted attribute ({@code >} needs no encoding there). */
    static String inAttribute(String field) {
        return "&lt;script>alert(&#39;" + field + "&#39;)&lt;/script>&#34;&amp;&#36;{" + field + "}";
    }
}
