/* PDF/A-1b access copies: page images with the repaired words as invisible text, built with libqpdf.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libqpdf's object API builds the objects and writes the file (cross-reference table, no object
 * streams, PDF 1.4, a newline before every endstream, a deterministic /ID from the content); the
 * page images go in as encoded (DCTDecode, CCITTFaxDecode) and are never decoded here. */
#include "pdfa/module.h"
#include "pdfa/pdfa_private.h"

#include <errno.h>
#include <qpdf/qpdf-c.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_DPI 300

typedef struct {
    qpdf_data q;
    qpdf_oh font;          /* the Type0 font every page with text shares */
    pdfa_chars *chars;
} pdf_writer;

/* ---- small helpers over libqpdf's handles ---- */

/* Set `key` of `dict` to `value`, and let go of the value's handle. */
static void set(qpdf_data q, qpdf_oh dict, const char *key, qpdf_oh value)
{
    qpdf_oh_replace_key(q, dict, key, value);
    qpdf_oh_release(q, value);
}

static void set_name(qpdf_data q, qpdf_oh dict, const char *key, const char *name)
{
    set(q, dict, key, qpdf_oh_new_name(q, name));
}

static void set_int(qpdf_data q, qpdf_oh dict, const char *key, long long v)
{
    set(q, dict, key, qpdf_oh_new_integer(q, v));
}

/* A new indirect stream holding `data`; `filter` (or 0) says how `data` is already encoded. */
static qpdf_oh new_stream(qpdf_data q, const void *data, size_t len, const char *filter, qpdf_oh parms)
{
    qpdf_oh s = qpdf_oh_new_stream(q);
    qpdf_oh f = filter ? qpdf_oh_new_name(q, filter) : qpdf_oh_new_null(q);
    qpdf_oh p = parms ? parms : qpdf_oh_new_null(q);
    qpdf_oh_replace_stream_data(q, s, data, len, f, p);
    qpdf_oh_release(q, f);
    qpdf_oh_release(q, p);
    return s;
}

/* A dictionary from constant PDF syntax (never from user data). */
static qpdf_oh parse(qpdf_data q, const char *pdf)
{
    return qpdf_oh_parse(q, pdf);
}

/* ---- the font ---- */

/* The glyph-less Type0 font: every CID drawn with the one blank glyph (GID 1) through a
 * CIDToGIDMap filled in at the end, when the characters used are known; widths from DW. */
static qpdf_oh make_font(qpdf_data q)
{
    char *text = g_strdup_printf("<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 %d %d]"
                                 " /ItalicAngle 0 /Ascent %d /Descent -1 /CapHeight %d /StemV 80 >>",
                                 PDFA_GLYPH_WIDTH, PDFA_FONT_ASCENT, PDFA_FONT_ASCENT, PDFA_FONT_ASCENT);
    qpdf_oh desc = parse(q, text);
    g_free(text);
    qpdf_oh file = new_stream(q, at_pdfa_glyphless_ttf, at_pdfa_glyphless_ttf_len, NULL, 0);
    qpdf_oh file_dict = qpdf_oh_get_dict(q, file);
    set_int(q, file_dict, "/Length1", (long long)at_pdfa_glyphless_ttf_len);
    qpdf_oh_release(q, file_dict);
    set(q, desc, "/FontFile2", file);
    qpdf_oh cid = parse(q, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont"
                           " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>");
    set(q, cid, "/FontDescriptor", qpdf_make_indirect_object(q, desc));
    qpdf_oh_release(q, desc);
    qpdf_oh font = parse(q, "<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H >>");
    qpdf_oh descendants = qpdf_oh_new_array(q);
    qpdf_oh cid_ref = qpdf_make_indirect_object(q, cid);
    qpdf_oh_append_item(q, descendants, cid_ref);
    qpdf_oh_release(q, cid_ref);
    qpdf_oh_release(q, cid);
    set(q, font, "/DescendantFonts", descendants);
    qpdf_oh ref = qpdf_make_indirect_object(q, font);
    qpdf_oh_release(q, font);
    return ref;
}

