package org.yjinspect.comparison.app;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.comparison.domain.LiveFigure;
import org.yjinspect.panel.app.LiveRating;
import org.yjinspect.panel.app.LiveRatings;
import org.yjinspect.rating.app.KeyQuestionResult;
import org.yjinspect.rating.app.StandardResult;

/**
 * The live figures as the ratings panel and the overview see them: the rating engine's live
 * ratings ({@link LiveRatings}), tallied from the stored judgements. Nothing is recomputed here;
 * each key question's 'Yes' and relevant cases are read off the engine's result.
 */
public final class EngineLiveFigures implements LiveFigures {
    private final LiveRatings ratings;

    public EngineLiveFigures(LiveRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public Live of(long inspectionId) {
        LiveRating live = ratings.rate(inspectionId);
        List<LiveFigure> figures = new ArrayList<>();
        for (StandardResult standard : live.rating().allStandards()) {
            for (KeyQuestionResult kq : standard.keyQuestions()) {
                if (kq.figure().hasCounts()) {
                    figures.add(new LiveFigure(kq.id(), kq.figure().yes(), kq.figure().relevant()));
                }
            }
        }
        return new Live(inspectionId, live.inspection().details().serviceName(), live.inspection().details().kind(),
                live.inspection().frameworkVersion(), figures);
    }
}
