/* TAP test of the ALTO 4.4 writer: schema validity and concrete facts checked with XPath.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test_alto SCHEMA.xsd [OUT.xml]   (OUT.xml: where to keep the main document's ALTO)
 */
#include "arkivtext/arkivtext.h"
#include "core/doc_private.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "tests/tap.h"

#define ALTO_NS "http://www.loc.gov/standards/alto/ns-v4#"

/* ---- writing and querying ---- */

typedef struct {
    int rc;
    at_error err;
    char *data;
    size_t len;
    xmlDocPtr xml;
    xmlXPathContextPtr xp;
} alto_out;

static void write_alto(const at_doc *doc, const at_alto_options *opts, alto_out *o)
{
    memset(o, 0, sizeof *o);
    o->err = (at_error)AT_ERROR_INIT;
    FILE *f = open_memstream(&o->data, &o->len);
    o->rc = at_doc_write_alto(doc, f, opts, &o->err);
    fclose(f);
    if (o->rc == 0)
        o->xml = xmlReadMemory(o->data, (int)o->len, "alto.xml", NULL, XML_PARSE_NONET);
    if (o->xml) {
        o->xp = xmlXPathNewContext(o->xml);
        xmlXPathRegisterNs(o->xp, BAD_CAST "a", BAD_CAST ALTO_NS);
        xmlXPathRegisterNs(o->xp, BAD_CAST "xsi", BAD_CAST "http://www.w3.org/2001/XMLSchema-instance");
    }
}

static void alto_out_free(alto_out *o)
{
    xmlXPathFreeContext(o->xp);
    xmlFreeDoc(o->xml);
    free(o->data);
}

static double num(const alto_out *o, const char *expr)
{
    if (!o->xp)
        return NAN;
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, o->xp);
    double v = r ? xmlXPathCastToNumber(r) : NAN;
    xmlXPathFreeObject(r);
    return v;
}

/* The XPath string value of `expr`; caller frees. */
static char *str(const alto_out *o, const char *expr)
{
    if (!o->xp)
        return g_strdup("(no document)");
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, o->xp);
    xmlChar *s = r ? xmlXPathCastToString(r) : NULL;
    char *out = g_strdup(s ? (const char *)s : "(bad XPath)");
    xmlFree(s);
    xmlXPathFreeObject(r);
    return out;
}

static void is_num(const alto_out *o, const char *expr, double want, const char *what)
{
    double got = num(o, expr);
    if (!ok(fabs(got - want) < 1e-4, "%s", what))
        printf("# %s = %g, want %g\n", expr, got, want);
}

static void is_str(const alto_out *o, const char *expr, const char *want, const char *what)
{
    char *got = str(o, expr);
    if (!ok(strcmp(got, want) == 0, "%s", what))
        printf("# %s = '%s', want '%s'\n", expr, got, want);
    g_free(got);
}

static bool schema_valid(xmlSchemaPtr schema, const alto_out *o)
{
    if (!schema || !o->xml)
        return false;
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema);
    int rc = xmlSchemaValidateDoc(v, o->xml);
    xmlSchemaFreeValidCtxt(v);
    return rc == 0;
}

/* The bytes are UTF-8 with no control character but the line breaks of the layout. */
static bool clean_bytes(const alto_out *o)
{
    if (!o->data || !g_utf8_validate_len(o->data, o->len, NULL))
        return false;
    for (size_t i = 0; i < o->len; i++)
        if ((unsigned char)o->data[i] < 0x20 && o->data[i] != '\n')
            return false;
    return true;
}

/* Every @ID differs (the schema checks this too; here it does not depend on the validator). */
static bool ids_unique(const alto_out *o, size_t *n)
{
    *n = 0;
    if (!o->xp)
        return false;
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST "//@ID", o->xp);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    bool unique = r && r->nodesetval;
    for (int i = 0; unique && i < r->nodesetval->nodeNr; i++) {
        xmlChar *v = xmlNodeGetContent(r->nodesetval->nodeTab[i]);
        unique = g_hash_table_add(seen, g_strdup((const char *)v));
        xmlFree(v);
        (*n)++;
    }
    g_hash_table_destroy(seen);
    xmlXPathFreeObject(r);
    return unique;
}

