/**
 * Reading published disclosures into the model. {@link org.gongkai.core.read.DisclosureReader}
 * is the entry point: it decodes text (UTF-8 or GB18030) or lays out a PDF (PDFBox) into lines of
 * cells, finds the outline, picks the template whose tables it finds, reads every table, part
 * and form, and lists what it could not find. Input it cannot read at all raises
 * {@link org.gongkai.core.read.UnreadableInputException} with a message for the user.
 */
package org.gongkai.core.read;
