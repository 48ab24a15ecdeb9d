package org.compteassure.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Logger;
import org.compteassure.service.BusinessException;

/**
 * The fallback for a {@link BusinessException} that the page's backing bean does not catch (pages still catch the
 * ones they answer next to a field): on a postback, before anything is rendered, the exception becomes a global
 * error message keyed {@code error.<SimpleClassName>} (e.g. {@code error.ThreadClosedException}), or the generic
 * {@code error.business} when the bundle has no such key, and the same view is rendered again with what was typed.
 * Never the exception's own message (internal English) nor a stack trace. The service's transaction is already rolled
 * back ({@code @ApplicationException(rollback = true)}). Anything else, and a business exception during a GET or
 * while rendering (the response may be partly written), goes on to the error pages as before.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    static final String KEY_PREFIX = "error.";
    static final String GENERIC_KEY = "error.business";
    private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** The bundle key of an exception's message: {@code error.} and its simple class name. */
    static String key(Class<? extends BusinessException> type) {
        return KEY_PREFIX + type.getSimpleName();
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null
                && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && context.isPostback()) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                BusinessException business = businessCause(events.next().getContext().getException());
                if (business != null) {
                    events.remove();
                    String key = key(business.getClass());
                    LOG.fine(() -> "Not caught by " + context.getViewRoot().getViewId() + ": "
                            + business.getClass().getName() + " (" + business.getMessage() + ")");
                    Messages.error(Messages.exists(key) ? key : GENERIC_KEY);
                    context.renderResponse();
                }
            }
        }
        getWrapped().handle();
    }

    /** The business exception in a cause chain (Faces wraps it in FacesException and ELException), or null. */
    static BusinessException businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml, around the handler that Faces (and OmniFaces) would use otherwise. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
