package org.compteassure.web.messaging;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compteassure.service.messaging.NewAttachment;
import org.compteassure.service.messaging.ThreadMessage;

/** What a message form holds, for the insured person and for advisers alike: the text and the chosen files. */
public class MessageDraft {

    @NotBlank(message = "{ca.message.text}")
    @Size(max = ThreadMessage.MAX_LENGTH, message = "{ca.message.length}")
    private String text;

    private List<Part> files;

    public List<NewAttachment> attachments() {
        return Uploads.read(files);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