/* ---- documents ---- */

#define NO_BOX ((at_box){ -1, -1, -1, -1 })

static uint32_t word(at_doc *doc, const char *text, int x, int y, int w, int h, float conf)
{
    return at_doc_add_word(doc, text, strlen(text), (at_box){ x, y, w, h }, conf);
}

static void change(at_doc *doc, uint32_t i, const char *text, const char *rule)
{
    at_doc_set_text(doc, i, text, strlen(text), rule, 0.99);
}

/* Two OCR'd pages: a text block of lines, a 2x2 table, changed, deleted and damaged words. */
static at_doc *scanned_doc(void)
{
    at_doc *doc = at_doc_new("protokoll.tif");
    at_page p1 = { 2480, 3508, 300, 1, 0.35, 0, "gray,deskew,sauvola", "tesseract 5.3.0 swe", 0.9f };
    at_doc_add_page(doc, &p1);
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 100, 100, 1000, 200 });
    at_doc_add_line(doc, (at_box){ 100, 100, 900, 50 });
    word(doc, "Kommunstyrelsen", 100, 100, 400, 50, 0.95f);
    uint32_t i = word(doc, "Sodertorn", 520, 100, 250, 50, 0.80f);
    at_doc_set_text(doc, i, "Södertörn", strlen("Södertörn"), "dict.diacritics", 0.99);
    word(doc, "beslutar", 790, 100, 210, 50, -1);
    at_doc_add_line(doc, NO_BOX); /* its box is the union of its words' */
    word(doc, "om", 100, 170, 60, 40, 0.5f);
    word(doc, "Bel\xF6pp\x01x\xEF\xBF\xBF", 180, 165, 200, 50, 0.7f); /* Latin-1, C0, U+FFFF */
    change(doc, word(doc, "bud-", 400, 170, 100, 40, 0.9f), "budget", "hyphen.join");
    at_doc_add_line(doc, NO_BOX);
    change(doc, word(doc, "get", 100, 230, 60, 40, 0.9f), "", "hyphen.join");
    word(doc, "2021", 180, 230, 80, 40, 0.99f);
    at_doc_add_line(doc, (at_box){ 100, 290, 50, 40 }); /* only a deleted word: no TextLine */
    change(doc, word(doc, "x", 100, 290, 50, 40, 0.3f), "", "hyphen.join");

    at_doc_add_block(doc, AT_BLOCK_CELL, 0, 0, 0, (at_box){ 100, 400, 300, 60 });
    at_doc_add_line(doc, NO_BOX);
    word(doc, "Nämnd", 110, 410, 100, 40, 0.9f);
    at_doc_add_block(doc, AT_BLOCK_CELL, 0, 0, 1, (at_box){ 400, 400, 300, 60 });
    at_doc_add_line(doc, NO_BOX);
    word(doc, "Belopp", 410, 410, 120, 40, 0.9f);
    at_doc_add_block(doc, AT_BLOCK_CELL, 0, 1, 0, NO_BOX);
    at_doc_add_line(doc, NO_BOX);
    word(doc, "Kultur", 110, 470, 120, 40, 0.9f);
    at_doc_add_block(doc, AT_BLOCK_CELL, 0, 1, 1, NO_BOX);
    at_doc_add_line(doc, NO_BOX);
    word(doc, "1200", 410, 470, 80, 40, 0.6f);

    at_page p2 = { 2480, 3508, 300, 2, -0.1, 90, "gray,deskew,sauvola", "tesseract 5.3.0 swe", 0.8f };
    at_doc_add_page(doc, &p2);
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, NO_BOX);
    at_doc_add_line(doc, NO_BOX);
    word(doc, "Sida", 200, 200, 100, 40, 0.9f);
    word(doc, "två", 320, 200, 80, 40, 0.85f);
    at_doc_add_line(doc, (at_box){ 200, 260, 50, 40 }); /* no words at all */
    return doc;
}

