package org.multisitecrm.web;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.MailSink;
import org.multisitecrm.testing.MailingFixture;
import org.multisitecrm.testing.NorthBrowserTest;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * North's branch manager writes a mailing in the back office: chooses a group, previews it with her own
 * tokens, sends herself a test, sends it, and watches it complete with its report; the list shows it.
 */
class MailingPagesBrowserIT extends NorthBrowserTest {

    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";

    @Test
    void aMailingIsWrittenPreviewedTestedSentAndWatchedToTheEnd() {
        MailingFixture fixture = new MailingFixture(server);
        try (MailSink sink = new MailSink()) {
            api.ok(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"mailing_backend\":" + sink.backend() + "}}");
            long reader = fixture.person(NORTH, NORTH_KEY, "Rita", "rita", "");
            fixture.group(NORTH, NORTH_KEY, "Page readers", reader);
            String groupTitle = "Page readers " + fixture.run();

            browser.open(menuLink("mailing/mailing.xhtml"));
            browser.await("the form", d -> browser.has("#mailing\\:name"));
            browser.find("#mailing\\:name").sendKeys("Autumn news " + fixture.run());
            browser.find("#mailing\\:subject").sendKeys("News for {contact.first_name} from {domain.name}");
            browser.choose("#mailing\\:include", groupTitle);
            browser.find("#mailing\\:body_html").sendKeys("<p>Hello {contact.display_name}</p>");
            browser.find("#mailing\\:body_text").sendKeys("Hello {contact.display_name}. Leave: {action.unsubscribeUrl}");
            Axe.assertAccessible(browser, "new mailing");
            browser.find("#mailing\\:save").click();
            browser.await("the saved draft", d -> browser.has("#mailing\\:preview"));

            browser.find("#mailing\\:preview").click();
            browser.await("the preview", d -> browser.has("#preview-subject"));
            assertEquals("News for Nina from Branch North", browser.text("#preview-subject"), "the signed-in manager's own tokens");

            browser.find("#mailing\\:test_email").sendKeys("nina@branches.example");
            browser.find("#mailing\\:send-test").click();
            browser.await("the test's outcome", d -> browser.bodyText().contains("Test to nina@branches.example: sent"));
            assertEquals("News for Nina from Branch North", subject(sink.await(1, Duration.ofSeconds(10)).get(0)));

            browser.find("#mailing\\:schedule").click();
            browser.await("scheduled", d -> browser.has("#status") && !browser.text("#status").equals("Draft"));
            fixture.send(NORTH, NORTH_KEY);
            browser.await("the poll showing it complete", d -> browser.text("#status").equals("Complete"));
            assertEquals("1", browser.text("#delivered"));
            Axe.assertAccessible(browser, "sent mailing");
            browser.screenshot("backoffice-mailing");
            List<MimeMessage> sent = sink.await(2, Duration.ofSeconds(10));
            assertEquals(fixture.address("rita"), MailSink.recipient(sent.get(1)));

            browser.open(menuLink("mailing/list.xhtml"));
            browser.await("the list", d -> browser.has("#mailings\\:mailing-list"));
            assertTrue(browser.bodyText().contains("Autumn news " + fixture.run()), browser.bodyText());
            assertTrue(browser.bodyText().contains("1 delivered, 0 failed of 1"), browser.bodyText());
        } finally {
            api.ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"mailing_backend\"]}");
            fixture.cleanUp(HEAD, ADMIN_KEY);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
