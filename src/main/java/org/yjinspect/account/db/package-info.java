/**
 * Accounts, sessions, access tokens, set-up tokens, sign-in failures and the account audit in
 * PostgreSQL (migration V50). Each change and its audit event are one transaction.
 */
package org.yjinspect.account.db;