/* Two pages read differently: one Processing entry each. */
static at_doc *mixed_doc(void)
{
    at_doc *doc = at_doc_new("blandat.pdf");
    at_page p1 = { 1240, 1754, 150, 1, 0, 0, "", "pdf text layer", -1 };
    at_page p2 = { 2480, 3508, 300, 2, 1.5, 180, "gray,orient", "tesseract 5.3.0 swe", 0.7f };
    at_doc_add_page(doc, &p1);
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, NO_BOX);
    at_doc_add_line(doc, NO_BOX);
    word(doc, "Ett", 10, 10, 30, 12, -1);
    at_doc_add_page(doc, &p2);
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, NO_BOX);
    at_doc_add_line(doc, NO_BOX);
    word(doc, "Två", 20, 20, 60, 24, 0.75f);
    return doc;
}

static at_doc *text_doc(const char *name, const char *text, bool lenient, bool tables)
{
    at_doc *doc = NULL;
    at_error err = AT_ERROR_INIT;
    at_text_options topts = { AT_TEXT_OPTIONS_VERSION, lenient, tables };
    if (at_doc_from_text(&doc, name, text, strlen(text), &topts, &err) < 0)
        printf("# at_doc_from_text: %s\n", err.message);
    return doc;
}

/* ---- tests ---- */

