/* The OCR stage's internals.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_INGEST_PRIVATE_H
#define ARKIVTEXT_INGEST_PRIVATE_H

#include <leptonica/allheaders.h>

#include "arkivtext/ingest.h"
#include "arkivtext/doc.h"
#include "core/private.h"

/* Pages beyond these sizes are refused rather than read: a 40 000 x 40 000
 * px scan would need gigabytes at every preprocessing step. */
#define AT_MAX_SIDE 30000
#define AT_MAX_PIXELS (120 * 1000 * 1000)

typedef enum {
    AT_SOURCE_IMAGE, /* a raster file leptonica reads (page `index` of a multi-page TIFF) */
    AT_SOURCE_PDF,   /* a PDF page rendered by poppler */
} at_source_kind;

/* ---- a page's words, gathered into regions before they become a document ---- */

typedef struct {
    char *text;
    at_box box;
    float confidence;
} region_word;

typedef struct {
    at_box box;
    GArray *words;         /* region_word */
} region_line;

/* A text block or a table cell, kept until the page's blocks are put in reading order. */
typedef struct {
    at_block_kind kind;
    int table, row, col;
    at_box box;
    GPtrArray *lines;      /* region_line* */
    int style;             /* a text layer's font of its first line (pdftext.c), 0 when not known */
} region;

/** Is an OCR'd word of ink box `box` a rule's remnant or a speck: `=`, `|`, `_`, `~`, `:` or a quote mark
 * alone? They stood before cells' text ("= 2025-2026") or within it on worn pages ("fast ' dieselaggregat").
 * Or a dash taller than wide: no dash's ink, but tesseract's reading of the blank before a line's first
 * word in a table's column ("1 — Årlig utvecklingsplan"), which joins two columns. */
bool at_word_is_speck(const char *word, at_box box);

/** Is an OCR'd word a full stop or comma alone, once or twice, maybe after a dash ("—.")? After another
 * word of its line it is a worn page's noise ("utlåning av . instrument"): tesseract joins a real one to
 * the word before it. Opening a line it may be what is left of a list's number ("1. Inledning"). */
bool at_word_is_stray_stop(const char *word);

/** Is OCR's word `w`, right after `before` on its line, a per cent sign tesseract read as digits ("mer än
 * 10 246 frånvaro" for "10 %", "10 20" on a worn page)? Two or three digits, none a 1, read unsure after a
 * number, in ink narrower than 1.2 times its height: no such number is that narrow. Or, whatever it reads,
 * up to three characters read unsure in that ink with their middle inside the number's box ("25 Yo", "12 4"
 * for "12 %"): tesseract's box of the number holds the sign's ink. */
bool at_word_is_percent(const region_word *before, const region_word *w);

/** How many leading characters of OCR's number `w` to keep when tesseract read a per cent sign a space after
 * them as more digits ("524" for a worn "5 %"), or 0. `glyphs` are its `n` characters' ink boxes: after the
 * first space's gap (a quarter height) come two or three glyphs read unsure, each overlapping the one before
 * (one ink read twice), together narrower than 1.2 heights. Digits side by side never overlap. */
int at_number_ends_in_percent(const region_word *w, const at_box *glyphs, int n);

/** The width of the digits of OCR's number `w` when its box holds a per cent sign's ink beyond them that
 * tesseract read as nothing ("12" on a worn page, its box as wide as "12 %", read with no confidence), or 0:
 * one to three digits read very unsure, their box wider than them by one to two heights. */
int at_number_hides_percent(const region_word *w);

/** Is a glyph OCR read as '8', apart from the digit after it (a word of its own, "8 19", or a space's gap in
 * its word, "834"), a '§' ("KS § 34")? `eight` and `digit` are their ink boxes: a '§' is taller than the digit
 * and reaches below its foot, each by more than a twelfth of its height. */
bool at_glyph_is_section(at_box eight, at_box digit);

/** Is an OCR'd cell's text a roman goal key: one to four of `I`, `V`, `X`, with or without a full stop? */
bool at_is_roman_key(const char *s);

/** How many upright bars the ink of `ink` (1 bpp, a table cell's clip of a page of about `dpi`) is: 1 to 3
 * solid bars (each three times as tall as wide or more, a letter's height, clear of the clip's top and
 * bottom) of one height on one line, a letter's space apart, and nothing else but specks; else 0. A
 * sans-serif `I`, `II` or `III`. */
int at_ink_bars(PIX *ink, int dpi);

/** A ring round a mark, as a circled digit's (`①`) outline: its box and the ink inside it. */
typedef struct {
    at_box box;
    PIX *inside; /* 1 bpp, the ring's box: the ink its hole holds, the ring itself cleared */
} at_ring;

/** The rings of `ink` (1 bpp, a page of about `dpi`) that hold ink of their own: thin round parts from a
 * fifteenth to a quarter of an inch across, whose hole holds ink apart from them (a circled digit `①`;
 * an `O`, `0` or `o` holds none). Caller frees with at_rings_free. */
