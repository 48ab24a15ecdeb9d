package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.code.ApiScopes;
import org.compteassure.service.messaging.AttachmentFile;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.messaging.MessagingService.ThreadView;
import org.compteassure.service.messaging.NewAttachment;
import org.compteassure.service.messaging.ThreadLine;
import org.compteassure.web.platform.ApiBodies;
import org.compteassure.web.platform.ApiScope;

/**
 * « Ma messagerie » for applications, through {@link MessagingService} as the pages: the threads, one thread (which
 * marks its replies read, as opening it does), a new thread, a reply, and an attachment's file. Files come in
 * base64 inside the JSON; the service checks their kind and size as it does for the pages' uploads.
 */
@Path("/v1/fils")
@ApiScope(ApiScopes.MESSAGES)
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsApi {

    @EJB
    private MessagingService messaging;

    /** A file sent with a message: its name and its bytes in base64. */
    public record File(String name, String content) {
    }

    /** A new thread: its subject (one a person may pick), the first message, its files (at most 3). */
    public record NewThread(Subject subject, String text, List<File> files) {
    }

    /** A reply in a thread. */
    public record Reply(String text, List<File> files) {
    }

    /** Where the new thread is. */
    public record Created(long id) {
    }

    @GET
    public List<ThreadLine> list() {
        return messaging.threads();
    }

    @GET
    @Path("/{id}")
    public ThreadView read(@PathParam("id") long id) {
        return messaging.read(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(String body) {
        NewThread asked = ApiBodies.read(body, NewThread.class);
        long id = messaging.write(asked.subject(), asked.text(), files(asked.files()));
        return Response.status(201).header("Location", "/api/v1/fils/" + id).entity(new Created(id)).build();
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long id, String body) {
        Reply asked = ApiBodies.read(body, Reply.class);
        messaging.reply(id, asked.text(), files(asked.files()));
        return Response.status(201).entity(messaging.read(id)).build();
    }

    @GET
    @Path("/pieces-jointes/{id}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id) {
        AttachmentFile file = messaging.attachment(id);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static List<NewAttachment> files(List<File> files) {
        if (files == null) {
            return List.of();
        }
        try {
            return files.stream().map(f -> new NewAttachment(f.name(),
                    Base64.getDecoder().decode(f.content() == null ? "" : f.content()))).toList();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiBodies.Unreadable();
        }
    }
}
