package org.strategypress.assets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses an SVG with the JDK's XML parser (secure processing on, no external DTD, no external entities, at
 * most {@value #ENTITY_EXPANSIONS} entity expansions, elements at most {@value #MAX_DEPTH} deep) and writes it
 * back without anything active: {@code <script>}, {@code <foreignObject>} (and SVG 1.2 {@code <handler>} and
 * {@code <listener>}), every {@code on*} event attribute, animations that set an {@code href} or an event,
 * references to anything but a {@code #fragment} or an embedded PNG, JPEG, GIF or WebP ({@code href},
 * {@code xlink:href}, {@code url(...)} in attributes and style sheets, {@code @import}), processing
 * instructions and the {@code <!DOCTYPE>}. Embedded rasters are held to the same limits as image files.
 *
 * <p>Everything is done on the parsed tree: no regular expression touches the markup.
 */
final class SvgSanitiser {

    static final int ENTITY_EXPANSIONS = 1000;
    static final int MAX_DEPTH = 500;

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "handler", "listener");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatecolor", "animatemotion", "animatetransform");
    /** Elements that are nothing without what their href points at. */
    private static final Set<String> REFERRING = Set.of("image", "use", "feimage", "tref");
    private static final List<String> RASTER_DATA = List.of("data:image/png", "data:image/jpeg", "data:image/jpg",
            "data:image/gif", "data:image/webp");

    private SvgSanitiser() {
    }

    /** The sanitised SVG and what was taken out of it (empty when nothing was). */
    record Result(byte[] svg, List<String> removed) {
    }

    /** Thrown when the SVG is not well-formed XML, or trips a parser limit (such as an entity bomb). */
    static final class Unparseable extends Exception {
        Unparseable(String message) {
            super(message);
        }
    }

    static Result sanitise(byte[] input, ImageLimits limits) throws Unparseable {
        Document doc = parse(input);
        Set<String> removed = new LinkedHashSet<>();
        if (doc.getDoctype() != null) {
            removed.add(doc.getDoctype().getInternalSubset() != null && doc.getDoctype().getInternalSubset().contains("<!ENTITY")
                    ? "the <!DOCTYPE> declaration and its entities" : "the <!DOCTYPE> declaration");
            doc.removeChild(doc.getDoctype());
        }
        Element root = doc.getDocumentElement();
        if (root == null || !"svg".equalsIgnoreCase(localName(root)))
            throw new Unparseable("its root element is <" + (root == null ? "" : root.getTagName()) + ">, not <svg>");
        clean(doc, removed, limits);
        return new Result(serialise(doc), List.copyOf(removed));
    }

    private static Document parse(byte[] input) throws Unparseable {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            trySet(f, "jdk.xml.entityExpansionLimit", String.valueOf(ENTITY_EXPANSIONS));
            trySet(f, "jdk.xml.totalEntitySizeLimit", "100000");
            trySet(f, "jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
            b.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) throws SAXException { throw e; }
                @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
            });
            return b.parse(new ByteArrayInputStream(input));
        } catch (SAXParseException e) {
            throw new Unparseable("line " + e.getLineNumber() + ": " + parserMessage(e));
        } catch (SAXException | IOException e) {
            throw new Unparseable(parserMessage(e));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
    }

    private static void trySet(DocumentBuilderFactory f, String name, String value) {
        try {
            f.setAttribute(name, value);
        } catch (IllegalArgumentException e) {
            // an older parser without the property: secure processing's own limits still apply
        }
    }

    /** The parser's words without its JAXP message ids, or the kind of failure when it has none. */
    private static String parserMessage(Exception e) {
        String m = RasterCheck.reason(e);
        if (m.startsWith("JAXP")) {
            int colon = m.indexOf(':');
            if (colon > 0) m = m.substring(colon + 1).trim();
        }
        if (m.contains("entity expansions") || m.contains("entity size") || m.contains("EntityExpansionLimit")
                || m.contains("entityExpansionLimit") || m.contains("totalEntitySizeLimit"))
            return "its entities expand too far (an \"entity bomb\"): " + m;
        return m;
    }

    /** Walks the tree without recursion (a deep file cannot exhaust the stack) and removes what is active. */
    private static void clean(Document doc, Set<String> removed, ImageLimits limits) {
        List<Node> drop = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling())
            if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) drop.add(n);
        for (Node n : drop) {
            removed.add("the processing instruction <?" + n.getNodeName() + "?>");
            doc.removeChild(n);
        }
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(doc.getDocumentElement());
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            cleanAttributes(e, removed, limits);
            List<Node> gone = new ArrayList<>();
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                    removed.add("the processing instruction <?" + c.getNodeName() + "?>");
                    gone.add(c);
                } else if (c.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
                    removed.add("an entity reference &" + c.getNodeName() + ";");
                    gone.add(c);
                } else if (c instanceof Element child) {
                    String name = localName(child).toLowerCase(Locale.ROOT);
                    if (ACTIVE_ELEMENTS.contains(name)) {
                        removed.add("<" + localName(child) + ">");
                        gone.add(c);
                    } else if (REFERRING.contains(name) && refusedHref(child, limits) != null) {
                        // without its reference the element is invalid, and Batik would refuse the whole drawing
                        removed.add(refusedHref(child, limits) + " (the whole <" + localName(child) + ">)");
                        gone.add(c);
                    } else if (ANIMATIONS.contains(name) && animatesSomethingActive(child)) {
                        removed.add("<" + localName(child) + "> changing '" + child.getAttribute("attributeName") + "'");
                        gone.add(c);
                    } else if (name.equals("style") && !safeCss(child.getTextContent())) {
                        removed.add("a <style> with an external reference or @import");
                        gone.add(c);
                    } else {
                        todo.push(child);
                    }
                }
            }
            for (Node g : gone) e.removeChild(g);
        }
    }

    private static void cleanAttributes(Element e, Set<String> removed, ImageLimits limits) {
        NamedNodeMap attrs = e.getAttributes();
        List<Attr> gone = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = localName(a).toLowerCase(Locale.ROOT);
            String value = a.getValue() == null ? "" : a.getValue().trim();
            if (name.startsWith("on")) {
                removed.add("the event attribute " + a.getName());
                gone.add(a);
            } else if (name.equals("href")) {
                String problem = hrefProblem(value, limits);
                if (problem != null) {
                    removed.add(problem + " in <" + localName(e) + " " + a.getName() + ">");
                    gone.add(a);
                }
            } else if (!safeCss(value)) {
                removed.add("an external reference in " + a.getName() + "=\"" + abbreviate(value) + "\"");
                gone.add(a);
            }
        }
        for (Attr a : gone) e.removeAttributeNode(a);
    }

    /** What is wrong with the first refused href of {@code e}, or null when it has none. */
    private static String refusedHref(Element e, ImageLimits limits) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (localName(a).equalsIgnoreCase("href")) {
                String p = hrefProblem(a.getValue() == null ? "" : a.getValue().trim(), limits);
                if (p != null) return p;
            }
        }
        return null;
    }

    /** Null when {@code href} is a fragment or an embedded raster within the limits; else what it is. */
    private static String hrefProblem(String href, ImageLimits limits) {
        if (href.startsWith("#")) return null;
        String lower = href.toLowerCase(Locale.ROOT);
        boolean raster = RASTER_DATA.stream().anyMatch(p -> lower.startsWith(p) && lower.length() > p.length()
                && (lower.charAt(p.length()) == ';' || lower.charAt(p.length()) == ','));
        if (!raster) return lower.startsWith("data:") ? "an embedded non-image \"" + abbreviate(href) + "\""
                : "the external reference \"" + abbreviate(href) + "\"";
        String problem = ImageCheck.checkDataUri(href, limits);
        return problem == null ? null : "an embedded image that " + problem;
    }

    /** True when CSS text (an attribute value or a style sheet) has no {@code @import} and only {@code url(#...)}. */
    private static boolean safeCss(String css) {
        if (css == null || css.isEmpty()) return true;
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import")) return false;
        int from = 0;
        while (true) {
            int u = lower.indexOf("url(", from);
            if (u < 0) return !lower.contains("image-set(") && !lower.contains("expression(");
            int i = u + 4;
            while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '"' || lower.charAt(i) == '\'')) i++;
            if (i >= lower.length() || lower.charAt(i) != '#') return false;
            from = i;
        }
    }

    private static boolean animatesSomethingActive(Element anim) {
        String target = anim.getAttribute("attributeName").trim().toLowerCase(Locale.ROOT);
        int colon = target.indexOf(':');
        if (colon >= 0) target = target.substring(colon + 1);
        return target.equals("href") || target.startsWith("on");
    }

    private static byte[] serialise(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write a parsed SVG back: " + e.getMessage(), e);
        }
    }

    private static String localName(Node n) {
        String l = n.getLocalName();
        return l != null ? l : n.getNodeName();
    }

    private static String abbreviate(String s) {
        String one = s.strip();
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