GArray *at_ink_rings(PIX *ink, int dpi);
void at_rings_free(GArray *rings);

/** A new empty region; `table`, `row`, `col` -1 for text. */
region *at_region_new(at_block_kind kind, int table, int row, int col, at_box box);
/** A new line at the end of `r`. */
region_line *at_region_add_line(region *r, at_box box);
void at_region_free(gpointer r);
/** Move the words of `r` after a gutter (a gap of two line heights) into new regions, one per
 * column, appended to `regions`, when two lines of `r` or more have one (a signature block). */
void at_region_split_gutters(region *r, GPtrArray *regions);
/** A one-line block of `regions` from index `first` on whose halves, parted by gutters, each begin
 * right under a text block (a signature's titles read as one line under the names): each half goes
 * onto the end of the block above it, as a text layer reads them. */
void at_regions_join_split_lines(GPtrArray *regions, guint first);
/** Top to bottom, then left to right (a GPtrArray sort function over region*). */
gint at_region_by_top(gconstpointer a, gconstpointer b);
/** One page's document: the page and its regions in the order given. */
at_doc *at_regions_doc(const at_page_view *info, const GPtrArray *regions);
/** Add `regions`, in the order given, to the last page of `doc`. */
void at_regions_add(at_doc *doc, const GPtrArray *regions);

/* ---- pages in regions, assembled (pdftext.c) ---- */

/** A page's words in lines, text blocks and table cells, in reading order, before it becomes a document:
 * read from a PDF's text layer or by OCR. The pages of a document are assembled together (running
 * headers and footers, tables over page breaks) whichever way each was read. */
typedef struct at_page_layout {
    at_page_view info;
    GPtrArray *regions;    /* region*, reading order */
    int body_style;        /* the font most of its text is set in (see region.style), 0 when not known */
    at_doc *ocred;         /* an OCR'd page's document so far (page, image, warnings), its words not yet
                            * in it; NULL for a text layer */
} at_page_layout;

/**
 * Read the text layer of `page` (number `page_no`) with its words' boxes in
 * pixels at `dpi`, finding ruled tables on a rendering of the page. NULL
 * when the page has no usable text layer: none (`*why` NULL) or garbage
 * (`*why` says what is wrong with it), so the page is to be OCR'd.
 */
at_page_layout *at_pdf_page_read(void *page, int page_no, int dpi, const char **why);
/** An OCR'd page's layout: `regions` (taken over) and `page_doc` (taken over: one page, no words yet);
 * `tables`: also look for tables without rules among its words (off with --no-tables), their rows
 * parted by `rules` where it has rules under them (at_rules_across; NULL: none). */
at_page_layout *at_page_layout_ocred(at_doc *page_doc, const at_page_view *info, GPtrArray *regions, bool tables,
                                     const GArray *rules);
void at_page_layout_free(at_page_layout *p);
/** Drop the running headers, footers and page numbers: lines at the same place on many of `n` pages. */
void at_pages_drop_running(at_page_layout *const *pages, size_t n);
/** A table that runs on over a page break: its repeated header row dropped, its columns numbered by those above. */
void at_pages_align_runs(at_page_layout *const *pages, size_t n);
/** The page's document (the caller frees it), words hyphenated at line ends joined (as changes, rule
 * "pdf.dehyphen" or "ocr.dehyphen"), an OCR'd page's bullets read as guillemets restored. */
at_doc *at_page_layout_doc(at_page_layout *p);
/** Join the words of `doc` hyphenated at line ends within a block, as changes by `rule` (a text
 * layer's or an OCR'd page's: "Knivsta-" "Alsike" is "Knivsta-Alsike", "ut-" "veckla" "utveckla"). */
void at_doc_join_hyphenated(at_doc *doc, const char *rule);
/** A line's first word read as guillemets ("«", "»«") before more words is a bullet "•" (rule "ocr.bullet"). */
void at_doc_mark_bullets(at_doc *doc);

/** One page of a document: where it comes from and, once read, its image or its text layer. */
typedef struct at_page_job {
    const char *path;  /* the file it is a page of */
    int source_page;   /* 1-based */
    int dpi;           /* from the file, 0 if it states none */
    bool from_pdf;     /* a page of a PDF */
    PIX *pix;          /* the page image to OCR, or NULL when `layer` holds its text */
    at_page_layout *layer; /* the page read: its text layer, or OCR'd */
    char *note;        /* a warning for the page's document (why its text layer was not used), or NULL */
    at_error err;
} at_page_job;

/**
 * How many pages `path` has, and what it is. Checks the format and the
 * size limits from the header alone (no decoding).
 */
int at_source_open(const char *path, at_source_kind *kind, int *n_pages, void **handle, at_error *err);

/** Read page `job->source_page` of the source into `job` (image or text layer). Not thread-safe for PDFs. */
int at_source_read_page(const char *path, at_source_kind kind, void *handle, const at_ocr_options *opts,
                        at_page_job *job, at_error *err);

