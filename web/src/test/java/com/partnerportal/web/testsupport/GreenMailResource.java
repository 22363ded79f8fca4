package com.partnerportal.web.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
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

/**
 * A real mail server for every {@code @QuarkusTest}: GreenMail with SMTP and IMAP on free ports of 127.0.0.1, a fresh
 * one for each start of the application (test profiles restart it); the portal's mailer is pointed at its SMTP port,
 * so every mail the tests cause really goes through SMTP. Tests read a mailbox back with {@link #inbox}, through
 * GreenMail's in-memory API (any address is a mailbox).
 */
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** The config key that tells the tests the IMAP port of the running application's mail server. */
    public static final String IMAP_PORT = "portal.test.mail.imap-port";

    /**
     * The platform MBean through which the tests read the running mail server's mailboxes: JMX hands over only JDK
     * types, so it works whichever class loader loaded this class for the test or for the resource (a system property
     * cannot hold it: other libraries expect every system property to be a string).
     */
    static final String READER = "com.partnerportal.test:type=GreenMailMailboxes";

    /** What the MBean offers: the raw messages in an address's inbox. */
    public interface MailboxesMBean {
        byte[][] received(String address);
    }

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        ServerSetup smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        register(address -> received(address).toArray(new byte[0][]));
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
            unregister();
            greenMail.stop();
        }
    }

    /**
     * The messages in this address's inbox on the running application's mail server, read through GreenMail's
     * in-memory API — not over IMAP: GreenMail 2.1.8 can hang an SMTP session that runs while an IMAP session reads a
     * mailbox (the server then times the SMTP client out after 30 s, "421 … socket timeout", and that mail is not
     * delivered; measured: 4 of 160 sends hung with a thread reading a mailbox over IMAP in a loop, 0 of 140 without
     * it, 0 of 200 with the loop reading in memory; docs/operations.md, "E-mail"). The mailboxes are offered as a
     * platform MBean ({@value #READER}) of raw messages, so it works whichever class loader loaded this class. It first
     * waits (90 s at most) until the portal's outbox has nothing unsent, so a test that finds no mail knows that none
     * was on its way.
     */
    public static List<MimeMessage> inbox(String address) {
        awaitNothingUnsent();
        byte[][] received;
        try {
            received = (byte[][]) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(READER), "received",
                    new Object[] {address}, new String[] {String.class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("no mail server is running for the tests", e);
        }
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new ArrayList<>();
        for (byte[] raw : received) {
            try {
                messages.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
            } catch (MessagingException e) {
                throw new IllegalStateException("Cannot read a message to " + address, e);
            }
        }
        return messages;
    }

    private static void register(MailboxesMBean mailboxes) {
        try {
            unregister();
            ManagementFactory.getPlatformMBeanServer().registerMBean(
                    new StandardMBean(mailboxes, MailboxesMBean.class), new ObjectName(READER));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot offer the test mail server's mailboxes", e);
        }
    }

    private static void unregister() {
        try {
            ObjectName name = new ObjectName(READER);
            if (ManagementFactory.getPlatformMBeanServer().isRegistered(name)) {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
            }
        } catch (JMException e) {
            throw new IllegalStateException("Cannot withdraw the test mail server's mailboxes", e);
        }
    }

    /** The raw messages in the inbox of this address (any case), in the order received. */
    private List<byte[]> received(String address) {
        return greenMail.findReceivedMessages(user -> address.equalsIgnoreCase(user.getEmail()), message -> true)
                .map(message -> {
                    try {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        message.writeTo(out);
                        return out.toByteArray();
                    } catch (IOException | MessagingException e) {
                        throw new IllegalStateException("Cannot copy a message to " + address, e);
                    }
                }).toList();
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

    /** Waits (90 s at most) until the portal's outbox has sent every mail. */
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