/* The maps that depend on the characters used: CID -> GID 1 for all, CID -> Unicode. */
static void finish_font(pdf_writer *w)
{
    qpdf_data q = w->q;
    size_t n = pdfa_chars_count(w->chars) + 1; /* CIDs 0..n-1 */
    unsigned char *map = g_malloc(2 * n);
    for (size_t i = 0; i < n; i++) {
        map[2 * i] = 0;
        map[2 * i + 1] = 1;
    }
    qpdf_oh descendants = qpdf_oh_get_key(q, w->font, "/DescendantFonts");
    qpdf_oh cid = qpdf_oh_get_array_item(q, descendants, 0);
    set(q, cid, "/CIDToGIDMap", new_stream(q, map, 2 * n, NULL, 0));
    g_free(map);
    GString *cmap = pdfa_chars_to_unicode(w->chars);
    set(q, w->font, "/ToUnicode", new_stream(q, cmap->str, cmap->len, NULL, 0));
    g_string_free(cmap, TRUE);
    qpdf_oh_release(q, cid);
    qpdf_oh_release(q, descendants);
}

/* ---- pages ---- */

/* Points per pixel of the page the word boxes refer to: its resolution, within PDF/A-1's page sizes. */
static double page_scale(const at_page_view *page)
{
    double k = 72.0 / (page->dpi > 0 ? page->dpi : DEFAULT_DPI);
    int longest = MAX(page->width, page->height), shortest = MAX(1, MIN(page->width, page->height));
    if (shortest * k < PDFA_MIN_PAGE_PT)
        k = PDFA_MIN_PAGE_PT / shortest;
    if (longest * k > PDFA_MAX_PAGE_PT)
        k = PDFA_MAX_PAGE_PT / longest;
    return k;
}

static qpdf_oh make_image(qpdf_data q, const at_page_image *img)
{
    qpdf_oh parms = 0;
    if (img->encoding == AT_IMAGE_G4) {
        parms = parse(q, "<< /K -1 /BlackIs1 false >>");
        set_int(q, parms, "/Columns", img->width);
        set_int(q, parms, "/Rows", img->height);
    } else if (img->encoding == AT_IMAGE_FLATE) {
        parms = parse(q, "<< /Predictor 15 /BitsPerComponent 8 >>");
        set_int(q, parms, "/Colors", img->components);
        set_int(q, parms, "/Columns", img->width);
    }
    const char *filter = img->encoding == AT_IMAGE_G4     ? "/CCITTFaxDecode"
                         : img->encoding == AT_IMAGE_JPEG ? "/DCTDecode"
                                                          : "/FlateDecode";
    qpdf_oh image = new_stream(q, img->data, img->len, filter, parms);
    qpdf_oh dict = qpdf_oh_get_dict(q, image);
    set_name(q, dict, "/Type", "/XObject");
    set_name(q, dict, "/Subtype", "/Image");
    set_int(q, dict, "/Width", img->width);
    set_int(q, dict, "/Height", img->height);
    set_name(q, dict, "/ColorSpace", img->components == 3 ? "/DeviceRGB" : "/DeviceGray");
    set_int(q, dict, "/BitsPerComponent", img->encoding == AT_IMAGE_G4 ? 1 : 8);
    qpdf_oh_release(q, dict);
    return image;
}

static qpdf_oh media_box(qpdf_data q, double width, double height)
{
    qpdf_oh box = qpdf_oh_new_array(q);
    double corners[4] = { 0, 0, width, height };
    for (int i = 0; i < 4; i++) {
        qpdf_oh v = qpdf_oh_new_real_from_double(q, corners[i], 2);
        qpdf_oh_append_item(q, box, v);
        qpdf_oh_release(q, v);
    }
    return box;
}

/* Page `index`: its image filling the page (whatever its own resolution), and its words over it. */
static int add_page(pdf_writer *w, const at_doc *doc, size_t index, size_t *line_cursor, at_error *err)
{
    qpdf_data q = w->q;
    at_page_image img;
    at_doc_page_image(doc, index, &img);
    at_page_view view;
    at_doc_page(doc, index, &view);
    double k = page_scale(&view), width = view.width * k, height = view.height * k;
    GString *content = g_string_new("q ");
    pdfa_put_number(content, width);
    g_string_append(content, " 0 0 ");
    pdfa_put_number(content, height);
    g_string_append(content, " 0 0 cm /Im0 Do Q\n");
    bool any = false;
    int rc = pdfa_page_text(content, doc, index, line_cursor, k, height, w->chars, &any, err);
    if (rc < 0) {
        g_string_free(content, TRUE);
        return rc;
    }
    qpdf_oh page = parse(q, "<< /Type /Page /Resources << /XObject << >> /Font << >> >> >>");
    set(q, page, "/MediaBox", media_box(q, width, height));
    qpdf_oh resources = qpdf_oh_get_key(q, page, "/Resources");
    qpdf_oh xobjects = qpdf_oh_get_key(q, resources, "/XObject");
    set(q, xobjects, "/Im0", make_image(q, &img));
    if (any) {
        qpdf_oh fonts = qpdf_oh_get_key(q, resources, "/Font");
        qpdf_oh_replace_key(q, fonts, "/F0", w->font);
        qpdf_oh_release(q, fonts);
    } else {
        qpdf_oh_remove_key(q, resources, "/Font");
    }
    set(q, page, "/Contents", new_stream(q, content->str, content->len, NULL, 0));
    g_string_free(content, TRUE);
    qpdf_add_page(q, q, page, QPDF_FALSE);
    qpdf_oh_release(q, xobjects);
    qpdf_oh_release(q, resources);
    qpdf_oh_release(q, page);
    return 0;
}

