package org.strategypress.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;

/** Loading a language's messages: the project's file over the built-in one, UTF-8, ICU patterns, no fallback. */
class MessagesTest {

    private static final Language EN = Language.of("en");
    private static final Language AZ = Language.of("az");

    @TempDir
    Path templates;

    private void bundle(String language, String text) throws Exception {
        Files.createDirectories(templates.resolve("i18n"));
        Files.writeString(templates.resolve("i18n/messages_" + language + ".properties"), text, StandardCharsets.UTF_8);
    }

    @Test
    void builtInBundlesServeATemplatesFolderWithoutOne() {
        assertEquals("Contents", Messages.load(templates, EN).format("print.contents"));
        assertEquals("Mündəricat", Messages.load(templates, AZ).format("print.contents"));
        assertEquals("Cədvəl 2.1.", Messages.load(templates, AZ).format("caption.table", "2.1"));
        assertEquals("Şəkil 3.", Messages.load(templates, AZ).format("caption.figure", "3"));
    }

    @Test
    void theProjectsBundleOverridesSingleKeys() throws Exception {
        bundle("en", "print.contents=Table of contents\nproject.extra=Only here\n");
        Messages m = Messages.load(templates, EN);
        assertEquals("Table of contents", m.format("print.contents"));
        assertEquals("Only here", m.format("project.extra"));
        assertEquals("List of tables", m.format("print.listOfTables"), "the other keys still come from the built-in bundle");
    }

    @Test
    void aMissingKeyIsAnErrorNamingKeyAndLanguage() {
        MissingMessageException e = assertThrows(MissingMessageException.class,
                () -> Messages.load(templates, AZ).format("print.tableOfWonders"));
        assertEquals("print.tableOfWonders", e.key());
        assertEquals("az", e.language());
        assertTrue(e.getMessage().contains("'print.tableOfWonders'") && e.getMessage().contains("'az'"), e.getMessage());
        assertTrue(e.getMessage().contains("i18n/messages_az.properties"), e.getMessage());
        Diagnostic d = e.diagnostic();
        assertEquals("message-missing", d.code());
        assertTrue(d.isError());
        assertEquals(templates.resolve("i18n/messages_az.properties"), d.at().file());
    }

    @Test
    void aKeyOnlyInEnglishIsNotAnsweredInEnglish() throws Exception {
        bundle("en", "only.english=Only English\n");
        assertEquals("Only English", Messages.load(templates, EN).format("only.english"));
        assertThrows(MissingMessageException.class, () -> Messages.load(templates, AZ).format("only.english"));
    }

    @Test
    void aLanguageWithoutABundleIsAnError() {
        MessageException e = assertThrows(MessageException.class, () -> Messages.load(templates, Language.of("fr")));
        assertEquals("fr", e.language());
        assertEquals("message-bundle", e.diagnostic().code());
        assertTrue(e.getMessage().contains("'fr'") && e.getMessage().contains("messages_fr.properties"), e.getMessage());
    }

    @Test
    void aProjectMayAddALanguage() throws Exception {
        bundle("tr", "print.contents=İçindekiler\n");
        Messages m = Messages.load(templates, Language.of("tr"));
        assertEquals("İçindekiler", m.format("print.contents"));
        assertThrows(MissingMessageException.class, () -> m.format("print.listOfTables"));
    }

    @Test
    void bundlesAreReadAsUtf8AndNothingElse() throws Exception {
        bundle("az", "print.contents=Mündəricat\nword=ş\u00ADə\u00ADkil\n");
        assertEquals("Mündəricat", Messages.load(templates, AZ).format("print.contents"));
        assertEquals("ş\u00ADə\u00ADkil", Messages.load(templates, AZ).format("word"), "soft hyphens are kept");
        // Latin-1 \u00fc: not UTF-8, so an error rather than a wrong letter
        Files.write(templates.resolve("i18n/messages_az.properties"), new byte[] {'k', '=', (byte) 0xFC, '\n'});
        MessageException e = assertThrows(MessageException.class, () -> Messages.load(templates, AZ));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void pluralsAndNumbersFollowTheLanguage() throws Exception {
        Messages en = Messages.load(templates, EN);
        assertEquals("1 warning or note", en.format("index.warnings", 1));
        assertEquals("3 warnings and notes", en.format("index.warnings", 3));
        assertEquals("0 errors", en.format("index.errors", 0));
        Messages az = Messages.load(templates, AZ);
        assertEquals("1 xəbərdarlıq və ya qeyd", az.format("index.warnings", 1));
        assertEquals("3 xəbərdarlıq və qeyd", az.format("index.warnings", 3));
        bundle("az", "share={0,number} faiz, {1,plural,one{# səhifə} other{# səhifə}}\n");
        assertEquals("1.234,5 faiz, 2 səhifə", Messages.load(templates, AZ).format("share", 1234.5, 2));
    }

    @Test
    void theArgumentsMustFitTheMessage() {
        Messages en = Messages.load(templates, EN);
        assertEquals(2, en.arguments("print.page"));
        assertEquals("page 3 of 65", en.format("print.page", "3", "65"));
        MessageException e = assertThrows(MessageException.class, () -> en.format("print.page", "3"));
        assertEquals("message-arguments", e.diagnostic().code());
        assertTrue(e.getMessage().contains("'print.page'") && e.getMessage().contains("takes 2"), e.getMessage());
    }

    @Test
    void aMalformedPatternIsAnErrorNamingItsKey() throws Exception {
        bundle("en", "broken=Page {0 of {1}\n");
        MessageException e = assertThrows(MessageException.class, () -> Messages.load(templates, EN));
        assertTrue(e.getMessage().contains("'broken'") && e.getMessage().contains("'en'"), e.getMessage());
        bundle("en", "named=Hello {name}\n");
        assertThrows(MessageException.class, () -> Messages.load(templates, EN));
    }

    @Test
    void anApostropheIsPlainText() throws Exception {
        bundle("en", "apostrophe=The strategy's KPIs\n");
        Messages m = Messages.load(templates, EN);
        assertEquals("The strategy's KPIs", m.format("apostrophe"));
        assertFalse(m.has("nothing.here"));
    }
}
