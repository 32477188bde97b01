package org.strategypress.i18n;

import org.strategypress.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * The message bundle of one language as FreeMarker functions, for a templates folder:
 * <ul>
 *   <li>{@code ${msg("toc.title")}}, {@code ${msg("meta.version", m.version)}}: the message as text, which
 *       FreeMarker escapes like any other text;</li>
 *   <li>{@code ${msgCss("print.page", "counter(page)", "counter(pages)")}} inside a {@code <style>}: the message
 *       as a CSS {@code content} value, its words quoted as CSS strings and the arguments left as CSS
 *       ({@code "page " counter(page) " of " counter(pages)}).</li>
 *   <li>{@code hasMsg("kind." + kind)}: whether the bundle has the key, for words of things a project may add
 *       (a kind of its own) that have a fallback of their own.</li>
 * </ul>
 * Arguments: strings, numbers (formatted by the language's rules where the pattern says {@code {0,number}} or
 * {@code plural}; a plain {@code {0}} given a number formats it too, so pass years and ids as strings with
 * {@code ?c}), booleans and dates.
 *
 * <p>The bundle is read when a template first asks for a message (a templates folder that never calls
 * {@code msg} needs no bundle), and read again when the project's bundle file changes (the preview server
 * keeps one engine). An error is thrown as a {@link TemplateModelException} whose cause is the
 * {@link MessageException}, which names the key and the language. Thread-safe.
 */
public final class TemplateMessages {

    private final Path templatesDir;
    private final String tag;
    private volatile Loaded loaded;

    /** The messages of the language {@code tag} (strategy.yaml's {@code language}) for the templates in {@code templatesDir}. */
    public TemplateMessages(Path templatesDir, String tag) {
        this.templatesDir = templatesDir;
        this.tag = tag;
    }

    /** The language these functions speak. */
    public String languageTag() {
        return tag;
    }

    /**
     * The functions to put into a template's data model ({@code msg}, {@code msgCss}, {@code hasMsg}), bound to the bundle as it
     * is on disk now.
     */
    public Map<String, TemplateModel> functions() {
        Object stamp = stamp();
        Loaded l = loaded;
        if (l == null || !l.stamp.equals(stamp)) {
            synchronized (this) {
                l = loaded;
                if (l == null || !l.stamp.equals(stamp)) loaded = l = new Loaded(stamp, templatesDir, tag);
            }
        }
        return l.functions;
    }

    /** The bundle itself, read if it was not yet (for callers outside templates). */
    public Messages messages() {
        return ((Loaded.Msg) functions().get("msg")).owner.messages();
    }

    /** What tells a changed project bundle: its size and time, or that it is absent or unparsable as a tag. */
    private Object stamp() {
        try {
            Path f = Messages.fileFor(templatesDir, Language.of(tag));
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return List.of(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return "absent";
        } catch (IllegalArgumentException e) {
            return "bad tag";
        }
    }

    /** The bundle of one stamp, read on first use; a failure to read it is kept and thrown at every use. */
    private static final class Loaded {
        final Object stamp;
        final Map<String, TemplateModel> functions;
        private final Path templatesDir;
        private final String tag;
        private volatile Messages messages;
        private MessageException failure;

        Loaded(Object stamp, Path templatesDir, String tag) {
            this.stamp = stamp;
            this.templatesDir = templatesDir;
            this.tag = tag;
            this.functions = Map.of("msg", new Msg(this), "msgCss", new MsgCss(this), "hasMsg", (TemplateMethodModelEx) this::has);
        }

        Messages messages() {
            Messages m = messages;
            if (m != null) return m;
            synchronized (this) {
                if (messages == null && failure == null) {
                    try {
                        messages = Messages.load(templatesDir, language());
                    } catch (MessageException e) {
                        failure = e;
                    }
                }
                if (failure != null) throw failure;
                return messages;
            }
        }

        private Language language() {
            try {
                return Language.of(tag);
            } catch (IllegalArgumentException e) {
                throw new MessageException(Rule.MESSAGE_BUNDLE, String.valueOf(tag), (templatesDir == null ? Path.of("templates") : templatesDir).resolve(Messages.FOLDER),
                        "the strategy's language '" + tag + "' is not a BCP 47 language tag (en, az, az-Latn-AZ)", e);
            }
        }

        /** {@code hasMsg(key)}: true when the bundle has the key. */
        private Object has(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel k))
                throw new TemplateModelException("hasMsg() needs one message key, e.g. hasMsg(\"kind.risks\")");
            try {
                return messages().has(k.getAsString()) ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            } catch (MessageException e) {
                throw new TemplateModelException(e.getMessage(), e);
            }
        }

