/* The XMP metadata packet of a PDF/A-1b file, written through libxml2.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "pdfa/pdfa_private.h"

#include <libxml/xmlwriter.h>
#include <string.h>

#define NS_X "adobe:ns:meta/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_XMP "http://ns.adobe.com/xap/1.0/"
#define NS_PDF "http://ns.adobe.com/pdf/1.3/"
#define NS_XMPMM "http://ns.adobe.com/xap/1.0/mm/"
#define NS_PDFAID "http://www.aiim.org/pdfa/ns/id/"

/* Element `prefix:name` holding `value`, cleaned to XML characters. */
static void put(xmlTextWriterPtr w, const char *prefix, const char *name, const char *value)
{
    GString *clean = g_string_new(NULL);
    xmlTextWriterWriteElementNS(w, BAD_CAST prefix, BAD_CAST name, NULL,
                                BAD_CAST at_xml_clean(clean, value, strlen(value), false));
    g_string_free(clean, TRUE);
}

/* A one-item XMP array: rdf:Alt (with xml:lang x-default), rdf:Seq or rdf:Bag. */
static void put_array(xmlTextWriterPtr w, const char *prefix, const char *name, const char *kind, const char *value)
{
    xmlTextWriterStartElementNS(w, BAD_CAST prefix, BAD_CAST name, NULL);
    xmlTextWriterStartElementNS(w, BAD_CAST "rdf", BAD_CAST kind, NULL);
    xmlTextWriterStartElementNS(w, BAD_CAST "rdf", BAD_CAST "li", NULL);
    if (strcmp(kind, "Alt") == 0)
        xmlTextWriterWriteAttributeNS(w, BAD_CAST "xml", BAD_CAST "lang", NULL, BAD_CAST "x-default");
    GString *clean = g_string_new(NULL);
    xmlTextWriterWriteString(w, BAD_CAST at_xml_clean(clean, value, strlen(value), false));
    g_string_free(clean, TRUE);
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
}

/* One rdf:Description for the schema `prefix` (PDF/A-1 wants each schema in its own). */
static void start_schema(xmlTextWriterPtr w, const char *prefix, const char *ns)
{
    xmlTextWriterStartElementNS(w, BAD_CAST "rdf", BAD_CAST "Description", NULL);
    xmlTextWriterWriteAttributeNS(w, BAD_CAST "rdf", BAD_CAST "about", NULL, BAD_CAST "");
    char *xmlns = g_strconcat("xmlns:", prefix, NULL);
    xmlTextWriterWriteAttribute(w, BAD_CAST xmlns, BAD_CAST ns);
    g_free(xmlns);
}

GString *pdfa_xmp(const pdfa_meta *m)
{
    xmlBufferPtr buf = xmlBufferCreate();
    xmlTextWriterPtr w = xmlNewTextWriterMemory(buf, 0);
    xmlTextWriterSetIndent(w, 1);
    /* The packet wrapper of XMP part 1, without the optional (and in PDF/A forbidden) bytes/encoding. */
    xmlTextWriterWritePI(w, BAD_CAST "xpacket", BAD_CAST "begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
    xmlTextWriterStartElementNS(w, BAD_CAST "x", BAD_CAST "xmpmeta", BAD_CAST NS_X);
    xmlTextWriterStartElementNS(w, BAD_CAST "rdf", BAD_CAST "RDF", BAD_CAST NS_RDF);

    start_schema(w, "pdfaid", NS_PDFAID);
    put(w, "pdfaid", "part", "1");
    put(w, "pdfaid", "conformance", "B");
    xmlTextWriterEndElement(w);

    start_schema(w, "dc", NS_DC);
    put(w, "dc", "format", "application/pdf");
    put_array(w, "dc", "title", "Alt", m->title);
    if (m->organisation)
        put_array(w, "dc", "creator", "Seq", m->organisation);
    if (m->date)
        put_array(w, "dc", "date", "Seq", m->date);
    put_array(w, "dc", "language", "Bag", m->language);
    xmlTextWriterEndElement(w);

    start_schema(w, "xmp", NS_XMP);
    put(w, "xmp", "CreateDate", m->created);
    put(w, "xmp", "ModifyDate", m->created);
    put(w, "xmp", "MetadataDate", m->created);
    put(w, "xmp", "CreatorTool", m->creator_tool);
    xmlTextWriterEndElement(w);

    start_schema(w, "pdf", NS_PDF);
    put(w, "pdf", "Producer", m->producer);
    xmlTextWriterEndElement(w);

    start_schema(w, "xmpMM", NS_XMPMM);
    put(w, "xmpMM", "DocumentID", m->document_id);
    put(w, "xmpMM", "InstanceID", m->document_id);
    xmlTextWriterEndElement(w);

    xmlTextWriterEndElement(w); /* rdf:RDF */
    xmlTextWriterEndElement(w); /* x:xmpmeta */
    xmlTextWriterWritePI(w, BAD_CAST "xpacket", BAD_CAST "end=\"w\"");
    xmlTextWriterEndDocument(w);
    xmlFreeTextWriter(w);
    GString *out = g_string_new_len((const char *)xmlBufferContent(buf), xmlBufferLength(buf));
    xmlBufferFree(buf);
    return out;
}
