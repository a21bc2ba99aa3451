package org.yjinspect.platform.web;

import io.javalin.config.RoutesConfig;

/** One feature's HTTP routes, declared up front when the server is configured (Javalin 7 style). */
public interface Routes {
    void register(RoutesConfig routes);
}
