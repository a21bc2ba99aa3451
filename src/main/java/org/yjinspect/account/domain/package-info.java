/**
 * The rules of accounts, without a database or a web server: what a username and a password
 * may be ({@link org.yjinspect.account.domain.PasswordPolicy}), how a password is hashed and
 * checked ({@link org.yjinspect.account.domain.PasswordHasher}, Argon2id in the PHC string form),
 * random tokens and their hashes, how long a session lives and how sign-in is slowed.
 */
package org.yjinspect.account.domain;
