package org.compteassure.service.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged PDF/UA-1 document, the one way every PDF of the fund is written: each piece of text is marked content
 * with its MCID, attached in reading order to a structure element (H1, P, Table, TD…) under one Document element;
 * frames, rules and shading are artifacts; a figure has its alternative text. On {@link #save} it adds what PDF/UA
 * asks of the whole file: the language, the title (info dictionary, XMP {@code dc:title}, shown by viewers instead
 * of the file name), the parent tree, and the PDF/UA identification in the XMP metadata. Fonts are embedded
 * ({@link FundPdf.Fonts}). Not thread-safe: one instance per rendered file.
 */
public final class TaggedPdf implements AutoCloseable {

    /** Something drawn on the current page (a frame, a QR code): {@link #artifact} or {@link #figure} marks it. */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private final PDDocument document = new PDDocument();
    private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    private final PDStructureElement root;
    private final Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
    private final String title;
    private final String language;
    private final FundPdf.Fonts fonts;
    private PDPage page;
    private PDPageContentStream content;
    private COSArray pageParents;

    /** @param language the document's language as a BCP 47 tag ({@code fr-FR}) */
    public TaggedPdf(String title, String language) throws IOException {
        this.title = title;
        this.language = language;
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, treeRoot);
        treeRoot.appendKid(root);
        fonts = new FundPdf.Fonts(document);
    }

    public FundPdf.Fonts fonts() {
        return fonts;
    }

    /** The Document element, the parent of every top-level element. */
    public PDStructureElement root() {
        return root;
    }

    /** Ends the current page, if any, and starts a new A4 page: what follows is drawn on it. */
    public PDPageContentStream newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        int key = parentTree.size();
        page.setStructParents(key);
        pageParents = new COSArray();
        parentTree.put(key, new PDParentTreeValue(pageParents));
        content = new PDPageContentStream(document, page);
        return content;
    }

    /** A new structure element of that standard type, appended to the parent's children (reading order). */
    public PDStructureElement element(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** A table header cell for its column (PDF/UA asks each TH to say what it heads). */
    public PDStructureElement columnHeader(PDStructureElement row) {
        PDStructureElement header = element(row, StandardStructureTypes.TH);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        header.addAttribute(scope);
        return header;
    }

    /** One line of printable text at that position, as content of the element (nothing for an empty text). */
    public void line(PDStructureElement element, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        marked(element, drawn -> FundPdf.line(drawn, font, size, x, baseline, text));
    }

    /** Decoration that is not content (frames, rules, shading, a header repeated on a new page). */
    public void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw(content);
        content.endMarkedContent();
    }

    /** A figure with its alternative text and bounding box, e.g. a QR code. */
    public void figure(PDStructureElement parent, String alternative, PDRectangle box, Drawing drawing)
            throws IOException {
        PDStructureElement figure = element(parent, StandardStructureTypes.Figure);
        figure.setAlternateDescription(alternative);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        figure.addAttribute(layout);
        marked(figure, drawing);
    }

    /** Content of the element: drawn inside a BDC/EMC pair whose MCID the element references on this page. */
    public void marked(PDStructureElement element, Drawing drawing) throws IOException {
        int mcid = pageParents.size();
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        drawing.draw(content);
        content.endMarkedContent();
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        pageParents.add(element);
    }

    /** The whole file, with the structure tree, the metadata and the fonts' subsets. */
    public byte[] save() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
        parents.setNumbers(parentTree);
        treeRoot.setParentTree(parents);
        treeRoot.setParentTreeNextKey(parentTree.size());
        catalog.setStructureTreeRoot(treeRoot);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator(FundPdf.serviceName());
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        document.save(pdf);
        return pdf.toByteArray();
    }

    /** The XMP packet: the title and creator, and the PDF/UA-1 identification. */
    private String xmp() {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:language><rdf:Bag><rdf:li>" + escaped(language) + "</rdf:li></rdf:Bag></dc:language>"
                + "<xmp:CreatorTool>" + escaped(FundPdf.serviceName()) + "</xmp:CreatorTool>"
                + "<pdfuaid:part>1</pdfuaid:part>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