static void test_scanned(xmlSchemaPtr schema, const char *keep)
{
    at_doc *doc = scanned_doc();
    at_alto_options opts = AT_ALTO_OPTIONS_INIT;
    opts.source_image = "skannat/protokoll.tif";
    alto_out o;
    write_alto(doc, &opts, &o);
    ok(o.rc == 0, "scanned: written (%s)", o.err.message);
    ok(o.xml != NULL, "scanned: well-formed XML");
    ok(schema_valid(schema, &o), "scanned: valid ALTO 4.4");
    ok(clean_bytes(&o), "scanned: output is UTF-8 without control characters");
    if (keep && o.data) {
        FILE *f = fopen(keep, "w");
        if (f) {
            fwrite(o.data, 1, o.len, f);
            fclose(f);
        }
    }
    size_t n_ids;
    bool unique = ids_unique(&o, &n_ids);
    ok(unique && n_ids > 20, "scanned: %zu IDs, all different", n_ids);
    is_str(&o, "/a:alto/@xsi:schemaLocation",
           "http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/standards/alto/v4/alto-4-4.xsd",
           "scanned: schemaLocation names the official 4.4 schema");
    is_str(&o, "/a:alto/a:Description/a:MeasurementUnit", "pixel", "scanned: MeasurementUnit pixel");
    is_str(&o, "/a:alto/a:Description/a:sourceImageInformation/a:fileName", "skannat/protokoll.tif",
           "scanned: fileName is the source image given");

    /* Processing: one for the two pages read alike, one for normalization. */
    is_num(&o, "count(//a:Processing)", 2, "scanned: two Processing entries");
    is_str(&o, "//a:Processing[@ID='proc1']/a:processingSoftware/a:softwareName", "arkivtext",
           "scanned: software name arkivtext");
    is_str(&o, "//a:Processing[@ID='proc1']/a:processingSoftware/a:softwareVersion", at_version(),
           "scanned: software version");
    is_str(&o, "//a:Processing[@ID='proc1']/a:processingSoftware/a:applicationDescription",
           "tesseract 5.3.0 swe", "scanned: engine recorded");
    is_str(&o, "//a:Processing[@ID='proc1']/a:processingDateTime", "2023-11-14T22:13:20Z",
           "scanned: processingDateTime from SOURCE_DATE_EPOCH");
    is_num(&o, "count(//a:Processing[@ID='proc1']/a:processingStepDescription)", 4,
           "scanned: three preprocessing steps and the reading described");
    is_num(&o,
           "count(//a:Processing[@ID='proc1']/a:processingStepSettings[contains(., 'steps=gray,deskew,sauvola')"
           " and contains(., 'p1: dpi=300 skew=0.35 rotation=0')"
           " and contains(., 'p2: dpi=300 skew=-0.10 rotation=90')])",
           1, "scanned: steps, skew and rotation of both pages in the settings");
    is_num(&o, "count(//a:Processing[@ID='norm']/a:processingStepSettings[contains(., 'dict.diacritics')"
               " and contains(., 'hyphen.join')])",
           1, "scanned: normalization entry names the rules");

    /* Pages. */
    is_num(&o, "count(//a:Page)", 2, "scanned: two pages");
    is_str(&o, "//a:Page[1]/@ID", "p1", "scanned: page ID");
    is_num(&o, "//a:Page[2]/@PHYSICAL_IMG_NR", 2, "scanned: PHYSICAL_IMG_NR");
    is_num(&o, "//a:Page[1]/@WIDTH + //a:Page[1]/@HEIGHT", 2480 + 3508, "scanned: page size");
    is_str(&o, "//a:Page[1]/@PROCESSINGREFS", "proc1 norm", "scanned: page 1 refers to reading and normalization");
    is_str(&o, "//a:Page[2]/@PROCESSINGREFS", "proc1", "scanned: page 2 (unchanged) refers to reading only");
    is_num(&o, "//a:Page[1]/a:PrintSpace/@WIDTH + //a:Page[1]/a:PrintSpace/@HPOS", 2480,
           "scanned: PrintSpace has the page size");

    /* Words. */
    is_num(&o, "count(//a:String)", 13, "scanned: 13 String elements (deleted words skipped)");
    is_num(&o, "count(//a:SP)", 5, "scanned: SP between the words of a line only");
    is_num(&o, "count(//a:TextLine)", 8, "scanned: lines without a written word are left out");
    is_num(&o, "count(//a:String[@CONTENT='get' or @CONTENT='x' or @CONTENT=''])", 0,
           "scanned: deleted words have no String");
    is_str(&o, "//a:String[@CONTENT='Södertörn']/a:ALTERNATIVE", "Sodertorn",
           "scanned: changed word's ALTERNATIVE holds the raw reading");
    is_str(&o, "//a:String[@CONTENT='Södertörn']/a:ALTERNATIVE/@PURPOSE", "raw", "scanned: ALTERNATIVE PURPOSE");
    is_str(&o, "//a:String[a:ALTERNATIVE='Sodertorn']/@CONTENT", "Södertörn", "scanned: changed word's CONTENT");
    is_str(&o, "//a:String[@CONTENT='Södertörn']/@PROCESSINGREFS", "norm",
           "scanned: changed word refers to the normalization");
    is_str(&o, "//a:OtherTag[@ID=//a:String[@CONTENT='Södertörn']/@TAGREFS]/@LABEL", "dict.diacritics",
           "scanned: changed word's tag names its rule");
    is_str(&o, "//a:String[@CONTENT='budget']/a:ALTERNATIVE", "bud-", "scanned: joined word");
    is_num(&o, "count(//a:String[@CONTENT='Kommunstyrelsen'][@PROCESSINGREFS or @TAGREFS or a:ALTERNATIVE])", 0,
           "scanned: unchanged word has no normalization links");
    is_num(&o, "//a:String[@CONTENT='Kommunstyrelsen']/@WC", 0.95, "scanned: WC 0.95");
    is_num(&o, "//a:String[@CONTENT='1200']/@WC", 0.6, "scanned: WC 0.6");
    is_num(&o, "count(//a:String[@CONTENT='beslutar']/@WC)", 0, "scanned: unknown confidence has no WC");
    is_num(&o, "count(//a:String[@WC])", 12, "scanned: WC on every word with a confidence");
    is_str(&o, "//a:TextLine[@ID='p1_l2']/a:String[2]/@CONTENT", "Bel\xEF\xBF\xBDpp\xEF\xBF\xBDx\xEF\xBF\xBD",
           "scanned: invalid UTF-8, C0 control and U+FFFF became U+FFFD");
    is_str(&o, "concat(//a:String[@CONTENT='om']/@HPOS, ',', //a:String[@CONTENT='om']/@VPOS, ',',"
               " //a:String[@CONTENT='om']/@WIDTH, ',', //a:String[@CONTENT='om']/@HEIGHT)",
           "100,170,60,40", "scanned: String box");
    is_str(&o, "concat(//a:TextLine[1]/a:SP[1]/@HPOS, ',', //a:TextLine[1]/a:SP[1]/@WIDTH)", "500,20",
           "scanned: SP spans the gap between two words");

    /* Boxes of lines and blocks. */
    is_str(&o, "concat(//a:TextLine[@ID='p1_l1']/@HPOS, ',', //a:TextLine[@ID='p1_l1']/@WIDTH)", "100,900",
           "scanned: a line's own box is kept");
    is_str(&o, "concat(//a:TextLine[@ID='p1_l2']/@HPOS, ',', //a:TextLine[@ID='p1_l2']/@VPOS, ',',"
               " //a:TextLine[@ID='p1_l2']/@WIDTH, ',', //a:TextLine[@ID='p1_l2']/@HEIGHT)",
           "100,165,400,50", "scanned: a line without a box gets its words' union");
    is_str(&o, "concat(//a:TextLine[@ID='p1_l3']/@HPOS, ',', //a:TextLine[@ID='p1_l3']/@WIDTH)", "180,80",
           "scanned: a deleted word does not widen its line");
    is_str(&o, "concat(//a:Page[2]//a:TextBlock/@HPOS, ',', //a:Page[2]//a:TextBlock/@WIDTH)", "200,200",
           "scanned: a block without a box gets its lines' union");

    /* The table. */
    is_num(&o, "count(//a:ComposedBlock)", 1, "scanned: one ComposedBlock");
    is_num(&o, "count(//a:ComposedBlock[@TYPE='table']/a:TextBlock)", 4, "scanned: table ComposedBlock of 4 TextBlocks");
    is_str(&o, "//a:TextBlock[@ID='p1_t1_r2_c2']//a:String/@CONTENT", "1200", "scanned: cell ID gives row and column");
    is_str(&o, "//a:TextBlock[@ID='p1_t1_r2_c2']/@TAGREFS", "row2 col2", "scanned: cell TAGREFS to row and column");
    is_str(&o, "//a:StructureTag[@ID='col2']/@TYPE", "table column", "scanned: column tag");
    is_str(&o, "concat(//a:ComposedBlock/@HPOS, ',', //a:ComposedBlock/@VPOS, ',', //a:ComposedBlock/@WIDTH, ',',"
               " //a:ComposedBlock/@HEIGHT)",
           "100,400,600,110", "scanned: table box is the union of its cells");
    is_str(&o, "//a:PrintSpace[1]/*[2]/@ID", "p1_t1", "scanned: table follows the text block");
    alto_out_free(&o);

    /* Without alternatives: the links stay, the raw readings go. */
    opts.alternatives = false;
    opts.source_image = NULL;
    write_alto(doc, &opts, &o);
    ok(o.rc == 0 && schema_valid(schema, &o), "no alternatives: valid ALTO 4.4");
    is_num(&o, "count(//a:ALTERNATIVE)", 0, "no alternatives: no ALTERNATIVE");
    is_str(&o, "//a:String[@PROCESSINGREFS='norm'][1]/@CONTENT", "Södertörn", "no alternatives: CONTENT and link kept");
    is_str(&o, "//a:fileName", "protokoll.tif", "no alternatives: fileName falls back to the document name");
    alto_out_free(&o);
    at_doc_free(doc);
}

