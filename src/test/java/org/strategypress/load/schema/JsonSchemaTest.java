package org.strategypress.load.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed JSON Schemas are the generated ones; the sample and the press init content validate against them. */
class JsonSchemaTest {

    private static final Path COMMITTED = Path.of("schema");
    private static final Path SAMPLE = Path.of("content");
    private static final Path SCAFFOLD = Path.of("src/main/resources/strategy-press/init/content");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void committedSchemasAreTheGeneratedOnes() throws IOException {
        for (Map.Entry<String, String> e : JsonSchemaWriter.schemas().entrySet())
            assertEquals(e.getValue(), Files.readString(COMMITTED.resolve(e.getKey()), StandardCharsets.UTF_8),
                    () -> "schema/" + e.getKey() + " is out of date: run `press schema --out schema` and commit it");
    }

    @Test
    void sampleEntityFilesValidate() throws IOException {
        entityFilesValidate(SAMPLE);
    }

    @Test
    void pressInitEntityFilesValidate() throws IOException {
        entityFilesValidate(SCAFFOLD);
        assertValid(schema(JsonSchemaWriter.STRATEGY), SCAFFOLD.resolve("strategy.yaml"));
    }

    private static void entityFilesValidate(Path content) throws IOException {
        Schema schema = schema(JsonSchemaWriter.CONTENT);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("strategy.yaml"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 5, "the entity files are found");
        for (Path f : files) assertValid(schema, f);
    }

    @Test
    void sampleStrategyYamlValidates() throws IOException {
        assertValid(schema(JsonSchemaWriter.STRATEGY), SAMPLE.resolve("strategy.yaml"));
    }

    @Test
    void schemaRejectsWhatTheLoaderRejects() {
        Schema schema = schema(JsonSchemaWriter.CONTENT);
        assertFalse(errors(schema, "gapz: []\n").isEmpty(), "unknown kind");
        assertFalse(errors(schema, "gaps:\n  - {id: GAP-1, pillar: P, title: t, as_is: a, to_be: b, colour: red}\n").isEmpty(),
                "unknown field");
        assertFalse(errors(schema, "gaps:\n  - {id: gap-1, pillar: P, title: t, as_is: a, to_be: b}\n").isEmpty(), "id pattern");
        assertFalse(errors(schema, "gaps:\n  - {id: GAP-1, pillar: P, title: t, as_is: a}\n").isEmpty(), "required field");
        assertFalse(errors(schema, "gaps:\n  - {id: GAP-1, pillar: P, title: t, as_is: a, to_be: b, severity: huge}\n").isEmpty(),
                "enum");
        assertTrue(errors(schema, "gaps:\n  - {id: GAP-1, pillar: P, title: {en: t, az: t}, as_is: a, to_be: b}\n").isEmpty(),
                "bilingual text");
        assertTrue(errors(schema, "initiatives:\n  - {id: I-1, title: t, pillar: P, addresses: G-1, owner: O, start: 2026, end: \"2027-03\"}\n")
                .isEmpty(), "one id for a list, year-month");
    }

    private static void assertValid(Schema schema, Path file) throws IOException {
        List<Error> errors = errors(schema, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(errors.isEmpty(), () -> file + " does not validate:\n" + errors.stream()
                .map(e -> "  " + e.getInstanceLocation() + ": " + e.getMessage()).collect(Collectors.joining("\n")));
    }

    private static List<Error> errors(Schema schema, String yaml) {
        JsonNode json = JSON.valueToTree(yaml12().load(yaml));
        return schema.validate(json);
    }

    private static Schema schema(String name) {
        String text = JsonSchemaWriter.schemas().get(name);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
    }

    /** SnakeYAML with YAML 1.2 core scalars, as editors' YAML language servers read files (NO stays a string). */
    private static Yaml yaml12() {
        LoaderOptions lo = new LoaderOptions();
        return new Yaml(new SafeConstructor(lo), new Representer(new DumperOptions()), new DumperOptions(), lo, new CoreResolver());
    }

    private static final class CoreResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }
}
