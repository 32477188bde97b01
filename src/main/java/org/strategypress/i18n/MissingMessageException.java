package org.strategypress.i18n;

import org.strategypress.model.Rule;
import java.nio.file.Path;

/**
 * A template asked for a message key its language's bundle does not have. Never answered with another
 * language's text or the key itself: the build stops and names the key, the language and the file to add it to.
 */
public final class MissingMessageException extends MessageException {

    private static final long serialVersionUID = 1L;

    private final String key;

    MissingMessageException(String key, String language, Path file) {
        super(Rule.MESSAGE_MISSING, language, file, "message '" + key + "' is missing for language '" + language
                + "': add it to " + file.toString().replace('\\', '/') + " (and to every other language's bundle)", null);
        this.key = key;
    }

    /** The key that was asked for. */
    public String key() {
        return key;
    }
}
