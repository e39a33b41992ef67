package ca.imp.offerservice.reminders;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.contract.deadline.DeadlinePolicy;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.DeadlineTopic;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.deadlines.Deadlines;

/**
 * Deadline reminders and elapses reach people by email: one mail per reminder and recipient (the offer's employer
 * contact, and the employer's listed recipients), over SMTP to a real server, saying the deadline, its basis and how to
 * mark it met, and nothing of the worker.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
@QuarkusTestResource(ReminderMailServer.class)
class RemindersMailedTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String EMPLOYER = "555000111";
    private static final String CONTACT = "hr@maple-robotics.example";
    private static final String COUNSEL = "counsel@firm.example";
    private static final String BASIS = "15 days after the decision was communicated, for a judicial review of a decision made in Canada";
    private static final String SOURCE = "Immigration and Refugee Protection Act, s. 72(2)(b)";

    @Inject
    Deadlines deadlines;

    private static String submitOffer() {
        return given().auth().oauth2(TestCallers.employer(EMPLOYER)).contentType(ContentType.JSON)
                .body(EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, EMPLOYER))
                .post("/offers").then().statusCode(201).extract().path("offerNumber");
    }

    private DeadlineScheduled scheduledAndKept(String offerNumber) {
        DeadlineScheduled scheduled = new DeadlineScheduled(UUID.randomUUID(), offerNumber, offerNumber + "-1",
                "JUDICIAL_REVIEW_LEAVE", LocalDate.parse("2026-06-17"), LocalDate.parse("2026-07-02"), BASIS, SOURCE, List.of(),
                UUID.randomUUID(), new DeadlinePolicy("2026-11-28", null));
        DeadlineTopic.publish(scheduled);
        await().atMost(WITHIN).until(() -> deadlines.ofOffer(offerNumber).await().atMost(WITHIN).stream()
                .anyMatch(d -> d.deadlineId().equals(scheduled.deadlineId())));
        return scheduled;
    }

    /** The mails the server received for the event, by their deterministic Message-ID. */
    private static List<MimeMessage> mailsOf(UUID eventId) {
        return Arrays.stream(ReminderMailServer.server().getReceivedMessages())
                .filter(mail -> messageId(mail).contains("reminder." + eventId + ".")).toList();
    }

    private static List<MimeMessage> awaitMails(UUID eventId, int count) {
        return await().atMost(WITHIN).until(() -> mailsOf(eventId), mails -> mails.size() >= count);
    }

    private static String messageId(MimeMessage mail) {
        try {
            return Optional.ofNullable(mail.getMessageID()).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getAllRecipients()).map(Address::toString).reduce("", String::concat);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage to(List<MimeMessage> mails, String address) {
        return mails.stream().filter(mail -> to(mail).contains(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    /** Lists the addresses as the employer's representative does; answers the list as it now stands. */
    private static List<String> listRecipients(String... emails) {
        return given().auth().oauth2(TestCallers.representative(EMPLOYER)).contentType(ContentType.JSON)
                .body("{\"emails\": [" + String.join(", ", Arrays.stream(emails).map(e -> "\"" + e + "\"").toList()) + "]}")
                .put("/employers/" + EMPLOYER + "/reminder-recipients").then().statusCode(200)
                .extract().path("emails");
    }

    @Test
    void a_reminder_is_mailed_once_to_the_offer_contact_and_each_listed_recipient_with_the_deadline_its_basis_and_the_link_and_no_worker_data()
            throws Exception {
        listRecipients(COUNSEL);
        String offerNumber = submitOffer();
        DeadlineScheduled deadline = scheduledAndKept(offerNumber);
        DeadlineReminderDue reminder = new DeadlineReminderDue(deadline.deadlineId(), offerNumber, offerNumber + "-1",
                deadline.kind(), deadline.dueDate(), 7, Instant.parse("2026-06-25T13:00:00Z"));

        UUID eventId = DeadlineTopic.publish(reminder);
        DeadlineTopic.publish(eventId, reminder);
        List<MimeMessage> mails = awaitMails(eventId, 2);

        MimeMessage toContact = to(mails, CONTACT);
        to(mails, COUNSEL);
        String subject = subject(toContact);
        String body = GreenMailUtil.getBody(toContact);
        assertTrue(subject.contains("judicial review leave") && subject.contains("2026-07-02") && subject.contains(offerNumber),
                subject);
        for (String said : List.of("due in 7 days", "2026-07-02", "Offer: " + offerNumber, BASIS, SOURCE,
                "https://portal.example/deadlines/" + deadline.deadlineId() + "/met")) {
            assertTrue(body.contains(said), "the mail says " + said + ":\n" + body);
        }
        for (String personal : List.of("Dupont", "Camille", "1990-04-12", "19AB12345", "Dana Tremblay", "613 555")) {
            assertFalse(subject.contains(personal) || body.contains(personal), "the mail names " + personal + ":\n" + body);
        }
        assertEquals("<reminder." + eventId + ".offer-contact@reminders.imp.localhost>", messageId(toContact));

        // an elapse of the same deadline, on the same key, is consumed after both deliveries of the reminder
        UUID elapse = DeadlineTopic.publish(new DeadlineElapsed(deadline.deadlineId(), offerNumber, offerNumber + "-1",
                deadline.kind(), deadline.dueDate(), Instant.parse("2026-07-03T04:00:00Z")));
        List<MimeMessage> elapsed = awaitMails(elapse, 2);
        assertTrue(GreenMailUtil.getBody(to(elapsed, COUNSEL)).contains("has elapsed"));
        assertTrue(subject(to(elapsed, CONTACT)).startsWith("Deadline elapsed"));
        await().pollDelay(Duration.ofSeconds(2)).atMost(WITHIN).until(() -> true);
        assertEquals(2, mailsOf(eventId).size(), "the reminder delivered twice is mailed once per recipient");
        assertEquals(2, mailsOf(elapse).size());

        given().auth().oauth2(TestCallers.employer(EMPLOYER)).get("/employers/" + EMPLOYER + "/reminder-mails?size=200")
                .then().statusCode(200)
                .body("items.findAll { it.eventId == '" + eventId + "' }.delivery", equalTo(List.of("SENT", "SENT")))
                .body("items.findAll { it.eventId == '" + eventId + "' }.recipient", hasItem("LISTED_RECIPIENT"))
                .body("items.find { it.eventId == '" + elapse + "' }.elapsed", equalTo(true))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("@")));
    }

    @Test
    void a_reminder_published_days_before_it_is_read_is_not_mailed() {
        listRecipients(COUNSEL);
        String offerNumber = submitOffer();
        DeadlineScheduled deadline = scheduledAndKept(offerNumber);
        UUID stale = DeadlineTopic.publishRecordedAt(Instant.now().minus(Duration.ofDays(4)), new DeadlineReminderDue(
                deadline.deadlineId(), offerNumber, offerNumber + "-1", deadline.kind(), deadline.dueDate(), 30,
                Instant.parse("2026-06-02T13:00:00Z")));

        // a later reminder on the same key is read after it
        UUID fresh = DeadlineTopic.publish(new DeadlineReminderDue(deadline.deadlineId(), offerNumber, offerNumber + "-1",
                deadline.kind(), deadline.dueDate(), 7, Instant.now()));
        awaitMails(fresh, 2);

        assertEquals(List.of(), mailsOf(stale));
        given().auth().oauth2(TestCallers.employer(EMPLOYER)).get("/employers/" + EMPLOYER + "/reminder-mails?size=200")
                .then().statusCode(200).body("items.findAll { it.eventId == '" + stale + "' }", equalTo(List.of()));
    }

    @Test
    void an_inspections_deadline_is_mailed_to_the_employers_listed_recipients() {
        listRecipients(COUNSEL);
        String inspectionId = UUID.randomUUID().toString();
        DeadlineScheduled scheduled = DeadlineScheduled.ofInspection(UUID.randomUUID(), inspectionId, EMPLOYER,
                "PRELIMINARY_FINDING_RESPONSE_DUE", LocalDate.parse("2026-08-11"), LocalDate.parse("2026-09-10"),
                "30 days after the notice is deemed received", "R209.994", List.of(), UUID.randomUUID(),
                new DeadlinePolicy("2026-11-28", null));
        DeadlineTopic.publish(scheduled);
        await().atMost(WITHIN).until(() -> deadlines.ofEmployer(EMPLOYER).await().atMost(WITHIN).stream()
                .anyMatch(d -> d.deadlineId().equals(scheduled.deadlineId())));

        UUID eventId = DeadlineTopic.publishOfInspection(inspectionId, new DeadlineReminderDue(scheduled.deadlineId(), null, null, scheduled.kind(),
                scheduled.dueDate(), 1, Instant.parse("2026-09-09T13:00:00Z")));

        MimeMessage mail = awaitMails(eventId, 1).get(0);
        assertEquals(COUNSEL, to(mail));
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("Inspection: " + inspectionId) && body.contains("due in 1 day,") && body.contains("R209.994"), body);
    }

    @Test
    void the_recipients_are_set_and_read_by_who_acts_for_the_employer_each_address_once_and_a_bad_address_is_refused_naming_it() {
        assertEquals(List.of(COUNSEL, "Second@Firm.example"), listRecipients(COUNSEL, "Second@Firm.example", "second@firm.example"));
        given().auth().oauth2(TestCallers.employer(EMPLOYER)).get("/employers/" + EMPLOYER + "/reminder-recipients")
                .then().statusCode(200).body("emails", equalTo(List.of(COUNSEL, "Second@Firm.example")));

        given().auth().oauth2(TestCallers.employer(EMPLOYER)).contentType(ContentType.JSON)
                .body("{\"emails\": [\"counsel@firm.example\", \"not an address\"]}")
                .put("/employers/" + EMPLOYER + "/reminder-recipients").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("emails[1]"));
        given().auth().oauth2(TestCallers.employer("987654321")).get("/employers/" + EMPLOYER + "/reminder-recipients")
                .then().statusCode(404).body("rule", equalTo("employer-not-found"));
        given().auth().oauth2(TestCallers.ops()).get("/employers/" + EMPLOYER + "/reminder-recipients").then().statusCode(403);
    }
}