static void test_mixed(xmlSchemaPtr schema)
{
    at_doc *doc = mixed_doc();
    alto_out o;
    write_alto(doc, NULL, &o);
    ok(o.rc == 0 && schema_valid(schema, &o), "mixed: valid ALTO 4.4 (default options)");
    is_num(&o, "count(//a:Processing)", 2, "mixed: one Processing per engine and steps");
    is_str(&o, "//a:Page[2]/@PROCESSINGREFS", "proc2", "mixed: page 2 refers to its own entry");
    is_str(&o, "//a:Processing[@ID='proc1']/a:processingCategory", "contentGeneration",
           "mixed: no preprocessing, content generation only");
    is_str(&o, "//a:Processing[@ID='proc2']/a:processingCategory", "preOperation contentGeneration",
           "mixed: preprocessing and content generation");
    is_num(&o, "count(//a:Tags)", 0, "mixed: no tags when there is nothing to tag");
    is_num(&o, "count(//a:Page[1]/@PC)", 0, "mixed: unknown page confidence has no PC");
    is_num(&o, "//a:Page[2]/@PC", 0.7, "mixed: page confidence as PC");
    alto_out_free(&o);
    at_doc_free(doc);
}

static void test_text(xmlSchemaPtr schema)
{
    at_doc *doc = text_doc("brev.txt", "Hej världen\n\nNy paragraf här\n", false, false);
    alto_out o;
    write_alto(doc, NULL, &o);
    ok(o.rc == 0 && schema_valid(schema, &o), "text: valid ALTO 4.4 without any geometry");
    is_num(&o, "count(//@HPOS | //@VPOS | //@WIDTH | //@HEIGHT)", 0, "text: unknown boxes are left out, not 0");
    is_num(&o, "count(//a:String)", 5, "text: five words");
    is_num(&o, "count(//a:TextBlock)", 2, "text: two paragraphs");
    is_num(&o, "count(//a:String/@WC)", 0, "text: no confidences");
    is_str(&o, "//a:fileName", "brev.txt", "text: fileName is the document name");
    is_str(&o, "//a:Processing/a:processingStepSettings", "engine=text\nsteps=\np1: dpi=0 skew=0.00 rotation=0",
           "text: settings");
    alto_out_free(&o);
    at_doc_free(doc);

    /* Lenient reading replaced a Latin-1 byte: CONTENT and raw reading both show U+FFFD. */
    doc = text_doc("latin1.txt", "Hej v\xE4rlden\n", true, false);
    write_alto(doc, NULL, &o);
    ok(o.rc == 0 && schema_valid(schema, &o), "lenient text: valid ALTO 4.4");
    is_str(&o, "//a:String[2]/@CONTENT", "v\xEF\xBF\xBDrlden", "lenient text: CONTENT with U+FFFD");
    is_num(&o, "count(//a:ALTERNATIVE)", 0, "lenient text: no ALTERNATIVE that reads like CONTENT");
    is_str(&o, "//a:OtherTag[@ID=//a:String[2]/@TAGREFS]/@LABEL", "unicode.invalid", "lenient text: rule tagged");
    alto_out_free(&o);
    at_doc_free(doc);

    doc = text_doc("tabell.tsv", "Nämnd\tBelopp\nKultur\t1200\n", false, true);
    write_alto(doc, NULL, &o);
    ok(o.rc == 0 && schema_valid(schema, &o), "tsv: valid ALTO 4.4");
    is_num(&o, "count(//a:ComposedBlock[@TYPE='table']/a:TextBlock)", 4, "tsv: table of 4 cells");
    is_str(&o, "//a:TextBlock[@ID='p1_t1_r1_c2']//a:String/@CONTENT", "Belopp", "tsv: cell row 1 column 2");
    alto_out_free(&o);
    at_doc_free(doc);
}

