package org.yjinspect.support;

import io.javalin.Javalin;
import org.yjinspect.Application;

/** The JSON API of a test's Application on a free port, with a client whose people are {@link TestUsers}. */
public final class ApiServer implements AutoCloseable {
    private final Javalin web;
    private final Http http;

    private ApiServer(Application app, Javalin web) {
        this.web = web;
        this.http = new Http("http://localhost:" + web.port(), name -> TestUsers.token(app, name));
    }

    public static ApiServer start(Application app) {
        return new ApiServer(app, app.web().start(0));
    }

    public Http http() {
        return http;
    }

    public int port() {
        return web.port();
    }

    @Override
    public void close() {
        web.stop();
    }
}
