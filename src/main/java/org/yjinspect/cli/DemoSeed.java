package org.yjinspect.cli;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yjinspect.Application;
import org.yjinspect.access.app.AddMemberCommand;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.domain.Username;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.records.domain.Actor;

/**
 * Makes the demonstration, or finds the one made before: an account for each role, an
 * inspection of a made-up service led by the demo lead inspector, its fieldwork part done
 * ({@link DemoFieldwork}) and its organisational evidence ({@link DemoEvidence}). The
 * demonstration is known by its service's name, so a second run on the same database reuses it.
 */
final class DemoSeed {
    static final String SERVICE = "Demonstration Youth Justice Service (yjinspect demo)";
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo-lead", "Demo Lead Inspector", "lead inspector", Role.LEAD_INSPECTOR),
            new DemoAccount("demo-inspector", "Demo Inspector", "inspector", Role.INSPECTOR),
            new DemoAccount("demo-local", "Demo Local Assessor", "local assessor", Role.LOCAL_ASSESSOR),
            new DemoAccount("demo-panel", "Demo Panel Member", "panel member", Role.PANEL_MEMBER),
            new DemoAccount("demo-viewer", "Demo Service Viewer", "service viewer", Role.SERVICE_VIEWER),
            new DemoAccount("demo-admin", "Demo Administrator", "administrator", null));
    private static final String BY = "yjinspect demo";
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    private final Application app;
    private final SecureRandom random = new SecureRandom();

    /** One demonstration account: its role in the inspection (none for the administrator, whose flag is the role). */
    record DemoAccount(String username, String displayName, String role, Role teamRole) {
        boolean administrator() {
            return teamRole == null;
        }
    }

    /** The demonstration inspection, whether it was made before, and the passwords given now (none when reused). */
    record Outcome(long inspectionId, boolean reused, Map<String, String> passwords) {
    }

    DemoSeed(Application app) {
        this.app = app;
    }

    Outcome seedOrReuse() {
        app.library().keepNew(app.libraryReports().held(), Actor.of(BY)); // the five held inspections (docs/library.md)
        Optional<Inspection> made = app.inspections().all().stream()
                .filter(i -> SERVICE.equals(i.details().serviceName())).findFirst();
        if (made.isPresent()) {
            return new Outcome(made.get().id(), true, Map.of());
        }
        Map<String, String> passwords = accounts();
        LocalDate announced = LocalDate.now().minusWeeks(3);
        Inspection inspection = app.inspections().create(new CreateInspectionCommand(SERVICE, "inspection", "2021",
                announced, announced.plusWeeks(2), announced.plusWeeks(4), null, null, null, Actor.of("demo-lead"),
                "demo-lead"));
        for (DemoAccount account : ACCOUNTS) {
            if (account.teamRole() != null && account.teamRole() != Role.LEAD_INSPECTOR) {
                app.team().add(new AddMemberCommand(inspection.id(), account.username(), account.teamRole(),
                        Actor.of("demo-lead")));
            }
        }
        new DemoFieldwork(app, inspection.id(), announced).run();
        new DemoEvidence(app, inspection.id(), announced).record();
        return new Outcome(inspection.id(), false, passwords);
    }

    /** Creates each account with a new random password (an account left by an unfinished run gets a new one). */
    private Map<String, String> accounts() {
        Set<String> existing = app.accounts().all().stream().map(a -> a.username()).collect(Collectors.toSet());
        Map<String, String> passwords = new LinkedHashMap<>();
        for (DemoAccount account : ACCOUNTS) {
            String password = password();
            if (existing.contains(account.username())) {
                app.accounts().resetPassword(new Username(account.username()), password.toCharArray(), BY);
            } else {
                app.accounts().create(CreateAccountCommand.of(account.username(), account.displayName(),
                        password.toCharArray(), account.administrator(), BY));
            }
            passwords.put(account.username(), password);
        }
        return passwords;
    }

    /** Four groups of five letters and digits (no look-alikes such as l, 1, o, 0): about 98 bits. */
    private String password() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                text.append('-');
            }
            text.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return text.toString();
    }
}
