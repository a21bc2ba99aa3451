package org.yjinspect.account.web;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.account.app.AccessTokens.TokenInfo;
import org.yjinspect.account.app.PersonalTokens;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * POST /api/tokens {name, expiresInDays} (the token's text is in this answer only), GET
 * /api/tokens (the signed-in account's tokens, never their text), DELETE /api/tokens/{tokenId}.
 */
public final class TokenRoutes implements Routes {
    private final PersonalTokens tokens;

    /** The body of POST /api/tokens. */
    public record CreateTokenRequest(String name, Integer expiresInDays) {
    }

    public TokenRoutes(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/tokens", ctx -> {
            Principal owner = PrincipalResolver.required(ctx);
            CreateTokenRequest r = Requests.body(ctx, CreateTokenRequest.class);
            PersonalTokens.Created created = tokens.create(owner, r.name(), r.expiresInDays(), ctx.ip());
            Map<String, Object> json = json(created.info());
            json.put("token", created.token());
            ctx.status(201).json(json);
        }, Audience.SIGNED_IN);
        routes.get("/api/tokens", ctx -> ctx.json(tokens.of(PrincipalResolver.required(ctx)).stream()
                .map(TokenRoutes::json).toList()), Audience.SIGNED_IN);
        routes.delete("/api/tokens/{tokenId}", ctx -> {
            Principal owner = PrincipalResolver.required(ctx);
            tokens.revoke(owner, Requests.id(ctx, "tokenId"), ctx.ip());
            ctx.status(204);
        }, Audience.SIGNED_IN);
    }

    private static Map<String, Object> json(TokenInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", info.id());
        json.put("name", info.name());
        json.put("createdAt", info.createdAt());
        json.put("expiresAt", info.expiresAt());
        json.put("lastUsedAt", info.lastUsedAt());
        json.put("revokedAt", info.revokedAt());
        return json;
    }
}
