/* What a file holds, by its content rather than its name: the first bytes say PDF, TIFF, a Word
 * document in its ZIP, RTF, ALTO or text; a name that claims something else is named as wrong.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/pipeline.h"
#include "core/private.h"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

/* Enough of the head to see magic numbers, an XML root element, CSV columns and ZIP entry names. */
enum { HEAD = 64 * 1024 };

static bool starts(const char *buf, size_t len, const char *magic, size_t n)
{
    return len >= n && memcmp(buf, magic, n) == 0;
}

/* Office documents are ZIP archives; their entry names (stored uncompressed) say which. */
static at_input_kind sniff_zip(const char *buf, size_t len, const char **what)
{
    static const struct {
        const char *needle, *what;
    } kinds[] = {
        { "application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)" },
        { "application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)" },
        { "application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)" },
        { "word/", "a Word document (.docx)" },
        { "xl/", "an Excel workbook (.xlsx)" },
        { "ppt/", "a PowerPoint presentation (.pptx)" },
        { "application/epub+zip", "an EPUB book" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++)
        if (memmem(buf, len, kinds[i].needle, strlen(kinds[i].needle))) {
            *what = kinds[i].what;
            return AT_INPUT_UNSUPPORTED;
        }
    *what = "a ZIP archive";
    return AT_INPUT_UNSUPPORTED;
}

static at_input_kind sniff_image(const char *buf, size_t len, const char **what)
{
    static const struct {
        const char *magic;
        size_t n;
        const char *what;
        bool supported;
    } magics[] = {
        { "II*\0", 4, "a TIFF image", true },         { "MM\0*", 4, "a TIFF image", true },
        { "\x89PNG\r\n\x1a\n", 8, "a PNG image", true }, { "\xff\xd8\xff", 3, "a JPEG image", true },
        { "GIF87a", 6, "a GIF image", false },         { "GIF89a", 6, "a GIF image", false },
        { "\0\0\0\x0cjP  ", 8, "a JPEG 2000 image", false }, { "\xff\x4f\xff\x51", 4, "a JPEG 2000 image", false },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(magics); i++)
        if (starts(buf, len, magics[i].magic, magics[i].n)) {
            *what = magics[i].what;
            return magics[i].supported ? AT_INPUT_IMAGE : AT_INPUT_UNSUPPORTED;
        }
    if (len >= 12 && starts(buf, len, "RIFF", 4) && memcmp(buf + 8, "WEBP", 4) == 0) {
        *what = "a WebP image";
        return AT_INPUT_IMAGE;
    }
    /* Netpbm: P1..P6 then white space. */
    if (len >= 3 && buf[0] == 'P' && buf[1] >= '1' && buf[1] <= '6' && g_ascii_isspace(buf[2])) {
        *what = "a PNM image";
        return AT_INPUT_IMAGE;
    }
    return AT_INPUT_EMPTY; /* not an image: the caller looks further */
}

/* The local name of the XML root element, after the prolog, comments and a DOCTYPE. */
static const char *xml_root(const char *buf, size_t len, char *name, size_t size)
{
    const char *p = buf, *end = buf + len;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt || lt + 1 >= end)
            return NULL;
        if (lt[1] == '?' || lt[1] == '!') {
            p = lt + 1;
            continue;
        }
        const char *s = lt + 1, *e = s;
        while (e < end && (g_ascii_isalnum(*e) || *e == ':' || *e == '_' || *e == '-' || *e == '.'))
            e++;
        const char *colon = memchr(s, ':', (size_t)(e - s));
        if (colon)
            s = colon + 1;
        g_strlcpy(name, s, MIN(size, (size_t)(e - s) + 1));
        return name;
    }
    return NULL;
}

static at_input_kind sniff_markup(const char *buf, size_t len, const char **what)
{
    size_t skip = starts(buf, len, "\xef\xbb\xbf", 3) ? 3 : 0; /* a UTF-8 byte order mark */
    const char *s = buf + skip;
    size_t n = len - skip;
    while (n && g_ascii_isspace(*s))
        s++, n--;
    if (!starts(s, n, "<", 1))
        return AT_INPUT_EMPTY;
    char lower[16];
    g_strlcpy(lower, s, MIN(sizeof lower, n + 1));
    for (char *c = lower; *c; c++)
        *c = g_ascii_tolower(*c);
    if (g_str_has_prefix(lower, "<!doctype html") || g_str_has_prefix(lower, "<html")) {
        *what = "an HTML page";
        return AT_INPUT_UNSUPPORTED;
    }
    char root[64];
    if (!g_str_has_prefix(lower, "<?xml") || !xml_root(s, n, root, sizeof root))
        return AT_INPUT_EMPTY;
    if (strcmp(root, "alto") == 0) {
        *what = "an ALTO file";
        return AT_INPUT_ALTO;
    }
    *what = g_ascii_strcasecmp(root, "html") == 0 ? "an HTML page" : "an XML file that is not ALTO";
    return AT_INPUT_UNSUPPORTED;
}

static bool has_suffix_ci(const char *name, const char *suffix)
{
    size_t a = strlen(name), b = strlen(suffix);
    return a >= b && g_ascii_strcasecmp(name + a - b, suffix) == 0;
}

