package org.yjinspect.support;

import io.javalin.Javalin;
import org.yjinspect.Application;
import org.yjinspect.platform.web.AccessCheck;

/** The JSON API of a test's Application on a free port, with a client for it. */
public final class ApiServer implements AutoCloseable {
    private final Javalin web;
    private final Http http;

    private ApiServer(Javalin web) {
        this.web = web;
        this.http = new Http("http://localhost:" + web.port());
    }

    public static ApiServer start(Application app) {
        return new ApiServer(app.web(AccessCheck.ALLOW_ALL).start(0));
    }

    public Http http() {
        return http;
    }

    @Override
    public void close() {
        web.stop();
    }
}
