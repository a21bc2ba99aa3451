package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.account.domain.Username;

/**
 * A change to the library: made in the name of an active administrator's account ({@code --as}),
 * as the library is the organisation's, not one inspection's; anyone else is refused (exit 2).
 */
abstract class PublishedWriteCommand extends RecordCommand {
    @Override
    protected final int change(Application app, PrintWriter out) {
        if (!app.accounts().activeAccount(new Username(account())).administrator()) {
            throw new InputError("--as " + account() + ": only an administrator may change the library of published"
                    + " inspections (yjinspect user list shows who is one)");
        }
        return changeLibrary(app, out);
    }

    protected abstract int changeLibrary(Application app, PrintWriter out);
}
