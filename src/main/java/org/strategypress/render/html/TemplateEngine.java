package org.strategypress.render.html;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.RenderException;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * FreeMarker, configured once and locked down: templates are read from the templates folder only, HTML
 * auto-escaping is on, {@code ?new} cannot instantiate classes, {@code ?api} is off, and every template
 * error is rethrown as a diagnostic naming the template, line and column.
 */
public final class TemplateEngine {

    private final Configuration cfg;
    private final Path templates;

    public TemplateEngine(Path templatesDir) {
        this.templates = templatesDir;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile(), false));
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error("template-error", SourcePosition.of(templatesDir),
                    "templates folder cannot be read: " + e.getMessage()));
        }
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

    /** Renders a template with the given data. Throws RenderException with the template position on any error. */
    public String render(String name, Map<String, Object> data) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter w = new StringWriter(64 * 1024);
            t.process(data, w);
            return w.toString();
        } catch (TemplateNotFoundException e) {
            throw new RenderException(Diagnostic.error("template-error", SourcePosition.of(templates.resolve(name)),
                    "template not found: " + name));
        } catch (ParseException e) {
            throw new RenderException(Diagnostic.error("template-error", position(e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber(), name), "template syntax: " + firstLine(e.getEditorMessage())));
        } catch (TemplateException e) {
            throw new RenderException(Diagnostic.error("template-error", position(e.getTemplateSourceName(),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), name),
                    firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error("template-error", SourcePosition.of(templates.resolve(name)),
                    "cannot read template: " + e.getMessage()));
        }
    }

    private SourcePosition position(String source, int line, int column, String fallback) {
        Path file = org.strategypress.load.DisplayPaths.of(templates.resolve(source == null ? fallback : source));
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

    /** The folder templates are read from. */
    public File folder() {
        return templates.toFile();
    }
}