void at_source_close(at_source_kind kind, void *handle);

/**
 * PDF page `page` (a PopplerPage) rendered at `dpi` as an 8 bpp gray page, or NULL if too large or out of
 * memory. Not `smooth`: without anti-aliasing, so a thin line keeps its own gray all along.
 */
PIX *at_pdf_render(void *page, int dpi, bool smooth);

/** The page rendered both ways at `dpi` into *smooth and *sharp (each NULL if not made; the caller destroys
 * them), on one cairo surface; true when both are made. */
bool at_pdf_render_both(void *page, int dpi, PIX **smooth, PIX **sharp);

/**
 * Page `page` of the TIFF `path` as 8 bpp gray, `factor` (2 or more) times smaller each way, decoded row by
 * row (never whole); NULL when it cannot (not a TIFF, tiles, a layout other than 1-bit or 8-bit gray or
 * 8-bit RGB, a damaged page): then decode the page whole.
 */
PIX *at_tiff_read_reduced(const char *path, int page, int factor);

/** Whether `path` starts with the PNG signature. */
bool at_png_is(const char *path);

/**
 * Decode a PNG as leptonica would (8 bpp gray, 32 bpp colour, 1 bpp when `bits` is 1; resolution from
 * pHYs), without libpng printing on stderr: NULL and libpng's message in `why` when it cannot.
 */
PIX *at_png_read(const char *path, int bits, char *why, size_t why_len);

/** What preprocessing did to a page. */
typedef struct at_prep_report {
    int dpi;
    float scale;       /* factor the page was scaled by (1: not scaled) */
    double skew;       /* degrees measured */
    double deskewed;   /* degrees the page was turned to remove the skew (0: not turned) */
    int rotation;      /* degrees turned upright (tesseract's orientation: 0, 90, 180, 270) */
    double specks;     /* share of the page's pixels removed as specks */
    GString *steps;    /* comma-separated steps applied */
} at_prep_report;

/**
 * Preprocess a page for OCR. `osd` is a tesseract engine loaded with "osd"
 * (NULL skips orientation). Returns the 1 bpp page (and, in `*gray`, the
 * deskewed 8 bpp page) or NULL.
 */
PIX *at_preprocess(PIX *page, int dpi, unsigned steps, void *osd, PIX **gray, at_prep_report *report,
                   at_error *err);

/** `pix` (any depth) turned upright and deskewed as `r` says preprocessing did to its page; not scaled. */
PIX *at_page_geometry(PIX *pix, const at_prep_report *r);

/**
 * The image a page's access copy shows, encoded: `source` (the page as read
 * from the file) with the geometry `report` says preprocessing applied, so
 * it is pixel for pixel the page the word boxes refer to. `gray` is the
 * preprocessed 8 bpp page. Bitonal scans become CCITT G4; colour scans
 * colour JPEG; everything else gray JPEG at `quality`. Sets it as the
 * image of page `page` of `doc`, or returns an error.
 */
int at_page_image_make(PIX *source, PIX *gray, const at_prep_report *report, int quality, at_doc *doc,
                       size_t page, at_error *err);

/** Page `source_page` of `path` as 8 bpp gray, or NULL with `err` set. */
typedef PIX *(*at_gray_reader)(const char *path, int source_page, at_error *err);

/** Any source's page as gray (source.c: PDF pages through poppler; in the OCR module only). */
PIX *at_source_read_gray(const char *path, int source_page, at_error *err);

/** at_page_render() (render.c), reading the page with `read_gray` when it is not a TIFF read on the way. */
int at_page_render_from(at_gray_reader read_gray, const char *path, const at_page_view *view, int dpi, int quality,
                        unsigned char **jpeg, size_t *len, int *width, int *height, at_error *err);

/* ---- raster pages without poppler or tesseract (raster.c; the image module's and the OCR module's) ---- */

/** Whether `path` starts as a PDF does ("%PDF-"); false for a file that cannot be read. */
bool at_is_pdf(const char *path);
/** Refuse a page of `w` x `h` px beyond AT_MAX_SIDE / AT_MAX_PIXELS (or without pixels). */
int at_check_size(const char *path, int w, int h, at_error *err);
/** How many pages the raster file `path` has, from its header (format and size checked, nothing decoded). */
int at_raster_open(const char *path, int *n_pages, at_error *err);
/** Page `source_page` (from 1) of a raster file, decoded, or NULL with `err` set. */
PIX *at_raster_read(const char *path, int source_page, at_error *err);
/** `pix` (taken over) as 8 bpp gray, or NULL with `err` set. */
PIX *at_gray_page(PIX *pix, const char *path, int source_page, at_error *err);
/** at_raster_open() and at_raster_read() of one page, as gray: an at_gray_reader without poppler. */
PIX *at_raster_read_gray(const char *path, int source_page, at_error *err);

#endif
