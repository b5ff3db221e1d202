/* Ruled tables on a page image: found by leptonica morphology, cut into cells.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_INGEST_TABLES_H
#define ARKIVTEXT_INGEST_TABLES_H

#include <leptonica/allheaders.h>

#include "arkivtext/error.h"

#include <glib.h>
#include <stdbool.h>

/** One ruled table: the ruling lines that bound its rows and columns. */
typedef struct at_table_grid {
    int x, y, w, h;   /* bounding box in page pixels */
    int n_rows;       /* rows between consecutive horizontal rules */
    int n_cols;
    int *row_edges;   /* n_rows + 1 y coordinates, top to bottom */
    int *col_edges;   /* n_cols + 1 x coordinates, left to right */
} at_table_grid;

/**
 * Find ruled tables on a 1 bpp page (foreground = 1) of about `dpi`
 * resolution. Stores a new array in `*out` (free with at_table_grids_free)
 * and returns how many tables there are (0 is fine), or a negative code.
 */
int at_find_tables(PIX *binary, int dpi, at_table_grid **out, at_error *err);

/**
 * As at_find_tables, on a page rendered from a PDF's drawing: rules as far apart as a browser's cell
 * spacing (2 px at 96 dpi) are one table's, each cell framed on its own apart from its neighbours
 * (`<table border=1>` printed without border-collapse). On a scan such a gap is as often two tables.
 */
int at_find_framed_tables(PIX *binary, int dpi, at_table_grid **out, at_error *err);

void at_table_grids_free(at_table_grid *grids, int n);

/** A cell of a grid: rows row .. row_end - 1 and columns col .. col_end - 1 (a merged cell spans several). */
typedef struct at_table_cell {
    int row, col, row_end, col_end;
} at_table_cell;

/**
 * The cells of `g`, row by row, left to right: a merged cell runs on over the edges no rule crosses
 * on `binary` (the image its rules were found on; NULL: every cell is one row and column), right
 * in its row (section rows of action plans) and down its column (a goal cell merged down its
 * activities). It is its first row's cell: the rows it spans below have none in its columns.
 * Returns a new array of at_table_cell.
 */
GArray *at_table_cells(PIX *binary, const at_table_grid *g);

/**
 * `binary` (a 1 bpp page binarised for reading, of `gray`) with the faint lines of `gray` added: pixels
 * clearly darker than the paper or shading around them, and, inside a grid found among lighter lines
 * that runs through no text, those lines. Thin gray rules, and rules along a shaded row, are lost in a
 * binarisation for text but are what a table's grid is found from, and `dark` (the page's
 * at_dark_ground, which the OCR needs too: made once per page). NULL when out of memory.
 */
PIX *at_rules_page(PIX *gray, PIX *binary, PIX *dark, int dpi);

/**
 * The dark ground of `gray` (8 bpp, about `dpi`): areas darker than a shaded row's light text, larger
 * than any letter, with the letters in them filled, as a 1 bpp mask. NULL when out of memory.
 */
PIX *at_dark_ground(PIX *gray, int dpi);

/**
 * How far right of its rule each column of `g` starts its text on `clean` (the page with the rules
 * erased), in pixels: the nearest start of a row's ink but those joined to the rule on `binary` (the
 * page before), which are the ends of words run over the rule from the column to the left (a long
 * name in a narrow column). 0 where no row says. Returns a new array of g->n_cols ints; caller frees
 * with g_free.
 */
int *at_table_col_leads(PIX *binary, PIX *clean, const at_table_grid *g);

/** A horizontal rule outside every grid: a table ruled only under its rows has no grid but these. */
typedef struct at_rule_across {
    int y, x0, x1; /* page pixels: the rule's middle, its left and right ends */
} at_rule_across;

/**
 * The horizontal rules of `ruled` (1 bpp, about `dpi`; at_rules_page) an inch long or more that lie
 * outside `grids`, top to bottom, pieces of one broken rule joined, and a dotted or dashed rule's dots or
 * dashes: the rules under the rows of a table without rules down it, which never make a grid. NULL when out of memory or `ruled` is no 1 bpp page.
 */
GArray *at_rules_across(PIX *ruled, int dpi, const at_table_grid *grids, int n);

/**
 * `pix` (1 bpp) opened by a `w` x `h` brick, pixel for pixel as pixOpenBrick(NULL, pix, w, h) opens it
 * (the union of the brick's places inside the foreground and the image), in about 4 log2(w h) raster
 * operations where pixOpenBrick takes 2 (w + h): a rule's brick is hundreds of pixels long. NULL when
 * out of memory or `pix` is no 1 bpp image.
 */
PIX *at_open_brick(PIX *pix, int w, int h);

/**
 * Split the one-column grids of `grids` (found on `ruled`) at the white gutters of their text on
 * `binary`: a card ruled across only, labels left and values right, has no rule down between them. A
 * gutter is white in every row, a sixth of an inch wide or more, with text on both sides in two rows
 * and half the rows at least. A rule is drawn on `ruled` down each new edge in the rows with text on
 * both sides, so a row with text on one side only (the card's head) stays one cell across
 * (at_table_cells). Returns how many grids were split.
 */
int at_split_white_gutters(PIX *binary, PIX *ruled, int dpi, at_table_grid *grids, int n);

/** A copy of `binary` with the ruling lines of `grids` erased, so OCR sees only the cells' text. */
PIX *at_erase_rules(PIX *binary, const at_table_grid *grids, int n);

#endif
