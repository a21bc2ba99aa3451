package org.yjinspect.account.app;

import org.yjinspect.account.domain.AccountEvent;

/** The append-only account audit, for events that change nothing else (sign-ins, failures, token use). */
public interface AccountAudit {
    void record(AccountEvent event);
}
