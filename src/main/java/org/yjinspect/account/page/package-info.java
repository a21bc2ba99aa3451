/**
 * The account's pages in the browser: signing in and out (forms that work without JavaScript),
 * and the frame every page gets from whoever is signed in.
 */
package org.yjinspect.account.page;