        /** The message of {@code msg(...)} or {@code msgCss(...)}: text, or markup when an argument is markup. */
        Object format(List<?> arguments, boolean css) throws TemplateModelException {
            String function = css ? "msgCss" : "msg";
            if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel k))
                throw new TemplateModelException(function + "() needs a message key as its first argument, e.g. "
                        + function + "(\"print.contents\")");
            String key = k.getAsString();
            Object[] args = new Object[arguments.size() - 1];
            boolean markup = css;
            for (int i = 1; i < arguments.size(); i++) {
                TemplateModel m = (TemplateModel) arguments.get(i);
                try {
                    if (css) {
                        if (!(m instanceof TemplateScalarModel s))
                            throw new IllegalArgumentException("must be CSS text such as \"counter(page)\"");
                        args[i - 1] = MarkedArguments.markCss(s.getAsString());
                    } else if (m instanceof TemplateMarkupOutputModel<?> mo) {
                        args[i - 1] = MarkedArguments.mark(markupOf(mo));
                        markup = true;
                    } else {
                        args[i - 1] = plain(m);
                    }
                } catch (IllegalArgumentException e) {
                    throw new TemplateModelException(function + "(\"" + key + "\"): argument " + i + " " + e.getMessage(), e);
                }
            }
            String formatted;
            try {
                formatted = messages().format(key, args);
            } catch (MessageException e) {
                throw new TemplateModelException(e.getMessage(), e);
            } catch (IllegalArgumentException e) { // ICU: an argument of the wrong kind for its format
                throw new TemplateModelException("message '" + key + "' of language '" + tag + "': " + e.getMessage(), e);
            }
            if (css) return HTMLOutputFormat.INSTANCE.fromMarkup(MarkedArguments.toCss(formatted));
            return markup ? HTMLOutputFormat.INSTANCE.fromMarkup(MarkedArguments.toHtml(formatted)) : formatted;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static String markupOf(TemplateMarkupOutputModel<?> mo) throws TemplateModelException {
            if (mo.getOutputFormat() != HTMLOutputFormat.INSTANCE)
                throw new IllegalArgumentException("is " + mo.getOutputFormat().getName() + " markup, not HTML");
            return ((freemarker.core.MarkupOutputFormat) mo.getOutputFormat()).getMarkupString(mo);
        }

        private static Object plain(TemplateModel m) throws TemplateModelException {
            if (m instanceof TemplateNumberModel n) return n.getAsNumber();
            if (m instanceof TemplateScalarModel s) return s.getAsString();
            if (m instanceof TemplateDateModel d) return d.getAsDate();
            if (m instanceof TemplateBooleanModel b) return String.valueOf(b.getAsBoolean());
            throw new IllegalArgumentException("must be text, a number, a date or markup");
        }

        /** {@code msg(key, args...)}: the message as text. */
        static final class Msg implements TemplateMethodModelEx {
            final Loaded owner;

            Msg(Loaded owner) {
                this.owner = owner;
            }

            @Override
            public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
                return owner.format(arguments, false);
            }
        }

        /** {@code msgCss(key, css...)}: the message as a CSS content value, inserted as it is (not escaped as HTML). */
        static final class MsgCss implements TemplateMethodModelEx {
            final Loaded owner;

            MsgCss(Loaded owner) {
                this.owner = owner;
            }

            @Override
            public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
                return owner.format(arguments, true);
            }
        }
    }
}
