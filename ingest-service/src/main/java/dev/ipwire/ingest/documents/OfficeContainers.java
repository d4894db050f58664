package dev.ipwire.ingest.documents;

import static dev.ipwire.ingest.documents.Refusals.ACCEPTED_TYPES;
import static dev.ipwire.ingest.documents.Refusals.refuse;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says why an OLE2 compound file (the container of Office 97-2003 files, and of password-protected
 * Office 2007+ files) cannot be read: a password-protected DOCX is ENCRYPTED, a legacy .doc, .xls
 * or .ppt is UNSUPPORTED_TYPE with the advice to save it as DOCX.
 */
final class OfficeContainers {

    private OfficeContainers() {}

    static UnreadableDocumentException refusal(byte[] bytes, String fileName) {
        String name = Refusals.describe(fileName);
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return refuse(
                        Reason.ENCRYPTED,
                        name
                                + " is a password-protected Office document: IPWire cannot open it."
                                + " Open it in Word or WPS, remove the password (in Word: File >"
                                + " Info > Protect Document > Encrypt with Password, clear the"
                                + " password), save it as .docx and upload it again.");
            }
            if (root.hasEntry("WordDocument")) {
                return refuse(
                        Reason.UNSUPPORTED_TYPE,
                        name
                                + " is a legacy Word 97-2003 document (.doc), which IPWire does not"
                                + " read: open it in Word or WPS, save it as .docx (Word Document)"
                                + " and upload that file.");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return unsupported(name, "a legacy Excel spreadsheet (.xls)");
            }
            if (root.hasEntry("PowerPoint Document")) {
                return unsupported(name, "a legacy PowerPoint presentation (.ppt)");
            }
            return unsupported(name, "an OLE2 compound file (such as an Outlook message)");
        } catch (IOException | RuntimeException e) {
            return refuse(
                    Reason.DAMAGED,
                    name
                            + " looks like a Microsoft Office 97-2003 file (or a password-protected"
                            + " Office file) but is damaged: save the article again as .docx and"
                            + " upload that file.",
                    e);
        }
    }

    private static UnreadableDocumentException unsupported(String name, String kind) {
        return refuse(
                Reason.UNSUPPORTED_TYPE,
                name
                        + " is "
                        + kind
                        + ", not a document IPWire reads: upload the article as "
                        + ACCEPTED_TYPES
                        + ".");
    }
}