/* The head of a file may stop in the middle of a line: only its whole lines count. */
static char csv_separator_of_head(const char *path, const char *buf, size_t len)
{
    const char *last_nl = len ? memrchr(buf, '\n', len) : NULL;
    if (last_nl && last_nl + 1 < buf + len && len == HEAD)
        len = (size_t)(last_nl + 1 - buf);
    return at_csv_separator(path, buf, len);
}

static at_input_kind sniff_text(const char *path, const char *buf, size_t len, const char **what)
{
    if (starts(buf, len, "\xff\xfe", 2) || starts(buf, len, "\xfe\xff", 2)) {
        *what = "UTF-16 text (save it as UTF-8)";
        return AT_INPUT_UNSUPPORTED;
    }
    if (at_looks_binary(buf, len)) {
        *what = "binary data, not a document arkivtext can read";
        return AT_INPUT_UNSUPPORTED;
    }
    if (at_text_is_tabular(buf, len)) {
        *what = "a tab-separated table";
        return AT_INPUT_TABLE;
    }
    if (csv_separator_of_head(path, buf, len)) {
        *what = "a CSV table";
        return AT_INPUT_CSV;
    }
    *what = "a text file";
    return AT_INPUT_TEXT;
}

at_input_kind at_pipeline_sniff_buffer(const char *path, const char *buf, size_t len, const char **what)
{
    at_input_kind kind;
    if (len == 0) {
        *what = "an empty file";
        return AT_INPUT_EMPTY;
    }
    if (memmem(buf, MIN(len, 1024), "%PDF-", 5)) {
        *what = "a PDF";
        return AT_INPUT_PDF;
    }
    if ((kind = sniff_image(buf, len, what)) != AT_INPUT_EMPTY)
        return kind;
    if (starts(buf, len, "PK\x03\x04", 4))
        return sniff_zip(buf, len, what);
    if (starts(buf, len, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8)) {
        *what = "an old Microsoft Office document (.doc, .xls or .ppt)";
        return AT_INPUT_UNSUPPORTED;
    }
    if (starts(buf, len, "{\\rtf", 5)) {
        *what = "an RTF document";
        return AT_INPUT_UNSUPPORTED;
    }
    if ((kind = sniff_markup(buf, len, what)) != AT_INPUT_EMPTY)
        return kind;
    return sniff_text(path, buf, len, what);
}

int at_pipeline_sniff(const char *path, at_input_kind *kind, const char **what, at_error *err)
{
    FILE *f = g_fopen(path, "rb");
    if (!f)
        return at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, path, "cannot open: %s", g_strerror(errno));
    char *buf = g_malloc(HEAD);
    size_t len = fread(buf, 1, HEAD, f);
    int rc = ferror(f) ? at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, path, "read failed: %s", g_strerror(errno)) : 0;
    fclose(f);
    if (rc == 0)
        *kind = at_pipeline_sniff_buffer(path, buf, len, what);
    g_free(buf);
    return rc;
}

/* What a file's name says it is, among the kinds arkivtext reads; NULL when the name says nothing of them. */
static const char *name_claim(const char *path, at_input_kind *kind)
{
    static const struct {
        const char *suffix, *what;
        at_input_kind kind;
    } claims[] = {
        { ".pdf", "a PDF", AT_INPUT_PDF },           { ".tif", "a TIFF image", AT_INPUT_IMAGE },
        { ".tiff", "a TIFF image", AT_INPUT_IMAGE }, { ".png", "a PNG image", AT_INPUT_IMAGE },
        { ".jpg", "a JPEG image", AT_INPUT_IMAGE },  { ".jpeg", "a JPEG image", AT_INPUT_IMAGE },
        { ".webp", "a WebP image", AT_INPUT_IMAGE }, { ".pnm", "a PNM image", AT_INPUT_IMAGE },
        { ".pgm", "a PNM image", AT_INPUT_IMAGE },   { ".ppm", "a PNM image", AT_INPUT_IMAGE },
        { ".pbm", "a PNM image", AT_INPUT_IMAGE },   { ".txt", "a text file", AT_INPUT_TEXT },
        { ".tsv", "a tab-separated table", AT_INPUT_TABLE }, { ".tab", "a tab-separated table", AT_INPUT_TABLE },
        { ".csv", "a CSV table", AT_INPUT_CSV },     { ".xml", "an ALTO file", AT_INPUT_ALTO },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(claims); i++)
        if (has_suffix_ci(path, claims[i].suffix)) {
            *kind = claims[i].kind;
            return claims[i].what;
        }
    return NULL;
}

static bool textual(at_input_kind k)
{
    return k == AT_INPUT_TEXT || k == AT_INPUT_TABLE || k == AT_INPUT_CSV;
}

const char *at_pipeline_wrong_name(const char *path, at_input_kind kind, const char *what)
{
    at_input_kind claimed_kind;
    const char *claimed = name_claim(path, &claimed_kind);
    if (!claimed || kind == AT_INPUT_EMPTY)
        return NULL;
    /* Texts, tables and CSV are all text: a table exported as .txt is still what its name says. */
    if (textual(claimed_kind) && textual(kind))
        return NULL;
    if (claimed_kind == kind && (kind != AT_INPUT_IMAGE || strcmp(claimed, what) == 0))
        return NULL;
    return claimed;
}