static void test_errors(void)
{
    at_doc *empty = at_doc_new("tom");
    alto_out o;
    write_alto(empty, NULL, &o);
    ok(o.rc == AT_EINVAL && o.err.code == AT_EINVAL && o.err.message[0] && o.len == 0,
       "no pages: AT_EINVAL, nothing written (%s)", o.err.message);
    alto_out_free(&o);
    at_doc_free(empty);

    at_doc *doc = scanned_doc();
    at_alto_options opts = AT_ALTO_OPTIONS_INIT;
    opts.version = 99;
    write_alto(doc, &opts, &o);
    ok(o.rc == AT_EINVAL && o.err.code == AT_EINVAL, "unknown options version: AT_EINVAL");
    alto_out_free(&o);

    FILE *ro = fopen("/dev/null", "r");
    at_error err = AT_ERROR_INIT;
    int rc = ro ? at_doc_write_alto(doc, ro, NULL, &err) : 0;
    ok(rc == AT_EIO && err.code == AT_EIO && strstr(err.file, "protokoll.tif"),
       "unwritable output: AT_EIO naming the document (%s)", err.message);
    if (ro)
        fclose(ro);
    at_doc_free(doc);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        printf("Bail out! usage: %s SCHEMA.xsd [OUT.xml]\n", argv[0]);
        return 2;
    }
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    xmlInitParser();
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(argv[1]);
    xmlSchemaPtr schema = pc ? xmlSchemaParse(pc) : NULL;
    xmlSchemaFreeParserCtxt(pc);
    if (!ok(schema != NULL, "schema %s loads", argv[1]))
        printf("Bail out! cannot load the schema\n");

    test_scanned(schema, argc > 2 ? argv[2] : NULL);
    test_mixed(schema);
    test_text(schema);
    test_errors();

    xmlSchemaFree(schema);
    xmlCleanupParser();
    return tap_done();
}
