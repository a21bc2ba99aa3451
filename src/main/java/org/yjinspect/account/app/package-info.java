/**
 * The use cases of accounts: administering accounts, setting up the first administrator,
 * signing in and out, and personal access tokens; with the ports their stores implement.
 */
package org.yjinspect.account.app;
