package org.compteassure.web.platform;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.compteassure.service.NotFoundException;

/**
 * A view-scoped page that names one object in its address ({@code ?id=…}): the id is checked once on arrival,
 * then kept in the view, and what it names is read again from the service whenever a request needs it (never kept
 * across requests: it is not small, and the service logs each opening).
 *
 * @param <T> the record the service hands the page
 */
public abstract class ObjectPage<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private long objectId;
    private transient T object;

    /**
     * The page's {@code f:viewAction}: on the first GET, loads what the id names; a malformed id, or one the service
     * does not find for this caller, answers 404 like a page that does not exist. Postbacks keep the id checked on
     * arrival.
     */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            objectId = Long.parseLong(id == null ? "" : id);
            object = fetch(objectId);
        } catch (NumberFormatException | NotFoundException e) {
            Http.sendError(404);
        }
    }

    /** What the id names, as the service hands it to this caller. */
    protected abstract T fetch(long id);

    /** The page's own path, e.g. {@code /conseiller/dossier}, to come back to after an action. */
    protected abstract String path();

    protected T object() {
        if (object == null) {
            object = fetch(objectId);
        }
        return object;
    }

    protected long objectId() {
        return objectId;
    }

    /** Reads it again on next use: an action failed and the page shows it once more, without a redirect. */
    protected void forget() {
        object = null;
    }

    /** Back to this page after an action (Post-Redirect-Get), so that reloading it never repeats the action. */
    protected String again() {
        return Http.redirect(path() + "?id=" + objectId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