/* ---- document-level objects ---- */

static qpdf_oh unicode(qpdf_data q, const char *utf8)
{
    GString *clean = g_string_new(NULL);
    qpdf_oh s = qpdf_oh_new_unicode_string(q, at_xml_clean(clean, utf8, strlen(utf8), false));
    g_string_free(clean, TRUE);
    return s;
}

/* The catalog's XMP, output intent and language; the Info dictionary saying the same as the XMP. */
static void add_metadata(pdf_writer *w, const pdfa_meta *m, const char *pdf_date)
{
    qpdf_data q = w->q;
    qpdf_oh root = qpdf_get_root(q);
    GString *xmp = pdfa_xmp(m);
    qpdf_oh meta = new_stream(q, xmp->str, xmp->len, NULL, 0);
    g_string_free(xmp, TRUE);
    qpdf_oh meta_dict = qpdf_oh_get_dict(q, meta);
    set_name(q, meta_dict, "/Type", "/Metadata");
    set_name(q, meta_dict, "/Subtype", "/XML");
    qpdf_oh_release(q, meta_dict);
    set(q, root, "/Metadata", meta);

    qpdf_oh icc = new_stream(q, at_pdfa_srgb_icc, at_pdfa_srgb_icc_len, NULL, 0);
    qpdf_oh icc_dict = qpdf_oh_get_dict(q, icc);
    set_int(q, icc_dict, "/N", 3);
    qpdf_oh_release(q, icc_dict);
    qpdf_oh intent = parse(q, "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"
                              " /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) >>");
    set(q, intent, "/DestOutputProfile", icc);
    qpdf_oh intents = qpdf_oh_new_array(q);
    qpdf_oh_append_item(q, intents, intent);
    qpdf_oh_release(q, intent);
    set(q, root, "/OutputIntents", intents);
    set(q, root, "/Lang", unicode(q, m->language));
    set(q, root, "/ViewerPreferences", parse(q, "<< /DisplayDocTitle true >>"));
    qpdf_oh_release(q, root);

    qpdf_oh info = qpdf_oh_new_dictionary(q);
    set(q, info, "/Title", unicode(q, m->title));
    if (m->organisation)
        set(q, info, "/Author", unicode(q, m->organisation));
    set(q, info, "/Creator", unicode(q, m->creator_tool));
    set(q, info, "/Producer", unicode(q, m->producer));
    set(q, info, "/CreationDate", qpdf_oh_new_string(q, pdf_date));
    set(q, info, "/ModDate", qpdf_oh_new_string(q, pdf_date));
    qpdf_oh trailer = qpdf_get_trailer(q);
    set(q, trailer, "/Info", qpdf_make_indirect_object(q, info));
    qpdf_oh_release(q, info);
    qpdf_oh_release(q, trailer);
}

/* "uuid:..." from the SHA-256 of the page images and the words shown: the same document, the same ID. */
static char *document_id(const at_doc *doc)
{
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    for (size_t p = 0; p < at_doc_n_pages(doc); p++) {
        at_page_image img;
        if (at_doc_page_image(doc, p, &img))
            g_checksum_update(sum, img.data, (gssize)img.len);
    }
    for (size_t i = 0; i < at_doc_n_words(doc); i++) {
        at_word_view v;
        at_doc_word(doc, i, &v);
        g_checksum_update(sum, (const guchar *)v.text, (gssize)v.text_len);
        g_checksum_update(sum, (const guchar *)" ", 1);
    }
    const char *h = g_checksum_get_string(sum);
    char variant = "89ab"[g_ascii_xdigit_value(h[16]) & 3];
    char *id = g_strdup_printf("uuid:%.8s-%.4s-5%.3s-%c%.3s-%.12s", h, h + 8, h + 13, variant, h + 17, h + 20);
    g_checksum_free(sum);
    return id;
}

