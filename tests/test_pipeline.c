/* The pipeline's inputs: content sniffing, natural order, page series, CSV, the box walk and the manifest.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/io.h"
#include "arkivtext/pipeline.h"
#include "pipeline/pipeline_private.h"
#include "tap.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

static at_input_kind sniff(const char *name, const char *bytes, size_t len, const char **what)
{
    return at_pipeline_sniff_buffer(name, bytes, len, what);
}

static void test_sniff(void)
{
    const char *what = "";
    static const char docx[] = "PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml ... word/document.xml";
    static const char odt[] = "PK\x03\x04\x14\0\0\x08\0\0mimetypeapplication/vnd.oasis.opendocument.textPK";
    ok(sniff("brev.docx", docx, sizeof docx - 1, &what) == AT_INPUT_UNSUPPORTED && strstr(what, "Word document"),
       "a .docx is a Word document by its ZIP entries (%s)", what);
    ok(sniff("brev.odt", odt, sizeof odt - 1, &what) == AT_INPUT_UNSUPPORTED && strstr(what, "OpenDocument text"),
       "an .odt is an OpenDocument text by its mimetype entry (%s)", what);
    ok(sniff("brev.rtf", "{\\rtf1\\ansi hej}", 15, &what) == AT_INPUT_UNSUPPORTED && strstr(what, "RTF"),
       "RTF by its first bytes");
    ok(sniff("noext", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", 10, &what) == AT_INPUT_UNSUPPORTED &&
           strstr(what, "old Microsoft Office"),
       "a file without extension: an old Office document by content");
    ok(sniff("data", "\x01\x02\x03\0\x05\x06", 6, &what) == AT_INPUT_UNSUPPORTED && strstr(what, "binary"),
       "binary data is named as such");
    ok(sniff("tom.txt", "", 0, &what) == AT_INPUT_EMPTY, "an empty file");
    ok(sniff("scan.pdf", "%PDF-1.4\n%\xe2\xe3", 12, &what) == AT_INPUT_PDF, "a PDF by %%PDF-");
    ok(sniff("sida1.tif", "II*\0\x08\0\0\0", 8, &what) == AT_INPUT_IMAGE && strcmp(what, "a TIFF image") == 0,
       "a little-endian TIFF");
    ok(sniff("x.png", "\x89PNG\r\n\x1a\n\0\0", 10, &what) == AT_INPUT_IMAGE, "a PNG");
    ok(sniff("x.jpg", "\xff\xd8\xff\xe0\0\x10JFIF", 10, &what) == AT_INPUT_IMAGE, "a JPEG");
    ok(sniff("x.gif", "GIF89a\x01\0", 8, &what) == AT_INPUT_UNSUPPORTED && strstr(what, "GIF"), "a GIF is named, not read");
    static const char alto[] = "<?xml version=\"1.0\"?>\n<!-- made by us -->\n<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\">";
    ok(sniff("a.xml", alto, sizeof alto - 1, &what) == AT_INPUT_ALTO, "ALTO by its root element");
    static const char mets[] = "<?xml version=\"1.0\"?><mets:mets xmlns:mets=\"http://www.loc.gov/METS/\">";
    ok(sniff("m.xml", mets, sizeof mets - 1, &what) == AT_INPUT_UNSUPPORTED && strstr(what, "not ALTO"),
       "other XML is named as not ALTO");
    static const char html[] = "<!DOCTYPE html><html><body>hej</body></html>";
    ok(sniff("x.txt", html, sizeof html - 1, &what) == AT_INPUT_UNSUPPORTED && strstr(what, "HTML"), "HTML");
    static const char csv[] = "Aktivitet;Ansvarig;Kostnad\nMöte;KS;\"1 000\"\nRapport;SBN;500\n";
    ok(sniff("tabell.csv", csv, sizeof csv - 1, &what) == AT_INPUT_CSV, "a semicolon CSV");
    ok(sniff("tabell", csv, sizeof csv - 1, &what) == AT_INPUT_CSV, "a semicolon CSV without extension, by content");
    static const char commas[] = "namn,roll\n\"Berg, Anna\",ordförande\nLind,sekreterare\n";
    ok(sniff("lista.csv", commas, sizeof commas - 1, &what) == AT_INPUT_CSV, "a comma CSV with a quoted comma");
    static const char prose[] = "Kommunen, som beslutat detta, ska\nredovisa resultatet i maj.\nDet är bra.\n";
    ok(sniff("PLAN.TXT", prose, sizeof prose - 1, &what) == AT_INPUT_TEXT, "prose with commas is text");
    static const char tsv[] = "a\tb\tc\n1\t2\t3\n";
    ok(sniff("t.txt", tsv, sizeof tsv - 1, &what) == AT_INPUT_TABLE, "TAB rows are a table whatever the name");

    ok(at_pipeline_wrong_name("brev.pdf", AT_INPUT_TEXT, "a text file") &&
           strcmp(at_pipeline_wrong_name("brev.pdf", AT_INPUT_TEXT, "a text file"), "a PDF") == 0,
       "a text file named .pdf: the name claims a PDF");
    ok(at_pipeline_wrong_name("sida.tif", AT_INPUT_IMAGE, "a PNG image") != NULL, "a PNG named .tif is named wrong");
    ok(!at_pipeline_wrong_name("tabell.txt", AT_INPUT_TABLE, "a tab-separated table"), "a table named .txt is fine");
    ok(!at_pipeline_wrong_name("noext", AT_INPUT_PDF, "a PDF"), "no extension claims nothing");
    ok(!at_pipeline_wrong_name("SCAN.PDF", AT_INPUT_PDF, "a PDF"), "extensions in capitals");
}

static void test_natural(void)
{
    ok(at_pipeline_natural_compare("sida2.png", "sida10.png") < 0, "sida2 before sida10");
    ok(at_pipeline_natural_compare("0002.tif", "0010.tif") < 0, "0002 before 0010");
    ok(at_pipeline_natural_compare("Sida3", "sida12") < 0, "case is ignored");
    ok(at_pipeline_natural_compare("a", "a") == 0 && at_pipeline_natural_compare("a1", "a01") > 0,
       "equal names compare equal; 01 before 1 keeps the order total");
    ok(at_pipeline_natural_compare("bilaga", "bilaga2") < 0, "a prefix first");
    char *prefix = NULL;
    long page = 0;
    ok(at_pipeline_page_key("Sida_12.PNG", &prefix, &page) && strcmp(prefix, "sida") == 0 && page == 12,
       "sida_12.png: series 'sida', page 12");
    g_free(prefix);
    ok(at_pipeline_page_key("0003.tif", &prefix, &page) && strcmp(prefix, "") == 0 && page == 3, "0003.tif: page 3");
    g_free(prefix);
    ok(!at_pipeline_page_key("karta.png", &prefix, &page), "karta.png has no page number");
}

static void test_csv(void)
{
    static const char text[] = "a;\"b;c\";\"sa \"\"hej\"\"\"\r\n1;\"två\nrader\";3\n";
    size_t len;
    char *tsv = at_csv_to_tsv(text, sizeof text - 1, ';', &len);
    ok(strcmp(tsv, "a\tb;c\tsa \"hej\"\n1\ttvå rader\t3\n") == 0, "CSV to TAB rows: quotes, doubled quotes, a line break in a cell");
    g_free(tsv);
}

static char *put(const char *dir, const char *rel, const char *bytes, size_t len)
{
    char *path = g_build_filename(dir, rel, NULL);
    char *parent = g_path_get_dirname(path);
    g_mkdir_with_parents(parent, 0755);
    g_file_set_contents(path, bytes, (gssize)len, NULL);
    g_free(parent);
    return path;
}

static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

/* A small box: a folder of three numbered pages, one single image, a text, nested folders, and skips. */
static void test_box(const char *dir)
{
    const char *files[] = { "box/arende1/sida10.png", "box/arende1/sida2.png", "box/arende1/sida1.png",
                            "box/arende1/karta.png", "box/a/b/0001.tif", "box/a/b/0002.tif" };
    for (size_t i = 0; i < G_N_ELEMENTS(files); i++)
        g_free(put(dir, files[i], png, sizeof png - 1));
    g_free(put(dir, "box/topp.txt", "Hej\n", 4));
    g_free(put(dir, "box/tom.txt", "", 0));
    g_free(put(dir, "box/brev.rtf", "{\\rtf1 x}", 9));
    g_free(put(dir, "box/.DS_Store", "\0\0\0\1Bud1", 8));
    char *root = g_build_filename(dir, "box", NULL);
    const char *inputs[] = { root, NULL };
    at_pipeline_box *box = NULL;
    at_error err = AT_ERROR_INIT;
    ok(at_pipeline_box_open(&box, inputs, NULL, &err) == 0, "a box opens");
    size_t n = at_pipeline_box_n_documents(box);
    ok(n == 4, "4 documents: a/b pages, arende1 pages, karta.png, topp.txt (got %zu)", n);
    const at_pipeline_document *pages = NULL;
    for (size_t i = 0; i < n; i++)
        if (at_pipeline_box_document(box, i)->n_files == 3)
            pages = at_pipeline_box_document(box, i);
    ok(pages && g_str_has_suffix(pages->files[0], "sida1.png") && g_str_has_suffix(pages->files[1], "sida2.png") &&
           g_str_has_suffix(pages->files[2], "sida10.png") && strcmp(pages->name, "arende1") == 0,
       "arende1: sida1, sida2, sida10 in natural order, named after the folder");
    ok(at_pipeline_box_n_skipped(box) == 3, "3 skipped: hidden, empty, RTF (got %zu)", at_pipeline_box_n_skipped(box));
    bool reasons = true;
    for (size_t i = 0; i < at_pipeline_box_n_skipped(box); i++) {
        const char *reason, *path = at_pipeline_box_skipped(box, i, &reason);
        reasons &= (g_str_has_suffix(path, "tom.txt") && strstr(reason, "empty")) ||
                   (g_str_has_suffix(path, "brev.rtf") && strstr(reason, "RTF document: not supported")) ||
                   (g_str_has_suffix(path, ".DS_Store") && strstr(reason, "hidden"));
    }
    ok(reasons, "each skipped file has its reason");
    at_pipeline_box_free(box);

    at_pipeline_box_options opts = AT_PIPELINE_BOX_OPTIONS_INIT;
    opts.pages_per_file = true;
    at_pipeline_box_open(&box, inputs, &opts, &err);
    ok(at_pipeline_box_n_documents(box) == 7, "--pages-per-file: every image its own document");
    at_pipeline_box_free(box);
    g_free(root);
}

