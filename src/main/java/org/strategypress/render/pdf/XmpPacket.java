package org.strategypress.render.pdf;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet of a PDF/A-2a + PDF/UA-1 file, written from {@link PdfMetadata} alone so that
 * it holds no clock time. Mirrors the info dictionary (PDF/A requires the two to agree) and declares
 * the PDF/UA identification schema as a PDF/A extension schema, as OpenHTMLtoPDF does.
 */
final class XmpPacket {

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private XmpPacket() {
    }

    /** The packet text for {@code meta}; {@code producer} is the value also written to the info dictionary. */
    static String of(PdfMetadata meta, String producer, float pdfVersion) {
        return of(meta, producer, pdfVersion, true);
    }

    /** The same; without {@code archival} the packet makes no PDF/A claim (a review copy). */
    static String of(PdfMetadata meta, String producer, float pdfVersion, boolean archival) {
        String date = XMP_DATE.format(meta.date().atOffset(ZoneOffset.UTC));
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
         .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        if (archival)
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
             .append(" <pdfaid:part>2</pdfaid:part>\n <pdfaid:conformance>A</pdfaid:conformance>\n")
             .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
         .append(" <pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
         .append(" <dc:format>application/pdf</dc:format>\n")
         .append(" <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.title())).append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!meta.author().isBlank())
            x.append(" <dc:creator><rdf:Seq><rdf:li>").append(esc(meta.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!meta.subject().isBlank())
            x.append(" <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.subject())).append("</rdf:li></rdf:Alt></dc:description>\n");
        x.append(" <dc:language><rdf:Bag><rdf:li>").append(esc(meta.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
         .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
         .append(" <pdf:Producer>").append(esc(producer)).append("</pdf:Producer>\n")
         .append(" <pdf:PDFVersion>").append(pdfVersion).append("</pdf:PDFVersion>\n");
        if (!meta.keywords().isBlank()) x.append(" <pdf:Keywords>").append(esc(meta.keywords())).append("</pdf:Keywords>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
         .append(" <xmp:CreatorTool>").append(esc(producer)).append("</xmp:CreatorTool>\n")
         .append(" <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
         .append(" <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
         .append(" <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
         .append("</rdf:Description>\n");
        x.append(EXTENSION_SCHEMAS);
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> { if (c >= 0x20 || c == '\t' || c == '\n') b.append(c); }
            }
        }
        return b.toString();
    }

    /** PDF/A-2 needs schemas outside XMP 2005 declared; pdfuaid is one. */
    private static final String EXTENSION_SCHEMAS = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
             <pdfaExtension:schemas>
              <rdf:Bag>
               <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property>
                 <rdf:Seq>
                  <rdf:li rdf:parseType="Resource">
                   <pdfaProperty:name>part</pdfaProperty:name>
                   <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                   <pdfaProperty:category>internal</pdfaProperty:category>
                   <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                  </rdf:li>
                 </rdf:Seq>
                </pdfaSchema:property>
               </rdf:li>
              </rdf:Bag>
             </pdfaExtension:schemas>
            </rdf:Description>
            """;
}