/* The creation time in both forms PDF/A-1 wants to agree: XMP ("2026-12-02T06:40:00Z") and PDF
 * ("D:20261202064000Z"). */
static int creation_time(const char *given, char **xmp_date, char **pdf_date, at_error *err)
{
    const char *epoch = g_getenv("SOURCE_DATE_EPOCH");
    GDateTime *t = given ? g_date_time_new_from_iso8601(given, NULL)
                   : epoch && *epoch ? g_date_time_new_from_unix_utc(g_ascii_strtoll(epoch, NULL, 10))
                                     : g_date_time_new_now_utc();
    if (!t)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PDFA, NULL, "not a date and time: '%s'", given);
    GDateTime *utc = g_date_time_to_utc(t);
    *xmp_date = g_date_time_format(utc, "%Y-%m-%dT%H:%M:%SZ");
    *pdf_date = g_date_time_format(utc, "D:%Y%m%d%H%M%SZ");
    g_date_time_unref(utc);
    g_date_time_unref(t);
    return 0;
}

/* One line for whatever libqpdf reported. */
static int qpdf_failure(qpdf_data q, const char *path, at_error *err)
{
    qpdf_error e = qpdf_get_error(q);
    return at_error_set(err, AT_EDEPEND, AT_STAGE_PDFA, path, "libqpdf: %s",
                        e ? qpdf_get_error_full_text(q, e) : "unknown error");
}

/* The path under which libqpdf can write straight into `out`: an empty regular file, opened again
 * through /proc/self/fd, so the file never has to sit in memory a second time. NULL for anything
 * else (a pipe, a memory stream, a file already written to). */
static char *direct_path(FILE *out)
{
    int fd = fflush(out) == 0 ? fileno(out) : -1;
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size != 0 || ftello(out) != 0)
        return NULL;
    char *path = g_strdup_printf("/proc/self/fd/%d", fd);
    if (access(path, W_OK) != 0)
        g_clear_pointer(&path, g_free);
    return path;
}

/* Does the PDF just written read back — from `path`, else from the writer's buffer — with no repair,
 * no warning, `n_pages` pages and every page's content? Checked before the caller commits it, so a
 * file libqpdf or the disk spoilt never replaces the target. Page images are not decoded (qpdf has
 * no CCITT decoder, and JPEG decoding would double the time). */
static int verify(qpdf_data written, const char *path, size_t n_pages, const char *name, at_error *err)
{
    qpdf_data r = qpdf_init();
    qpdf_silence_errors(r);
    qpdf_set_suppress_warnings(r, QPDF_TRUE);
    qpdf_set_attempt_recovery(r, QPDF_FALSE);
    QPDF_ERROR_CODE code = path ? qpdf_read(r, path, NULL)
                                : qpdf_read_memory(r, name, (const char *)qpdf_get_buffer(written),
                                                   qpdf_get_buffer_length(written), NULL);
    bool ok = !(code & QPDF_ERRORS) && qpdf_get_num_pages(r) == (int)n_pages;
    for (size_t p = 0; ok && p < n_pages; p++) {
        unsigned char *content = NULL;
        size_t len = 0;
        ok = !(qpdf_oh_get_page_content_data(r, qpdf_get_page_n(r, p), &content, &len) & QPDF_ERRORS);
        free(content);
    }
    ok = ok && !qpdf_more_warnings(r) && !qpdf_has_error(r);
    int rc = ok ? 0 : at_error_set(err, AT_EIO, AT_STAGE_PDFA, name, "the PDF written does not read back%s%s",
                                  qpdf_has_error(r) ? ": " : "",
                                  qpdf_has_error(r) ? qpdf_get_error_full_text(r, qpdf_get_error(r)) : "");
    qpdf_cleanup(&r);
    return rc;
}

/* Write the built PDF to `out` (PDF 1.4, a cross-reference table, no object streams, an EOL before
 * every endstream, an /ID from the content): straight into an empty file, else through memory; then
 * read it back. */
