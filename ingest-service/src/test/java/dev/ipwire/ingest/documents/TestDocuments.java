package dev.ipwire.ingest.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Builds the documents the tests upload, at test time: PDFs with PDFBox, DOCX with POI, bombs and
 * damaged files by hand. Nothing binary is committed.
 */
public final class TestDocuments {

    private static final long MB = 1024L * 1024L;

    private TestDocuments() {}

    // ---------------------------------------------------------------- PDF

    /** A PDF in Helvetica: one list of lines per page. */
    public static byte[] pdf(List<List<String>> pages) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 770);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of Chinese lines in the non-embedded Adobe font STSong-Light (character collection
     * Adobe-GB1, CMap UniGB-UTF16-H), as Chinese office software writes them. Readers need no font
     * to get the text: the CMap maps the codes to characters.
     */
    public static byte[] chinesePdf(List<List<String>> pages) {
        try (PDDocument document = new PDDocument()) {
            COSDictionary font = stSongLight();
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                StringBuilder content = new StringBuilder("BT /F1 14 Tf 20 TL 72 770 Td\n");
                for (String line : lines) {
                    content.append('<').append(utf16Hex(line)).append("> Tj T*\n");
                }
                content.append("ET\n");
                page.setContents(flateStream(document, content.toString()));
                document.addPage(page);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static COSDictionary stSongLight() {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, numbers(-25, -254, 1000, 880));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("GB1"));
        systemInfo.setInt(COSName.SUPPLEMENT, 4);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UTF16-H");
        font.setName(COSName.ENCODING, "UniGB-UTF16-H");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static COSArray numbers(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }

    private static String utf16Hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }

    private static PDStream flateStream(PDDocument document, String content) throws IOException {
        return new PDStream(
                document,
                new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1)),
                COSName.FLATE_DECODE);
    }

    /**
     * A one-page PDF whose lines are drawn in the order given but placed at the given heights
     * (points from the bottom), as layout software often writes them.
     */
    public static byte[] pdfWithLinesAt(List<String> lines, List<Integer> heights) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < lines.size(); i++) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, heights.get(i));
                    content.showText(lines.get(i));
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs {@code userPassword} to open (or only restricts, when it is empty). */
    public static byte[] encryptedPdf(String userPassword, List<String> lines) {
        return encrypted(pdf(List.of(lines)), userPassword);
    }

    /** {@code pdf} encrypted (AES-256) with {@code userPassword}, which may be empty. */
    public static byte[] encrypted(byte[] pdf, String userPassword) {
        try (PDDocument document = loadPdf(pdf)) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(
                            "owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF whose content stream is {@code decompressedMegabytes} of no-op operators
     * compressed with FlateDecode to a few hundred kilobytes: a "flate bomb".
     */
    public static byte[] pdfBomb(int decompressedMegabytes) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDStream stream = new PDStream(document);
            COSStream cos = stream.getCOSObject();
            try (OutputStream raw = cos.createRawOutputStream()) {
                deflate(
                        raw,
                        "q Q\n".getBytes(StandardCharsets.US_ASCII),
                        decompressedMegabytes * MB);
            }
            cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(stream);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with {@code count} pages, each with one line. */
    public static byte[] pdfWithPages(int count) {
        return pdf(
                java.util.stream.IntStream.rangeClosed(1, count)
                        .mapToObj(i -> List.of("Page " + i))
                        .toList());
    }

    /** A page showing {@code characters} letters in one text operator. */
    public static byte[] pdfWithDensePage(int characters) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            page.setContents(
                    flateStream(
                            document,
                            "BT /"
                                    + font.getName()
                                    + " 1 Tf 10 10 Td ("
                                    + "x".repeat(characters)
                                    + ") Tj ET\n"));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page drawing form 0, which draws form 1 {@code fanOut} times, which draws form 2 …, {@code
     * depth} levels deep: {@code fanOut^depth} drawings of a few bytes — endless work, no text.
     */
    public static byte[] pdfWithNestedForms(int depth, int fanOut) {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject child = form(document, "0 0 m 1 1 l S\n", null);
            for (int level = depth - 1; level >= 0; level--) {
                child = form(document, "/X Do\n".repeat(fanOut), child);
            }
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("X"), child);
            page.setResources(resources);
            page.setContents(flateStream(document, "/X Do\n"));
            document.addPage(page);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with one line of text, then a form XObject that draws itself, with more text. */
    public static byte[] pdfWithSelfDrawingForm(String pageLine, String formLine) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(612, 792));
            PDResources formResources = new PDResources();
            formResources.put(COSName.getPDFName("H"), helvetica);
            formResources.put(COSName.getPDFName("X"), form);
            form.setResources(formResources);
            try (OutputStream out =
                    form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(
                        ("BT /H 12 Tf 72 700 Td (" + formLine + ") Tj ET\n/X Do\n")
                                .getBytes(StandardCharsets.US_ASCII));
            }
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("H"), helvetica);
            resources.put(COSName.getPDFName("X"), form);
            page.setResources(resources);
            page.setContents(
                    flateStream(
                            document, "BT /H 12 Tf 72 750 Td (" + pageLine + ") Tj ET\n/X Do\n"));
            document.addPage(page);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFormXObject form(PDDocument document, String content, PDFormXObject child)
            throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(100, 100));
        PDResources resources = new PDResources();
        if (child != null) {
            resources.put(COSName.getPDFName("X"), child);
        }
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    /** A page with a drawing and no text, like a scan. */
    public static byte[] pdfWithoutText() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(72, 72, 200, 300);
                content.fill();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF header, bytes that are no PDF objects, and an end mark. */
    public static byte[] corruptPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(randomBytes(4096, 7));
        out.writeBytes(
                "\ntrailer\n<< /Root 99 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static PDDocument loadPdf(byte[] bytes) throws IOException {
        return org.apache.pdfbox.Loader.loadPDF(bytes);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- DOCX

    /** A Word document: a heading, body paragraphs, optionally a table after them. */
    public static byte[] docx(String heading, List<String> paragraphs, String[][] table) {
        try (XWPFDocument document = new XWPFDocument()) {
            if (heading != null) {
                XWPFParagraph title = document.createParagraph();
                title.setStyle("Heading1");
                XWPFRun run = title.createRun();
                run.setBold(true);
                run.setText(heading);
            }
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                // Word splits a paragraph into several runs; so does this document.
                int half = text.length() / 2;
                paragraph.createRun().setText(text.substring(0, half));
                XWPFRun second = paragraph.createRun();
                second.setItalic(true);
                second.setText(text.substring(half));
            }
            if (table != null) {
                XWPFTable grid = document.createTable(table.length, table[0].length);
                for (int r = 0; r < table.length; r++) {
                    for (int c = 0; c < table[r].length; c++) {
                        grid.getRow(r).getCell(c).setText(table[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word document as newsrooms lay them out: the article inside a one-cell table, a hyperlink
     * run and a line break inside a paragraph.
     */
    public static byte[] docxWithLayoutTable(String heading, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText(heading);
            XWPFTable frame = document.createTable(1, 1);
            org.apache.poi.xwpf.usermodel.XWPFTableCell cell = frame.getRow(0).getCell(0);
            cell.getParagraphs().getFirst().createRun().setText(paragraphs.getFirst());
            for (String text : paragraphs.subList(1, paragraphs.size())) {
                cell.addParagraph().createRun().setText(text);
            }
            XWPFParagraph after = document.createParagraph();
            after.createRun().setText("详见");
            after.createHyperlinkRun("https://www.example.cn/notice").setText("公告原文");
            XWPFRun lines = after.createRun();
            lines.addBreak();
            lines.setText("（完）");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code docx} encrypted with a password (agile encryption, as Word 2010+ does). */
    public static byte[] encryptedDocx(byte[] docx, String password) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                    OutputStream out = encryptor.getDataStream(container)) {
                opc.save(out);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE2 container with a WordDocument stream, as Word 97-2003 files are. */
    public static byte[] legacyDoc() {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(
                    new ByteArrayInputStream(randomBytes(4096, 3)), "WordDocument");
            container.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX package whose word/document.xml is one paragraph of {@code megabytes} of the same
     * letter: a few hundred kilobytes that unpack to hundreds of megabytes. Written with
     * java.util.zip, streaming, so building it holds no more than a buffer.
     */
    public static byte[] docxBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            minimalPackage(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                    + "<w:document xmlns:w=\""
                                    + WORD_NS
                                    + "\"><w:body><w:p><w:r><w:t>")
                            .getBytes(StandardCharsets.UTF_8));
            byte[] letters = new byte[(int) MB];
            Arrays.fill(letters, (byte) 'A');
            for (int i = 0; i < megabytes; i++) {
                zip.write(letters);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A DOCX package whose document part is not well-formed XML. */
    public static byte[] docxWithBrokenXml() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            minimalPackage(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><w:document xmlns:w=\""
                                    + WORD_NS
                                    + "\"><w:body><w:p><w:r><w:t>专利</w:r></w:body>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip archive with the given entries (name, content). */
    public static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final String WORD_NS =
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static void minimalPackage(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types"
                     + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                     + " Extension=\"rels\""
                     + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                     + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                     + " PartName=\"/word/document.xml\""
                     + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                     + "</Types>")
                        .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("_rels/.rels"));
        zip.write(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
                     + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                     + " Id=\"rId1\""
                     + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                     + " Target=\"word/document.xml\"/></Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // ---------------------------------------------------------------- other

    /** The first {@code fraction} of {@code bytes}. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** Reproducible random bytes. */
    public static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The start of a Windows executable: DOS header, stub, PE signature. */
    public static byte[] windowsExecutable() {
        byte[] exe = randomBytes(2048, 11);
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[3] = 0;
        exe[0x3C] = (byte) 0x80;
        exe[0x3D] = 0;
        exe[0x3E] = 0;
        exe[0x3F] = 0;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x82] = 0;
        exe[0x83] = 0;
        return exe;
    }

    private static void deflate(OutputStream raw, byte[] pattern, long length) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(raw, deflater, 64 * 1024)) {
            byte[] block = new byte[(int) MB];
            for (int i = 0; i < block.length; i++) {
                block[i] = pattern[i % pattern.length];
            }
            for (long written = 0; written < length; written += block.length) {
                out.write(block);
            }
        } finally {
            deflater.end();
        }
    }
}
