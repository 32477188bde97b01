package org.strategypress.render.html;

import org.strategypress.model.Rule;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.i18n.Language;
import org.strategypress.i18n.MessageException;
import org.strategypress.i18n.Messages;
import org.strategypress.i18n.TemplateMessages;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.RenderException;
import org.strategypress.render.view.Citations;
import org.strategypress.render.view.ViewWords;
import org.strategypress.render.view.DocumentView;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;

/**
 * FreeMarker, configured once and locked down: templates are read from the project's templates folder and the built-in set only ({@link TemplateSet}), HTML
 * auto-escaping is on, {@code ?new} cannot instantiate classes, {@code ?api} is off, and every template
 * error is rethrown as a diagnostic naming the template, line and column.
 */
public final class TemplateEngine {

    /** Default longest time one template may run before it is stopped (an endless list or recursion). */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("template-deadline"));

    private final Configuration cfg;
    private final TemplateSet templates;
    private final Duration deadline;
    /** The templates' own words per language tag: {@code msg(...)} and {@code msgCss(...)} (i18n/TemplateMessages). */
    private final Map<String, TemplateMessages> messages = new java.util.concurrent.ConcurrentHashMap<>();

    /** Templates from {@code templatesDir} (when it is a folder) over the built-in set. */
    public TemplateEngine(Path templatesDir) {
        this(templatesDir, DEFAULT_DEADLINE);
    }

    /** A template engine whose renders are stopped after {@code deadline}. */
    public TemplateEngine(Path templatesDir, Duration deadline) {
        this(set(templatesDir), deadline);
    }

    /** A template engine over {@code templates}, whose renders are stopped after {@code deadline}. */
    public TemplateEngine(TemplateSet templates, Duration deadline) {
        this.templates = templates;
        this.deadline = deadline;
        cfg = new InterruptibleConfiguration();
        cfg.setTemplateLoader(templates.loader());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(0);
        cfg.setNumberFormat("computer");
        cfg.setURLEscapingCharset("UTF-8");
        DefaultObjectWrapperBuilder ow = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        ow.setExposeFields(false);
        cfg.setObjectWrapper(ow.build());
    }

    private static TemplateSet set(Path dir) {
        try {
            return TemplateSet.of(dir);
        } catch (java.io.UncheckedIOException e) {
            throw new RenderException(Rule.TEMPLATE_ERROR.at(SourcePosition.of(dir),
                    "templates folder cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Renders a template with the given data, in the language of the document it is given ({@code doc.meta.language},
     * English without one). Throws RenderException with the template position on any error.
     */
    public String render(String name, Map<String, Object> data) {
        return render(name, data, data.get("doc") instanceof DocumentView d ? d.meta().language() : "en");
    }

    /**
     * Renders a template in one language: {@code msg("key", args...)} gives that language's words, and
     * {@code ?upper_case} and the like follow its rules. A missing message key is a RenderException
     * ({@code message-missing}) at the template line that asked for it, naming the key and the language.
     */
    public String render(String name, Map<String, Object> data, String language) {
        return render(name, data, language, messagesFor(language));
    }

    private TemplateMessages messagesFor(String language) {
        return messages.computeIfAbsent(language == null ? "en" : language, tag -> new TemplateMessages(templates.project(), tag));
    }

    /** The words that number annexes, tables and figures in {@code language}, from its message bundle. */
    public DocumentFinisher.CaptionWords captionWords(String language) {
        Messages m = messagesFor(language).messages();
        DocumentFinisher.CaptionWords en = DocumentFinisher.CaptionWords.ENGLISH;
        // a bundle of an older templates folder may lack a key: its English words then
        return new DocumentFinisher.CaptionWords(caption(m, "caption.annex", en.annex()),
                caption(m, "caption.table", en.table()), caption(m, "caption.figure", en.figure()));
    }

    /**
     * The message {@code key} of {@code language}'s bundle with {@code args} filled in, as {@code msg()} gives it; a
     * bundle without it is a RenderException that names the key, the language and the file to add it to.
     */
    public String message(String language, String key, Object... args) {
        try {
            return messagesFor(language).messages().format(key, args);
        } catch (MessageException e) {
            throw new RenderException(e.diagnostic());
        }
    }

    /**
     * The words the view data of {@code language} writes, from its bundle: those that name the places citing a
     * reference ("Module 1", "Annex A") and the one that writes a part of a whole ("17 of 17").
     */
    public ViewWords viewWords(String language) {
        Messages m = messagesFor(language).messages();
        Citations.Words places = new Citations.Words(caption(m, "caption.module", n -> "Module " + n), captionWords(language).annex());
        return new ViewWords(places, m.has("figure.share") ? (part, whole) -> m.format("figure.share", part, whole)
                : (part, whole) -> part + " of " + whole);
    }

    /** The bundle's message {@code key} for a number given as text, or {@code fallback} when the bundle lacks it. */
    private static UnaryOperator<String> caption(Messages m, String key, UnaryOperator<String> fallback) {
        return m.has(key) ? n -> m.format(key, n) : fallback;
    }

    /** A rendering and what it read from its data model. */
    public record Traced(String text, TemplateReads reads) {
    }

    /**
     * Renders as {@link #render(String, Map)} does, recording what the template read ({@link TemplateReads}), under
     * {@code templatesStamp} (this engine's {@link #templatesStamp()} when the rendering began).
     */
    public Traced renderTraced(String name, Map<String, Object> data, Object templatesStamp) {
        String language = languageOf(data);
        TemplateMessages words = messagesFor(language);
        TemplateReads reads = new TemplateReads(List.of(name, language, words.functions(), templatesStamp));
        TrackedModels tracked = new TrackedModels(reads, (BeansWrapper) cfg.getObjectWrapper());
        return new Traced(render(name, data, language, words, tracked::root), reads);
    }

    /**
     * Whether rendering {@code name} with {@code data} under {@code templatesStamp} would write what the rendering
     * that recorded {@code reads} wrote: the same template and words, and every read giving what it gave then
     * ({@code replay}, from {@link #replay()}, is shared by the pages of one build).
     */
    public boolean stillHold(TemplateReads reads, String name, Map<String, Object> data, Object templatesStamp,
                             TemplateReads.Replay replay) {
        String language = languageOf(data);
        TemplateMessages words = messagesFor(language);
        if (!reads.context().equals(List.of(name, language, words.functions(), templatesStamp))) return false;
        try {
            return reads.holdFor(cfg.getObjectWrapper().wrap(model(words, data)), replay);
        } catch (TemplateModelException e) {
            return false;
        }
    }

    /** A replay of recorded reads for one build's pages. */
    public TemplateReads.Replay replay() {
        return new TemplateReads.Replay(cfg.getObjectWrapper());
    }

    /** What tells a changed templates folder (see {@link TemplateSet#stamp()}). */
    public Object templatesStamp() {
        return templates.stamp();
    }

    private static String languageOf(Map<String, Object> data) {
        return data.get("doc") instanceof DocumentView d && d.meta().language() != null ? d.meta().language() : "en";
    }

    private static Map<String, Object> model(TemplateMessages words, Map<String, Object> data) {
        Map<String, Object> model = new java.util.HashMap<>(words.functions()); // the caller's data may shadow them
        model.putAll(data);
        return model;
    }

    /** What a template renders with: the data model itself, or the same recording what is read from it. */
    private interface Root {
        TemplateModel of(Map<String, Object> model) throws TemplateModelException;
    }

    private String render(String name, Map<String, Object> data, String language, TemplateMessages words) {
        return render(name, data, language, words, model -> cfg.getObjectWrapper().wrap(model));
    }

    private String render(String name, Map<String, Object> data, String language, TemplateMessages words, Root root) {
        if (language == null) language = "en";
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> stop = WATCHDOG.schedule(worker::interrupt, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Template t = cfg.getTemplate(name);
            // not a StringWriter: its StringBuffer copies a text holding non-Latin-1 letters one char at a time
            CharArrayWriter w = new CharArrayWriter(64 * 1024);
            Environment env = t.createProcessingEnvironment(root.of(model(words, data)), w);
            locale(language).ifPresent(env::setLocale);
            env.process();
            return w.toString();
        } catch (StackOverflowError e) {
            throw new RenderException(Rule.TEMPLATE_ERROR.at(SourcePosition.of(templates.displayPath(name)),
                    "template recursion too deep (a macro or function that calls itself without end?)"));
        } catch (TemplateNotFoundException e) {
            throw new RenderException(Rule.TEMPLATE_ERROR.at(SourcePosition.of(templates.displayPath(name)),
                    "template not found: " + name));
        } catch (ParseException e) {
            throw new RenderException(Rule.TEMPLATE_ERROR.at(position(e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber(), name), "template syntax: " + firstLine(e.getEditorMessage())));
        } catch (TemplateException e) {
            MessageException m = messageError(e);
            if (m != null)
                throw new RenderException(m.diagnostic(position(e.getTemplateSourceName(), e.getLineNumber() == null ? 0
                        : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), name)));
            if (stop.isDone() || interrupted(e))
                throw new RenderException(Rule.TEMPLATE_ERROR.at(position(e.getTemplateSourceName(),
                        e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), name),
                        "template stopped after " + deadline.toSeconds() + " s: an endless <#list> or recursion?"));
            throw new RenderException(Rule.TEMPLATE_ERROR.at(position(e.getTemplateSourceName(),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), name),
                    firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new RenderException(Rule.TEMPLATE_ERROR.at(SourcePosition.of(templates.displayPath(name)),
                    "cannot read template: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (stop.isDone() || interrupted(e))
                throw new RenderException(Rule.TEMPLATE_ERROR.at(SourcePosition.of(templates.displayPath(name)),
                        "template stopped after " + deadline.toSeconds() + " s: an endless <#list> or recursion?"));
            throw e;
        } finally {
            stop.cancel(false);
            Thread.interrupted(); // clear a late interrupt so it cannot hit the next stage
        }
    }

    private static MessageException messageError(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause())
            if (c instanceof MessageException m) return m;
        return null;
    }

    private static java.util.Optional<java.util.Locale> locale(String tag) {
        try {
            return java.util.Optional.of(Language.of(tag).locale());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // msg() reports the bad tag if the templates ask for words
        }
    }

    private static boolean interrupted(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause())
            if (c.getClass().getName().endsWith("TemplateProcessingThreadInterruptedException")) return true;
        return false;
    }

    /** Every template it loads, imported ones included, checks for thread interruption in loops and macros. */
    private static final class InterruptibleConfiguration extends Configuration {
        private final java.util.Set<Template> guarded = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, java.util.Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null) {
                synchronized (guarded) {
                    if (guarded.add(t)) freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
                }
            }
            return t;
        }
    }

    private SourcePosition position(String source, int line, int column, String fallback) {
        Path file = templates.displayPath(source == null ? fallback : source);
        return line <= 0 ? SourcePosition.of(file) : new SourcePosition(file, line, Math.max(1, column));
    }

    private static String firstLine(String s) {
        if (s == null) return "template error";
        String t = s.strip();
        int nl = t.indexOf("\n----");
        if (nl > 0) t = t.substring(0, nl);
        int help = t.indexOf(" Help (latest version)");
        if (help > 0) t = t.substring(0, help);
        return t.replace('\n', ' ').replaceAll("\\s+", " ");
    }

    /** The templates this engine reads: the project's folder, if any, over the built-in set. */
    public TemplateSet set() {
        return templates;
    }
}
