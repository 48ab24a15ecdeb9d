package org.compteassure.service.account;

/** How a person wants one kind of notice. */
public enum NoticeChannel {
    EMAIL, LETTER, BOTH;

    public boolean email() {
        return this != LETTER;
    }

    public boolean letter() {
        return this != EMAIL;
    }

    public static NoticeChannel of(boolean email, boolean letter) {
        return email && letter ? BOTH : email ? EMAIL : LETTER;
    }
}
