/* Fuzz target: the structured-record extractor, from text (or ALTO) through the XML and JSON writers.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte chooses the path, so that one corpus covers all of them:
 *   bit 0  read as a tab-separated table
 *   bit 1  normalize before extracting
 *   bit 2  normalize keeping line breaks
 *   bit 3  read the rest as ALTO XML (at_doc_from_alto) instead of text
 * The rest is the document.
 */
#include "fuzz/fuzz.h"

#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_setup_normalizers();
    return 0;
}

/* Touch every node as a library user would; the record must hang together. */
static size_t walk(const at_rnode *node, int depth)
{
    FUZZ_CHECK(node && depth < 1000);
    FUZZ_CHECK(at_rnode_name(node) && *at_rnode_name(node));
    const char *text = at_rnode_text(node);
    if (text)
        (void)strlen(text);
    at_provenance prov;
    at_rnode_provenance(node, &prov);
    FUZZ_CHECK(prov.first_line <= prov.last_line || prov.last_line == 0);
    size_t n = 1, children = at_rnode_n_children(node);
    for (size_t i = 0; i < children; i++)
        n += walk(at_rnode_child(node, i), depth + 1);
    return n;
}

static void write_record(const at_record *rec, at_record_format format)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    FUZZ_CHECK(mem);
    at_error err = AT_ERROR_INIT;
    int rc = at_record_write(rec, mem, format, &err);
    fclose(mem);
    /* Writing a record the extractor made cannot fail on a memory stream. */
    FUZZ_CHECK(rc == 0);
    FUZZ_CHECK(len > 0 && buf[0] == (format == AT_RECORD_XML ? '<' : '{'));
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;

    at_error err = AT_ERROR_INIT;
    at_doc *doc = NULL;
    int rc;
    if (sel & 8) {
        rc = at_doc_from_alto(&doc, "fuzz.xml", text, len, &err);
    } else {
        at_text_options topts = AT_TEXT_OPTIONS_INIT;
        topts.lenient = true;
        topts.tables = sel & 1;
        rc = at_doc_from_text(&doc, "fuzz.txt", text, len, &topts, &err);
    }
    if (rc < 0) {
        FUZZ_CHECK(doc == NULL && err.code == rc);
        return 0;
    }
    FUZZ_CHECK(doc);

    if (sel & 2) {
        at_error_clear(&err);
        rc = at_normalize_doc(fuzz_normalizers[(sel >> 2) & 1], doc, NULL, &err);
        FUZZ_CHECK(rc == 0 || err.code == rc);
    }

    at_error_clear(&err);
    at_record *rec = NULL;
    at_extract_options eopts = AT_EXTRACT_OPTIONS_INIT;
    rc = at_extract(doc, &eopts, &rec, &err);
    if (rc == 0) {
        FUZZ_CHECK(rec && at_record_kind(rec));
        double conf = at_record_kind_confidence(rec);
        FUZZ_CHECK(conf >= 0 && conf <= 1);
        FUZZ_CHECK(walk(at_record_root(rec), 0) >= 1);
        write_record(rec, AT_RECORD_XML);
        write_record(rec, AT_RECORD_JSON);
        at_record_free(rec);
    } else {
        /* "Never fails on odd input": only exhausted limits may stop it. */
        FUZZ_CHECK(rc == AT_ELIMIT && err.code == rc);
    }
    at_doc_free(doc);
    return 0;
}
