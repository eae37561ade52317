package io.hookwire.webconsole;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test doubles of a servlet request and response, made with {@link Proxy}: each answers the few methods the pages
 * use from plain fields, and every other method with a neutral value.
 */
final class FakeHttp {
    private FakeHttp() {}

    static final class Request implements InvocationHandler {
        String method = "GET";
        String uri = "/system/console/hookwire-plugins";
        String remoteUser;
        final Map<String, String> parameters = new HashMap<>();
        final Map<String, String> headers = new HashMap<>();
        final Map<String, Object> attributes = new HashMap<>();

        HttpServletRequest proxy() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) {
            return switch (m.getName()) {
                case "getMethod" -> method;
                case "getRequestURI" -> uri;
                case "getProtocol" -> "HTTP/1.1";
                case "getRemoteUser" -> remoteUser;
                case "getParameter" -> parameters.get((String) args[0]);
                case "getHeader" -> headers.get((String) args[0]);
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> neutral(proxy, m, args);
            };
        }
    }

    static final class Response implements InvocationHandler {
        int status = 200;
        String contentType;
        boolean flushed;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        private final PrintWriter writer = new PrintWriter(body);

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, this);
        }

        String body() {
            writer.flush();
            return body.toString();
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) {
            switch (m.getName()) {
                case "setStatus", "sendError" -> status = (Integer) args[0];
                case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                case "getHeader" -> {
                    return headers.get((String) args[0]);
                }
                case "setContentType" -> contentType = (String) args[0];
                case "getWriter" -> {
                    return writer;
                }
                case "flushBuffer" -> flushed = true;
                default -> {
                    return neutral(proxy, m, args);
                }
            }
            return null;
        }
    }

    private static Object neutral(Object proxy, Method m, Object[] args) {
        switch (m.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "fake " + m.getDeclaringClass().getSimpleName();
            default:
                break;
        }
        Class<?> type = m.getReturnType();
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return -1L; // getDateHeader, getLastModified: "unknown"
        }
        return null;
    }
}
