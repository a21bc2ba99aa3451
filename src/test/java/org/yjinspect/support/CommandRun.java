package org.yjinspect.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.cli.Main;
import org.yjinspect.platform.db.TestDatabase;

/** One run of the command line as a user types it: its exit code and what it printed on each stream. */
public record CommandRun(int exit, String out, String err) {
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** The same, on the test's database (its options added after the user's words). */
    public static CommandRun on(TestDatabase db, String... args) {
        return of(withOptions(db, args));
    }

    /** A run with {@code stdin} as standard input (a password for --password-stdin). Tests run one at a time. */
    public static CommandRun withInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return of(args);
        } finally {
            System.setIn(before);
        }
    }

    /** The same, on the test's database. */
    public static CommandRun withInput(TestDatabase db, String stdin, String... args) {
        return withInput(stdin, withOptions(db, args));
    }

    /**
     * Makes an account as an administrator would ({@code yjinspect user create USERNAME
     * --password-stdin}, with {@link TestUsers#PASSWORD}) on the database the options name;
     * fails the test if it cannot.
     */
    public static void account(String username, String... databaseOptions) {
        List<String> args = new ArrayList<>(List.of("user", "create", username, "--password-stdin"));
        args.addAll(List.of(databaseOptions));
        CommandRun created = withInput(TestUsers.PASSWORD + "\n", args.toArray(String[]::new));
        if (created.exit() != 0) {
            throw new AssertionError("yjinspect user create " + username + " failed: " + created.err());
        }
    }

    private static String[] withOptions(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(db.options()));
        return all.toArray(String[]::new);
    }
}
