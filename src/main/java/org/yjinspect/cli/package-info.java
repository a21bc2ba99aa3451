/**
 * The command line (picocli): one subcommand per use case, all calling the same application
 * services as the HTTP API. Input errors exit with code 2 and a message naming file, field and
 * value; nothing else reaches the user as a stack trace.
 */
package org.yjinspect.cli;
