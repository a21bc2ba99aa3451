package org.yjinspect.platform.page;

/**
 * What every page's frame needs: its title, who is signed in (null on the sign-in page), the
 * session's synchronizer token for the forms it holds, and which part of the service it is in
 * (for the navigation).
 *
 * @param title    the page's own title; the browser tab shows "title – yjinspect"
 * @param username the signed-in person's username, or null
 * @param csrf     the session's synchronizer token, or null when nobody is signed in
 * @param section  the navigation item to mark as current, or null
 * @param administrator whether the signed-in person is an administrator (they also see Users)
 */
public record Layout(String title, String username, String csrf, Section section, boolean administrator) {
    /** A frame for someone who is not an administrator (or nobody). */
    public Layout(String title, String username, String csrf, Section section) {
        this(title, username, csrf, section, false);
    }

    /** The parts of the service in its navigation. */
    public enum Section {
        INSPECTIONS("Inspections", "/"),
        PUBLISHED("Published reports", "/published"),
        LIBRARY("Library", "/library"),
        ACCOUNT("Your account", "/account"),
        USERS("Users", "/users");

        private final String label;
        private final String path;

        Section(String label, String path) {
            this.label = label;
            this.path = path;
        }

        public String label() {
            return label;
        }

        public String path() {
            return path;
        }
    }

    public boolean signedIn() {
        return username != null;
    }

    /** Whether the navigation shows {@code item}: Users to administrators only. */
    public boolean shows(Section item) {
        return item != Section.USERS || administrator;
    }

    public boolean current(Section candidate) {
        return section == candidate;
    }
}
