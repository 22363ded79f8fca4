package com.partnerportal.web.admin;

import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.imports.AcrCsvImportService;
import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import com.partnerportal.web.imports.ImportResult;
import com.partnerportal.web.imports.Imports;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Program admins' imports from the browser: an evidence v1 JSON file or an ACR CSV file. Each import is all or
 * nothing: the page shows what it did, or every validation message (400) with nothing written.
 */
@Path("/admin/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class ImportsResource {

    /** The imports page: the two upload forms and, after an upload, its result or its problems. */
    public record ImportsView(String form, String fileName, ImportResult evidence, AcrImportResult acr, String detail,
            List<String> problems) {

        static ImportsView empty() {
            return new ImportsView(null, null, null, null, null, List.of());
        }

        public String acrHeader() {
            return AcrCsvImportService.HEADER;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(ImportsView view);
    }

    @Inject
    Imports imports;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance page() {
        return Templates.imports(ImportsView.empty());
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response evidence(@RestForm("file") FileUpload file, @RestForm String verifiedSource) {
        return upload("evidence", file, name -> new ImportsView("evidence", name,
                evidence(file, name, verifiedSource), null, null, List.of()));
    }

    @POST
    @Path("acr")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response acr(@RestForm("file") FileUpload file) {
        return upload("acr", file, name -> {
            try (InputStream in = Files.newInputStream(file.uploadedFile());
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                         .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                return new ImportsView("acr", name, null, imports.acr(reader, user.actor(), "browser upload " + name),
                        null, List.of());
            } catch (IOException e) {
                throw ProblemException.badRequest("The file could not be read; nothing was imported.",
                        List.of("file: " + e.getMessage()));
            }
        });
    }

    /** One upload of either form: the page with the import's result, or (400) with its problems. */
    private Response upload(String form, FileUpload file, Function<String, ImportsView> importing) {
        String name = fileName(file);
        try {
            requireFile(file);
            return Response.ok(Templates.imports(importing.apply(name))).build();
        } catch (ProblemException e) {
            return rejected(form, name, e);
        }
    }

    private static Response rejected(String form, String name, ProblemException e) {
        if (e.problem().status() != 400) {
            throw e;
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.imports(new ImportsView(form, name, null,
                null, e.problem().detail(), e.problem().errors()))).build();
    }

    private static void requireFile(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw ProblemException.badRequest("No file was uploaded; nothing was imported.",
                    List.of("file: choose a file to upload"));
        }
    }

    /** The uploaded file (on disk) read as it streams, like the API's body. */
    private ImportResult evidence(FileUpload file, String name, String verifiedSource) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return imports.evidence(in, user.actor(), "browser upload " + name, Imports.verifiedSource(verifiedSource));
        } catch (IOException e) {
            throw ProblemException.badRequest("The file could not be read; nothing was imported.",
                    List.of("file: " + e.getMessage()));
        }
    }

    /** The uploaded file's name, shortened, for the page and the audit trail. */
    private static String fileName(FileUpload file) {
        String name = file == null || file.fileName() == null || file.fileName().isBlank() ? "(no name)"
                : file.fileName().strip();
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }
}
