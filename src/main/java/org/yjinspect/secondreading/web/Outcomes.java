package org.yjinspect.secondreading.web;

import io.javalin.http.Context;
import java.util.function.Function;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.domain.BlindReadingPolicy;

/**
 * Answers an {@link Outcome}: its result, or its refusal as JSON. The blind rule refuses with 403
 * and its reason, except for a case the person does not read at all, which is answered exactly as a
 * case that does not exist (404), as the access gate answers it; any other rule refuses with 409.
 */
final class Outcomes {
    private Outcomes() {
    }

    static <T> void send(Context ctx, int status, Outcome<T> outcome, Function<T, Object> body) {
        if (outcome.allowed()) {
            RecordJson.send(ctx, status, body.apply(outcome.value()));
            return;
        }
        String rule = outcome.ruling().rule();
        if (BlindReadingPolicy.NOT_THEIRS.equals(rule)) {
            throw Problem.notFound("there is no sampled case " + ctx.pathParamMap().getOrDefault("sampleCaseId", "")
                    + " in inspection " + ctx.pathParam("inspectionId"));
        }
        RecordJson.send(ctx, BlindReadingPolicy.RULE.equals(rule) ? 403 : 409, new SecondReadingJson.Refusal(
                outcome.ruling().reason(), rule, true));
    }

    static <T> void send(Context ctx, Outcome<T> outcome) {
        send(ctx, 200, outcome, value -> value);
    }
}