static void test_manifest(const char *dir)
{
    g_free(put(dir, "m/s1.png", png, sizeof png - 1));
    g_free(put(dir, "m/s2.png", png, sizeof png - 1));
    g_free(put(dir, "m/extra.txt", "x\n", 2));
    static const char manifest[] = "path;document;title;diarienummer\n"
                                   "s2.png;avtal-1;Avtal om samverkan;KS-2019/12\n"
                                   "s1.png;avtal-1;;\n";
    char *mpath = put(dir, "m/manifest.csv", manifest, sizeof manifest - 1);
    char *folder = g_build_filename(dir, "m", NULL);
    const char *inputs[] = { folder, NULL };
    at_pipeline_box_options opts = AT_PIPELINE_BOX_OPTIONS_INIT;
    opts.manifest = mpath;
    at_pipeline_box *box = NULL;
    at_error err = AT_ERROR_INIT;
    ok(at_pipeline_box_open(&box, inputs, &opts, &err) == 0, "a manifest opens");
    const at_pipeline_document *d = at_pipeline_box_document(box, 0);
    ok(at_pipeline_box_n_documents(box) == 1 && d->n_files == 2 && g_str_has_suffix(d->files[0], "s2.png") &&
           strcmp(d->title, "Avtal om samverkan") == 0 && strcmp(d->reference, "KS-2019/12") == 0,
       "the manifest's order and metadata make the document");
    ok(at_pipeline_box_n_skipped(box) == 2, "files not in the manifest are skipped (extra.txt, manifest.csv)");
    at_pipeline_box_free(box);

    static const char bad[] = "path,document\ns1.png,a\nsaknas.png,a\n";
    char *bpath = put(dir, "m/bad.csv", bad, sizeof bad - 1);
    opts.manifest = bpath;
    int rc = at_pipeline_box_open(&box, inputs, &opts, &err);
    ok(rc < 0 && err.line == 3 && strstr(err.message, "saknas.png"), "a missing file is an error naming the line (%s)",
       err.message);
    g_free(bpath);
    g_free(mpath);
    g_free(folder);
}

int main(void)
{
    char *dir = g_dir_make_tmp("at-pipeline-XXXXXX", NULL);
    test_sniff();
    test_natural();
    test_csv();
    test_box(dir);
    test_manifest(dir);
    at_remove_tree(dir);
    g_free(dir);
    return tap_done();
}
