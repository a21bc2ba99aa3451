package org.yjinspect.account.app;

import org.yjinspect.platform.problem.Problem;

/**
 * A sign-in attempt: the name and password as typed, the client's address (for the throttle and
 * the audit) and the session token the client already held, if any, which is ended so that a
 * token planted before sign-in is never the signed-in one.
 */
public record SignInCommand(String username, char[] password, String clientAddress, String previousToken) {
    public SignInCommand {
        Problem.require(username != null && !username.isBlank(), "username is required");
        Problem.require(password != null && password.length > 0, "password is required");
        Problem.require(username.length() <= 200 && password.length <= 1000, "username or password is far too long");
        clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }
}
