/**
 * Accounts: who may sign in (usernames, Argon2id password hashes, administrators), the first
 * administrator's one-time set-up, server-side sessions, personal access tokens for API clients,
 * sign-in throttling and the account audit. Every secret is stored only as a hash, and every fact
 * that decides access is in the database, so several servers on one database agree
 * (docs/accounts.md).
 */
package org.yjinspect.account;