static int write_out(qpdf_data q, const char *name, size_t n_pages, FILE *out, at_error *err)
{
    char *direct = direct_path(out);
    if ((direct ? qpdf_init_write(q, direct) : qpdf_init_write_memory(q)) & QPDF_ERRORS) {
        g_free(direct);
        return qpdf_failure(q, name, err);
    }
    qpdf_set_object_stream_mode(q, qpdf_o_disable);
    qpdf_set_stream_data_mode(q, qpdf_s_compress);
    qpdf_set_decode_level(q, qpdf_dl_none); /* page images pass through as they are */
    qpdf_force_pdf_version(q, "1.4");
    qpdf_set_newline_before_endstream(q, QPDF_TRUE);
    qpdf_set_deterministic_ID(q, QPDF_TRUE);
    int rc = qpdf_write(q) & QPDF_ERRORS ? qpdf_failure(q, name, err) : verify(q, direct, n_pages, name, err);
    if (rc == 0 && direct && fseeko(out, 0, SEEK_END) != 0) /* past what libqpdf wrote, for whoever writes on */
        rc = at_error_set(err, AT_EIO, AT_STAGE_PDFA, name, "cannot write the PDF: %s", g_strerror(errno));
    else if (rc == 0 && !direct && fwrite(qpdf_get_buffer(q), 1, qpdf_get_buffer_length(q), out) != qpdf_get_buffer_length(q))
        rc = at_error_set(err, AT_EIO, AT_STAGE_PDFA, name, "cannot write the PDF: %s", g_strerror(errno));
    g_free(direct);
    return rc;
}

static char *default_title(const at_doc *doc)
{
    char *base = g_path_get_basename(at_doc_name(doc));
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
    return base;
}

/* at_pdfa_write() in the module: the front (front.c) has checked the options and the page images. */
static int pdfa_write(const at_doc *doc, const at_pdfa_options *opts, FILE *out, at_error *err)
{
    const char *name = at_doc_name(doc);
    size_t n_pages = at_doc_n_pages(doc);
    if (n_pages > PDFA_MAX_PAGES)
        return at_error_set(err, AT_ELIMIT, AT_STAGE_PDFA, name,
                            "%zu pages: PDF/A-1 takes at most %d in one file", n_pages, PDFA_MAX_PAGES);
    char *xmp_date = NULL, *pdf_date = NULL;
    int rc = creation_time(opts->created, &xmp_date, &pdf_date, err);
    if (rc < 0)
        return rc;
    char *title = opts->title ? g_strdup(opts->title) : default_title(doc);
    char *id = document_id(doc);
    char *tool = g_strdup_printf("arkivtext %s", AT_VERSION);
    char *producer = g_strdup_printf("arkivtext %s (libqpdf %s)", AT_VERSION, qpdf_get_qpdf_version());
    pdfa_meta meta = { title, opts->organisation, opts->date, xmp_date, opts->language ? opts->language : "sv",
                       id, tool, producer };
    pdf_writer w = { qpdf_init(), 0, pdfa_chars_new() };
    qpdf_silence_errors(w.q);
    qpdf_set_suppress_warnings(w.q, QPDF_TRUE);
    if (qpdf_empty_pdf(w.q) & QPDF_ERRORS)
        rc = qpdf_failure(w.q, name, err);
    if (rc == 0)
        w.font = make_font(w.q);
    size_t line_cursor = 0;
    for (size_t p = 0; p < n_pages && rc == 0; p++) {
        rc = add_page(&w, doc, p, &line_cursor, err);
        if (rc < 0 && !err->file[0])
            g_strlcpy(err->file, name, sizeof err->file);
    }
    if (rc == 0) {
        finish_font(&w);
        add_metadata(&w, &meta, pdf_date);
        rc = qpdf_has_error(w.q) ? qpdf_failure(w.q, name, err) : write_out(w.q, name, n_pages, out, err);
    }
    qpdf_cleanup(&w.q);
    pdfa_chars_free(w.chars);
    g_free(title);
    g_free(id);
    g_free(tool);
    g_free(producer);
    g_free(xmp_date);
    g_free(pdf_date);
    return rc;
}

static const char *library_version(void)
{
    return qpdf_get_qpdf_version();
}

/* The module's entry point: the front in libarkivtext (front.c) calls it once. */
AT_EXPORT const at_pdfa_module_fns *at_pdfa_module_table(int abi)
{
    static const at_pdfa_module_fns fns = { library_version, pdfa_write };
    return abi == AT_PDFA_MODULE_ABI ? &fns : NULL;
}
