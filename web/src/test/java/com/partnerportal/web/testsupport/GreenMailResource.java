package com.partnerportal.web.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real mail server for every {@code @QuarkusTest}: GreenMail with SMTP and IMAP on free ports of 127.0.0.1, a fresh
 * one for each start of the application (test profiles restart it); the portal's mailer is pointed at its SMTP port,
 * so every mail the tests cause really goes through SMTP. Tests read a mailbox back over IMAP with {@link #inbox}
 * (login and password: the address; any address is a mailbox).
 */
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** The config key that tells the tests the IMAP port of the running application's mail server. */
    public static final String IMAP_PORT = "portal.test.mail.imap-port";

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        ServerSetup smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getPort()),
                IMAP_PORT, String.valueOf(imap.getPort()));
    }

    /**
     * Hands the running mail server to every test field of type {@link GreenMail}, for reading mailboxes through
     * GreenMail's in-memory API ({@link #received}) rather than over IMAP.
     */
    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(greenMail, new TestInjector.MatchesType(GreenMail.class));
    }

    /**
     * The messages delivered to this address so far, read from the server's memory (no IMAP session, so no risk of
     * the GreenMail stall described at {@link #inbox}), waiting up to 90 s until there are at least {@code count}.
     */
    public static List<MimeMessage> received(GreenMail server, String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            List<MimeMessage> messages = new ArrayList<>();
            for (MimeMessage message : server.getReceivedMessages()) {
                try {
                    for (jakarta.mail.Address to : message.getAllRecipients()) {
                        if (to.toString().equalsIgnoreCase(address)) {
                            messages.add(message);
                        }
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (messages.size() >= count || System.nanoTime() > deadline) {
                if (messages.size() < count) {
                    throw new AssertionError("no " + count + " mails to " + address + " within 90 s: " + messages.size());
                }
                return messages;
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /**
     * The messages in this address's inbox on the running application's mail server, read over IMAP — once no mail
     * is being sent. GreenMail 2.1.8 can hang an SMTP session that runs while an IMAP session reads a mailbox: the
     * server then times the SMTP client out after 30 s ("421 … socket timeout") and that mail is not delivered
     * (measured: 4 of 160 sends hung with a thread reading a mailbox over IMAP in a loop, 0 of 140 without it, 0 of
     * 200 with the loop reading through GreenMail's in-memory API; docs/operations.md, "E-mail"). So the inbox is read
     * only while the portal's outbox holds no unsent mail, i.e. while no SMTP session is open.
     */
    public static List<MimeMessage> inbox(String address) {
        awaitNothingUnsent();
        int port = ConfigProvider.getConfig().getValue(IMAP_PORT, Integer.class);
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect("127.0.0.1", port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<MimeMessage> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    // A detached copy: readable after the folder is closed.
                    messages.add(new MimeMessage((MimeMessage) message));
                }
                inbox.close(false);
                return messages;
            } finally {
                store.close();
            }
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of(); // no mail has reached this address yet
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read the inbox of " + address, e);
        }
    }

    /**
     * The inbox once it holds at least {@code count} messages; fails after 90 s (a send that timed out is retried). It first waits until the portal's
     * outbox has sent everything addressed there (so the mailbox is read once delivery is over, not while GreenMail
     * is storing a message), then reads the inbox.
     */
    public static List<MimeMessage> awaitInbox(String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (unsent(address) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<MimeMessage> messages = inbox(address);
        while (messages.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            messages = inbox(address);
        }
        if (messages.size() < count) {
            throw new AssertionError("no " + count + " mails to " + address + " within 90 s: " + messages.size());
        }
        return messages;
    }

    /** Waits (90 s at most) until the portal's outbox has sent every mail: no SMTP session is open then. */
    private static void awaitNothingUnsent() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (unsentToAnyone() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long unsentToAnyone() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("select count(*) from mail_outbox where sent_at is null").getSingleResult())
                .longValue());
    }

    /** Mails to this address the portal's outbox has not sent yet. */
    public static long unsent(String address) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from mail_outbox where lower(recipient) = lower(?1)"
                        + " and sent_at is null")
                .setParameter(1, address).getSingleResult()).longValue());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
