package org.yjinspect.secondreading.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The blind rule in real Chromium: the lead chooses a case ifan has read and gives it to siwan;
 * siwan reads it on her own form, seeing none of ifan's answers, and submits; until ifan has
 * submitted too, neither sees the other's answers, through the pages or through the API asked
 * from the same signed-in browser, and the lead sees neither side by side; once both are
 * submitted both readings are shown to both of them.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class BlindReadingIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static ReadTwice read;

    @BeforeAll
    static void team(Application app) {
        read = ReadTwice.create(app, 51);
    }

    @Test
    void neitherReaderSeesTheOthersAnswersUntilBothHaveSubmitted() {
        String reference = read.court().reference();
        SecondReadingScreen lead = screen("lowri", "/inspections/" + read.id() + "/second-reading");
        assertThat(lead.heading()).isEqualTo("Second reading");
        lead.checkBothWidths("01-none-chosen");
        lead.chooseByHand(reference);
        assertThat(lead.banner()).contains("chosen for second reading");
        assertThat(lead.readersOffered(reference)).as("the first reader is not offered").contains("siwan", "lowri")
                .doesNotContain("ifan", "gwen");
        lead.allocate(reference, "siwan");
        assertThat(lead.banner()).contains("The second reader has been allocated");
        lead.checkBothWidths("02-chosen-and-allocated");

        SecondReadingScreen siwan = screen("siwan", "/inspections/" + read.id() + "/cases");
        siwan.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Cases you read a second time"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
        assertThat(siwan.heading()).contains("Case " + reference + ": your second reading");
        assertThat(siwan.answersShown()).as("none of ifan's answers on siwan's form").isZero();
        secondReaderCannotSeeTheFirstReading(siwan);
        SecondReadingScreen withoutScript = new SecondReadingScreen(site.signedIn("siwan", read.readingPath(),
                BrowserSession.DESKTOP_WIDTH, false), site.base());
        withoutScript.answerStandard("No", "No", false);
        assertThat(withoutScript.banner()).as("the first standard saved without JavaScript")
                .contains("Your answers have been saved");
        siwan.page.reload();
        siwan.answerStandard("No", "No", true).classifyRiskOfSeriousHarm("High");
        siwan.checkBothWidths("03-second-reader-form");
        siwan.answerEverything("No", "No", true);
        siwan.page.reload();
        siwan.button("Submit your second reading").click();
        assertThat(siwan.banner()).contains("Your second reading has been submitted");
        siwan.check("04-second-reading-submitted");
        secondReaderCannotSeeTheFirstReading(siwan);

        SecondReadingScreen ifan = screen("ifan", read.casePath());
        firstReaderCannotSeeTheSecondReading(ifan);
        lead.go("/inspections/" + read.id() + "/second-reading/reconciliation");
        assertThat(lead.main()).contains("No case has both readings submitted yet").doesNotContain(reference);
        lead.checkBothWidths("05-nothing-to-settle-yet");
        assertThat(lead.request(read.readingPath()).status()).as("the lead does not open siwan's form").isIn(403, 404);
        assertThat(lead.request(api("/cases/" + read.court().sampleCaseId() + "/answers")).status()).isIn(403, 404);
        assertThat(lead.request(api("/readings")).text()).doesNotContain(reference);

        read.submittedByIfan();
        ifan.go("/inspections/" + read.id() + "/second-reading/reconciliation");
        assertThat(ifan.main()).contains("Case " + reference, "First reading by ifan, second reading by siwan");
        assertThat(ifan.difference(firstKeyQuestion()).textContent())
                .contains("Yes").contains("No");
        siwan.go(read.casePath());
        assertThat(siwan.heading()).as("siwan reads ifan's case once both are submitted").contains("Case " + reference);
    }

    private static void secondReaderCannotSeeTheFirstReading(SecondReadingScreen siwan) {
        for (String path : new String[] {read.casePath(), "/api/inspections/" + read.id() + "/assessments/"
                + read.court().sampleCaseId()}) {
            APIResponse answer = siwan.request(path);
            assertThat(answer.status()).as("siwan asks for " + path).isIn(403, 404);
            assertThat(answer.text()).doesNotContain("\"answer\":\"yes\"").doesNotContain("checked");
        }
        assertThat(siwan.request(api("/readings")).text()).doesNotContain(read.court().reference());
        String reference = read.court().reference();
        for (String history : new String[] {"/inspections/" + read.id() + "/history?case=" + reference,
                "/api/inspections/" + read.id() + "/audit?case=" + reference}) {
            APIResponse trail = siwan.request(history);
            assertThat(trail.text()).as("the case's history to siwan, " + history).doesNotContain("YES")
                    .doesNotContain("\"yes\"");
        }
    }

    private static void firstReaderCannotSeeTheSecondReading(SecondReadingScreen ifan) {
        for (String path : new String[] {read.readingPath(), api("/cases/" + read.court().sampleCaseId() + "/answers")}) {
            APIResponse answer = ifan.request(path);
            assertThat(answer.status()).as("ifan asks for " + path).isIn(403, 404);
            assertThat(answer.text()).doesNotContain("\"no\"").doesNotContain("\"NO\"");
        }
        for (String list : new String[] {api("/readings"), api("/disagreements")}) {
            APIResponse answer = ifan.request(list);
            assertThat(answer.status()).as("ifan asks for " + list).isEqualTo(200);
            assertThat(answer.text()).as(list).doesNotContain(read.court().reference());
        }
        ifan.go("/inspections/" + read.id() + "/second-reading/reconciliation");
        assertThat(ifan.main()).contains("No case has both readings submitted yet");
    }

    private static String api(String path) {
        return "/api/inspections/" + read.id() + "/second-reading" + path;
    }

    private static String firstKeyQuestion() {
        return read.app().assessments().show(read.id(), read.court().sampleCaseId()).standards().get(0)
                .keyQuestions().get(0).id();
    }

    private static SecondReadingScreen screen(String username, String path) {
        return new SecondReadingScreen(site.signedIn(username, path, BrowserSession.DESKTOP_WIDTH, true), site.base());
    }
}
