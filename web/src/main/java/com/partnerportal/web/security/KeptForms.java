package com.partnerportal.web.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * An expired session does not eat a form (issue 17, point 10). Expired tokens are refreshed on the request itself
 * ({@code quarkus.oidc.token.refresh-expired}); this covers the rest — the identity provider's own session has ended,
 * so a form sent now goes to the login, and the login comes back with a GET of the form's URL:
 * <ol>
 * <li><b>Read before authentication</b> (filter, priority {@value #READ_PRIORITY}, before authentication's 200): the
 * body of a page's form POST ({@code application/x-www-form-urlencoded}, at most {@code portal.http.max-body-size},
 * never {@code /api/**} or the imports) is read and parsed by Vert.x before the login can intervene; the REST layer
 * takes its fields from there as it would from the wire.</li>
 * <li><b>Kept when the login takes over</b> ({@link #filter}, on the redirect to the identity provider only): the
 * fields (without the CSRF token) go into a cookie, {@code portal-kept-form}: AES-GCM encrypted and authenticated
 * with a key of the portal's (so it can be neither read nor forged by the browser or on the way), for
 * {@link #KEPT_FOR}, with the form's path, the page it was sent from ({@code Referer}, same origin only) and the
 * {@code portal-form-owner} tag — a keyed hash of the signed-in subject that every authenticated page request keeps
 * current (filter, priority {@value #OWNER_PRIORITY}).</li>
 * <li><b>Given back after the login</b> (same filter): the GET of the kept form's path is answered with a 303 to
 * the page it was sent from — never a 405, and the POST is never replayed: sending needs the button again, with the
 * fresh page's CSRF token. That page shows the text again ({@link #keptFor}: only to the same subject, only on that
 * page, only until it expires) and drops the cookie.</li>
 * </ol>
 * A form too large for the cookies ({@value #MAX_CHUNKS} of {@value #CHUNK_CHARS} characters) is not kept; the GET
 * still goes back to its page.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class KeptForms implements OidcRedirectFilter {

    private static final Logger LOG = Logger.getLogger(KeptForms.class);

    /** Before authentication (200): the body is read while nothing has answered yet. */
    static final int READ_PRIORITY = 250;
    /** After authentication (200), before the API's 401 (120) and the permission check (100). */
    static final int OWNER_PRIORITY = 190;

    static final String COOKIE = "portal-kept-form";
    static final String OWNER_COOKIE = "portal-form-owner";
    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    static final int CHUNK_CHARS = 3800;
    static final int MAX_CHUNKS = 4;
    /** Marks a request whose form body this class read before authentication. */
    static final String READ = KeptForms.class.getName() + ".read";
    static final String CSRF_FIELD = "csrf-token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A form kept across a login: where it was going, the page it came from, whose it is, its fields, until when. */
    public record KeptForm(String path, String from, String owner, Map<String, List<String>> fields, long expires) {

        /** The first value of a field, or null. */
        public String first(String name) {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The last segment of the form's path: the action ({@code reject}, {@code request-changes} …). */
        public String action() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    @ConfigProperty(name = "portal.http.max-body-size")
    MemorySize maxBody;

    /** The key's source: {@code portal.forms.key}, else the OIDC client secret (shared by every node). */
    @ConfigProperty(name = "portal.forms.key")
    Optional<String> configuredKey;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    Optional<String> clientSecret;

    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "false")
    boolean secureCookies;

    Clock clock = Clock.systemUTC();

    private SecretKey key;
    private BodyHandler bodies;

    @PostConstruct
    void init() {
        Optional<String> secret = configuredKey.filter(s -> !s.isBlank())
                .or(() -> clientSecret.filter(s -> !s.isBlank()));
        byte[] material;
        if (secret.isPresent()) {
            material = sha256(("portal kept forms v1\0" + secret.get()).getBytes(StandardCharsets.UTF_8));
        } else {
            material = new byte[32];
            RANDOM.nextBytes(material);
            LOG.warn("Kept forms: neither portal.forms.key nor an OIDC client secret is set; a form kept across a"
                    + " login is given back only by the node that kept it");
        }
        key = new SecretKeySpec(material, "AES");
        bodies = BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()).setMergeFormAttributes(false);
    }

    void register(@Observes Filters filters) {
        filters.register(this::read, READ_PRIORITY);
        filters.register(this::afterAuthentication, OWNER_PRIORITY);
    }

    /** A page's form POST whose body this class reads before authentication. */
    boolean keepable(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST || !isPage(context.normalizedPath())) {
            return false;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            long announced = length == null ? -1 : Long.parseLong(length.strip());
            return announced > 0 && announced <= maxBody.asLongValue();
        } catch (NumberFormatException e) {
            return false; // BodyLimits answers it
        }
    }

    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && !BodyLimits.isImport(path);
    }

    private void read(RoutingContext context) {
        if (!keepable(context)) {
            context.next();
            return;
        }
        context.put(READ, Boolean.TRUE);
        bodies.handle(context); // reads and parses the form, then goes on (context.next())
    }

    // ---------------------------------------------------------------------------------------------------------
    // Keeping: on the redirect to the identity provider's login

    @Override
    public void filter(OidcRedirectContext redirect) {
        RoutingContext context = redirect.routingContext();
        if (!Boolean.TRUE.equals(context.get(READ))) {
            return;
        }
        Cookie owner = context.request().getCookie(OWNER_COOKIE);
        if (owner == null) {
            return; // no subject to tie the text to: not kept
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String name : context.request().formAttributes().names()) {
            if (!name.equals(CSRF_FIELD)) {
                fields.put(name, List.copyOf(context.request().formAttributes().getAll(name)));
            }
        }
        if (fields.isEmpty()) {
            return;
        }
        KeptForm kept = new KeptForm(context.normalizedPath(), sameOriginPath(context), owner.getValue(), fields,
                clock.instant().plus(KEPT_FOR).getEpochSecond());
        List<String> chunks = chunks(seal(kept));
        if (chunks.size() > MAX_CHUNKS) {
            LOG.infof("Kept forms: the form sent to %s is too large to keep across the login", kept.path());
            return;
        }
        for (int i = 0; i < MAX_CHUNKS; i++) {
            context.response().addCookie(i < chunks.size()
                    ? cookie(COOKIE + i, chunks.get(i), KEPT_FOR.toSeconds())
                    : cookie(COOKIE + i, "", 0));
        }
    }

    /** The path of the page the form was sent from, when the browser said so and it is this portal's. */
    private static String sameOriginPath(RoutingContext context) {
        String referer = context.request().getHeader(HttpHeaders.REFERER);
        String host = context.request().authority() == null ? null : context.request().authority().toString();
        if (referer == null || host == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String authority = from.getRawAuthority();
            if (authority == null || !authority.equalsIgnoreCase(host) || from.getRawPath() == null
                    || !from.getRawPath().startsWith("/") || from.getRawPath().startsWith("//")) {
                return null;
            }
            return from.getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // After authentication: the owner tag, and the GET of a kept form's path

    private void afterAuthentication(RoutingContext context) {
        Optional<String> subject = subject(context);
        if (subject.isEmpty() || !isPage(context.normalizedPath())) {
            context.next();
            return;
        }
        String tag = ownerTag(subject.get());
        Cookie current = context.request().getCookie(OWNER_COOKIE);
        if (current == null || !current.getValue().equals(tag)) {
            context.response().addCookie(cookie(OWNER_COOKIE, tag, -1));
        }
        if (context.request().method() == HttpMethod.GET) {
            Optional<KeptForm> kept = open(context);
            if (kept.isPresent() && kept.get().path().equals(context.normalizedPath())) {
                if (!kept.get().owner().equals(tag)) {
                    forget(context); // someone else signed in: not theirs to see
                }
                context.response().setStatusCode(303)
                        .putHeader(HttpHeaders.LOCATION, kept.get().from() == null ? "/" : kept.get().from())
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
                return;
            }
        }
        context.next();
    }

    private static Optional<String> subject(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                && !jwt.getSubject().isBlank()) {
            return Optional.of(jwt.getSubject());
        }
        return Optional.empty();
    }

    /**
     * The form kept for this page ({@code page}, the path being rendered) and this signed-in subject, if any: its
     * text is shown again on the page that sent it, to whoever sent it, until it expires.
     */
    public Optional<KeptForm> keptFor(RoutingContext context, String page) {
        Optional<String> subject = subject(context);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        String tag = ownerTag(subject.get());
        return open(context).filter(k -> k.owner().equals(tag) && page.equals(k.from()));
    }

    /** Drops the kept form (its text is on the page now, or it is not this user's). */
    public void forget(RoutingContext context) {
        for (int i = 0; i < MAX_CHUNKS; i++) {
            if (context.request().getCookie(COOKIE + i) != null) {
                context.response().addCookie(cookie(COOKIE + i, "", 0));
            }
        }
    }

    /** The kept form of this request's cookies, if they hold one this portal sealed that has not expired. */
    Optional<KeptForm> open(RoutingContext context) {
        StringBuilder sealed = new StringBuilder();
        for (int i = 0; i < MAX_CHUNKS; i++) {
            Cookie chunk = context.request().getCookie(COOKIE + i);
            if (chunk == null || chunk.getValue().isEmpty()) {
                break;
            }
            sealed.append(chunk.getValue());
        }
        return sealed.isEmpty() ? Optional.empty() : unseal(sealed.toString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sealing

    /** A keyed hash of the subject: ties a kept form to whoever was signed in, without naming them. */
    String ownerTag(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("owner\0" + subject).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON, deflated, AES-GCM with a random 96-bit nonce, base64url. */
    String seal(KeptForm kept) {
        try {
            byte[] plain = deflate(JSON.writeValueAsBytes(kept));
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(COOKIE.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the form", e);
        }
    }

    /** The kept form, if the text was sealed with this portal's key and has not expired; otherwise empty. */
    Optional<KeptForm> unseal(String text) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(text);
            if (all.length < 12 + 16) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            cipher.updateAAD(COOKIE.getBytes(StandardCharsets.UTF_8));
            byte[] plain = inflate(cipher.doFinal(all, 12, all.length - 12));
            KeptForm kept = JSON.readValue(plain, KeptForm.class);
            return kept.expires() < clock.instant().getEpochSecond() ? Optional.empty() : Optional.of(kept);
        } catch (IllegalArgumentException | GeneralSecurityException | IOException | DataFormatException e) {
            return Optional.empty(); // not ours, tampered with, or from an older key
        }
    }

    private static List<String> chunks(String sealed) {
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < sealed.length(); from += CHUNK_CHARS) {
            chunks.add(sealed.substring(from, Math.min(sealed.length(), from + CHUNK_CHARS)));
        }
        return chunks;
    }

    /** maxAge seconds; 0 removes the cookie; negative: for the browser session. */
    private Cookie cookie(String name, String value, long maxAge) {
        Cookie cookie = Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSecure(secureCookies)
                .setSameSite(CookieSameSite.LAX);
        if (maxAge >= 0) {
            cookie.setMaxAge(maxAge);
        }
        return cookie;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            out.write(buffer, 0, n);
            if (out.size() > 4 * 1024 * 1024) {
                throw new DataFormatException("too large");
            }
        }
        inflater.end();
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
