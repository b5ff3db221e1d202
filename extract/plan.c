/* Goals and activities: action-plan tables (header rows, section rows, activity and continuation rows)
 * and the goal hierarchy of prose plans (theme -> main goal -> "Delmål" / "Vi ..." sub-goals).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "extract/extract_private.h"

#include <stdlib.h>
#include <string.h>

/* The title of the main goal a table's sub-goals are put under when nothing names it. */
#define UNTITLED_GOAL "(utan rubrik)"

typedef enum {
    COL_NONE = 0,
    COL_TITLE,
    COL_DESCRIPTION,
    COL_COMMISSIONER,
    COL_RESPONSIBLE,
    COL_RESULT,
    COL_TIME,
    COL_COST,
    COL_COMMENT,
    COL_CONTACT,
    COL_STATUS,   /* "Pågår", "Klar": how far the activity has come */
    COL_AREA,     /* theme / main goal column: filled on section rows */
    COL_SUBGOAL,
    COL_OTHER,    /* "Målgrupp", "Medverkande", a header we do not know: kept under the column's header */
    COL_IGNORED,  /* a row number ("Nr"): no field of the activity */
} column_field;

/* A column that fills no field of the activity's own (its cells kept under the header, or a row number). */
static bool no_field(column_field f)
{
    return f == COL_OTHER || f == COL_IGNORED;
}

/* Column headers seen in Swedish action plans, folded (lower case, no diacritics). */
static const struct {
    const char *header;
    column_field field;
} headers[] = {
    { "rubrik", COL_TITLE },           { "aktivitet", COL_TITLE },
    { "aktiviteter", COL_TITLE },      { "atgard", COL_TITLE },
    { "atgarder", COL_TITLE },         { "insats", COL_TITLE },
    { "namn", COL_TITLE },             { "uppdrag", COL_DESCRIPTION },
    { "beskrivning", COL_DESCRIPTION }, { "uppdragsgivare", COL_COMMISSIONER },
    { "forvantat resultat", COL_RESULT }, { "resultat", COL_RESULT },
    { "effekt", COL_RESULT },          { "effektmal", COL_RESULT },
    { "tidplan", COL_TIME },           { "tid", COL_TIME },
    { "tidpunkt", COL_TIME },          { "nar", COL_TIME },
    { "ansvarig namnd", COL_RESPONSIBLE }, { "ansvarig", COL_RESPONSIBLE },
    { "ansvariga", COL_RESPONSIBLE },  { "ansvar", COL_RESPONSIBLE },
    { "ansvarig forvaltning", COL_RESPONSIBLE }, { "ansvarig handlaggare", COL_CONTACT },
    { "handlaggare slk", COL_CONTACT }, { "handlaggare", COL_CONTACT },
    { "kontaktperson", COL_CONTACT },  { "kostnad", COL_COST },
    { "budget", COL_COST },            { "kommentar", COL_COMMENT },
    { "kommentarer", COL_COMMENT },    { "anmarkning", COL_COMMENT },
    { "omrade och huvudmal", COL_AREA }, { "omrade och mal", COL_AREA },
    { "omrade", COL_AREA },            { "huvudmal", COL_AREA },
    { "mal", COL_AREA },               { "delmal", COL_SUBGOAL },
    { "tidsperiod", COL_TIME },        { "vem", COL_RESPONSIBLE },
    { "resurser", COL_COST },          { "resurs", COL_COST },           { "nr", COL_IGNORED },
    { "nummer", COL_IGNORED },         { "medverkande", COL_OTHER },      { "delaktiga", COL_OTHER },
    { "involverade", COL_OTHER },
    { "tidsplan", COL_TIME },          { "period", COL_TIME },
    { "tidsram", COL_TIME },           { "klart", COL_TIME },
    { "klart senast", COL_TIME },      { "datum", COL_TIME },
    { "genomfors av", COL_RESPONSIBLE }, { "utforare", COL_RESPONSIBLE },
    { "utfors av", COL_RESPONSIBLE },  { "ansvarig enhet", COL_RESPONSIBLE },
    { "leds av", COL_RESPONSIBLE },    { "drivs av", COL_RESPONSIBLE },
    { "finansiering", COL_COST },      { "anm", COL_COMMENT },
    { "anm.", COL_COMMENT },           { "malkod", COL_AREA },
    { "malkoppling", COL_AREA },       { "koppling till mal", COL_AREA },
    { "malnummer", COL_AREA },         { "malnr", COL_AREA },
    { "mal nr", COL_AREA },            { "malomrade", COL_AREA },
    /* a goal stated in words in the table's first column, over the rows of its activities */
    { "malsattning", COL_AREA },       { "malbild", COL_AREA },
    { "id", COL_IGNORED },             { "deltar", COL_OTHER },
    { "vad", COL_TITLE },              { "startar", COL_TIME },           { "slutar", COL_TIME },
    { "ekonomi", COL_COST },           { "samverkan", COL_OTHER },
    { "i samverkan med", COL_OTHER },  { "malgrupp", COL_OTHER },         { "malgrupper", COL_OTHER },
    { "ovrigt", COL_COMMENT },         { "notering", COL_COMMENT },      { "noteringar", COL_COMMENT },
    { "anteckning", COL_COMMENT },     { "anteckningar", COL_COMMENT },
    { "synpunkter", COL_COMMENT },     { "synpunkt", COL_COMMENT },
    { "huvudman", COL_RESPONSIBLE },   { "budgetar", COL_TIME }, /* "Budgetår", folded as the plural of budget */
    { "status", COL_STATUS },          { "bidrar till", COL_AREA },      { "bidrar till mal", COL_AREA },
    { "kostar", COL_COST }, /* "Vad kostar det?" */
    { "investering", COL_COST },       { "investeringar", COL_COST },
    { "vecka", COL_TIME },             { "veckor", COL_TIME },            { "manad", COL_TIME },
    /* where an activity is held or done ("Ledningssträcka", "Adress"): no field of the record, kept under its
     * header, no comment */
    { "plats", COL_OTHER },            { "lokal", COL_OTHER },           { "stracka", COL_OTHER },
    { "strackor", COL_OTHER },         { "adress", COL_OTHER },
    /* the work an activity takes ("Timmar", "Tidsåtgång"): no field of the record, kept under its header */
    { "timmar", COL_OTHER },           { "tidsatgang", COL_OTHER },
};

/* Is `a` `b` with at most one letter misread, dropped or added (an OCR'd header: "Ansvarlg")? */
static bool one_edit(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb)
        return one_edit(b, a);
    if (lb - la > 1)
        return false;
    size_t i = 0;
    while (i < la && a[i] == b[i])
        i++;
    /* the rest after the one difference is the same */
    return la == lb ? strcmp(a + i + (i < la), b + i + (i < lb)) == 0 : strcmp(a + i, b + i + 1) == 0;
}

/* Is `rest` an ending that inflects a noun ("er", "arna", "en"), not a compound's next part? */
static bool inflection(const char *rest)
{
    static const char *const endings[] = { "a", "n", "en", "et", "na", "er", "ar", "or", "erna", "arna", "orna" };
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++)
        if (strcmp(rest, endings[i]) == 0)
            return true;
    return false;
}

/* The field of the longest one-word header of five letters or more that one-word header `f` ends with (a
 * compound's last part, its head, names it: "huvudansvarig", "slutdatum", "totalkostnad") or, failing that,
 * inflects ("insatser", "atgarderna"); a compound led by a header word names another thing ("budgetar",
 * "kostnadsstalle"). */
static column_field compound_field(const char *f, bool ignored_too)
{
    column_field field = COL_NONE;
    for (int tail = 1; tail >= 0 && !field; tail--) {
        size_t best = 0, lf = strlen(f);
        for (size_t i = 0; i < G_N_ELEMENTS(headers); i++) {
            const char *h = headers[i].header;
            size_t lh = strlen(h);
            bool part = tail ? g_str_has_suffix(f, h) : g_str_has_prefix(f, h) && inflection(f + lh);
            if (lh >= 5 && lh > best && lh < lf && part && !strchr(h, ' ') &&
                (ignored_too || !no_field(headers[i].field))) {
                best = lh;
                field = headers[i].field;
            }
        }
    }
    return field;
}

/* The field of folded header `f`: its own, else that of a one-word header of six letters or more one
 * letter off ("genomfors ar" is not "genomfors av"), else that of a compound's part. */
static column_field field_of(const char *f, bool ignored_too)
{
    for (size_t i = 0; i < G_N_ELEMENTS(headers); i++)
        if (strcmp(f, headers[i].header) == 0 && (ignored_too || !no_field(headers[i].field)))
            return headers[i].field;
    if (strchr(f, ' '))
        return COL_NONE;
    for (size_t i = 0; i < G_N_ELEMENTS(headers); i++)
        if (strlen(headers[i].header) >= 6 && !strchr(headers[i].header, ' ') && one_edit(f, headers[i].header) &&
            (ignored_too || !no_field(headers[i].field)))
            return headers[i].field;
    return compound_field(f, ignored_too);
}

static char *fold_header(const char *s)
{
    char *lower = g_utf8_casefold(s, -1);
    char *nfd = g_utf8_normalize(lower, -1, G_NORMALIZE_NFD);
    g_free(lower);
    GString *out = g_string_new(NULL);
    for (const char *p = nfd ? nfd : ""; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_ismark(c) && c != ':' && c != '?')
            g_string_append_unichar(out, c);
    }
    g_free(nfd);
    return g_strstrip(g_string_free(out, FALSE));
}

static int aim_rank(const char *word);

/* A plain-language question header ("Vad kostar det?", "Hur mycket kostar det?"): the field a later word names,
 * not the question word's ("Vad ska göras?" names the title by its "vad"). Only the first question counts: one
 * joined on by "och" ("Vad ska göras och när?") tells what else the cell holds. `f` is the header folded. */
static column_field question_verb_field(const char *cell, const char *f)
{
    column_field field = COL_NONE;
    size_t n = strlen(cell);
    while (n > 0 && g_ascii_isspace(cell[n - 1]))
        n--;
    if (n == 0 || cell[n - 1] != '?' || !strchr(f, ' '))
        return COL_NONE;
    char **words = g_strsplit(f, " ", -1);
    for (int i = 1; words[i] && !field && strcmp(words[i], "och") != 0; i++) {
        column_field w = field_of(words[i], false);
        if (w != COL_TITLE)
            field = w;
    }
    g_strfreev(words);
    return field;
}

static bool wants_to_reach(const char *s);
static bool names_desired_state(const char *s);
static bool word_in(const char *w, const char *const *list, size_t n);

/* "Detta vill vi uppnå", "Vad vill vi nå?", "Önskat läge 2030": a header saying what the plan wishes to reach names
 * the goal column, as "Mål" does ("Göromål", "Målvärde" name other things: no word of goals alone suffices). */
static bool states_wish(const char *cell)
{
    static const char *const reach[] = { "na", "uppna", "astadkomma" };
    char *f = folded_copy(cell);
    char **w = g_strsplit_set(f, " ?", -1);
    bool wish = wants_to_reach(cell) || names_desired_state(cell), wants = false;
    for (char **p = w; *p && !wish; p++) {
        wish = wants && word_in(*p, reach, G_N_ELEMENTS(reach));
        wants = wants || strcmp(*p, "vill") == 0;
    }
    g_strfreev(w);
    g_free(f);
    return wish;
}

/* An unknown column is no comment: a place, a key, a priority, an indicator or a sum left over fills no field. Only how
 * an activity is followed up or reported back ("Uppföljning", "Uppföljs genom", "Hur följs det upp?", "Återrapportering",
 * "Redovisas till nämnden"), which plans write as the remark beside it, is its comment; it is no field of its own, so
 * it stays out of the header table. When it was followed up or is due ("Senast uppföljd", "Redovisas senast") is a
 * date, no remark. */
static bool follow_up_header(const char *cell)
{
    static const char *const reported[] = { "redovisning", "aterrapportering", "aterrapporteras", "uppfoljs" };
    static const char *const to[] = { "till", "i", "genom", "for" };
    char *f = fold_header(cell);
    char **w = g_strsplit_set(f, " /", -1);
    bool follow = false, followed = false; /* "Hur följs det upp?" */
    for (guint i = 0; w[i] && !follow; i++) {
        follow = g_str_has_prefix(w[i], "uppfoljning") || word_in(w[i], reported, G_N_ELEMENTS(reported)) ||
                 (followed && strcmp(w[i], "upp") == 0) ||
                 (strcmp(w[i], "redovisas") == 0 && w[i + 1] && word_in(w[i + 1], to, G_N_ELEMENTS(to)));
        followed = followed || strcmp(w[i], "foljs") == 0;
    }
    g_strfreev(w);
    g_free(f);
    return follow;
}

/* "Kommentar/status", "Status och kommentar": a status column that also holds the remark is the comment (a status
 * alone is no field of the facts, the remark is). */
static bool status_with_comment(const char *f)
{
    char **w = g_strsplit_set(f, " /&,", -1);
    bool comment = false;
    for (char **p = w; *p && !comment; p++)
        comment = **p && field_of(*p, false) == COL_COMMENT;
    g_strfreev(w);
    return comment;
}

static column_field header_field(const char *cell)
{
    if (!cell)
        return COL_NONE;
    char *f = fold_header(cell);
    f[strcspn(f, ",(")] = '\0'; /* "Kostnad, tkr", "Kostnad (kr)": the unit is not the field */
    g_strchomp(f);
    column_field field = field_of(f, true);
    /* "Beräknad kostnad", "Övrig kommentar": else the last word names the field */
    const char *last = strrchr(f, ' ');
    column_field by_last = last ? field_of(last + 1, false) : COL_NONE;
    /* "Gäller kvalitetsmål": a word for a kind of goal that breaks an aim down, as "Gäller mål" */
    by_last = by_last == COL_NONE && last && aim_rank(last + 1) == 2 ? COL_AREA : by_last;
    /* "N r", "Kost nad": a word a narrow cell broke over two lines, OCR'd as two */
    char **words = g_strsplit(f, " ", -1), *joined = g_strjoinv("", words);
    column_field by_joined = last ? field_of(joined, true) : COL_NONE;
    g_strfreev(words);
    g_free(joined);
    column_field by_verb = question_verb_field(cell, f);
    /* "Tid för genomförande", "Ansvarig nämnd/förvaltning": the first word names the field */
    f[strcspn(f, " /")] = '\0';
    if (!field)
        field = by_verb;
    if (!field)
        field = field_of(f, false);
    if (!field)
        field = by_last;
    if (!field)
        field = by_joined;
    /* "Inriktningsmål", "Strategiskt mål": a goal of the kind above the others names the goal column, as "Huvudmål" */
    char *whole = fold_header(cell);
    if (field == COL_STATUS && status_with_comment(whole))
        field = COL_COMMENT;
    if (!field && aim_rank(cell) == 1 && (g_str_has_suffix(whole, "mal") || g_str_has_suffix(whole, "malen")))
        field = COL_AREA;
    if (!field && states_wish(cell))
        field = COL_AREA;
    g_free(whole);
    g_free(f);
    return field;
}

static bool denies_goal(const char *s);

static int filled_cells(const xrow *r, int *only)
{
    int n = 0;
    for (int c = 0; c < r->n_cells; c++)
        if (r->cells[c]) {
            n++;
            *only = c;
        }
    return n;
}

static bool same_row(const xrow *a, const xrow *b)
{
    int n = MAX(a->n_cells, b->n_cells);
    for (int c = 0; c < n; c++) {
        const char *x = c < a->n_cells ? a->cells[c] : NULL, *y = c < b->n_cells ? b->cells[c] : NULL;
        if ((x == NULL) != (y == NULL) || (x && !folded_equal(x, y)))
            return false;
    }
    return true;
}

/* "Theme - Main goal" or "Theme – Main goal". */
static bool split_dash(const char *s, char **left, char **right)
{
    static const char *const dashes[] = { " - ", " – ", " — " };
    for (size_t i = 0; i < G_N_ELEMENTS(dashes); i++) {
        const char *d = strstr(s, dashes[i]);
        if (d && d > s) {
            *left = g_strstrip(g_strndup(s, (size_t)(d - s)));
            *right = g_strstrip(g_strdup(d + strlen(dashes[i])));
            if (**left && **right)
                return true;
            g_free(*left);
            g_free(*right);
        }
    }
    return false;
}

/* "①", "❹": a circled number alone, a code no page number or count can be. */
static bool circled_digit(const char *s)
{
    gunichar c = g_utf8_get_char(s);
    return ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x277F)) && !*g_utf8_next_char(s);
}

/* "Huvudmål: X", "Delmål 1: X" name the goal X. */
static const char *strip_goal_label(const char *s)
{
    static const char *const labels[] = { "Huvudmål", "Mål", "Tema", "Område", "Delmål", "Effektmål" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        if (!g_str_has_prefix(s, labels[i]))
            continue;
        const char *p = s + strlen(labels[i]);
        p += strspn(p, " ");
        p += strspn(p, "0123456789.");
        if (*p == ':' && p[1] == ' ')
            return p + 2;
    }
    return s;
}

/* The goal after a code or label that numbers it ("M1 – X", "Mål 2: X", "1. X", "A. X"), or NULL. */
static const char *goal_code_rest(const char *s)
{
    static const char *const seps[] = { " – ", " - ", " — ", ": ", ". " };
    static const char *const labels[] = { "Mål ", "Delmål ", "Huvudmål ", "Målområde ", "Område ", "Tema " };
    const char *code = s;
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++)
        if (g_str_has_prefix(s, labels[i]))
            code = s + strlen(labels[i]);
    size_t n = strspn(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.");
    bool digit = n && strcspn(code, "0123456789") < n; /* "M1", "2", "1.3"; or a lone letter "A." */
    bool numbered = n && n <= 5 && (digit || (n == 1 && code > s) || (n == 1 && code[1] == '.'));
    for (size_t k = 0; numbered && k < G_N_ELEMENTS(seps); k++) {
        const char *at = code + n - (code[n - 1] == '.' && seps[k][0] == '.');
        if (g_str_has_prefix(at, seps[k]) && word_count(at + strlen(seps[k])) >= 2)
            return at + strlen(seps[k]);
    }
    return NULL;
}

/* Does `label` name an area of goals or actions ("Målområde 2", "Område 1", "Tema")? */
static bool names_area(const char *label)
{
    char *f = folded_copy(label);
    char *first = g_strndup(f, strcspn(f, " :"));
    /* "Målområde 1: X" names a goal area (a theme), not an area alone */
    bool area = (strstr(first, "omrade") && !g_str_has_prefix(first, "mal")) || strcmp(first, "tema") == 0;
    g_free(first);
    g_free(f);
    return area;
}

/* A group row that states a goal ("Mål 1: ...", "Fler ska ...") rather than naming a theme ("Område 1: X"). */
static bool states_goal(const char *s)
{
    /* "Delmål 1: X": a sub-goal stated above the table (merge_table_goals); "Område 3: X" an area, unless X says
     * what shall be */
    if (g_str_has_prefix(s, "Delmål") || (names_area(s) && !strstr(s, " ska ")))
        return false;
    return goal_code_rest(s) || strstr(s, " ska ") != NULL;
}

/* The length of `s` (`n` bytes) without the word `w` and the space before it ending it; `n` when it does not end so. */
static size_t without_last_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n > k + 1 && memcmp(s + n - k, w, k) == 0 && s[n - k - 1] == ' ' ? n - k - 1 : n;
}

/* The length of list item `s` (`n` bytes) without what joins it to the next item of a sentence the items finish
 * ("a. andelen … vara minst 45 procent,", "1) ha minskat …; och", "b. … för bilar och", "…, samt att"): no part of
 * the item. An "att" goes only with a conjunction before it. */
static size_t item_end(const char *s, size_t n)
{
    static const char *const joints[] = { "och", "samt", "eller" };
    size_t before_att = without_last_word(s, n, "att");
    for (size_t k = 0; k < G_N_ELEMENTS(joints); k++) {
        size_t m = without_last_word(s, before_att, joints[k]);
        n = m < before_att ? m : n;
    }
    while (n && strchr(",;", s[n - 1]))
        n--;
    return n;
}

/* The goal stated after a code, without its full stop; NULL for a heading ("1. Bakgrund", "2. Vad vill vi uppnå?"). */
static char *coded_goal(const char *s)
{
    if (word_count(s) < 3 || last_char(s) == '?')
        return NULL;
    char *goal = g_strdup(s);
    size_t n = strlen(goal);
    if (goal[n - 1] == '.')
        goal[n - 1] = '\0';
    else
        goal[item_end(goal, n)] = '\0';
    return goal;
}

static const char *continuing_item(const char *s);
static const char *sub_item(const char *s);
static const char *numbered_item(const char *s);

/* Does line `n` open a paragraph that goes on with the sentence `before` left open? A scan may set a sentence's last
 * line apart ("… när" over a gap over "vårdnadshavarna begär det."); no paragraph starts in lower case after a word
 * that ends no sentence. */
static bool split_paragraph(const xline *n, const char *before)
{
    const char *last = g_utf8_find_prev_char(before, before + strlen(before));
    return n->para_start && g_unichar_islower(g_utf8_get_char(n->text)) && last &&
           g_unichar_isalpha(g_utf8_get_char(last));
}

/* The goal coded on line i, starting at `first`, with the lines it wraps onto in its paragraph: up to two that go on
 * in lower case ("… är högst två" over "veckor"), no next item ("c) Invånare …"). */
static char *wrapped_coded_goal(xctx *x, guint i, const char *first)
{
    GString *text = g_string_new(first);
    for (guint j = i + 1; j <= i + 2 && j < x->lines->len; j++) {
        const xline *n = g_ptr_array_index(x->lines, j);
        bool opens = n->para_start && !split_paragraph(n, text->str);
        if (opens || n->fields || !g_unichar_islower(g_utf8_get_char(n->text)) || sub_item(n->text) ||
            continuing_item(n->text))
            break;
        g_string_append_printf(text, " %s", n->text);
    }
    char *goal = coded_goal(text->str);
    g_string_free(text, TRUE);
    return goal;
}

/* Was any page of the document read by OCR? */
static bool document_read_by_ocr(const xctx *x)
{
    size_t pages = x->doc ? at_doc_n_pages(x->doc) : 0;
    for (size_t p = 0; p < pages; p++)
        if (read_by_ocr(x->doc, p))
            return true;
    return false;
}

/* ". det byggs ...", ".« det byggs ...": OCR's small bullet before an item in lower case that goes on with the sentence
 * over the list (PAT_BULLET reads it before a capital); where the item starts, or NULL. In a text or a text layer a
 * line opened by ". " is the rest of a wrapped sentence ("enl" over ". skollagen"), no item. */
static const char *dot_item(const xctx *x, const char *s)
{
    static const char *const read[] = { ". ", ".« ", "« " };
    if (!document_read_by_ocr(x))
        return NULL;
    for (size_t k = 0; k < G_N_ELEMENTS(read); k++)
        if (g_str_has_prefix(s, read[k]) && g_unichar_islower(g_utf8_get_char(s + strlen(read[k]))))
            return s + strlen(read[k]);
    return NULL;
}

/* strip_bullet in plan.c's readers, where a scan's ". varje …" is an item too (dot_item); other readers leave such a
 * line the rest of a sentence, as a wrapped "enl" over ". skollagen" is (review35). */
static const char *plan_bullet(xctx *x, const char *s, bool *had)
{
    const char *item = strip_bullet(x, s, had);
    const char *dot = *had ? NULL : dot_item(x, s);
    *had = *had || dot;
    return dot ? dot : item;
}

/* Is line i a paragraph or a list item of its own, no line of it wrapping onto the next? */
static bool line_alone(xctx *x, guint i)
{
    const xline *next = i + 1 < x->lines->len ? g_ptr_array_index(x->lines, i + 1) : NULL;
    bool bullet;
    return !next || next->para_start || plan_bullet(x, next->text, &bullet) != next->text ||
           g_ascii_isdigit(next->text[0]);
}

/* `s` after a goal's label that codes it ("Delmål A", "Mål 2: X" are "A", "2: X"), or `s` as it is. */
static const char *unlabelled_code(const char *s)
{
    static const char *const labels[] = { "Mål ", "Delmål " };
    for (size_t k = 0; k < G_N_ELEMENTS(labels); k++)
        if (g_str_has_prefix(s, labels[k]) && g_ascii_isalnum(s[strlen(labels[k])]))
            return s + strlen(labels[k]);
    return s;
}

static bool names_goals(const char *heading);

static int goal_code_level(const char *code);

/* Does header cell `cell` name a goal column ("Mål", "Delmål", "Inriktningsmål")? */
static bool heads_goals(const char *cell)
{
    column_field f = header_field(cell);
    return cell && (names_goals(cell) || f == COL_AREA || f == COL_SUBGOAL);
}

/* Do the `n` rows under a header code goals in column c and state them in column c + 1: two rows or more, each with
 * a code there ("A1", "1.2", "Delmål 3b") and a goal of three words or more after it? */
static bool codes_beside_goals(const xrow *const *rows, guint n, int c)
{
    guint coded = 0;
    for (guint i = 0; i < n; i++) {
        const xrow *r = rows[i];
        const char *code = c < r->n_cells ? r->cells[c] : NULL;
        if (!code)
            continue;
        if (goal_code_level(unlabelled_code(code)) == 0 || c + 1 >= r->n_cells || !r->cells[c + 1] ||
            word_count(r->cells[c + 1]) < 3)
            return false;
        coded++;
    }
    return coded >= 2;
}

/* Does the header over a goal's code span the goal's text too ("Delmål" over "A1 | Alla barn …", nothing over the
 * text: a merged header cell, which a page may read as a header of fewer cells than its rows)? Column c of codes. */
static bool header_spans_code(const xrow *hr, int c)
{
    return c < hr->n_cells && heads_goals(hr->cells[c]) && (c + 1 >= hr->n_cells || !hr->cells[c + 1]);
}

/* The column of goal codes in a table of coded goals (its header `hr`, `n` rows under it), the goals stated in the
 * column right of it; -1 for none. "Nr | Mål | Indikator | Målvärde": a number, the goal, how it is followed up (rows
 * of more than two columns, which the two-column goal list in goal_by_code does not take); "Mål | Nr | Delmål": the
 * codes in a column of their own, the goal column named; "Inriktningsmål | Delmål" with "Delmål" spanning the code and
 * its goal. Where the codes stand inside the table, the rows must show them. */
static int goal_code_column(const xrow *hr, const xrow *const *rows, guint n)
{
    if (hr->n_cells >= 3 && hr->cells[1] && names_goals(hr->cells[1]) && word_count(hr->cells[1]) <= 2 &&
        !(hr->cells[0] && (word_count(hr->cells[0]) != 1 || names_goals(hr->cells[0]))))
        return 0;
    for (int c = 0; c < hr->n_cells; c++) {
        bool numbered = header_field(hr->cells[c]) == COL_IGNORED && c + 1 < hr->n_cells && heads_goals(hr->cells[c + 1]);
        if ((numbered || header_spans_code(hr, c)) && codes_beside_goals(rows, n, c))
            return c;
    }
    return -1;
}

/* The goal coded `code` in the nearest table of coded goals above the row at `row` (the first below it where none
 * stands above), or NULL: a plan of several focus areas numbers each area's goals from 1 again, so only the area's own
 * table names the row's goals. */
static char *coded_goal_row(xctx *x, const char *code, const at_provenance *row)
{
    GPtrArray *tables = view_tables(x);
    const GPtrArray *nearest = NULL;
    int column = -1;
    for (guint t = 0; t < tables->len; t++) {
        const GPtrArray *rows = g_ptr_array_index(tables, t);
        const xrow *hr = g_ptr_array_index(rows, 0), *nearest_hr = nearest ? g_ptr_array_index(nearest, 0) : NULL;
        bool above = prov_before(&hr->prov, row), nearest_above = nearest_hr && prov_before(&nearest_hr->prov, row);
        bool nearer = !nearest_hr || (above ? !nearest_above || prov_before(&nearest_hr->prov, &hr->prov)
                                            : !nearest_above && prov_before(&hr->prov, &nearest_hr->prov));
        int c = nearer ? goal_code_column(hr, (const xrow *const *)rows->pdata + 1, rows->len - 1) : -1;
        if (c >= 0) {
            nearest = rows;
            column = c;
        }
    }
    char *goal = NULL;
    for (guint i = 1; nearest && i < nearest->len && !goal; i++) {
        const xrow *r = g_ptr_array_index(nearest, i);
        if (r->n_cells > column + 1 && r->cells[column] && r->cells[column + 1] &&
            (strcmp(r->cells[column], code) == 0 || strcmp(unlabelled_code(r->cells[column]), code) == 0))
            goal = coded_goal(r->cells[column + 1]);
    }
    g_ptr_array_unref(tables);
    return goal;
}

/* Does `s`, the words after a labelled code with no dash between ("Mål 1 Barn möter kultur"), start a goal's
 * heading anew with a capital? A sentence whose subject is the goal goes on in lower case ("Mål 1 uppfylldes delvis
 * …", "Delmål B har nåtts"): a follow-up, which names no goal. */
static bool heads_after_code(const char *s)
{
    return g_unichar_isupper(g_utf8_get_char(s)) || g_ascii_isdigit(s[0]);
}

/* The goal keyed `code` (a circled number) at the start of a table's cell: goals set in boxes side by side, which a
 * page reads as a table's row ("① X ska … | ② Y ska …"), or NULL. */
static char *goal_in_cell(xctx *x, const char *code)
{
    size_t n = strlen(code);
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        for (int c = 0; c < r->n_cells; c++)
            if (r->cells[c] && g_str_has_prefix(r->cells[c], code) && r->cells[c][n] == ' ')
                return coded_goal(r->cells[c] + n + 1);
    }
    return NULL;
}

/* Does a bold capital letter and a space open column 0 of every row under goal header `hr`, in order from "A" (two
 * rows or more: "Delmål | Nått senast" over "A Alla lågpunkter … | 2029", "B Nya …")? A lone capital may open any
 * sentence ("I Henån …"): only the unbroken order under a goal column letters goals. */
static bool lettered_goal_rows(const GPtrArray *rows)
{
    const xrow *hr = g_ptr_array_index(rows, 0);
    if (rows->len < 3 || !hr->n_cells || !heads_goals(hr->cells[0]))
        return false;
    for (guint i = 1; i < rows->len; i++) {
        const xrow *r = g_ptr_array_index(rows, i);
        const char *cell = r->n_cells ? r->cells[0] : NULL;
        if (!cell || cell[0] != (char)('A' + i - 1) || cell[1] != ' ' || word_count(cell + 2) < 3)
            return false;
    }
    return true;
}

/* The goal lettered `code` ("B") in a table of lettered goals (lettered_goal_rows), without its letter; or NULL. */
static char *lettered_goal(xctx *x, const char *code)
{
    if (!g_ascii_isupper(code[0]) || code[1])
        return NULL;
    GPtrArray *tables = view_tables(x);
    char *goal = NULL;
    for (guint t = 0; t < tables->len && !goal; t++) {
        const GPtrArray *rows = g_ptr_array_index(tables, t);
        guint at = (guint)(code[0] - 'A') + 1;
        if (at < rows->len && lettered_goal_rows(rows))
            goal = coded_goal(((const xrow *)g_ptr_array_index(rows, at))->cells[0] + 2);
    }
    g_ptr_array_unref(tables);
    return goal;
}

/* "M1" or "Mål 2" in a goal column of the row at `row`: the goal the text states as "M1 – Ny och befintlig ...". */
static char *goal_by_code(xctx *x, const char *code, const at_provenance *row)
{
    if (word_count(code) > 3 || strlen(code) > 24) /* an area's name may be three words: "Kultur och fritid" */
        return NULL;
    static const char *const dashes[] = { " – ", " - ", ": ", ". ", ") " };
    static const char *const labels[] = { "Mål ", "Delmål " };
    /* a list of the goals as a table: "D1 <tab> Invånare ska ...", "Delmål A <tab> X" */
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        int last = -1;
        filled_cells(r, &last); /* a goal list has two columns; an activity row that names the code has more */
        if (r->n_cells >= 2 && r->cells[0] && r->cells[1] &&
            (strcmp(r->cells[0], code) == 0 || strcmp(unlabelled_code(r->cells[0]), code) == 0) &&
            word_count(r->cells[1]) >= 3 && last == 1)
            return coded_goal(r->cells[1]);
    }
    char *coded = circled_digit(code) ? goal_in_cell(x, code) : coded_goal_row(x, code, row);
    coded = coded ? coded : lettered_goal(x, code);
    if (coded)
        return coded;
    /* a code of letter and digit ("D1") may stand before its goal with only a space, as a list
     * of two columns without rules reads in a PDF; a bare number ("1 Parter") may not */
    bool paren = g_ascii_islower(code[0]) && code[1] == ')' && !code[2]; /* "a)" for "a) X" */
    bool lettered = paren || (g_ascii_isalpha(code[0]) && strpbrk(code, "0123456789")) || circled_digit(code);
    /* so may a number of a hierarchy ("1.1" for "1.1 Varje elev ..."), on a line of its own: a goal that wraps
     * over lines is read whole by the goal lists' readers */
    size_t n = strlen(code);
    bool dotted = strchr(code, '.') && strspn(code, "0123456789.") == n && code[n - 1] != '.';
    lettered = lettered || dotted;
    char *nearest = NULL;
    for (guint i = 0; i < x->lines->len; i++) {
        const xline *l = g_ptr_array_index(x->lines, i);
        /* "a)" letters any list (a decision's "a) att anta ..." too): only the nearest list above the row names its
         * goals, and a clause of a decision ("att ...") none */
        if (paren && (l->fields || !prov_before(&l->prov, row)))
            continue;
        bool bullet; /* "- Makt: X", "1. Makt – X" for the name "Makt" */
        const char *t = plan_bullet(x, l->text, &bullet);
        if (!g_ascii_isdigit(code[0]) && numbered_item(t))
            t = numbered_item(t);
        const xline *next = i + 1 < x->lines->len ? g_ptr_array_index(x->lines, i + 1) : NULL;
        /* "B" or "M2" on a line of its own over its goal, which may wrap; a bare number there may be a page's */
        if (!paren && g_ascii_isalpha(code[0]) && strcmp(t, code) == 0 && !l->fields && next && !next->fields &&
            word_count(next->text) >= 3) {
            char *goal = wrapped_coded_goal(x, i + 1, next->text);
            if (goal)
                return goal;
        }
        /* "Mål A – X", "Delmål 2: X" for the code "A", "2"; after its label a letter or a number needs no dash
         * ("Delmål A X", "Mål 1 X") */
        const char *labelled = unlabelled_code(t);
        bool spaced = lettered || (labelled != t && ((g_ascii_isupper(code[0]) && !code[1]) ||
                                                     code[strspn(code, "0123456789")] == '\0'));
        t = g_str_has_prefix(labelled, code) ? labelled : t;
        if (!g_str_has_prefix(t, code))
            continue;
        for (size_t k = 0; k <= G_N_ELEMENTS(dashes); k++)
            if (k == G_N_ELEMENTS(dashes) ? spaced && t[strlen(code)] == ' ' && word_count(t + strlen(code)) >= 3 &&
                                                (!dotted || line_alone(x, i)) &&
                                                (lettered || heads_after_code(t + strlen(code) + 1))
                                          : g_str_has_prefix(t + strlen(code), dashes[k])) {
                size_t sep = k == G_N_ELEMENTS(dashes) ? 1 : strlen(dashes[k]);
                char *goal = wrapped_coded_goal(x, i, t + strlen(code) + sep);
                if (goal && !paren)
                    return goal;
                if (goal && !g_str_has_prefix(goal, "att ")) {
                    g_free(nearest);
                    nearest = goal;
                    break;
                }
                g_free(goal);
            }
    }
    /* "Delmål 1.1" in the column for the goal stated as "1.1 X": the number of a hierarchy after its label */
    for (size_t k = 0; !nearest && k < G_N_ELEMENTS(labels); k++) {
        const char *bare = g_str_has_prefix(code, labels[k]) ? code + strlen(labels[k]) : NULL;
        if (bare && strchr(bare, '.') && strspn(bare, "0123456789.") == strlen(bare))
            return goal_by_code(x, bare, row);
    }
    return nearest;
}

bool goal_code_stated(xctx *x, const char *code, const at_provenance *row)
{
    char *goal = goal_by_code(x, code, row);
    g_free(goal);
    return goal != NULL;
}

/* The goal's own text without its label or code ("Huvudmål: X", "M1 – X" are X): what a goal is stored and
 * looked up by, so that a goal named on several rows stays one goal. */
static const char *goal_title(const char *s)
{
    s = strip_goal_label(s);
    const char *coded = goal_code_rest(s);
    if (coded)
        return coded;
    /* "① Hälsingegårdarna ska …": a goal keyed by a circled number, as a table's goal column cites it */
    const char *after = g_utf8_next_char(s);
    char *mark = g_strndup(s, (size_t)(after - s));
    bool circled = circled_digit(mark) && *after == ' ' && g_unichar_isupper(g_utf8_get_char(after + 1)) &&
                   word_count(after + 1) >= 3;
    g_free(mark);
    if (circled)
        return after + 1;
    /* "1 Dagvatten ska tas om hand ...", "2.1 Fler ...": a goal numbered with only a space after its number */
    size_t digits = strspn(s, "0123456789.");
    if (digits && digits <= 4 && g_ascii_isdigit(s[0]) && s[digits] == ' ' &&
        g_unichar_isupper(g_utf8_get_char(s + digits + 1)) && word_count(s + digits + 1) >= 3)
        return s + digits + 1;
    return s;
}

/* The key a theme or main goal is found by: its parent, its kind and its folded title. */
static char *goal_key(const at_rnode *parent, const char *name, const char *title)
{
    char *f = folded_copy(title);
    char *key = g_strdup_printf("%p %s %s", (const void *)parent, name, f);
    g_free(f);
    return key;
}

/* A goal element (theme, mainGoal, subGoal) with its title/text and an ID. */
static at_rnode *add_goal(xctx *x, at_rnode *parent, const char *name, const char *text, const at_provenance *prov)
{
    at_rnode *g = rn_add(parent, name);
    char *id = new_id(x, "g");
    rn_attr_set(g, "id", "%s", id);
    g_free(id);
    rn_set_prov(g, prov);
    text = goal_title(text);
    if (strcmp(name, "subGoal") == 0) {
        rn_set_text(g, text);
        return g;
    }
    const at_rnode *title = rn_add_text(g, "title", text, prov);
    if (!x->goal_index)
        x->goal_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    char *key = goal_key(parent, name, title->text ? title->text : "");
    if (g_hash_table_contains(x->goal_index, key))
        g_free(key);
    else
        g_hash_table_insert(x->goal_index, key, g);
    return g;
}

/* An existing child goal with this title, so that a theme named twice stays one theme (by the index: a table of
 * many themes would compare each with all before it). */
static at_rnode *find_goal(xctx *x, at_rnode *parent, const char *name, const char *title)
{
    if (!x->goal_index)
        return NULL;
    char *key = goal_key(parent, name, goal_title(title));
    at_rnode *g = g_hash_table_lookup(x->goal_index, key);
    g_free(key);
    return g;
}

/* The main goal the document states by the code one level above sub-goal code `code` ("A" over "A1" or "A.1", "1"
 * over "1a", "1.2" or "Delmål 1a"), found or added at the top; NULL when the code has no level above or the document
 * states no goal by it. */
static at_rnode *coded_main_goal(xctx *x, const char *code, const at_provenance *row)
{
    const char *bare = unlabelled_code(code);
    if (goal_code_level(bare) != 2)
        return NULL;
    char *up = g_strndup(bare, g_ascii_isupper(bare[0]) ? 1 : strspn(bare, "0123456789"));
    char *stated = goal_by_code(x, up, row);
    at_rnode *g = stated ? find_goal(x, x->goals, "mainGoal", stated) : NULL;
    if (stated && !g)
        g = add_goal(x, x->goals, "mainGoal", stated, row);
    g_free(up);
    g_free(stated);
    return g;
}

/* Goal `g` and its descendants into the set `nodes`. */
static void gather_goal(const at_rnode *g, GHashTable *nodes)
{
    g_hash_table_add(nodes, (gpointer)g);
    for (guint i = 0; i < g->children->len; i++)
        gather_goal(g_ptr_array_index(g->children, i), nodes);
}

static gboolean indexes_one_of(gpointer key, gpointer value, gpointer nodes)
{
    (void)key;
    return g_hash_table_contains(nodes, value);
}

/* Child `i` of goal `parent` removed, and its children with it: they leave the index, the other goals stay in it. */
static void remove_goal(xctx *x, at_rnode *parent, guint i)
{
    if (x->goal_index) {
        GHashTable *nodes = g_hash_table_new(NULL, NULL);
        gather_goal(g_ptr_array_index(parent->children, i), nodes);
        g_hash_table_foreach_remove(x->goal_index, indexes_one_of, nodes);
        g_hash_table_unref(nodes);
    }
    g_ptr_array_remove_index(parent->children, i); /* frees it */
}

static void add_time(xctx *x, at_rnode *act, const char *cell, const at_provenance *prov)
{
    at_rnode *t = rn_add_text(act, "time", cell, prov);
    xdate d;
    if (find_date(x, cell, x->year, &d)) {
        rn_attr_set(t, "date", "%s", d.iso);
        return;
    }
    size_t from = 0;
    int first = 0, last = 0;
    while (pat_match(x, PAT_YEAR, cell, from)) {
        size_t a, b;
        pat_span(x, 1, &a, &b);
        int y = atoi(cell + a);
        if (!first)
            first = y;
        last = y;
        from = b;
    }
    if (!first)
        return;
    rn_attr_set(t, "from", "%d", first);
    /* "Från januari 2024", "Hösten 2023, därefter ...": a start, not a period within one year. */
    bool open_ended = first == last && (folded_contains(cell, "fran") || folded_contains(cell, "darefter") ||
                                        folded_contains(cell, "arligen") || folded_contains(cell, "lopande") ||
                                        folded_contains(cell, "fr o m") || folded_contains(cell, "fr.o.m"));
    if (!open_ended)
        rn_attr_set(t, "to", "%d", last);
}

static void add_cost(xctx *x, at_rnode *act, const char *cell, const char *header, const at_provenance *prov)
{
    at_rnode *c = rn_add_text(act, "cost", cell, prov);
    long long amount;
    if (column_amount(x, cell, header, &amount)) {
        rn_attr_set(c, "amount", "%lld", amount);
        rn_attr_set(c, "currency", "SEK");
        if (g_strstr_len(cell, -1, "per år") || g_strstr_len(cell, -1, "/år"))
            rn_attr_set(c, "per", "year");
    }
}

/* "Se ovan", "Som ovan", "Samma som ovan", "D:o": the same column's value in the row above. */
static bool is_see_above(const char *s)
{
    static const char *const refs[] = { "se ovan", "som ovan", "samma som ovan", "se ovan.", "som ovan.", "d:o", "dito" };
    for (size_t i = 0; s && i < G_N_ELEMENTS(refs); i++)
        if (folded_equal(s, refs[i]))
            return true;
    return false;
}

static bool ends_role(const char *from, const char *to);

/* Is " och " at `at` inside one name of an area ("Kultur och fritid", "Vård och omsorg"): one word
 * before it, one lower-case word after it not in the definite or plural form bodies and people take
 * ("polisen", "bostadsbolagen", "fritidsledare"), no role ("Terminalchef och kommunikatör" are two people)?
 * The area may close a list of capitalised bodies ("Valkansliet, Kultur och fritid"), its one word after the
 * list's last comma. */
static bool one_area(const char *cell, const char *at)
{
    const char *next = at + strlen(" och "), *word = g_strrstr_len(cell, at - cell, ", ");
    word = word ? word + 2 : cell;
    size_t len = strcspn(next, " ,/");
    if (memchr(word, ' ', (size_t)(at - word)) || next[len] || !g_unichar_islower(g_utf8_get_char(next)) ||
        (word > cell && !g_unichar_isupper(g_utf8_get_char(word))) || ends_role(word, at))
        return false;
    static const char *const definite[] = { "en", "et", "na", "n", "er", "ar", "or", "are" }; /* and plurals */
    for (size_t i = 0; i < G_N_ELEMENTS(definite); i++)
        if (len >= strlen(definite[i]) && memcmp(next + len - strlen(definite[i]), definite[i], strlen(definite[i])) == 0)
            return false;
    return true;
}

/* The words that end a body's name in a table ("Samhällsbyggnadsförvaltningen", "Kostenheten"). */
static const struct {
    const char *definite, *indefinite;
    bool clipped; /* the word with an r for its last n is no plural ("enheter" is) */
} bodies[] = { { "förvaltningen", "förvaltning", true }, { "avdelningen", "avdelning", true },
               { "enheten", "enhet", false },            { "kontoret", "kontor", false },
               { "nämnden", "nämnd", false },            { "styrelsen", "styrelse", false },
               { "sektionen", "sektion", false },        { "förbundet", "förbund", false },
               { "verksamheten", "verksamhet", false } };

/* Does the word [from, to) end in a body word? */
static bool ends_body(const char *from, const char *to)
{
    for (size_t b = 0; b < G_N_ELEMENTS(bodies); b++) {
        size_t n = strlen(bodies[b].definite);
        if ((size_t)(to - from) >= n && memcmp(to - n, bodies[b].definite, n) == 0)
            return true;
    }
    return false;
}

/* Does the word [from, to) end in one of the `n` endings, whatever its case? */
static bool ends_in_one(const char *from, const char *to, const char *const *endings, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(endings[i]);
        if ((size_t)(to - from) >= len && g_ascii_strncasecmp(to - len, endings[i], len) == 0)
            return true;
    }
    return false;
}

/* Does the word [from, to) name a role ("Miljöstrategen", "Förskolechefer", "Rektor")? Two on separate lines of a
 * cell reach the export as one line; a role before a name ("Rektor Anna Andersson") is one person. */
static bool ends_role(const char *from, const char *to)
{
    static const char *const roles[] = { "chef", "chefen", "chefer", "strateg", "strategen", "samordnare",
                                         "samordnaren", "rektor", "rektorer", "rektorerna", "handläggare",
                                         "handläggaren", "ansvarig", "ansvariga" };
    return ends_in_one(from, to, roles, G_N_ELEMENTS(roles));
}

/* A body's name whose end a scan lost where it ran over its column's rule: the word [from, to), a
 * compound, ends in the first letters of a definite body word ("Samhällsbyggnadsförvaltnin", at most
 * four lost and not an indefinite word: "Kommunikationsenhet") or in all of it with its last n clipped
 * to an r where no plural ends so ("Utbildningsförvaltninger"), or in its first letters and the next one
 * cut to a c, i or colon ("...förvaltninc", "Kommunikationsenhete:"). Returns what completes the word after
 * its last `*drop` bytes are dropped, or NULL. */
static const char *body_tail(const char *from, const char *to, size_t *drop)
{
    size_t n = (size_t)(to - from);
    for (size_t b = 0; b < G_N_ELEMENTS(bodies); b++) {
        const char *body = bodies[b].definite;
        size_t full = strlen(body);
        *drop = 1;
        if (bodies[b].clipped && n >= full + 3 && to[-1] == 'r' && strncmp(to - full, body, full - 1) == 0)
            return body + full - 1;
        for (size_t k = full - 1; k >= 4 && k + 4 >= full; k--) {
            bool cut = (body[k] & 0xC0) != 0x80 && k != strlen(bodies[b].indefinite);
            *drop = 0;
            if (n >= k + 3 && cut && strncmp(to - k, body, k) == 0)
                return body + k;
            /* the letter the rule cut read as a thin or open one: "Samhällsbyggnadsförvaltninc" */
            *drop = 1;
            if (n >= k + 4 && cut && strchr("ci:", to[-1]) && to[-1] != body[k] &&
                strncmp(to - 1 - k, body, k) == 0)
                return body + k;
        }
    }
    return NULL;
}

/* `name` with its last word completed as body_tail says, or as it was; `name` is freed. */
static char *complete_body(char *name)
{
    const char *word = strrchr(name, ' ') ? strrchr(name, ' ') + 1 : name, *end = name + strlen(name);
    size_t drop;
    const char *tail = body_tail(word, end, &drop);
    if (!tail)
        return name;
    char *out = g_strdup_printf("%.*s%s", (int)(end - name - (ptrdiff_t)drop), name, tail);
    g_free(name);
    return out;
}

/* The length of the bullet and space at `p` ("• ", "· ", "▪ "; OCR reads a small one as ". " after the
 * first), or 0. */
static size_t bullet_len(const char *p, bool dot_too)
{
    static const char *const bullets[] = { "• ", "· ", "▪ ", ". " };
    for (size_t i = 0; i < G_N_ELEMENTS(bullets) - !dot_too; i++)
        if (g_str_has_prefix(p, bullets[i]))
            return strlen(bullets[i]);
    return 0;
}

/* Is the capitalised word [from, to) a noun in the definite form ("Elevhälsan", "Skolorna", "Badhuset")? */
static bool definite_noun(const char *from, const char *to)
{
    static const char *const endings[] = { "en", "an", "na", "et" };
    return to - from >= 6 && g_unichar_isupper(g_utf8_get_char(from)) &&
           ends_in_one(from, to, endings, G_N_ELEMENTS(endings));
}

/* Is the word [from, to) the head noun of a name that follows it ("Föreningen SPF Seniorerna", "Stiftelsen
 * Bergsgården"), one body with it? */
static bool heads_name(const char *from, const char *to)
{
    /* the forms an organisation takes, as its name's head: "Studieförbundet Vuxenskolan", "Bostadsbolaget Ekgården" */
    static const char *const heads[] = { "föreningen", "stiftelsen", "sällskapet", "kooperativet", "förbundet",
                                         "bolaget", "samfundet" };
    return ends_in_one(from, to, heads, G_N_ELEMENTS(heads));
}

/* Does the text at `p` open a body's name: an acronym ("PRO och SPF"), a genitive before a lower-case word
 * ("Förvaltningens kansli"), a unit ("Fältgruppen") or a service named by what it does ("Fritidsgården",
 * "Hemtjänsten")? A place after a body ("Räddningstjänsten Mälardalen", "Fritidsgården Oasen") does none of
 * these. */
static bool opens_body(const char *p)
{
    static const char *const services[] = { "tjänsten", "utbildningen", "omsorgen", "skolan", "skolorna", "gården",
                                            "biblioteket" };
    size_t len = strcspn(p, " ,/");
    char *word = g_strndup(p, len);
    bool acronym = len >= 2 && strcmp(word, "AB") != 0; /* a company's form, no body */
    for (const char *c = word; *c && acronym; c = g_utf8_next_char(c))
        acronym = g_unichar_isupper(g_utf8_get_char(c));
    bool genitive = len > 2 && word[len - 1] == 's' && p[len] == ' ' && g_unichar_islower(g_utf8_get_char(p + len + 1));
    bool unit = names_unit(word) || ends_in_one(p, p + len, services, G_N_ELEMENTS(services));
    g_free(word);
    return acronym || genitive || unit;
}

/* Does the role label "Word:" at `p` name a supporting role ("Stöd:", "Medverkande:", "Deltar:"): its bodies help
 * the responsible ones and are no responsible of their own? */
static bool names_support(const char *p)
{
    static const char *const stems[] = { "stod", "medverk", "samverk", "delta", "bista", "involver", "samrad",
                                         "konsulter", "informer" };
    for (size_t i = 0; i < G_N_ELEMENTS(stems); i++)
        if (folded_starts(p, stems[i]))
            return true;
    return false;
}

/* The length of a role label at `p` ("Huvudansvar: ", "Stöd: "): one capitalised word of lower-case letters
 * and a colon with names after it, not a body's name ("Kommunstyrelsen: …", "KS: …"); 0 when there is none. */
static size_t role_label_len(const char *p)
{
    if (!g_unichar_isupper(g_utf8_get_char(p)))
        return 0;
    const char *q = g_utf8_next_char(p);
    while (*q && g_unichar_islower(g_utf8_get_char(q)))
        q = g_utf8_next_char(q);
    if (q - p < 3 || q[0] != ':' || q[1] != ' ' || !q[2] || ends_body(p, q)) /* "Kommunikationsenhete:": a cut body */
        return 0;
    return (size_t)(q - p) + 2;
}

/* Does the role label at `p`, `len` bytes with its colon, name a role ("Stöd:", "Ansvarig:", "Ägare:") rather than
 * end a name holding its unit ("Region Norrby: Vårdhygien")? */
static bool names_role(const char *p, size_t len)
{
    static const char *const owners[] = { "ansvar", "agare", "utfor" };
    char *word = g_strndup(p, len);
    bool role = names_support(p);
    for (size_t i = 0; !role && i < G_N_ELEMENTS(owners); i++)
        role = folded_contains(word, owners[i]);
    g_free(word);
    return role;
}

/* The part of a responsible cell that names the responsible bodies, without its role label. A cell may label its
 * bodies by role ("Huvudansvar: X Stöd: Y", "Ansvarig: X, Y Medverkande: Z", "X Stöd: Y"): the first part whose
 * role is not a supporting one holds them. A label inside the cell parts roles only when it names one (after a
 * label opening the cell) or names support, so that a name's word before a colon is not taken for one. A cell
 * naming supporters only ("Samverkan: X, Y") keeps its first part: they are all the bodies it names. Caller frees. */
static char *main_owners(const char *cell)
{
    size_t lead = role_label_len(cell);
    const char *part = cell + lead, *end = part, *first_end = NULL;
    bool found = !(lead && names_support(cell));
    for (; *end; end++) {
        size_t label = end > cell && end[-1] == ' ' ? role_label_len(end) : 0;
        if (!label || !(lead ? names_role(end, label) : names_support(end)))
            continue;
        first_end = first_end ? first_end : end;
        if (found)
            break;
        part = end + label;
        found = !names_support(end);
    }
    if (!found) {
        part = cell + lead;
        end = first_end ? first_end : end;
    }
    return g_strstrip(g_strndup(part, (size_t)(end - part)));
}

/* The bodies a responsible cell names, as split_parties finds them, but for what a table writes
 * as one: "Kultur och fritid" (an area named by two words, one_area), "Kultur-, demokrati-
 * och fritidsförvaltningen" (a part ending in a hyphen shares the last one's ending); and
 * "Vuxenutbildningen/ Socialförvaltningen" is two, as are the items of a bulleted cell. */
static char **split_responsible(const char *labelled)
{
    char *cell = main_owners(labelled);
    GString *s = g_string_new(NULL);
    size_t lead = bullet_len(cell, false);
    const char *word = cell + lead, *part = word;
    for (const char *p = cell + lead; *p; p++) {
        size_t item = lead && *p == ' ' ? bullet_len(p + 1, true) : 0;
        size_t drop;
        const char *next_end = *p == ' ' ? p + 1 + strcspn(p + 1, " ") : p;
        bool roles = *p == ' ' && ends_role(word, p) && (ends_role(p + 1, next_end) || ends_body(p + 1, next_end));
        /* A body in the definite form, then a second one's name right after a name's word: "Elevhälsan
         * Förvaltningens kansli", "Simhallen Norrvik Fritidsgården"; "Varberg Vatten AB", "Stiftelsen Bergsgården"
         * and "HR-avdelningen och IT-enheten" (parted by its "och") are not */
        const char *part_end = part + strcspn(part, " ");
        bool joined = *p == ' ' && g_unichar_isupper(g_utf8_get_char(word)) && definite_noun(part, part_end) &&
                      !heads_name(part, part_end) && opens_body(p + 1);
        /* "Studieförbundet Vuxenskolan": an organisation's form and its name, unless a body follows it */
        bool named = *p == ' ' && heads_name(word, p) && !ends_body(p + 1, next_end);
        /* "Skolområde Norr Skolområde Väst": no name repeats its own first word */
        size_t head = (size_t)(part_end - part);
        bool repeats = *p == ' ' && p > part_end && (size_t)(next_end - p - 1) == head && !strncmp(p + 1, part, head);
        if (*p == ' ' && !item && !named &&
            (ends_body(word, p) || roles || joined || repeats || body_tail(word, p, &drop)) &&
            g_unichar_isupper(g_utf8_get_char(p + 1))) {
            g_string_append(s, ", "); /* "Tillväxtenheten Byalagen": one a line in the cell */
            part = p + 1;
        } else if (item) {
            g_string_append(s, ", ");
            p += item;
            part = p + 1;
        } else if (p[0] == '/' && p[1] == ' ') {
            g_string_append(s, ", ");
            p++;
            part = p + 1;
        } else if (p[0] == ',' && p[1] == ' ' && p > cell && p[-1] == '-') {
            g_string_append(s, ",\u00a0"); /* no separator split_parties sees */
            p++;
        } else if (g_str_has_prefix(p, " och ") && one_area(cell, p)) {
            g_string_append(s, " och\u00a0");
            p += 4;
        } else {
            g_string_append_c(s, *p);
        }
        if (*p == ' ')
            word = p + 1;
    }
    char **parts = split_parties(s->str);
    g_string_free(s, TRUE);
    g_free(cell);
    for (char **part = parts; *part; part++) {
        char **pieces = g_strsplit(*part, "\u00a0", -1);
        g_free(*part);
        *part = complete_body(g_strjoinv(" ", pieces));
        g_strfreev(pieces);
    }
    return parts;
}

bool names_responsible_body(const char *s)
{
    if (word_count(s) > 6 || !g_unichar_isupper(g_utf8_get_char(s)) || strpbrk(s, "()§:"))
        return false;
    char **parts = split_responsible(s);
    bool bodies = parts[0] != NULL;
    for (char **part = parts; *part && bodies; part++) {
        const char *end = *part + strlen(*part), *last = strrchr(*part, ' ') ? strrchr(*part, ' ') + 1 : *part;
        bodies = ends_body(last, end) || ends_role(last, end) || opens_body(*part) || role_like(*part);
    }
    g_strfreev(parts);
    return bodies;
}

/* The row's time cells joined: "Mars 2026 – Okt 2026" from the columns "Start" and "Slut" (one time per activity). */
static char *time_span(const xrow *r, const column_field *cols, int n_cols)
{
    GString *span = g_string_new(NULL);
    for (int c = 0; c < r->n_cells && c < n_cols; c++)
        if (r->cells[c] && cols[c] == COL_TIME)
            g_string_append_printf(span, "%s%s", span->len ? " – " : "", r->cells[c]);
    return g_string_free(span, FALSE);
}

/* Is the subject `s` (up to `end`) a body a sentence can name, not a pronoun ("Vi ansvarar", "Alla ansvarar")? */
static bool names_subject_body(const char *s, const char *end)
{
    static const char *const pronouns[] = { "Vi", "Man", "Den", "Det", "De", "Alla", "Ingen", "Var", "Vem" };
    size_t first = strcspn(s, " ");
    if (s + first > end)
        first = (size_t)(end - s);
    for (size_t k = 0; k < G_N_ELEMENTS(pronouns); k++)
        if (strlen(pronouns[k]) == first && strncmp(s, pronouns[k], first) == 0)
            return false;
    char *subject = g_strndup(s, (size_t)(end - s));
    bool body = g_unichar_isupper(g_utf8_get_char(s)) && word_count(subject) <= 6;
    g_free(subject);
    return body;
}

/* Does sentence `s` open on an adverbial of time or place ("Under hösten …", "I år …", "Från mars …", "Därefter …")?
 * Swedish puts the verb second, so its subject then stands after the verb. */
static bool opens_on_adverbial(const char *s)
{
    static const char *const openers[] = { "Under", "I", "Från", "Fram", "Efter", "Före", "Inför", "Till", "Vid",
                                           "På", "Med", "Inom", "Sedan", "Redan", "Då", "Nu", "Därefter", "Dessutom",
                                           "Också", "Även", "Här", "Där", "Framöver", "Fortsatt", "Tillsammans",
                                           "Varje", "Enligt", "Hos", "Utöver", "Förutom", "Liksom", "Vidare" };
    size_t first = strcspn(s, " ,");
    for (size_t k = 0; k < G_N_ELEMENTS(openers); k++)
        if (strlen(openers[k]) == first && strncmp(s, openers[k], first) == 0)
            return true;
    return false;
}

/* The subject standing after `verb` in an inverted sentence ("Under hösten ansvarar fritidsgården Pulsen för …"
 * gives "Fritidsgården Pulsen"), up to "för" or the sentence's end, when it names a body; else NULL. Caller frees. */
static char *subject_after_verb(const char *s, const char *verb)
{
    const char *at = strstr(s, verb);
    if (!at)
        return NULL;
    const char *subject = at + strlen(verb), *end = strstr(subject, " för ");
    char *name = g_strndup(subject, end ? (size_t)(end - subject) : strlen(subject));
    gunichar c = g_utf8_get_char(name);
    char *rest = g_utf8_next_char(name), head[8] = { 0 };
    g_unichar_to_utf8(g_unichar_toupper(c), head);
    char *upper = g_strconcat(head, rest, NULL);
    g_free(name);
    if (!*upper || !names_subject_body(upper, upper + strlen(upper))) {
        g_free(upper);
        return NULL;
    }
    return upper;
}

/* "Ansvarig är X", "Ansvar: X", "X ansvarar (för …)", "X har ansvaret": the bodies a description's sentence names
 * responsible, or NULL; caller frees. */
static char *responsible_in_sentence(const char *s)
{
    static const char *const leads[] = { "Ansvarig är ", "Ansvariga är ", "Huvudansvarig är ", "Ansvarig: ",
                                         "Ansvariga: ", "Ansvar: ", "Huvudansvar: ", "Ansvaret ligger på ",
                                         "Ansvaret ligger hos ", "Ansvarar: " };
    static const char *const tails[] = { " ansvarar", " har ansvaret", " har huvudansvaret", " är ansvarig",
                                         " är ansvariga" };
    for (size_t k = 0; k < G_N_ELEMENTS(leads); k++) {
        const char *rest = folded_prefix_end(s, leads[k]);
        if (rest && g_unichar_isupper(g_utf8_get_char(rest)))
            return g_strdup(rest);
    }
    if (opens_on_adverbial(s))
        return subject_after_verb(s, " ansvarar ");
    for (size_t k = 0; k < G_N_ELEMENTS(tails); k++) {
        const char *at = strstr(s, tails[k]);
        const char *after = at ? at + strlen(tails[k]) : NULL;
        if (at && (!*after || *after == ' ') && names_subject_body(s, at))
            return g_strndup(s, (size_t)(at - s));
    }
    return NULL;
}

/* Does a description's sentence name a cost: a word of costs or budget ("Kostnad", "Beräknad kostnad", "kostar",
 * "Budget 20 tkr")? */
static bool names_cost(const char *s)
{
    static const char *const nouns[] = { "kostnad", "budget", "pris" }; /* "Kostnadsfritt" says who pays nothing */
    static const char *const verbs[] = { "kostar", "kosta", "kostade", "kostat" };
    char **words = g_strsplit_set(s, " ,:", -1);
    bool cost = false;
    for (char **w = words; *w && !cost; w++) {
        char *folded = folded_copy(*w);
        for (size_t k = 0; k < G_N_ELEMENTS(nouns) && !cost; k++)
            cost = word_headed_by(folded, nouns[k]);
        for (size_t k = 0; k < G_N_ELEMENTS(verbs) && !cost; k++)
            cost = strcmp(folded, verbs[k]) == 0;
        g_free(folded);
    }
    g_strfreev(words);
    return cost;
}

/* The cost a description's sentence states: its amount ("Kostnad 15 000 kr för …" gives "15 000 kr"), or the
 * whole sentence when it says the work costs nothing extra ("Ryms i befintlig budget", "Inom befintlig ram",
 * "Ingen extra kostnad"); NULL if none. Caller frees. */
static char *cost_in_sentence(xctx *x, const char *s)
{
    static const char *const none_extra[] = { "befintlig budget", "befintliga budget", "befintlig ram",
                                              "befintliga ramar", "ingen extra kostnad", "ingen merkostnad",
                                              "inga extra kostnader", "inga merkostnader", "ingen kostnad" };
    long long amount;
    size_t a, b;
    if (names_cost(s) && money_at(x, s, 0, &amount, &a, &b)) /* a number of no currency ("40 platser") is none */
        return g_strndup(s + a, b - a);
    for (size_t k = 0; k < G_N_ELEMENTS(none_extra); k++)
        if (folded_contains(s, none_extra[k]))
            return g_strdup(s);
    return NULL;
}

/* Does sentence `s` name a decision ("Bygger på nämndens beslut den 12 juni 2025, § 45", "Enligt KF-beslut 2019")?
 * Its date is the decision's, not the activity's. */
static bool dates_decision(const char *s)
{
    char **words = g_strsplit_set(s, " ,.:", -1);
    bool decision = strstr(s, "§") != NULL;
    for (char **w = words; *w && !decision; w++) {
        char *folded = folded_copy(*w);
        decision = word_headed_by(folded, "beslut") || g_str_has_prefix(folded, "beslutade");
        g_free(folded);
    }
    g_strfreev(words);
    return decision;
}

/* The time a description's sentence states, or NULL (caller frees): after a verb or label of when the work is done
 * ("Genomförs april–september 2027", "Klart senast 30 juni 2027", "Tid: hösten 2027"); a short sentence of no verb
 * that names a year ("Från den 1 mars 2027", "Varannan torsdag under hösten 2027"); else the day a sentence names
 * ("Första mötet hålls den 16 februari 2027 i …" gives "16 februari 2027"). */
static char *time_in_sentence(xctx *x, const char *s)
{
    static const char *const leads[] = { "Genomförs ", "Genomförande: ", "Startar ", "Start: ", "Påbörjas ",
                                         "Pågår ", "Klart ", "Klar ", "Färdigt ", "Avslutas ", "Sker ", "Görs ",
                                         "Införs ", "Tid: ", "Tidpunkt: ", "Tidplan: ", "Period: ", "När: " };
    xdate d;
    bool dated = find_date(x, s, x->year, &d);
    bool yeared = dated || pat_match(x, PAT_YEAR, s, 0);
    if (!yeared)
        return NULL;
    for (size_t k = 0; k < G_N_ELEMENTS(leads); k++) {
        const char *rest = folded_prefix_end(s, leads[k]);
        if (rest)
            return g_strdup(rest);
    }
    if (dates_decision(s))
        return NULL;
    if (word_count(s) <= 6 && !has_verb(s))
        return g_strdup(s);
    return dated && strlen(d.iso) == 10 ? g_strndup(s + d.start, d.end - d.start) : NULL;
}

char **text_sentences(const char *text)
{
    GPtrArray *out = g_ptr_array_new();
    size_t from = 0, n = strlen(text);
    for (size_t i = 0; i <= n; i++)
        if (i == n || (sentence_ends_at(text, i) && g_unichar_isupper(g_utf8_get_char(text + i + 2)))) {
            char *s = g_strstrip(g_strndup(text + from, i - from));
            size_t len = strlen(s);
            if (len && s[len - 1] == '.')
                s[len - 1] = '\0';
            g_ptr_array_add(out, s);
            from = i + 1;
        }
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

/* Where an activity's element stands in the schema's sequence. */
static int field_rank(const at_rnode *n)
{
    static const char *const order[] = { "title", "description", "commissioner", "responsible", "expectedResult",
                                         "time", "cost", "comment", "status", "column", "contact", "seeAlso" };
    for (size_t k = 0; k < G_N_ELEMENTS(order); k++)
        if (strcmp(n->name, order[k]) == 0)
            return (int)k;
    return (int)G_N_ELEMENTS(order);
}

static gint by_field_rank(gconstpointer a, gconstpointer b)
{
    return field_rank(*(at_rnode *const *)a) - field_rank(*(at_rnode *const *)b);
}

/* An activity described in sentences ("Aktivitet | Beskrivning": "… Ansvarig är X. Genomförs hösten 2027. Kostnad
 * 15 000 kr."): the responsible, time and cost its row gives no column for, from the description's sentences. */
static void fields_from_description(xctx *x, at_rnode *act)
{
    const at_rnode *desc = at_rnode_find(act, "description");
    if (!desc || !desc->text)
        return;
    bool responsible = at_rnode_find(act, "responsible"), timed = at_rnode_find(act, "time"),
         costed = at_rnode_find(act, "cost");
    char **sentences = text_sentences(desc->text);
    for (char **s = sentences; *s; s++) {
        char *value = NULL;
        if (!responsible && (value = responsible_in_sentence(*s))) {
            char **parties = split_responsible(value);
            for (char **p = parties; *p; p++)
                rn_add_text(act, "responsible", *p, &desc->prov);
            g_strfreev(parties);
            responsible = true;
        } else if (!costed && (value = cost_in_sentence(x, *s))) {
            add_cost(x, act, value, "", &desc->prov);
            costed = true;
        } else if (!timed && (value = time_in_sentence(x, *s))) {
            add_time(x, act, value, &desc->prov);
            timed = true;
        }
        g_free(value);
    }
    g_strfreev(sentences);
    g_ptr_array_sort(act->children, by_field_rank);
}

/* One activity row: cells into fields in the schema's order. `Se ovan` cells other than the title are
 * already replaced by the value above; refers_above says the row had such cells. `merged_from`, when set, is
 * where the responsible cell taken from above stands. */
static void add_activity(xctx *x, const xrow *r, bool refers_above, const at_provenance *merged_from,
                         const column_field *cols, char *const *names, int n_cols, const char *goal_id)
{
    at_rnode *act = rn_add(x->activities, "activity");
    char *id = new_id(x, "a");
    rn_attr_set(act, "id", "%s", id);
    g_free(id);
    if (goal_id)
        rn_attr_set(act, "goal", "%s", goal_id);
    rn_set_prov(act, &r->prov);
    static const column_field order[] = { COL_TITLE, COL_DESCRIPTION, COL_COMMISSIONER, COL_RESPONSIBLE, COL_RESULT,
                                          COL_TIME, COL_COST, COL_COMMENT, COL_STATUS, COL_OTHER, COL_CONTACT };
    static const char *const element[] = { [COL_TITLE] = "title", [COL_DESCRIPTION] = "description",
                                           [COL_COMMISSIONER] = "commissioner", [COL_RESULT] = "expectedResult",
                                           [COL_COMMENT] = "comment", [COL_STATUS] = "status" };
    const char *see_above = NULL;
    bool timed = false;
    for (size_t k = 0; k < G_N_ELEMENTS(order); k++) {
        for (int c = 0; c < r->n_cells && c < n_cols; c++) {
            const char *cell = r->cells[c];
            if (!cell || cols[c] != order[k] || (cols[c] == COL_TIME && timed))
                continue;
            if (is_see_above(cell))
                see_above = cell;
            switch (order[k]) {
            case COL_RESPONSIBLE: {
                at_provenance prov = merged_from ? *merged_from : r->prov;
                if (merged_from) {
                    prov.confidence = 0.8; /* inferred: the text stands in the row above */
                    warn(x, &r->prov, "empty responsible cell: '%s' from the cell above, taken as merged down", cell);
                }
                char **parties = split_responsible(cell);
                for (char **p = parties; *p; p++)
                    rn_add_text(act, "responsible", *p, &prov);
                g_strfreev(parties);
                break;
            }
            case COL_TIME: {
                char *span = time_span(r, cols, n_cols);
                add_time(x, act, span, &r->prov);
                g_free(span);
                timed = true;
                break;
            }
            case COL_COST:
                add_cost(x, act, cell, names[c], &r->prov);
                break;
            case COL_CONTACT: {
                at_rnode *n = rn_add_text(act, "contact", cell, &r->prov);
                rn_attr_set(n, "role", "%s", names[c]);
                break;
            }
            case COL_OTHER: {
                at_rnode *n = rn_add_text(act, "column", cell, &r->prov);
                rn_attr_set(n, "header", "%s", names[c]);
                break;
            }
            default: {
                /* two columns for one field (rare) are joined */
                at_rnode *prev = (at_rnode *)at_rnode_find(act, element[order[k]]);
                if (prev) {
                    char *joined = g_strconcat(prev->text, " ", cell, NULL);
                    rn_set_text(prev, joined);
                    g_free(joined);
                } else {
                    rn_add_text(act, element[order[k]], cell, &r->prov);
                }
            }
            }
        }
    }
    fields_from_description(x, act);
    /* "Se ovan": the activity of the same title above says it all. */
    const at_rnode *title = at_rnode_find(act, "title");
    if ((see_above || refers_above) && title) {
        for (guint i = 0; i + 1 < x->activities->children->len; i++) {
            const at_rnode *other = g_ptr_array_index(x->activities->children, i);
            const at_rnode *t = at_rnode_find(other, "title");
            if (t && folded_equal(t->text, title->text)) {
                at_rnode *s = rn_add(act, "seeAlso");
                rn_attr_set(s, "ref", "%s", at_rnode_attr(other, "id"));
                return;
            }
        }
        if (see_above)
            warn(x, &r->prov, "'%s' refers to an activity above that was not found", see_above);
    }
}

/* "Kostnad (kr) | Finansiering": beside a cost column a financing column says who pays, not what it costs; its cells
 * are kept under their header. */
static void financing_beside_cost(column_field *cols, char *const *names, int n_cols)
{
    bool costed = false;
    for (int c = 0; c < n_cols; c++)
        costed |= cols[c] == COL_COST && !folded_starts(names[c], "Finansier");
    for (int c = 0; c < n_cols && costed; c++)
        if (cols[c] == COL_COST && folded_starts(names[c], "Finansier"))
            cols[c] = COL_OTHER;
}

/* The length of a list item's marker and space at `p`: a bullet (bullet_len), or the dash `dash` when not NULL
 * ("- ", "– "). */
static size_t item_marker_len(const char *p, const char *dash)
{
    size_t n = bullet_len(p, false);
    if (n || !dash)
        return n;
    size_t d = strlen(dash);
    return strncmp(p, dash, d) == 0 && p[d] == ' ' ? d + 1 : 0;
}

/* The length of a bullet and space at `p` as OCR reads a small one before the item's capital ("e ", "o ", ". ",
 * "« "; the same cell's bullets read differently: ". Inventering e Skyltning"), or 0. */
static size_t read_bullet_len(const char *p)
{
    static const char *const marks[] = { "• ", "· ", "e ", "o ", ". ", "« " };
    for (size_t i = 0; i < G_N_ELEMENTS(marks); i++)
        if (g_str_has_prefix(p, marks[i]) && g_unichar_isupper(g_utf8_get_char(p + strlen(marks[i]))))
            return strlen(marks[i]);
    return 0;
}

/* The length of the marker at `p` of an item of a list whose first marker is `dash` ("- ", "– "), a bullet
 * (bullet_len) or, when `read`, a bullet as OCR reads it (read_bullet_len). */
static size_t list_marker_len(const char *p, const char *dash, bool read)
{
    return read ? read_bullet_len(p) : item_marker_len(p, dash);
}

/* The items a cell lists with bullets or dashes ("• Stegtävling • Simhall", "- Stegtävling - Simhall": a row of one
 * goal, one responsible and one time for several activities), or NULL when it lists fewer than two. */
static GPtrArray *listed_titles(const char *cell)
{
    const char *dash = g_str_has_prefix(cell, "- ") ? "-" : g_str_has_prefix(cell, "– ") ? "–" : NULL;
    bool read = !item_marker_len(cell, dash) && read_bullet_len(cell);
    size_t lead = list_marker_len(cell, dash, read);
    if (!lead)
        return NULL;
    GPtrArray *items = g_ptr_array_new_with_free_func(g_free);
    const char *from = cell + lead;
    for (const char *p = from; *p; p++) {
        size_t item = *p == ' ' || *p == '\n' ? list_marker_len(p + 1, dash, read) : 0;
        if (!item)
            continue;
        g_ptr_array_add(items, g_strstrip(g_strndup(from, (size_t)(p - from))));
        from = p + 1 + item;
        p = from - 1;
    }
    g_ptr_array_add(items, g_strstrip(g_strdup(from)));
    if (items->len < 2) {
        g_ptr_array_free(items, TRUE);
        return NULL;
    }
    return items;
}

/* Row `r` as one activity, or as one for each title its title cell lists, the other cells shared: a cell listing as
 * many items gives each activity its own; the row's cost is the first activity's only (the row costs it once). */
static void add_row_activities(xctx *x, const xrow *r, bool refers_above, const at_provenance *merged_from,
                               const column_field *cols, char *const *names, int n_cols, const char *goal_id)
{
    int title = -1;
    for (int c = 0; c < r->n_cells && c < n_cols && title < 0; c++)
        title = cols[c] == COL_TITLE && r->cells[c] ? c : -1;
    GPtrArray *titles = title >= 0 ? listed_titles(r->cells[title]) : NULL;
    if (!titles) {
        add_activity(x, r, refers_above, merged_from, cols, names, n_cols, goal_id);
        return;
    }
    GPtrArray **parallel = g_new0(GPtrArray *, (gsize)r->n_cells);
    for (int c = 0; c < r->n_cells; c++) {
        parallel[c] = c != title && r->cells[c] ? listed_titles(r->cells[c]) : NULL;
        if (parallel[c] && parallel[c]->len != titles->len)
            g_ptr_array_free(parallel[c], TRUE), parallel[c] = NULL;
    }
    xrow one = *r;
    one.cells = g_memdup2(r->cells, sizeof *r->cells * (gsize)r->n_cells);
    for (guint k = 0; k < titles->len; k++) {
        one.cells[title] = g_ptr_array_index(titles, k);
        for (int c = 0; c < r->n_cells; c++) {
            if (parallel[c])
                one.cells[c] = g_ptr_array_index(parallel[c], k);
            else if (k > 0 && c < n_cols && cols[c] == COL_COST)
                one.cells[c] = NULL;
        }
        add_activity(x, &one, refers_above, merged_from, cols, names, n_cols, goal_id);
    }
    for (int c = 0; c < r->n_cells; c++)
        if (parallel[c])
            g_ptr_array_free(parallel[c], TRUE);
    g_free(parallel);
    g_free(one.cells);
    g_ptr_array_free(titles, TRUE);
}

/* "Kulturförvaltningen", "Fastighetsenheten, Tekniska nämnden": every part names a body. */
static bool names_bodies(const char *cell)
{
    static const char *const suffixes[] = { "namnden", "namnd", "forvaltningen", "forvaltning", "enheten", "kontoret",
                                            "avdelningen", "styrelsen", "kommun", "ab", "forbundet", "sektionen",
                                            "staben", "funktionen", "bolaget", "polisen", "lansstyrelsen" };
    char **parts = split_parties(cell);
    bool all = parts[0] != NULL;
    for (char **p = parts; *p && all; p++) {
        char *f = fold_header(*p);
        bool hit = false;
        for (size_t i = 0; i < G_N_ELEMENTS(suffixes) && !hit; i++)
            hit = g_str_has_suffix(f, suffixes[i]) || folded_starts(*p, "Region ");
        all = hit;
        g_free(f);
    }
    g_strfreev(parts);
    return all;
}

/* Does the cell cite articles or paragraphs by number ("Art. 3, art. 12", "§ 4", "Kap. 2")? Its numbers are
 * references (a convention's article column), no amounts. */
static bool cites_by_number(const char *cell)
{
    static const char *const citing[] = { "art.", "art ", "artikel", "§", "kap.", "kapitel", "paragraf" };
    for (size_t i = 0; i < G_N_ELEMENTS(citing); i++)
        if (folded_starts(cell, citing[i]))
            return true;
    return false;
}

/* What a cell's content looks like: a time, an amount, bodies, references, or none of them. */
static column_field cell_kind(xctx *x, const char *cell)
{
    long long amount;
    size_t a, b;
    xdate d;
    static const char *const times[] = { "lopande", "arligen", "kvartal", "varen", "hosten", "terminen" };
    if (pat_match(x, PAT_YEAR, cell, 0) || find_date(x, cell, x->year, &d))
        return COL_TIME;
    for (size_t i = 0; i < G_N_ELEMENTS(times); i++)
        if (folded_contains(cell, times[i]))
            return COL_TIME;
    if (cites_by_number(cell))
        return COL_OTHER;
    if (find_amount(x, cell, false, &amount, &a, &b) || folded_contains(cell, "inom ram"))
        return COL_COST;
    return names_bodies(cell) ? COL_RESPONSIBLE : COL_NONE;
}

/* Do the cells of column `c` in rows from .. end number the rows: bare numbers, each one more than the
 * one above or 1 again (a section's own count)? A row number column whose header OCR broke ("N r") or that
 * has none is no cost. */
static bool numbers_rows(xctx *x, guint from, guint end, int c)
{
    int n = 0;
    long prev = 0;
    for (guint i = from; i < end; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        const char *cell = c < r->n_cells ? r->cells[c] : NULL;
        int only;
        if (!cell || filled_cells(r, &only) < 2)
            continue;
        char *rest;
        long v = strtol(cell, &rest, 10);
        if (!g_ascii_isdigit(cell[0]) || (*rest && strcmp(rest, ".") != 0) || (v != prev + 1 && v != 1))
            return false;
        prev = v;
        n++;
    }
    return n >= 2;
}

/* Does column c hold codes of goals stated above the table ("A", "B" keyed in a goal table), every filled cell of
 * two rows or more? */
static bool codes_stated_goals(xctx *x, guint from, guint end, int c)
{
    guint n = 0;
    for (guint i = from; i < end; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        const char *cell = c < r->n_cells ? r->cells[c] : NULL;
        if (cell && !goal_code_stated(x, cell, &r->prov))
            return false;
        n += cell != NULL;
    }
    return n >= 2;
}

/* "Nr | Område | Åtgärd | … | Mål" with the goal column coding goals stated above: the "Område" column names
 * where the work is done ("Ryd, kv. Kåren"), no goal; kept under its header like a "Plats". */
static void place_beside_coded_goals(xctx *x, guint from, guint end, const xrow *hr, column_field *cols, int n_cols)
{
    int place = -1, coded = -1;
    for (int c = 0; c < n_cols && c < hr->n_cells; c++) {
        char *f = hr->cells[c] ? fold_header(hr->cells[c]) : NULL;
        if (f && strcmp(f, "omrade") == 0 && cols[c] == COL_AREA)
            place = c;
        else if ((cols[c] == COL_AREA || cols[c] == COL_SUBGOAL) && codes_stated_goals(x, from, end, c))
            coded = c;
        g_free(f);
    }
    if (place >= 0 && coded >= 0)
        cols[place] = COL_OTHER;
}

/* Columns the header does not name get the field most of their cells look like (years -> time,
 * amounts -> cost, body names -> responsible), when no other column has that field; a column of references
 * ("Art. 12") is kept under its header. */
static void columns_by_content(xctx *x, guint from, guint end, column_field *cols, int n_cols)
{
    for (int c = 0; c < n_cols; c++) {
        if (cols[c] != COL_NONE)
            continue;
        if (numbers_rows(x, from, end, c)) {
            cols[c] = COL_IGNORED;
            continue;
        }
        int kinds[COL_IGNORED + 1] = { 0 }, filled = 0;
        for (guint i = from; i < end; i++) {
            const xrow *r = g_ptr_array_index(x->rows, i);
            const char *cell = c < r->n_cells ? r->cells[c] : NULL;
            int only;
            if (!cell || is_see_above(cell) || filled_cells(r, &only) < 2)
                continue;
            filled++;
            kinds[cell_kind(x, cell)]++;
        }
        static const column_field roles[] = { COL_TIME, COL_COST, COL_RESPONSIBLE };
        for (size_t k = 0; k < G_N_ELEMENTS(roles); k++) {
            bool taken = false;
            for (int o = 0; o < n_cols; o++)
                taken |= cols[o] == roles[k];
            if (!taken && filled && kinds[roles[k]] * 3 >= filled * 2)
                cols[c] = roles[k];
        }
        if (cols[c] == COL_NONE && filled && kinds[COL_OTHER] == filled) /* references: kept, no comment */
            cols[c] = COL_OTHER;
    }
}

/* Does `s` open with a year, four digits and no more, "19xx" or "20xx" ("2030", "2030-12")? */
static bool opens_year(const char *s)
{
    return strspn(s, "0123456789") == 4 && (g_str_has_prefix(s, "19") || g_str_has_prefix(s, "20"));
}

/* Is `s` a year and nothing else ("2030")? */
static bool bare_year(const char *s)
{
    return strlen(s) == 4 && opens_year(s);
}

/* Does the time `up` end where a year would follow: a month ("31 mars", "18 aug–8 sep"), a week ("vecka 35–36")
 * or a comma? "Löpande" or "Hösten" over a bare year are two activities' times, not one wrapped. */
static bool time_awaits_year(const char *up)
{
    static const char *const months[] = { "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "okt", "nov", "dec" };
    g_autofree char *t = g_utf8_strdown(up, -1);
    g_strstrip(t);
    size_t n = strlen(t);
    if (n && t[n - 1] == ',')
        return true;
    if (g_str_has_prefix(t, "vecka ") || g_str_has_prefix(t, "v. "))
        return n && g_ascii_isdigit(t[n - 1]);
    while (n && t[n - 1] == '.')
        t[--n] = '\0';
    const char *last = strrchr(t, ' ');
    const char *dash = strrchr(t, '-');
    last = last ? last + 1 : t;
    if (dash && dash + 1 > last)
        last = dash + 1; /* "8 sep" after "aug-" */
    for (size_t i = 0; i < G_N_ELEMENTS(months); i++)
        if (strcmp(last, months[i]) == 0)
            return true;
    return false;
}

/* "31 mars" over "2030", "vecka 35–36," over "2030": the time cell `up` of the row above without a year, its year
 * wrapped alone into `cell` on the next line of the table (a born PDF's row read line by line). */
static bool wrapped_year(const char *cell, const char *up)
{
    if (!cell || !up || !bare_year(cell) || !time_awaits_year(up))
        return false;
    for (const char *p = up; *p; p++)
        if ((p == up || !g_ascii_isdigit(p[-1])) && opens_year(p))
            return false;
    return true;
}

/* A row that only carries on the text of the activity above (a cell broken over a page): no time, cost,
 * goal or number of its own, at most two cells, and its title empty, its number dropped or its text
 * starting in lower case. A row completing the time above with its year ("31 mars" over "2030") carries on
 * that row's cells beside it too (at most three), whatever their case: its lines were wrapped, no new row. */
static bool continues_row(const xrow *r, const xrow *above, const column_field *cols, int n_cols)
{
    if (!above)
        return false;
    bool title_empty = true, number_dropped = false, lower = false, year = false;
    int filled = 0;
    for (int c = 0; c < n_cols; c++) {
        const char *cell = c < r->n_cells ? r->cells[c] : NULL, *up = c < above->n_cells ? above->cells[c] : NULL;
        title_empty &= !(cols[c] == COL_TITLE && cell);
        number_dropped |= cols[c] == COL_IGNORED && up && !cell;
        if (!cell)
            continue;
        if (cols[c] == COL_TIME && !year && wrapped_year(cell, up)) {
            year = true;
            continue;
        }
        if (cols[c] == COL_TIME || cols[c] == COL_COST || cols[c] == COL_AREA || cols[c] == COL_SUBGOAL ||
            no_field(cols[c]) || is_see_above(cell))
            return false;
        if (!filled++)
            lower = g_unichar_islower(g_utf8_get_char(cell));
    }
    if (year)
        return filled <= 3;
    return filled && filled <= 2 && (title_empty || number_dropped || lower);
}

/* The last child of `act` named `name`, or NULL. */
static at_rnode *last_named(at_rnode *act, const char *name)
{
    for (guint i = act->children->len; i-- > 0;) {
        at_rnode *c = g_ptr_array_index(act->children, i);
        if (strcmp(c->name, name) == 0)
            return c;
    }
    return NULL;
}

/* The year wrapped under activity `act`'s time ("31 mars" over "2030") joined to it: the time read anew. */
static void year_onto_time(xctx *x, at_rnode *act, const char *year, const at_provenance *prov)
{
    at_rnode *prev = last_named(act, "time");
    if (!prev || !prev->text)
        return;
    char *joined = g_strconcat(prev->text, " ", year, NULL);
    add_time(x, act, joined, &prev->prov); /* before `prev`, whose provenance it copies, goes */
    g_ptr_array_remove(act->children, prev);
    rn_extend_prov(last_named(act, "time"), prov);
    g_free(joined);
}

/* A continuation row's cells run on the fields of the last activity. */
static void continue_activity(xctx *x, const xrow *r, const column_field *cols, int n_cols)
{
    at_rnode *act = g_ptr_array_index(x->activities->children, x->activities->children->len - 1);
    static const char *const element[] = { [COL_TITLE] = "title", [COL_DESCRIPTION] = "description",
                                           [COL_COMMISSIONER] = "commissioner", [COL_RESPONSIBLE] = "responsible",
                                           [COL_RESULT] = "expectedResult", [COL_COMMENT] = "comment",
                                           [COL_STATUS] = "status", [COL_CONTACT] = "contact" };
    for (int c = 0; c < r->n_cells && c < n_cols; c++) {
        const char *cell = r->cells[c];
        if (!cell || (cols[c] != COL_TIME && (cols[c] >= G_N_ELEMENTS(element) || !element[cols[c]])))
            continue;
        if (cols[c] == COL_TIME) {
            year_onto_time(x, act, cell, &r->prov);
            continue;
        }
        at_rnode *prev = last_named(act, element[cols[c]]);
        if (prev && prev->text && (cols[c] != COL_RESPONSIBLE || g_unichar_islower(g_utf8_get_char(cell)))) {
            char *joined = g_strconcat(prev->text, " ", cell, NULL);
            rn_set_text(prev, joined);
            g_free(joined);
        } else if (cols[c] == COL_RESPONSIBLE) {
            char **parties = split_responsible(cell);
            for (char **p = parties; *p; p++)
                rn_add_text(act, "responsible", *p, &r->prov);
            g_strfreev(parties);
        } else {
            rn_add_text(act, element[cols[c]], cell, &r->prov);
        }
    }
    act->prov.last_line = MAX(act->prov.last_line, r->prov.last_line);
}

/* What the activities above leave to the rows below: their values for "Se ovan", and the responsible cell
 * last read, for the empty ones under it (merged down). */
typedef struct {
    char **cells;                   /* the last activity's values, per column */
    at_provenance responsible_from; /* the row its text stands in */
    at_box responsible_box;         /* the cell on the page, or its rest over a page break; h < 0: no box */
    int box_page;                   /* the page of that box */
} above_values;

/* A row with its references to the rows above resolved; `refers_above`: it had "Se ovan" cells; `merged`: its
 * responsible cell is the one above, merged down. */
typedef struct {
    xrow row;
    bool refers_above, merged;
} resolved_row;

/* Cell c of row r on the page, or no box. */
static at_box cell_box(const xrow *r, int c)
{
    return r->cell_boxes && c < r->n_cells ? r->cell_boxes[c] : (at_box){ -1, -1, -1, -1 };
}

/* Does the responsible cell above (`from`) reach down into column c of row r? An export and a PDF's text
 * layer leave a merged cell's text in its first row only, and an empty cell under it is empty in the source:
 * it does. On a page OCR read an empty cell may be text OCR missed: the cell above must span r's top (a ruled
 * table gives a merged cell the box of all its rows), or, over a page break, r's own empty cell must be the
 * merged cell's rest, taller than the row's other cells. */
static bool reaches_down(const xrow *r, int c, const above_values *from)
{
    if (!r->read_by_ocr)
        return true;
    int top = INT_MAX, least_height = INT_MAX;
    for (int k = 0; r->cell_boxes && k < r->n_cells; k++)
        if (r->cell_boxes[k].h > 0) {
            top = MIN(top, r->cell_boxes[k].y);
            if (k != c)
                least_height = MIN(least_height, r->cell_boxes[k].h);
        }
    if (top == INT_MAX || from->responsible_box.h <= 0)
        return false;
    if (from->box_page == r->prov.page)
        return from->responsible_box.y + from->responsible_box.h > top;
    at_box own = cell_box(r, c);
    return least_height < INT_MAX && own.h > least_height * 3 / 2;
}

/* The row with its "Se ovan" cells (other than the title) replaced by the values of the activity above,
 * which `last` keeps (remember_row). An empty responsible cell under an activity of the same group may be a
 * cell merged down the rows (a spreadsheet's export and a table's print leave it in its first row only):
 * every activity has someone responsible, and a dash says when none is. */
static resolved_row resolve_row(const xrow *r, const xrow *above, bool under_activity, const above_values *last,
                                char **cells, const column_field *cols, int n_cols)
{
    resolved_row out = { *r, false, false };
    out.row.cells = cells;
    out.row.n_cells = MIN(r->n_cells, n_cols);
    bool titled = false; /* an activity's row, not a goal's */
    for (int c = 0; c < out.row.n_cells; c++)
        titled |= r->cells[c] && cols[c] == COL_TITLE;
    for (int c = 0; c < out.row.n_cells; c++) {
        cells[c] = r->cells[c];
        if (!cells[c] && cols[c] == COL_RESPONSIBLE && under_activity && titled && reaches_down(r, c, last)) {
            cells[c] = last->cells[c];
            out.merged = last->cells[c] != NULL;
        }
        if (cells[c] && (strcmp(cells[c], "–") == 0 || strcmp(cells[c], "-") == 0 || strcmp(cells[c], "—") == 0))
            cells[c] = NULL; /* a dash: no value */
        /* who, when, what it costs, the comment; a title or description "Se ovan" points to an activity */
        bool plain = cols[c] != COL_TITLE && cols[c] != COL_DESCRIPTION && cols[c] != COL_RESULT &&
                     cols[c] != COL_COMMISSIONER;
        if (is_see_above(cells[c]) && plain && above) {
            cells[c] = last->cells[c];
            out.refers_above = true;
        }
    }
    return out;
}

/* An activity's values, for the "Se ovan" of the rows below (rows without an activity keep none); `raw` is the
 * row as read, `r` resolved. */
static void remember_row(above_values *last, const xrow *raw, const resolved_row *r, const column_field *cols)
{
    for (int c = 0; c < r->row.n_cells; c++) {
        if (r->row.cells[c] != last->cells[c]) {
            g_free(last->cells[c]);
            last->cells[c] = g_strdup(r->row.cells[c]);
        }
        if (cols[c] != COL_RESPONSIBLE || !r->row.cells[c])
            continue;
        if (!r->merged)
            last->responsible_from = raw->prov;
        at_box own = cell_box(raw, c);
        bool goes_lower = own.h > 0 && (raw->prov.page != last->box_page ||
                                        own.y + own.h > last->responsible_box.y + last->responsible_box.h);
        if (!r->merged || goes_lower) { /* a merged row's own box: the rest of the cell past a page break */
            last->responsible_box = own;
            last->box_page = raw->prov.page;
        }
    }
}

/* "(forts.)", "Forts.", "(fortsättning från sidan 1)": a goal cell that says the goal above goes on past a page
 * break ("Fortsatt samverkan" states a goal). */
static bool goes_on(const char *cell)
{
    bool bracketed = *cell == '(';
    char *word = g_strndup(cell + bracketed, strcspn(cell + bracketed, " .)"));
    bool marker = folded_equal(word, "forts") || folded_equal(word, "fortsättning");
    g_free(word);
    return marker && (bracketed || word_count(cell) == 1);
}

/* Is column `c` of rows [from, end) a goal merged down its activities ("Effektmål": "Fler ska ...")
 * rather than each activity's expected result: filled on some activity rows only, and every cell a
 * statement of what shall be? */
static bool goal_merged_down(xctx *x, guint from, guint end, int c)
{
    int filled = 0, empty = 0;
    for (guint i = from; i < end; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        int only, n = filled_cells(r, &only);
        const char *cell = c < r->n_cells ? r->cells[c] : NULL;
        if (n < 2 && !cell)
            continue;
        if (cell && !strstr(cell, " ska ") && !goes_on(cell))
            return false;
        filled += cell != NULL;
        empty += !cell;
    }
    return filled && empty >= filled;
}

/* Does row `r` read as column headers: three cells or more, each a short label without digits? Two
 * known names suffice in such a row ("Vad | Vem | När"). */
static bool names_columns(const xrow *r)
{
    int labels = 0;
    for (int c = 0; c < r->n_cells; c++) {
        const char *cell = r->cells[c];
        if (!cell)
            continue;
        if (word_count(cell) > 3 || strpbrk(cell, "0123456789."))
            return false;
        labels++;
    }
    return labels >= 3;
}

/* The words of `s` that hold a letter: "3 200 000" has none. */
static int letter_words(const char *s)
{
    int n = 0;
    bool in = false, letter = false;
    for (const char *p = s;; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!c || g_unichar_isspace(c)) {
            n += in && letter;
            in = letter = false;
            if (!c)
                return n;
            continue;
        }
        in = true;
        letter |= g_unichar_isalpha(c);
    }
}

/* The average words of column c's cells in rows from .. end, or 0 when its cells repeat a few values (a status
 * column: "Pågår enligt plan", "Ej påbörjad"), which no title column does. Amounts are no words. */
static double distinct_words(xctx *x, guint from, guint end, int c)
{
    int words = 0, filled = 0;
    GHashTable *values = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = from; i < end; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        int only;
        if (c < r->n_cells && r->cells[c] && filled_cells(r, &only) >= 2) {
            words += letter_words(r->cells[c]);
            filled++;
            g_hash_table_add(values, r->cells[c]);
        }
    }
    bool repeats = filled >= 3 && g_hash_table_size(values) * 3 <= (guint)filled * 2;
    g_hash_table_destroy(values);
    return filled && !repeats ? (double)words / filled : 0;
}

/* A table whose header names no title column ("Vad", "Uppgift", "Åtgärd/insats" misread): the column not
 * otherwise named whose distinct cells run longest, at three words or more on average; failing that, the one
 * describing the work ("Beskrivning av åtgärd"). */
static void title_by_content(xctx *x, guint from, guint end, column_field *cols, int n_cols)
{
    static const column_field candidates[] = { COL_NONE, COL_DESCRIPTION };
    for (int c = 0; c < n_cols; c++)
        if (cols[c] == COL_TITLE)
            return;
    for (size_t k = 0; k < G_N_ELEMENTS(candidates); k++) {
        int best = -1;
        double best_words = 3;
        for (int c = 0; c < n_cols; c++) {
            double words = cols[c] == candidates[k] ? distinct_words(x, from, end, c) : 0;
            if (words >= best_words) {
                best_words = words;
                best = c;
            }
        }
        if (best >= 0) {
            cols[best] = COL_TITLE;
            return;
        }
    }
}

/* The fields the columns under header row `hr` (rows from .. end) get, named or by their content; the caller
 * frees them. */
static column_field *map_columns(xctx *x, const xrow *hr, guint from, guint end)
{
    column_field *cols = g_new0(column_field, (gsize)hr->n_cells);
    for (int c = 0; c < hr->n_cells; c++)
        cols[c] = header_field(hr->cells[c]);
    columns_by_content(x, from, end, cols, hr->n_cells);
    title_by_content(x, from, end, cols, hr->n_cells);
    return cols;
}

/* Has the table under header row `hr` a title column, named or by its content? */
static bool titled(xctx *x, const xrow *hr, guint from, guint end)
{
    column_field *cols = map_columns(x, hr, from, end);
    bool found = false;
    for (int c = 0; c < hr->n_cells; c++)
        found |= cols[c] == COL_TITLE;
    g_free(cols);
    return found;
}

/* Do the rows under label row `hr` read as an action table whatever its header words: what is done (text of
 * three words or more), who does it, and when or at what cost, by their names or their cells? (A budget
 * table has no one doing; a contacts table's names are no work; a signature table names parties and days
 * of signing.) */
static bool action_table(xctx *x, const xrow *hr, guint from, guint end)
{
    for (int c = 0; c < hr->n_cells; c++)
        if (hr->cells[c] && signing_marker(x, hr->cells[c])) /* "Part | Ort och datum | Underskrift" */
            return false;
    column_field *cols = map_columns(x, hr, from, end);
    bool what = false, who = false, when = false;
    for (int c = 0; c < hr->n_cells; c++) {
        what |= cols[c] == COL_TITLE && distinct_words(x, from, end, c) >= 3;
        who |= cols[c] == COL_RESPONSIBLE;
        when |= cols[c] == COL_TIME || cols[c] == COL_COST;
    }
    g_free(cols);
    return what && who && when;
}

/* What a table leaves the next one: a table printed over a page break goes on under its header
 * repeated, and its first row may carry on the text of the row the break cut. */
#define RECENT_HEADERS 4

typedef struct {
    const xrow *header;
    const xrow *last_activity; /* the row of the table's last activity, when nothing came after it */
    at_rnode *heading_goal;    /* the goal a heading right above the table named ("Delmål 1 – ...") */
    at_rnode *theme, *main_goal; /* the groups open at the table's end (a section row's) */
    at_rnode *untitled;          /* the main goal a sub-goal column's goals went under, untitled */
    const xrow *recent[RECENT_HEADERS]; /* the last header rows, the latest first */
    int page;                           /* the page of the table's last row */
} table_carry;

/* Where the goal label that `s` starts with ends: "Delmål", "Mål"; or, `known` false, a word for a kind of goal
 * ("Inriktningsmål", "Huvudmål", "Strategiskt mål") that a heading gives with a code. NULL: no label. */
static const char *goal_label_end(const char *s, bool *known)
{
    static const char *const labels[] = { "Delmål",   "Mål",       "Effektmål", "Resultatmål", "Etappmål",
                                          "Huvudmål", "Målområde", "DELMÅL",    "HUVUDMÅL",    "MÅL" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        size_t n = strlen(labels[i]);
        if (g_str_has_prefix(s, labels[i]) && (s[n] == ' ' || s[n] == ':'))
            return *known = true, s + n;
    }
    *known = false;
    size_t first = strcspn(s, " :"), n = strlen("mål");
    if (!g_unichar_isupper(g_utf8_get_char(s)))
        return NULL;
    if (first > n && strncmp(s + first - n, "mål", n) == 0)
        return s + first;
    bool two = s[first] == ' ' && g_str_has_prefix(s + first + 1, "mål") && strchr(" :", s[first + 1 + n]);
    return two ? s + first + 1 + n : NULL;
}

/* Does `s` say what shall be or what is ("Fler barn ska cykla", "Luften blir renare")? "Barn och unga" names a theme. */
bool has_verb(const char *s)
{
    static const char *const verbs[] = { "ska", "skall", "är", "har", "blir",  "kan",
                                         "får", "når",   "finns", "behöver", "ökar", "minskar" };
    char **words = g_strsplit_set(s, " .,", -1);
    bool verb = false;
    for (char **w = words; *w && !verb; w++)
        for (size_t i = 0; i < G_N_ELEMENTS(verbs) && !verb; i++)
            verb = strcmp(*w, verbs[i]) == 0;
    g_strfreev(words);
    return verb;
}

/* "Så når vi målen", "Så arbetar vi": how we go about it (the verb before its subject), no goal. */
static bool how_we_heading(const char *s)
{
    char **words = g_strsplit(s, " ", 4);
    bool how = g_strv_length(words) >= 3 && strcmp(words[0], "Så") == 0 && strcmp(words[2], "vi") == 0;
    g_strfreev(words);
    return how;
}

/* Is heading `s` a goal ("Alla elever når målen"): it says what is, and asks nothing ("Vem har ansvar?") nor tells
 * how the plan reads ("Så här är planen uppbyggd") or how we work ("Så når vi målen")? A verb alone keeps no section
 * about goals open. */
static bool goal_as_heading(const char *s)
{
    static const char *const asking[] = { "Vem ", "Vad ", "Hur ", "Varför ", "Vilka ", "Vilken ", "När ", "Så här " };
    for (size_t i = 0; i < G_N_ELEMENTS(asking); i++)
        if (g_str_has_prefix(s, asking[i]))
            return false;
    return has_verb(s) && last_char(s) != '?' && !how_we_heading(s);
}

/* "Delmål A: Frånvaro ska ...", "Mål 2 – Fler ...", "Effektmål: ...", "Inriktningsmål 1: ...": the goal a labelled
 * heading states, or NULL. */
const char *labelled_goal_heading(const char *s)
{
    static const char *const seps[] = { ": ", " – ", " - ", " — ", ". " };
    bool known;
    const char *p = goal_label_end(s, &known);
    if (!p)
        return NULL;
    size_t code = *p == ' ' ? strspn(p + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.") : 0;
    if (code > 4 || (!code && !known))
        return NULL;
    code -= code > 1 && p[code] == '.'; /* "Mål 3. Fler flickor ...": the dot is the separator */
    p += code ? code + 1 : 0;
    for (size_t k = 0; k < G_N_ELEMENTS(seps); k++)
        if (g_str_has_prefix(p, seps[k]) && word_count(p + strlen(seps[k])) >= 3)
            return p + strlen(seps[k]);
    /* "Mål 1 Fler barn ska ...": a heading whose type alone parts the code from the goal (no year: "Mål 2030 ...");
     * without a verb it names a theme ("Mål 1 Barn och unga" over its goal) */
    bool spaced = code && code <= 3 && *p == ' ' && g_unichar_isupper(g_utf8_get_char(p + 1));
    return spaced && word_count(p + 1) >= 3 && has_verb(p + 1) ? p + 1 : NULL;
}

/* "Tabell 2. Delmål 3: X", "Figur 1 – Mål 2: X": a caption numbering what it stands over, then a goal's label with
 * its code and the goal: the goal, or NULL. Only a coded label after the caption's number is read: a caption naming
 * no goal ("Tabell 1. Mål och aktiviteter") is none. */
static const char *captioned_goal_heading(const char *s)
{
    static const char *const seps[] = { ". ", ": ", " – ", " - ", " " };
    const char *p = strchr(s, ' ');
    size_t digits = p ? strspn(p + 1, "0123456789") : 0;
    if (!digits || digits > 2 || !g_unichar_isupper(g_utf8_get_char(s)) || word_count(s) < 5)
        return NULL;
    p += 1 + digits;
    for (size_t k = 0; k < G_N_ELEMENTS(seps); k++) {
        if (!g_str_has_prefix(p, seps[k]))
            continue;
        const char *rest = p + strlen(seps[k]);
        bool known;
        const char *code = goal_label_end(rest, &known);
        bool coded = code && known && *code == ' ' && g_ascii_isalnum(code[1]);
        return coded ? labelled_goal_heading(rest) : NULL;
    }
    return NULL;
}

/* "Mål 2", "DELMÅL B:", "MÅL 1 AV 3": a goal's label and code alone on a line, over the goal it numbers. */
static bool goal_label_alone(const char *s)
{
    bool known;
    const char *p = goal_label_end(s, &known);
    if (!p || !known || *p != ' ')
        return false;
    size_t code = strspn(p + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.");
    const char *rest = p + 1 + code;
    size_t count = g_str_has_prefix(rest, " av ") || g_str_has_prefix(rest, " AV ") ? strspn(rest + 4, "0123456789") : 0;
    rest += count ? 4 + count : 0;
    return code && code <= 4 && (!*rest || strcmp(rest, ":") == 0);
}

static char *labelled_main_goal(const char *s, bool memo);
static const char *wanted_start(const char *s);
static const char *subject_wish_start(const char *s);
static const char *area_name(const char *s);

/* The goal a paragraph of one sentence states for an area ("Vi vill att X.", "Målet är att X."), or NULL; caller
 * frees. A goal labelled after other sentences ("Läget är … Mål: X.") is the prose goal readers'. */
static char *area_goal_sentence(const char *s)
{
    if (strstr(s, ". "))
        return NULL;
    char *goal = labelled_main_goal(s, false);
    const char *wanted = goal ? NULL : wanted_start(s);
    wanted = goal || wanted ? wanted : subject_wish_start(s);
    if (!wanted)
        return goal;
    goal = g_strdup(wanted);
    size_t n = strlen(goal);
    if (n && goal[n - 1] == '.')
        goal[n - 1] = '\0';
    return goal;
}

/* "Mål och aktiviteter", "Mål, insatser och uppföljning": a heading naming the parts a plan sets out, which no goal
 * belongs to as to a theme ("Mål och aktiviteter för trygghet" names one). */
static bool names_plan_parts(const char *heading)
{
    static const char *const parts[] = { "mål", "målen", "delmål", "aktiviteter", "åtgärder", "insatser",
                                         "uppföljning", "och", "samt" };
    char **words = g_strsplit_set(heading, " ,:", -1);
    bool goal = false, all = true;
    for (guint i = 0; words[i] && all; i++) {
        bool part = !*words[i];
        for (size_t k = 0; k < G_N_ELEMENTS(parts) && !part; k++)
            part = folded_equal(words[i], parts[k]);
        all = part;
        goal = goal || folded_equal(words[i], "mål") || folded_equal(words[i], "målen");
    }
    g_strfreev(words);
    return all && goal;
}

/* An area's heading, the one sentence under it that states the area's goal, then the table of its activities
 * ("Rörelse | Vi vill att fler … | Aktivitet | Beskrivning", "Fokusområde Trygghet | Målet är att … | Åtgärd |
 * …"): the heading is a theme, the sentence its main goal, and the goal the table's activities serve; NULL when the
 * text over the table is not so. `last` is the line right over the table's header. */
static at_rnode *area_goal_over_table(xctx *x, guint last)
{
    guint start = last;
    while (start > 0 && !line_at(x, start)->para_start && last - start < 3)
        start--;
    const xline *first = line_at(x, start), *heading = start ? line_at(x, start - 1) : NULL;
    if (!first->para_start || !heading || heading->fields || heading->prov.page != first->prov.page ||
        !heading_words(heading->text, true) || has_verb(heading->text))
        return NULL;
    GString *text = g_string_new(first->text);
    for (guint k = start + 1; k <= last; k++)
        g_string_append_printf(text, " %s", line_at(x, k)->text);
    char *goal = area_goal_sentence(text->str);
    g_string_free(text, TRUE);
    if (!goal)
        return NULL;
    const char *name = area_name(heading->text); /* "Insatsområde 1: Unga" names the theme after its label */
    at_rnode *theme = names_plan_parts(name) ? x->goals : find_goal(x, x->goals, "theme", name);
    theme = theme ? theme : add_goal(x, x->goals, "theme", name, &heading->prov);
    at_rnode *main_goal = add_goal(x, theme, "mainGoal", goal, &first->prov);
    g_free(goal);
    return main_goal;
}

/* The main goal a "Delmål 1.2" alone on line `i` belongs to: the goal under the nearest "Mål 1" alone above it on
 * the same page (found or added), or NULL. */
static at_rnode *main_goal_above(xctx *x, guint i)
{
    const char *label = line_at(x, i)->text, *code = label + strlen("Delmål ");
    size_t up = strspn(code, "0123456789");
    if (!up || code[up] != '.')
        return NULL;
    for (guint k = i; k-- > 0;) {
        const xline *l = line_at(x, k), *next = line_at(x, k + 1);
        if (l->prov.page != line_at(x, i)->prov.page)
            return NULL;
        const char *p = g_str_has_prefix(l->text, "Mål ") || g_str_has_prefix(l->text, "MÅL ") ? l->text + strlen("Mål ")
                                                                                                : NULL;
        if (!p || !goal_label_alone(l->text))
            continue;
        if (strncmp(p, code, up) != 0 || g_ascii_isalnum(p[up]) || next->fields || word_count(next->text) < 3)
            return NULL;
        at_rnode *g = find_goal(x, x->goals, "mainGoal", next->text);
        return g ? g : add_goal(x, x->goals, "mainGoal", next->text, &next->prov);
    }
    return NULL;
}

/* A goal's label alone ("Mål 2", "MÅL 1 AV 3"), then the goal as a heading of its own, then the table of its
 * activities: the goal they serve; NULL when the text over the table is not so. `last` is the line right over the
 * table's header; the goal may wrap onto two lines. `*labelled`: a label stands there, though its heading may be
 * no goal ("Mål 2 av 2" over "Information"): the goal before it serves this table no longer. A "Delmål 1.2" is a
 * sub-goal of the main goal its code's first level states ("Mål 1"), when the document states one. */
static at_rnode *numbered_goal_over_table(xctx *x, guint last, bool *labelled)
{
    guint start = last;
    while (start > 0 && !line_at(x, start)->para_start && last - start < 2)
        start--;
    const xline *first = line_at(x, start), *label = start ? line_at(x, start - 1) : NULL;
    *labelled = first->para_start && label && !label->fields && label->prov.page == first->prov.page &&
                goal_label_alone(label->text);
    if (!*labelled)
        return NULL;
    GString *text = g_string_new(first->text);
    for (guint k = start + 1; k <= last; k++)
        g_string_append_printf(text, " %s", line_at(x, k)->text);
    if (text->len && text->str[text->len - 1] == '.')
        g_string_truncate(text, text->len - 1);
    at_rnode *goal = NULL;
    if (word_count(text->str) >= 3 && !strchr(":?", last_char(text->str))) {
        bool sub = g_str_has_prefix(label->text, "Delmål ") || g_str_has_prefix(label->text, "DELMÅL ");
        at_rnode *parent = sub ? main_goal_above(x, start - 1) : NULL;
        goal = add_goal(x, parent ? parent : x->goals, parent ? "subGoal" : "mainGoal", text->str, &first->prov);
    }
    g_string_free(text, TRUE);
    return goal;
}

static bool heading_states_goal(const char *s);

/* The statement after a heading's number of `depth` levels ("1. X" 1, "1.2 X" 2), its first level's number in
 * `*n`; NULL when the line is not so or the rest names a section ("2.1 Bakgrund") rather than states a goal. */
static const char *numbered_statement(const char *s, int depth, int *n)
{
    char *end;
    long first = strtol(s, &end, 10);
    if (!g_ascii_isdigit(s[0]) || end - s > 2 || *end != '.')
        return NULL;
    const char *p = end + 1;
    if (depth == 2) {
        size_t m = strspn(p, "0123456789");
        if (!m || m > 2)
            return NULL;
        p += m;
    }
    if (*p != ' ' || !g_unichar_isupper(g_utf8_get_char(p + 1)) || word_count(p + 1) < 3 || strchr(":?", last_char(p)) ||
        !heading_states_goal(p + 1))
        return NULL;
    *n = (int)first;
    return p + 1;
}

/* The main goal a sub-goal heading "1.2 X" on line `i` serves: the statement of the nearest "1. Y" heading above
 * it (found or added), or NULL when the nearest first-level heading above has another number or names a section. */
static at_rnode *numbered_main_goal_above(xctx *x, guint i, int number)
{
    for (guint k = i; k-- > 0;) {
        const xline *l = line_at(x, k);
        char *end;
        long first = strtol(l->text, &end, 10);
        if (l->fields || !l->para_start || !g_ascii_isdigit(l->text[0]) || end[0] != '.' || end[1] != ' ')
            continue;
        int n;
        const char *goal = numbered_statement(l->text, 1, &n);
        if (first != number || !goal || n != number)
            return NULL;
        at_rnode *g = find_goal(x, x->goals, "mainGoal", goal);
        return g ? g : add_goal(x, x->goals, "mainGoal", goal, &l->prov);
    }
    return NULL;
}

/* "1.2 X ska ..." right over a table, under "1. Y ska ...": a two-level numbered plan, its table's activities serving
 * the sub-goal X of the main goal Y; NULL unless both headings state goals. `last` is the line right over the table's
 * header, a heading of one line. */
static at_rnode *numbered_subgoal_over_table(xctx *x, guint last)
{
    const xline *l = line_at(x, last);
    int n;
    const char *text = l->para_start && !l->fields ? numbered_statement(l->text, 2, &n) : NULL;
    at_rnode *main = text ? numbered_main_goal_above(x, last, n) : NULL;
    if (!main)
        return NULL;
    char *goal = g_strndup(text, strlen(text) - (last_char(text) == '.'));
    at_rnode *g = add_goal(x, main, "subGoal", goal, &l->prov);
    g_free(goal);
    return g;
}

/* "Mål: X" wrapped over the lines of its paragraph, `last` the line right over a table's header, as a born PDF sets a
 * long goal out: the table's main goal, or NULL. */
static at_rnode *wrapped_goal_over_table(xctx *x, guint last)
{
    guint start = last;
    while (start > 0 && !line_at(x, start)->para_start && last - start < 3)
        start--;
    const xline *first = line_at(x, start), *end = line_at(x, last);
    if (start == last || !first->para_start || first->prov.page != end->prov.page)
        return NULL;
    GString *text = g_string_new(first->text);
    bool prose = !first->fields;
    for (guint k = start + 1; k <= last; k++) {
        prose = prose && !line_at(x, k)->fields;
        g_string_append_printf(text, " %s", line_at(x, k)->text);
    }
    const char *goal = prose ? labelled_goal_heading(text->str) : NULL;
    at_rnode *g = NULL;
    if (goal) {
        at_provenance prov = first->prov;
        prov.last_line = end->prov.last_line;
        prov.alto_last = end->prov.alto_last;
        char *title = g_strndup(goal, strlen(goal) - (last_char(goal) == '.'));
        g = add_goal(x, x->goals, "mainGoal", title, &prov);
        g_free(title);
    }
    g_string_free(text, TRUE);
    return g;
}

/* The goal a labelled heading or a goal's caption right above the table states: a running-text line at most three
 * lines over its header row on the same page, or a one-cell row of the table above the header. */
static at_rnode *table_heading_goal(xctx *x, guint first, guint header, bool *labelled)
{
    *labelled = false;
    const xrow *hr = g_ptr_array_index(x->rows, header);
    const char *goal = NULL;
    const at_provenance *prov = NULL;
    for (guint k = first; k < header && !goal; k++) {
        const xrow *r = g_ptr_array_index(x->rows, k);
        int only, n = filled_cells(r, &only);
        if (n == 1 && (goal = labelled_goal_heading(r->cells[only])))
            prov = &r->prov;
    }
    guint n_before = goal ? 0 : lines_before(x, &hr->prov);
    const xline *above = n_before ? g_ptr_array_index(x->lines, n_before - 1) : NULL;
    if (above && above->prov.page == hr->prov.page && !above->fields && hr->prov.first_line - above->prov.last_line <= 3 &&
        ((goal = labelled_goal_heading(above->text)) || (goal = captioned_goal_heading(above->text))))
        prov = &above->prov;
    else if (above && above->prov.page == hr->prov.page && !above->fields &&
             hr->prov.first_line - above->prov.last_line <= 3) {
        at_rnode *g = numbered_goal_over_table(x, n_before - 1, labelled);
        g = g ? g : numbered_subgoal_over_table(x, n_before - 1);
        g = g ? g : area_goal_over_table(x, n_before - 1);
        return g ? g : wrapped_goal_over_table(x, n_before - 1);
    }
    if (!goal)
        return NULL;
    char *text = g_strdup(goal);
    size_t n = strlen(text);
    if (text[n - 1] == '.')
        text[n - 1] = '\0';
    at_rnode *g = add_goal(x, x->goals, "mainGoal", text, prov);
    g_free(text);
    return g;
}

/* The edits (letters misread, dropped or added) that make `a` `b`, in bytes. */
static size_t edits(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t *row = g_new(size_t, lb + 1);
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] != b[j - 1]));
            diag = up;
        }
    }
    size_t d = row[lb];
    g_free(row);
    return d;
}

/* Is `cell` header cell `h` as OCR may read it again: the same but for marks, colons and one letter, or, on a
 * scan (`ocr`), at most a quarter of it misread (a speck before it, a word's head read twice: "m. Genomförs av",
 * "Beräk eräknad kostnad" under "Genomförs av", "Beräknad kostnad")? */
static bool reads_as(const char *cell, const char *h, bool ocr)
{
    char *a = fold_header(cell), *b = fold_header(h);
    bool same = one_edit(a, b) || (ocr && edits(a, b) * 4 <= MAX(strlen(a), strlen(b)));
    g_free(a);
    g_free(b);
    return same;
}

/* Does row `r` name the columns as header `hr` does, though OCR read it otherwise ("Atgärd | Klart
 * senast." under "Åtgärd | Klart senast", "I ål | Aktivitet | Ansvarig" under "Mål | ..."): two
 * cells or more read as the header's, no cell naming a field otherwise (a row's "Klart | Inom budget"
 * under "Klart | Kostnad" are values), at most one cell misread? */
static bool names_as(const xrow *r, const xrow *hr)
{
    int named = 0, misread = 0;
    for (int c = 0; c < r->n_cells; c++) {
        if (!r->cells[c])
            continue;
        column_field f = header_field(r->cells[c]);
        if (f && (c >= hr->n_cells || !hr->cells[c] || !reads_as(r->cells[c], hr->cells[c], r->read_by_ocr)))
            return false;
        named += f != COL_NONE;
        misread += f == COL_NONE;
    }
    return named >= 2 && misread <= 1;
}

/* "Summa | | | 8 250": a row that sums the costs above, no activity: its title a word for a sum and
 * its other cells costs. The word may open the row left of the titles, in a cell merged across them
 * ("Vecka | Aktivitet | … | Budget" over "Summa | | | 90 000") or in a column of no field ("Nr"). */
static bool sum_row(const xrow *r, const column_field *cols, int n_cols)
{
    bool sum = false, first = true;
    for (int c = 0; c < r->n_cells && c < n_cols; c++) {
        if (!r->cells[c] || cols[c] == COL_COST)
            continue;
        bool label = is_total_label(r->cells[c]) && word_count(r->cells[c]) <= 3;
        if (no_field(cols[c]) && !(first && label)) /* "Nr" over "Summa": the word in the number's column */
            continue;
        if (cols[c] != COL_TITLE && !(first && label))
            return false;
        sum = sum || label;
        first = false;
    }
    return sum;
}

/* The column of codes under header `hr` (rows body .. end) when its goal column's cell spans each code and the goal
 * right of it ("Inriktningsmål | Delmål" over "X | A1 | Alla barn …"), -1 for none. */
static int spanned_code_column(xctx *x, const xrow *hr, guint body, guint end)
{
    for (int c = 0; c < hr->n_cells; c++)
        if (header_spans_code(hr, c) && codes_beside_goals((const xrow *const *)x->rows->pdata + body, end - body, c))
            return c;
    return -1;
}

/* "Dokumenttyp | Diarienummer | Datum | Beslutad", "Beslutsinstans | Datum och paragraf | Diarienummer": a row of the
 * document's own labels, each alone in its cell, over their values (the metadata's); an action table names what is
 * done ("Aktivitet"), which is no such label. */
static bool head_labels(const xrow *r)
{
    int n = 0;
    for (int c = 0; c < r->n_cells; c++) {
        const char *value;
        if (r->cells[c] && (find_label(r->cells[c], &value) < 0 || *value) && !adoption_label(r->cells[c]))
            return false;
        n += r->cells[c] != NULL;
    }
    return n >= 2;
}

/* The header row among the first rows of table [first, end), or `end`: three known names, or two
 * and no other label (a worn scan's header whose third word OCR lost) over a title column, or a row of
 * labels over what reads as an action table. From a row of signature blocks down (row_of_blocks: "För Ekby
 * kommun | För Västby AB" over "Ort/datum | Ort/datum") the rows are the blocks', no header ("datum" names no time). */
static guint header_row(xctx *x, guint first, guint end)
{
    for (guint i = first; i < end && i < first + 6; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        if (row_of_blocks(r))
            return end;
        if (head_labels(r))
            continue;
        int known = 0, only;
        for (int c = 0; c < r->n_cells; c++) /* a status is no evidence of activities: goals have one too */
            known += header_field(r->cells[c]) != COL_NONE && header_field(r->cells[c]) != COL_STATUS;
        bool labels = names_columns(r);
        bool two_named = known == 2 && (labels || filled_cells(r, &only) == 2);
        bool goals_named = known && known == filled_cells(r, &only); /* "Inriktningsmål | Delmål" */
        if (known >= 3 || (two_named && titled(x, r, i + 1, end)) ||
            (labels && action_table(x, r, i + 1, end)) || (goals_named && spanned_code_column(x, r, i + 1, end) >= 0))
            return i;
    }
    return end;
}

/* Is the centre of box `a` within box `b` across the page? */
static bool centre_within(at_box a, at_box b)
{
    int centre = a.x + a.w / 2;
    return centre >= b.x && centre < b.x + b.w;
}

/* Do row `r`'s cells stand under header `hr`'s, each centre within the other's cell? True where the
 * page did not say where the cells are (a text export). */
static bool lines_up(const xrow *r, const xrow *hr)
{
    if (!r->cell_boxes || !hr->cell_boxes)
        return true;
    for (int c = 0; c < r->n_cells && c < hr->n_cells; c++) {
        at_box a = r->cell_boxes[c], b = hr->cell_boxes[c];
        if (a.w > 0 && b.w > 0 && !(centre_within(a, b) && centre_within(b, a)))
            return false;
    }
    return true;
}

/* A table without a header that goes on over a page break from one with a header on the page before
 * (its header not repeated): the latest header of as many columns that one of its first rows stands
 * under (a table of contacts on the next page has as many columns, but its own), or NULL. */
static const xrow *carried_header(xctx *x, guint first, guint end, const table_carry *carry)
{
    const xrow *r = g_ptr_array_index(x->rows, first);
    if (!carry->header || r->prov.page != carry->page + 1)
        return NULL;
    int width = 0;
    for (guint i = first; i < end; i++)
        width = MAX(width, ((const xrow *)g_ptr_array_index(x->rows, i))->n_cells);
    for (int k = 0; k < RECENT_HEADERS && carry->recent[k]; k++) {
        if (carry->recent[k]->n_cells != width)
            continue;
        for (guint i = first; i < end && i < first + 3; i++)
            if (lines_up(g_ptr_array_index(x->rows, i), carry->recent[k]))
                return carry->recent[k];
    }
    return NULL;
}

/* "L1.2", "B.2" in a row's number column: the activity is the second under goal L1 or B, stated as "L1 Alla barn ska
 * ..." or "B – Fler ..." (a main goal), or NULL. */
static at_rnode *goal_of_number(xctx *x, const xrow *r, const column_field *cols, int n_cols)
{
    for (int c = 0; c < r->n_cells && c < n_cols; c++) {
        const char *cell = r->cells[c], *dot = cell && cols[c] == COL_IGNORED ? strrchr(cell, '.') : NULL;
        size_t n = dot ? (size_t)(dot - cell) : 0; /* "L1", "A", "2" before the activity's own number */
        if (!n || n > 4 || strspn(cell, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != n || !dot[1] ||
            strspn(dot + 1, "0123456789") != strlen(dot + 1))
            continue;
        char *code = g_strndup(cell, (size_t)(dot - cell)), *goal = goal_by_code(x, code, &r->prov);
        at_rnode *g = goal ? find_goal(x, x->goals, "mainGoal", goal) : NULL;
        g = g || !goal ? g : add_goal(x, x->goals, "mainGoal", goal, &r->prov);
        g_free(goal);
        g_free(code);
        return g;
    }
    return NULL;
}

/* Is column c of header `hr` part of a merged cell: a named cell with empty ones right of it ("Tid" | ""), or one of
 * those empty ones? */
static bool merged_header_cell(const xrow *hr, int c)
{
    if (hr->cells[c])
        return c + 1 < hr->n_cells && !hr->cells[c + 1];
    while (c > 0 && !hr->cells[c])
        c--;
    return hr->cells[c] != NULL;
}

/* "Tid" over "Start" | "Slut": a row right under the header of short labels without digits, each under a merged
 * header cell: the header's second level. */
static bool sub_header(const xrow *r, const xrow *hr)
{
    int filled = 0;
    for (int c = 0; c < r->n_cells; c++) {
        const char *cell = r->cells[c];
        if (!cell)
            continue;
        if (c >= hr->n_cells || word_count(cell) > 2 || cell[strcspn(cell, "0123456789")] || !merged_header_cell(hr, c))
            return false;
        filled++;
    }
    return filled >= 2;
}

/* The second level's labels join the header's: a cell under an empty one is its merged left neighbour's ("Tid
 * Slut", a time), one under a named cell goes with that name ("Tid Start"); under a group's name that names no
 * field ("Genomförande" over "När | Vem") each label names its own column, save a goal's: "Mål" under
 * "Uppföljning" is the activity's target value, no goal of the plan. */
static void join_sub_header(const xrow *sub, const xrow *hr, column_field *cols, char **names)
{
    column_field *above = g_memdup2(cols, sizeof *cols * (gsize)hr->n_cells);
    for (int c = 0; c < sub->n_cells && c < hr->n_cells; c++) {
        if (!sub->cells[c])
            continue;
        int parent = c;
        while (parent > 0 && !hr->cells[parent])
            parent--;
        char *name = g_strconcat(hr->cells[parent] ? hr->cells[parent] : "", " ", sub->cells[c], NULL);
        g_free(names[c]);
        names[c] = g_strstrip(name);
        column_field own = header_field(sub->cells[c]);
        bool own_named = own && own != COL_AREA && own != COL_SUBGOAL;
        cols[c] = !above[parent] && own_named ? own : hr->cells[c] ? above[c] : above[parent];
        /* "Ansvar" over "Leder | Deltar" or "Samordnar | Medverkar": those who take part or support, the labels
         * a cell's roles name, are not the ones responsible */
        if (own == COL_OTHER || (cols[c] == COL_RESPONSIBLE && names_support(sub->cells[c])))
            cols[c] = COL_OTHER;
    }
    g_free(above);
}

/* The goal a group row states under a goal label ("Mål 2 X", "MÅL 1: X" state X), or NULL ("Målområde 1: X"
 * names an area); `sub` set for a sub-goal ("Delmål 1.1: X"), which belongs to the main goal above it. */
static const char *labelled_goal_row(const char *s, bool *sub)
{
    *sub = g_str_has_prefix(s, "Delmål ") || g_str_has_prefix(s, "DELMÅL ");
    bool main = g_str_has_prefix(s, "Mål ") || g_str_has_prefix(s, "MÅL ");
    return *sub || main ? labelled_goal_heading(s) : NULL;
}

/* Is a column right of the first one the activities' titles ("Ansvar | Tid | Aktivitet")? */
static bool titled_right(const column_field *cols, int n_cols)
{
    for (int c = 1; c < n_cols; c++)
        if (cols[c] == COL_TITLE)
            return true;
    return false;
}

static int section_depth(const char *s, size_t a, size_t b);

/* Does every filled cell of number column `c` in rows from..end-1 code a sub-goal of the goal numbered `number` ("2.1",
 * "2.2" of "2")? */
static bool codes_under(xctx *x, guint from, guint end, int c, const char *number, size_t n)
{
    bool any = false, all = true;
    for (guint i = from; i < end && all; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        const char *cell = c < r->n_cells ? r->cells[c] : NULL;
        all = !cell || (strncmp(cell, number, n) == 0 && cell[n] == '.' && goal_code_level(cell) == 2);
        any = any || cell;
    }
    return any && all;
}

/* Is `w`, a word after a clause's first, its finite verb in the present ("idrottar", "rör") or the passive
 * ("förbättras")? Nouns end so too: a plural after a preposition, a conjunction or a genitive ("för föräldrar",
 * "barns rättigheter") or at a title's end ("Trygga miljöer"), where a passive may stand ("Hälsan förbättras"). */
static bool present_or_passive(const char *w, const char *prev, bool last)
{
    static const char *const before_nouns[] = { "för", "till", "med", "av", "om", "på", "i", "inom", "mot", "från",
                                                "efter", "under", "över", "vid", "hos", "genom", "utan", "ur", "åt",
                                                "kring", "bland", "mellan", "och", "eller", "samt", NULL };
    static const char *const no_verbs[] = { "för", "efter", "under", "över", "mer", "fler", "när", "där", "här",
                                            "var", "eller", "hur", "kvar", "inför", "ur", "per", "hos", "oss", "dess",
                                            "deras", "hans", "hennes", "vars", "tills", NULL };
    char end = last_char(w);
    return g_unichar_islower(g_utf8_get_char(w)) && (end == 's' || (end == 'r' && !last)) &&
           !g_strv_contains(no_verbs, w) && !g_strv_contains(before_nouns, prev) && last_char(prev) != 's';
}

/* Does heading `s` state a goal, a state to reach ("Fler barn idrottar varje vecka", "Hälsan förbättras"), rather
 * than name a section ("Aktiviteter 2028", "Insatser för barn och unga")? A statement has a finite verb after its
 * subject. */
static bool heading_states_goal(const char *s)
{
    if (goal_as_heading(s))
        return true;
    char **words = g_strsplit_set(s, " ,.", -1);
    bool verb = false;
    const char *prev = NULL;
    for (char **w = words; *w && !verb; w++) {
        if (!**w)
            continue;
        verb = prev && present_or_passive(*w, prev, !w[1]);
        prev = *w;
    }
    g_strfreev(words);
    return verb;
}

/* "2 Den psykiska hälsan förbättras" right over a table "Nr | Delmål | Aktivitet" whose numbers are "2.1", "2.2": the
 * numbered heading is the main goal of the sub-goals the table states, its number theirs; or NULL. */
static at_rnode *numbered_heading_goal(xctx *x, const xrow *hr, guint body, guint end, const column_field *cols,
                                       int n_cols)
{
    guint n_before = lines_before(x, &hr->prov);
    const xline *above = n_before ? g_ptr_array_index(x->lines, n_before - 1) : NULL;
    size_t a, b, ta, tb;
    if (!above || above->fields || above->prov.page != hr->prov.page ||
        hr->prov.first_line - above->prov.last_line > 3 || !pat_match(x, PAT_SECTION, above->text, 0) ||
        !pat_span(x, 1, &a, &b) || !pat_span(x, 2, &ta, &tb) || section_depth(above->text, a, b) != 1)
        return NULL;
    int number = -1;
    for (int c = 0; c < n_cols && number < 0; c++)
        number = cols[c] == COL_IGNORED ? c : -1;
    if (number < 0 || !codes_under(x, body, end, number, above->text + a, b - a))
        return NULL;
    char *heading = g_strndup(above->text + ta, tb - ta);
    at_rnode *goal = heading_states_goal(heading) ? add_goal(x, x->goals, "mainGoal", heading, &above->prov) : NULL;
    g_free(heading);
    return goal;
}

/* The row's code: its first filled column of no field ("Nr"), or NULL. */
static const char *row_code(const xrow *r, const column_field *cols, int n_cols)
{
    for (int c = 0; c < r->n_cells && c < n_cols; c++)
        if (cols[c] == COL_IGNORED && r->cells[c])
            return r->cells[c];
    return NULL;
}

/* Does row `i`'s number column code a sub-goal of the nearest main goal's code above it, from row `body` on ("1a",
 * "1.2" under "1")? Rows "1.1", "1.2" with no "1" above are goals of one level, not the first's sub-goals. */
static bool coded_sub_goal(const xctx *x, guint body, guint i, const column_field *cols, int n_cols)
{
    const char *code = row_code(g_ptr_array_index(x->rows, i), cols, n_cols);
    if (!code || goal_code_level(code) != 2)
        return false;
    for (guint j = i; j-- > body;) {
        const char *above = row_code(g_ptr_array_index(x->rows, j), cols, n_cols);
        if (above && goal_code_level(above) == 1) {
            size_t n = strcspn(above, ".");
            return strncmp(above, code, n) == 0 && !g_ascii_isdigit(code[n]);
        }
    }
    return false;
}

/* One table: its header row, then section, activity and repeated header rows. */
static void table_plan(xctx *x, guint first, guint end, table_carry *carry)
{
    guint header = header_row(x, first, end), body = header + 1;
    const xrow *hr = header < end ? g_ptr_array_index(x->rows, header) : carried_header(x, first, end, carry);
    if (!hr) {
        *carry = (table_carry){ 0 };
        const xrow *r = g_ptr_array_index(x->rows, first);
        if (end - first >= 2)
            warn(x, &r->prov, "table %d has no header row naming its columns; its rows are not activities",
                 r->table + 1);
        return;
    }
    bool carried = header == end;
    if (carried)
        header = body = first; /* no rows above a header */
    int spanned = spanned_code_column(x, hr, body, end);
    int n_cols = MAX(hr->n_cells, spanned + 2); /* a page may read the spanning cell's header as one cell */
    column_field *cols = g_new0(column_field, (gsize)n_cols);
    char **names = g_new0(char *, (gsize)n_cols + 1);
    bool has_goal_columns = false;
    for (int c = 0; c < n_cols; c++) {
        const char *name = c < hr->n_cells ? hr->cells[c] : NULL;
        cols[c] = header_field(name);
        if (cols[c] == COL_RESULT && goal_merged_down(x, body, end, c))
            cols[c] = COL_AREA;
        names[c] = g_strdup(name ? name : "");
        has_goal_columns |= cols[c] == COL_AREA || cols[c] == COL_SUBGOAL;
    }
    if (spanned >= 0) { /* the goal stands right of its code, which numbers it */
        cols[spanned + 1] = cols[spanned];
        cols[spanned] = COL_IGNORED;
    }
    const xrow *sub = body < end && !carried && sub_header(g_ptr_array_index(x->rows, body), hr)
                          ? g_ptr_array_index(x->rows, body++) : NULL;
    if (sub)
        join_sub_header(sub, hr, cols, names);
    columns_by_content(x, body, end, cols, n_cols);
    title_by_content(x, body, end, cols, n_cols);
    place_beside_coded_goals(x, body, end, hr, cols, n_cols);
    financing_beside_cost(cols, names, n_cols);
    bool has_comment = false, titled_cols = false;
    for (int c = 0; c < n_cols; c++) {
        has_comment |= cols[c] == COL_COMMENT;
        titled_cols |= cols[c] == COL_TITLE || cols[c] == COL_DESCRIPTION;
    }
    /* "Nr | Mål | Ansvarig nämnd": goals and who leads each, no work to do; its rows are no activities */
    bool owned_goals = has_goal_columns && !titled_cols;
    for (int c = 0; c < n_cols; c++)
        if (cols[c] == COL_NONE && c < hr->n_cells && hr->cells[c] && !carried) {
            cols[c] = !has_comment && follow_up_header(hr->cells[c]) ? COL_COMMENT : COL_OTHER;
            warn(x, &hr->prov, "column '%s' is not a known field; its cells %s", hr->cells[c],
                 cols[c] == COL_COMMENT ? "go to comments" : "are kept under its header");
        }
    bool continued = carried || (carry->header && same_row(hr, carry->header));
    const xrow *above = continued ? carry->last_activity : NULL;
    carry->header = hr;
    if (!carried) {
        memmove(carry->recent + 1, carry->recent, sizeof carry->recent - sizeof carry->recent[0]);
        carry->recent[0] = hr;
    }
    bool labelled = false; /* a goal's label over the table ends the goal before */
    at_rnode *heading_goal = carried ? NULL
                             : has_goal_columns ? numbered_heading_goal(x, hr, body, end, cols, n_cols)
                                                : table_heading_goal(x, first, header, &labelled);
    /* over a page break the heading is not repeated; a goal column's table on the same page has its own */
    if (!heading_goal && continued && !labelled && (!has_goal_columns || hr->prov.page != carry->page))
        heading_goal = carry->heading_goal;
    carry->heading_goal = heading_goal;
    bool ends_in_activity = above != NULL;
    above_values last = { g_new0(char *, (gsize)n_cols + 1), { .confidence = -1 }, { -1, -1, -1, -1 }, 0 };
    char **resolved = g_new0(char *, (gsize)n_cols + 1);

    at_rnode *theme = NULL, *main_goal = heading_goal, *sub_goal = NULL;
    /* a table going on without its header on the next page goes on under the groups open where it broke, and
     * its sub-goal column's goals under the same untitled main goal (not a second); a sub-goal cell left empty
     * there names no goal (on a scan an unread "III" would take page 1's last sub-goal); so does one whose header
     * row the next page repeats */
    bool next_page = continued && hr->prov.page != carry->page;
    at_rnode *untitled = NULL, *carried_untitled = carried || next_page ? carry->untitled : NULL;
    if (carried && (carry->theme || carry->main_goal)) {
        theme = carry->theme;
        main_goal = carry->main_goal;
    }
    bool theme_from_dash = false; /* the theme came with its main goal ("Theme - Goal") */
    bool grouped = false, rows_ungrouped = false; /* a group row seen; an activity row before any */
    int dropped = 0;
    for (guint i = body; i < end; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        int only = -1, filled = filled_cells(r, &only);
        if (filled == 0)
            continue;
        /* Page headers repeat the rows above the column headers and the column headers. */
        bool repeated = same_row(r, hr) || names_as(r, hr) || (sub && same_row(r, sub));
        for (guint k = first; k < header && !repeated; k++)
            repeated = same_row(r, g_ptr_array_index(x->rows, k));
        if (repeated) {
            dropped++;
            continue;
        }
        if (r->n_cells > n_cols)
            for (int c = n_cols; c < r->n_cells; c++)
                if (r->cells[c]) {
                    warn(x, &r->prov, "row has %d cells but the header names %d; cell %d dropped", r->n_cells,
                         n_cols, c + 1);
                }
        if (continues_row(r, above, cols, n_cols) &&
            !(filled == 1 && only == 0 && !g_unichar_islower(g_utf8_get_char(r->cells[0])))) {
            continue_activity(x, r, cols, n_cols);
            continue;
        }
        if (filled == 1 && only == 0 && goes_on(r->cells[0]))
            continue; /* a goal row repeated over a page break */
        if (filled == 1 && only < n_cols && cols[only] == COL_TIME)
            continue; /* "2027 | | |": a year over the rows done in it, which give their own times */
        /* "Mål 1: X ska ..." alone in the row is a group row whatever column it stands in: no cell of an
         * activity ("Ansvar | Tid | Aktivitet") holds a labelled goal, nor a goal stated left of the titles
         * where goal rows group the table from its top (a row "X ska ..." among ungrouped activities is a note) */
        if (filled == 1 && only == 0 && n_cols > 2 &&
            (cols[0] == COL_AREA || cols[0] == COL_TITLE || no_field(cols[0]) || labelled_goal_heading(r->cells[0]) ||
             (titled_right(cols, n_cols) && states_goal(r->cells[0]) && (grouped || !rows_ungrouped)))) {
            grouped = true;
            if (denies_goal(r->cells[0])) {
                theme = main_goal = sub_goal = NULL; /* "Åtgärder utan koppling till något mål": its rows serve none */
                ends_in_activity = false;
                continue;
            }
            /* A section row opens a theme, a main goal, or both ("Theme - Main goal"). */
            const char *text = r->cells[0];
            bool sub_label;
            const char *labelled = labelled_goal_row(text, &sub_label);
            char *left, *right;
            const xrow *next = NULL;
            for (guint k = i + 1; k < end && !next; k++) {
                const xrow *n = g_ptr_array_index(x->rows, k);
                int o, f = filled_cells(n, &o);
                if (f)
                    next = n;
            }
            int next_only = -1;
            bool next_is_section = next && filled_cells(next, &next_only) == 1 && next_only == 0;
            if (has_goal_columns && names_area(text) && !strstr(text, " ska ")) {
                theme = main_goal = NULL; /* "Område 2: Föräldrar": an area; the goal column names the goals */
            } else if (!goal_code_rest(text) && split_dash(text, &left, &right)) {
                theme = find_goal(x, x->goals, "theme", left);
                if (!theme)
                    theme = add_goal(x, x->goals, "theme", left, &r->prov);
                main_goal = add_goal(x, theme, "mainGoal", right, &r->prov);
                theme_from_dash = true;
                g_free(left);
                g_free(right);
            } else if (!has_goal_columns && sub_label && labelled && main_goal) {
                sub_goal = add_goal(x, main_goal, "subGoal", labelled, &r->prov);
                ends_in_activity = false;
                continue;
            } else if (!has_goal_columns && (states_goal(text) || (labelled && !sub_label))) {
                main_goal = add_goal(x, theme ? theme : x->goals, "mainGoal", labelled ? labelled : text, &r->prov);
            } else if (!has_goal_columns) {
                theme = add_goal(x, x->goals, "theme", text, &r->prov);
                main_goal = NULL;
            } else if (next_is_section && strstr(next->cells[0], " - ")) {
                /* The plan's own name above its first theme. */
                at_rnode *title = (at_rnode *)at_rnode_find(x->metadata, "title");
                if (title && !title->text) {
                    rn_set_text(title, text);
                    rn_set_prov(title, &r->prov);
                } else {
                    warn(x, &r->prov, "section row '%s' names no goal", text);
                }
                continue;
            } else if (next_is_section || theme_from_dash) {
                /* An area heading; after a "Theme - Goal" row a plain row opens a new area, not a goal in it. */
                theme = add_goal(x, x->goals, "theme", text, &r->prov);
                main_goal = NULL;
                theme_from_dash = false;
            } else {
                main_goal = add_goal(x, theme ? theme : x->goals, "mainGoal", text, &r->prov);
            }
            sub_goal = NULL;
            ends_in_activity = false;
            continue;
        }
        rows_ungrouped |= !grouped;
        const xrow *raw = r;
        bool under_activity = ends_in_activity && !sum_row(r, cols, n_cols); /* a sum row has no one responsible */
        resolved_row res = resolve_row(r, above, under_activity, &last, resolved, cols, n_cols);
        r = &res.row;
        /* A filled sub-goal cell opens a sub-goal; rows below with it empty continue it. */
        for (int c = 0; c < r->n_cells && c < n_cols; c++)
            if ((cols[c] == COL_SUBGOAL || cols[c] == COL_AREA) && r->cells[c] && goes_on(r->cells[c])) {
                continue; /* the goal above goes on */
            } else if (cols[c] == COL_SUBGOAL && r->cells[c]) {
                at_rnode *parent = main_goal ? main_goal : theme ? theme : x->goals;
                at_rnode *coded = !main_goal && !theme ? coded_main_goal(x, r->cells[c], &r->prov) : NULL;
                if (coded)
                    parent = coded; /* each row's code names its own main goal: main_goal stays open */
                else if (!main_goal && !theme) {
                    untitled = carried_untitled ? carried_untitled
                                                : add_goal(x, x->goals, "mainGoal", UNTITLED_GOAL, &r->prov);
                    parent = main_goal = untitled;
                    carried_untitled = NULL; /* after a group row the table's next one is its own */
                }
                char *stated = goal_by_code(x, r->cells[c], &r->prov); /* "Makt" for "- Makt: Kvinnor och män ska ..." */
                const char *goal = stated ? stated : r->cells[c];
                if (!sub_goal || !folded_equal(at_rnode_text(sub_goal), goal_title(goal))) /* a goal named again */
                    sub_goal = add_goal(x, parent, "subGoal", goal, &r->prov);
                g_free(stated);
            } else if (cols[c] == COL_AREA && r->cells[c] && filled > 1 && owned_goals && main_goal &&
                       coded_sub_goal(x, body, i, cols, n_cols)) {
                add_goal(x, main_goal, "subGoal", r->cells[c], &r->prov); /* "1a" under "1" */
            } else if (cols[c] == COL_AREA && r->cells[c] && filled > 1 && !sum_row(r, cols, n_cols)) {
                char *stated = goal_by_code(x, r->cells[c], &r->prov);
                const char *goal = stated ? stated : r->cells[c];
                at_rnode *parent = theme ? theme : x->goals;
                main_goal = find_goal(x, parent, "mainGoal", goal);
                if (!main_goal)
                    main_goal = add_goal(x, parent, "mainGoal", goal, &r->prov);
                sub_goal = NULL;
                g_free(stated);
            }
        bool has_activity = false;
        for (int c = 0; c < r->n_cells && c < n_cols && !has_activity; c++)
            has_activity = r->cells[c] && cols[c] != COL_AREA && cols[c] != COL_SUBGOAL && !no_field(cols[c]);
        has_activity &= !sum_row(r, cols, n_cols) && !owned_goals;
        if (has_activity) {
            at_rnode *goal = sub_goal ? sub_goal : main_goal ? main_goal : theme;
            goal = goal ? goal : goal_of_number(x, r, cols, n_cols);
            add_row_activities(x, r, res.refers_above, res.merged ? &last.responsible_from : NULL, cols, names,
                               n_cols, goal ? at_rnode_attr(goal, "id") : NULL);
            remember_row(&last, raw, &res, cols);
            above = g_ptr_array_index(x->rows, i);
            ends_in_activity = true;
        }
    }
    carry->last_activity = ends_in_activity ? above : NULL;
    carry->theme = theme;
    carry->main_goal = main_goal != untitled ? main_goal : NULL;
    carry->untitled = untitled;
    carry->page = ((const xrow *)g_ptr_array_index(x->rows, end - 1))->prov.page;
    if (dropped)
        rn_attr_set(x->activities, "droppedHeaderRows", "%d", dropped);
    g_free(cols);
    g_strfreev(names);
    for (int c = 0; c < n_cols; c++) /* not g_strfreev: a dash leaves a NULL before later values */
        g_free(last.cells[c]);
    g_free(last.cells);
    g_free(resolved);
}

bool names_plan_field(const char *label)
{
    column_field f = header_field(label);
    return f != COL_NONE && f != COL_TITLE && !no_field(f);
}

bool names_title_field(const char *label)
{
    return header_field(label) == COL_TITLE;
}

bool names_description_field(const char *label)
{
    return header_field(label) == COL_DESCRIPTION;
}

bool names_time_field(const char *label)
{
    return header_field(label) == COL_TIME;
}

bool names_responsible_field(const char *label)
{
    return header_field(label) == COL_RESPONSIBLE;
}

bool plan_header_row(const xrow *r)
{
    for (int c = 0; c < r->n_cells; c++) {
        column_field f = header_field(r->cells[c]);
        if (f == COL_TITLE || f == COL_RESPONSIBLE || f == COL_TIME)
            return true;
    }
    return false;
}

/* Is `w` (n bytes) an initialism as a list of abbreviations heads its lines: two to six capitals, digits after the
 * first ("KLF", "EVAB", "BUN2")? */
static bool is_initialism(const char *w, size_t n)
{
    int chars = 0;
    for (const char *p = w; p < w + n; p = g_utf8_next_char(p), chars++) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_isupper(c) && !(chars && g_unichar_isdigit(c)))
            return false;
    }
    return chars >= 2 && chars <= 6;
}

/* How long the initialism is that line `s` of such a list spells out ("KLF Kommunledningsförvaltningen",
 * tab-separated in an export, "KLF – ...", "KLF: ...", "KLF = ..."), or 0; `*name` is where its name starts. */
static size_t initialism_line(const char *s, const char **name)
{
    static const char *const marks[] = { ":", "=", "–", "-" };
    size_t n = strcspn(s, " \t:=");
    const char *p = s + n + strspn(s + n, " \t");
    for (size_t k = 0; k < G_N_ELEMENTS(marks); k++)
        if (g_str_has_prefix(p, marks[k])) {
            p += strlen(marks[k]);
            p += strspn(p, " \t");
            break;
        }
    *name = p;
    return *p && is_initialism(s, n) && g_unichar_isupper(g_utf8_get_char(p)) ? n : 0;
}

static const char *line_text(xctx *x, guint i)
{
    return ((const xline *)g_ptr_array_index(x->lines, i))->text;
}

/* Can line `s` name what an initialism stands for: capitalised, no initialism itself? */
static bool names_body_line(const char *s)
{
    return g_unichar_isupper(g_utf8_get_char(s)) && !is_initialism(s, strcspn(s, " "));
}

/* Does line `i + 1` follow line `i` right under it, no blank line between? */
static bool next_line_on(xctx *x, guint i)
{
    const xline *a = g_ptr_array_index(x->lines, i), *b = g_ptr_array_index(x->lines, i + 1);
    return a->prov.page == b->prov.page && b->prov.first_line == a->prov.last_line + 1;
}

/* Does line `i` head a list of abbreviations ("Förkortningar", "Förkortningar i planen", "Begrepp och
 * förkortningar")? */
static bool heads_initialisms(xctx *x, guint i)
{
    const xline *l = i < x->lines->len ? g_ptr_array_index(x->lines, i) : NULL;
    return l && (folded_starts(l->text, "Förkortning") || folded_contains(l->text, " forkortning")) &&
           word_count(l->text) <= 6;
}

/* How many lines from line `i` on are initialisms alone ("BUF"). */
static guint initialisms_from(xctx *x, guint i)
{
    guint k = 0;
    while (i + k < x->lines->len && is_initialism(line_text(x, i + k), strlen(line_text(x, i + k))))
        k++;
    return k;
}

/* How many lines from line `i` on make a block of names, to the blank line ending it. */
static guint names_from(xctx *x, guint i)
{
    guint named = 0;
    while (i + named < x->lines->len && names_body_line(line_text(x, i + named)) &&
           (named == 0 || next_line_on(x, i + named - 1)))
        named++;
    return named;
}

/* A page's two columns of a list of initialisms read one after the other from line `first`: the initialisms, then
 * as many names, or (`names_first`, as OCR may read a page right column first) the names, then as many initialisms;
 * paired in order. A name wrapped onto a capitalised line makes the blocks unequal: a name missing would pair the
 * others wrongly, so none is paired. */
static void pair_column_blocks(xctx *x, guint first, bool names_first, GHashTable *names)
{
    guint k = names_first ? 0 : initialisms_from(x, first);
    guint named = names_from(x, first + k);
    /* on a page (no blank lines) the names after the initialisms run on into the text below: as many as they */
    if (!names_first && named > k && first + k + named < x->lines->len && next_line_on(x, first + k + named - 1))
        named = k;
    k = names_first ? initialisms_from(x, first + named) : k;
    guint initialism = names_first ? first + named : first, name = names_first ? first : first + k;
    for (guint j = 0; k && named == k && j < k; j++)
        g_hash_table_insert(names, g_strdup(line_text(x, initialism + j)), g_strdup(line_text(x, name + j)));
}

/* The initialisms the plan spells out in a list headed "Förkortningar", as lines or as a two-column table:
 * initialism → name. */
static GHashTable *spelled_initialisms(xctx *x)
{
    GHashTable *names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    for (guint i = 0; i < x->lines->len; i++) {
        if (!heads_initialisms(x, i))
            continue;
        for (; i + 1 < x->lines->len; i++) {
            const char *s = line_text(x, i + 1), *name;
            size_t n = initialism_line(s, &name);
            if (!n)
                break;
            g_hash_table_insert(names, g_strndup(s, n), g_strdup(name));
        }
        pair_column_blocks(x, i + 1, initialisms_from(x, i + 1) == 0, names);
    }
    bool listed = false;
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        if (i == 0 || ((const xrow *)g_ptr_array_index(x->rows, i - 1))->table != r->table)
            listed = heads_initialisms(x, lines_before(x, &r->prov) - 1);
        if (listed && r->n_cells == 2 && r->cells[0] && r->cells[1] && is_initialism(r->cells[0], strlen(r->cells[0])))
            g_hash_table_insert(names, g_strdup(r->cells[0]), g_strdup(r->cells[1]));
    }
    return names;
}

/* The responsible bodies the plan names by initialisms it spells out, by their names. */
static void spell_out_responsible(xctx *x)
{
    GHashTable *names = spelled_initialisms(x);
    for (guint i = 0; i < x->activities->children->len && g_hash_table_size(names); i++) {
        at_rnode *a = g_ptr_array_index(x->activities->children, i);
        for (guint k = 0; k < a->children->len; k++) {
            at_rnode *n = g_ptr_array_index(a->children, k);
            const char *name = strcmp(n->name, "responsible") == 0 ? g_hash_table_lookup(names, n->text) : NULL;
            if (name)
                rn_set_text(n, name);
        }
    }
    g_hash_table_destroy(names);
}

/* Is "Dept, Unit" written so in a cell of a row at `prov`? */
static bool written_together(xctx *x, const at_provenance *prov, const char *dept, const char *unit)
{
    char *both = g_strdup_printf("%s, %s", dept, unit);
    bool found = false;
    for (guint i = 0; i < x->rows->len && !found; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        for (int c = 0; r->prov.page == prov->page && r->prov.first_line == prov->first_line && c < r->n_cells; c++)
            found = found || (r->cells[c] && strstr(r->cells[c], both));
    }
    g_free(both);
    return found;
}

/* Is `name` a responsible of an activity other than `skip`? */
static bool responsible_elsewhere(xctx *x, const at_rnode *skip, const char *name)
{
    for (guint i = 0; i < x->activities->children->len; i++) {
        const at_rnode *a = g_ptr_array_index(x->activities->children, i);
        for (guint k = 0; a != skip && k < a->children->len; k++) {
            const at_rnode *n = g_ptr_array_index(a->children, k);
            if (strcmp(n->name, "responsible") == 0 && g_strcmp0(n->text, name) == 0)
                return true;
        }
    }
    return false;
}

/* Does unit `u` run a support function that an organisation keeps centrally, not a part of one department's work
 * ("Ekonomiavdelningen", "Kommunikationsenheten", "HR-enheten")? */
static bool central_unit(const char *u)
{
    static const char *const functions[] = { "ekonomi", "kommunikation", "personal", "hr", "it", "digitalisering",
                                             "kansli", "upphandling", "jurid", "lön", "administrati", "stab" };
    char *lower = g_utf8_strdown(u, -1);
    bool central = false;
    for (size_t i = 0; i < G_N_ELEMENTS(functions) && !central; i++) {
        size_t n = strlen(functions[i]);
        /* "IT-enheten", "Ekonomiavdelningen", "Löneenheten", not "Itinerär..." */
        central = g_str_has_prefix(lower, functions[i]) && (n > 2 || lower[n] == '-');
    }
    g_free(lower);
    return central;
}

/* "Socialförvaltningen, Familjeenheten": a unit written after its department, where the plan names neither on its
 * own, is where in that department the work is done, one responsible. A unit that acts alone elsewhere
 * ("Tekniska förvaltningen, Trygghetsenheten" beside "Trygghetsenheten"), one beside a department that acts alone
 * elsewhere, or a central unit ("Socialförvaltningen, Ekonomiavdelningen") is a party of its own. */
static void units_of_departments(xctx *x)
{
    static const char *const departments[] = { "förvaltningen" };
    static const char *const units[] = { "enheten", "avdelningen", "sektionen" };
    for (guint i = 0; i < x->activities->children->len; i++) {
        at_rnode *a = g_ptr_array_index(x->activities->children, i);
        for (guint k = 0; k + 1 < a->children->len; k++) {
            at_rnode *dept = g_ptr_array_index(a->children, k), *unit = g_ptr_array_index(a->children, k + 1);
            const char *d = dept->text, *u = unit->text;
            if (strcmp(dept->name, "responsible") != 0 || strcmp(unit->name, "responsible") != 0 || !d || !u ||
                strchr(u, ' ') || !g_unichar_isupper(g_utf8_get_char(u)) ||
                !ends_in_one(d, d + strlen(d), departments, G_N_ELEMENTS(departments)) ||
                !ends_in_one(u, u + strlen(u), units, G_N_ELEMENTS(units)) || responsible_elsewhere(x, a, u) ||
                responsible_elsewhere(x, a, d) || central_unit(u) || !written_together(x, &dept->prov, d, u))
                continue;
            char *both = g_strdup_printf("%s, %s", d, u);
            rn_set_text(dept, both);
            g_free(both);
            g_ptr_array_remove_index(a->children, k + 1); /* frees it */
        }
    }
}

void extract_table_plan(xctx *x)
{
    table_carry carry = { 0 };
    for (guint i = 0; i < x->rows->len;) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        guint end = i + 1;
        while (end < x->rows->len && ((const xrow *)g_ptr_array_index(x->rows, end))->table == r->table)
            end++;
        table_plan(x, i, end, &carry);
        i = end;
    }
    spell_out_responsible(x);
    units_of_departments(x);
}

/* ---- prose plans ---- */

static xline *pline(xctx *x, guint i)
{
    return i < x->lines->len ? g_ptr_array_index(x->lines, i) : NULL;
}

static bool is_delmal_label(const char *s)
{
    return folded_equal(s, "Delmål") || folded_equal(s, "Delmål:");
}

static bool is_list_label(const char *s)
{
    static const char *const labels[] = { "Nätverk:", "Samarbete:", "Nätverk :", "Ansvar:" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++)
        if (folded_starts(s, labels[i]))
            return true;
    return false;
}

/* A line that can name a goal: short, not a sentence, not a numbered heading, not a list item. */
static bool goal_title_like(xctx *x, const xline *l, size_t max_words)
{
    if (!l || l->used)
        return false;
    size_t n = word_count(l->text), len = strlen(l->text);
    bool bullet;
    return n >= 1 && n <= max_words && !strchr(".:;,", l->text[len - 1]) &&
           !is_delmal_label(l->text) && !is_list_label(l->text) && !pat_match(x, PAT_SECTION, l->text, 0) &&
           !pat_match(x, PAT_CLAUSE, l->text, 0) && g_unichar_isupper(g_utf8_get_char(plan_bullet(x, l->text, &bullet)));
}

const char *after_item_code(const char *s)
{
    const char *p = s + strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    size_t digits = strspn(p, "0123456789.");
    bool year = p == s && digits == 4 && !memchr(p, '.', digits); /* "2030 Alla ...": a wrapped line */
    bool roman = p - s <= 4 && (size_t)(p - s) == strspn(s, "IVX") && digits == 1 && *p == '.'; /* "III. Fler" */
    if ((p - s > 2 && !roman) || !digits || digits > 5 || p[digits] != ' ' || year)
        return s;
    return g_unichar_isupper(g_utf8_get_char(p + digits + 1)) ? p + digits + 1 : s;
}

/* "2. Minst en lekplats ...": a numbered list item's text, or NULL. */
static const char *numbered_item(const char *s)
{
    size_t digits = strspn(s, "0123456789");
    if (!digits || digits > 2 || (s[digits] != '.' && s[digits] != ')') || s[digits + 1] != ' ')
        return NULL;
    return g_unichar_isupper(g_utf8_get_char(s + digits + 2)) ? s + digits + 2 : NULL;
}

/* "2. Fler ...", "A. Fler ...", "M1 – Fler ...", "M1 Fler ...": a numbered, lettered or coded list item's text, or
 * NULL. */
static const char *listed_item(const char *s)
{
    const char *item = numbered_item(s);
    item = item ? item : goal_code_rest(s);
    return item ? item : after_item_code(s) != s ? after_item_code(s) : NULL;
}

/* "a. alla armaturer ...", "2) minst ...": a list item in lower case that continues the sentence above the list; its
 * text, or NULL. */
static const char *continuing_item(const char *s)
{
    size_t n = g_ascii_isalpha(s[0]) ? 1 : strspn(s, "0123456789");
    if (!n || n > 2 || (s[n] != '.' && s[n] != ')') || s[n + 1] != ' ')
        return NULL;
    return g_unichar_islower(g_utf8_get_char(s + n + 2)) ? s + n + 2 : NULL;
}

/* ". det finns …": a list item in lower case whose bullet OCR read as a full stop or a comma; its text, or NULL. */
static const char *misread_bullet_item(const char *s)
{
    return (s[0] == '.' || s[0] == ',') && s[1] == ' ' && g_unichar_islower(g_utf8_get_char(s + 2)) ? s + 2 : NULL;
}

/* "a. Minst 30 ärenden ...", "b) Alla ...", "1.2 Alla ...": a lettered or nested list item's text, or NULL. */
static const char *sub_item(const char *s)
{
    size_t nested = strspn(s, "0123456789");
    /* "1.2" is nested, "2030 Alla ..." a year that starts a sentence */
    bool dotted = nested && nested <= 2 && s[nested] == '.' && g_ascii_isdigit(s[nested + 1]);
    if (dotted)
        nested += 1 + strspn(s + nested + 1, "0123456789");
    const char *after = g_ascii_islower(s[0]) && (s[1] == '.' || s[1] == ')') ? s + 2
                        : dotted ? s + nested + (s[nested] == '.')
                                 : NULL;
    return after && *after == ' ' && g_unichar_isupper(g_utf8_get_char(after + 1)) ? after + 1 : NULL;
}

/* "A Fler ...", "A.1 Alla ...", "1a Minst ...": an item of a coded outline whose code tells its level (a letter or
 * a number added to the code above nests under it), a space or a tab after the code; its text, or NULL. "I" alone
 * is the word, no code. */
static const char *outline_item(const char *s, char style[8])
{
    size_t digits = strspn(s, "0123456789"), at;
    if (digits >= 1 && digits <= 2 && g_ascii_islower(s[digits])) /* "1a" */
        at = digits + 1, g_strlcpy(style, "1a", 8);
    else if (g_ascii_isupper(s[0]) && s[1] == '.' && g_ascii_isdigit(s[2])) /* "A.1" */
        at = 2 + strspn(s + 2, "0123456789"), g_strlcpy(style, "A.1", 8);
    else if (g_ascii_isupper(s[0]) && s[0] != 'I' && !digits) /* "A" */
        at = 1, g_strlcpy(style, "A", 8);
    else
        return NULL;
    bool spaced = s[at] == ' ' || s[at] == '\t';
    return spaced && g_unichar_isupper(g_utf8_get_char(s + at + 1)) ? s + at + 1 : NULL;
}

static const char *aim_label(const char *s, int *rank, bool *area);

/* The statement starting at line i with its continuation lines, up to a list item or a goal's label; returns the index
 * after it. */
static guint statement(xctx *x, guint i, const char *first, GString *text, at_provenance *prov)
{
    xline *l = pline(x, i);
    g_string_assign(text, first);
    *prov = l->prov;
    guint j = i + 1;
    for (xline *n; (n = pline(x, j)) && (!n->para_start || split_paragraph(n, text->str)) && !n->used; j++) {
        bool bullet;
        plan_bullet(x, n->text, &bullet);
        char style[8];
        bullet = bullet || listed_item(n->text) || sub_item(n->text) || continuing_item(n->text) ||
                 outline_item(n->text, style) || dot_item(x, n->text);
        /* A heading directly over a list names the next list. */
        xline *after = pline(x, j + 1);
        bool after_bullet; /* not `bullet`: that is n's */
        bool heads_list = goal_title_like(x, n, 8) && after && !after->para_start &&
                          plan_bullet(x, after->text, &after_bullet) != after->text;
        int rank;
        bool area;
        if (bullet || is_list_label(n->text) || is_delmal_label(n->text) || heads_list ||
            aim_label(n->text, &rank, &area))
            break;
        g_string_append_c(text, ' ');
        g_string_append(text, n->text);
        prov->last_line = n->prov.last_line;
        prov->alto_last = n->prov.alto_last;
    }
    return j;
}

/* A sub-goal of `parent` from the statement starting at line `at`; its lines are used up. Returns the line after it. */
static guint add_statement(xctx *x, at_rnode *parent, guint at, const char *first, GString *text)
{
    at_provenance prov;
    guint next = statement(x, at, first, text, &prov);
    g_string_truncate(text, item_end(text->str, text->len));
    add_goal(x, parent, "subGoal", text->str, &prov);
    for (guint k = at; k < next; k++)
        pline(x, k)->used = true;
    return next;
}

/* The theme and main goal named by the lines above line `i`; false if there is no main goal line. */
static bool goal_context(xctx *x, guint i, at_rnode **theme, at_rnode **main_goal)
{
    if (i == 0)
        return false;
    xline *m = pline(x, i - 1);
    if (!goal_title_like(x, m, 12))
        return false;
    bool bullet;
    xline *t = i >= 2 ? pline(x, i - 2) : NULL;
    /* A numbered subsection ("4.1 Klimat") right above a main goal is its theme. */
    const char *sub_heading = NULL;
    if (t && !t->used && pat_match(x, PAT_SECTION, t->text, 0)) {
        size_t a, b, ha, hb;
        if (pat_span(x, 1, &a, &b) && memchr(t->text + a, '.', b - a) && pat_span(x, 2, &ha, &hb) &&
            word_count(t->text + ha) <= 6)
            sub_heading = t->text + ha;
    }
    if (t && (sub_heading || goal_title_like(x, t, 6))) {
        const char *title = sub_heading ? sub_heading : plan_bullet(x, t->text, &bullet);
        at_rnode *found = find_goal(x, x->goals, "theme", title);
        *theme = found ? found : add_goal(x, x->goals, "theme", title, &t->prov);
        t->used = true;
    }
    const char *title = plan_bullet(x, m->text, &bullet);
    at_rnode *parent = *theme ? *theme : x->goals;
    at_rnode *found = find_goal(x, parent, "mainGoal", title);
    *main_goal = found ? found : add_goal(x, parent, "mainGoal", title, &m->prov);
    m->used = true;
    return true;
}

/* "Delmål 2: Andelen ... ska öka": the statement after the label, or NULL. */
static const char *inline_subgoal(const char *s)
{
    const char *p = folded_prefix_end(s, "Delmål");
    if (!p)
        return NULL;
    while (*p == ' ' || g_ascii_isdigit(*p))
        p++;
    if (*p != ':' && *p != '.')
        return NULL;
    for (p++; *p == ' '; p++)
        ;
    return word_count(p) >= 3 ? p : NULL;
}

#define SECTION_REACH 30 /* lines a section's main goal may stand above its sub-goals */

/* The main goal stated earlier in line i's section ("Planens huvudmål är att ..." read by labelled_goals), or NULL:
 * back to the section's heading, numbered or not, within SECTION_REACH lines. */
static at_rnode *section_main_goal(xctx *x, guint i)
{
    for (guint k = i; k-- > 0 && k + SECTION_REACH > i && !pat_match(x, PAT_SECTION, pline(x, k)->text, 0);) {
        const xline *l = pline(x, k);
        if (!l->used && l->para_start && heading_words(l->text, false))
            break; /* an unnumbered heading opens the section */
        for (guint g = 0; l->used && g < x->goals->children->len; g++) {
            at_rnode *m = g_ptr_array_index(x->goals->children, g);
            if (strcmp(m->name, "mainGoal") == 0 && m->prov.page == l->prov.page &&
                m->prov.first_line == l->prov.first_line)
                return m;
        }
    }
    return NULL;
}

/* Sub-goals with no goal line above them belong to their section: its heading becomes the theme. */
static at_rnode *section_theme(xctx *x, guint i, at_rnode **theme)
{
    for (guint k = i; k-- > 0 && k + 80 > i;) {
        xline *h = pline(x, k);
        size_t a, b;
        if (!pat_match(x, PAT_SECTION, h->text, 0) || !pat_span(x, 2, &a, &b) || word_count(h->text + a) > 8)
            continue;
        at_rnode *found = find_goal(x, x->goals, "theme", h->text + a);
        if (!found) {
            found = add_goal(x, x->goals, "theme", h->text + a, &h->prov);
            found->prov.confidence = 0.7;
        }
        return *theme = found;
    }
    return NULL;
}

/* What may follow a main goal's label in its heading: nothing, a colon, or the year or period it is for
 * ("Övergripande mål till 2030", "Huvudmål 2025–2028"). NULL: no label. */
static bool main_label_ends(const char *rest)
{
    if (!rest)
        return false;
    if (!*rest || strcmp(rest, ":") == 0)
        return true;
    static const char *const joins[] = { " till ", " för ", " år ", " " };
    for (size_t k = 0; k < G_N_ELEMENTS(joins); k++)
        if (g_str_has_prefix(rest, joins[k])) {
            const char *year = rest + strlen(joins[k]);
            return strspn(year, "0123456789") == 4 && strlen(year) <= 12 && !strchr(year, ' ');
        }
    return false;
}

/* "Målbild 2026: X", "Övergripande mål till 2030: X": a main goal's label, maybe with the year it is for, before a
 * colon; where X starts, or NULL. ("Vision 2030: X" is none: a vision is no goal.) */
static const char *main_label_colon(const char *s)
{
    static const char *const labels[] = { "Målbild", "Målsättning", "Övergripande mål", "Långsiktigt mål" };
    for (size_t k = 0; k < G_N_ELEMENTS(labels); k++) {
        const char *at = strstr(s, labels[k]);
        if (!at || (at != s && (at < s + 2 || at[-2] != '.')))
            continue;
        const char *colon = strpbrk(at + strlen(labels[k]), ":."); /* "Långsiktigt mål. X" */
        if (!colon || colon[1] != ' ' || colon - at > (ptrdiff_t)strlen(labels[k]) + 14)
            continue;
        char *rest = g_strndup(at + strlen(labels[k]), (size_t)(colon - at) - strlen(labels[k]));
        bool ok = main_label_ends(rest);
        g_free(rest);
        if (ok)
            return colon + 2;
    }
    return NULL;
}

/* Is `lead` about a goal ("Målet", "Det övergripande målet för perioden", "Nämndens mål"), not about goals ("målen")
 * nor about something else that names the goal after a preposition or `att` ("En förutsättning för att nå målet",
 * "Ett sätt att nå målet", "Ett steg mot målet"): the goal's word heads the phrase. */
static bool names_a_goal(const char *lead)
{
    static const char *const before_object[] = { "att", "för", "mot", "till", "av", "med", "i", "på", "om", "inom",
                                                 "enligt", "utifrån", "efter" };
    char *f = g_utf8_strdown(lead, -1);
    char **words = g_strsplit_set(f, " ,", -1);
    bool hit = false, object = false;
    for (char **w = words; *w && !hit && !object; w++) {
        hit = g_str_has_suffix(*w, "mål") || g_str_has_suffix(*w, "målet") || g_str_has_prefix(*w, "målsättning");
        for (size_t k = 0; k < G_N_ELEMENTS(before_object) && !hit; k++)
            object = object || strcmp(*w, before_object[k]) == 0;
    }
    g_strfreev(words);
    g_free(f);
    return hit;
}

/* "är att", "är därför att", "är också att": the next " är" in `s` that says what a goal or an ambition is, a
 * sentence adverb maybe between it and its "att"; NULL when none, else `rest` is set to the words after "att". */
static const char *is_that(const char *s, const char **rest)
{
    static const char *const adverbs[] = { "därför", "därmed", "alltså", "således", "också", "även", "dessutom",
                                           "fortsatt", "fortfarande", "nu", "framöver", "främst", "ytterst" };
    for (const char *at = strstr(s, " är "); at; at = strstr(at + 1, " är ")) {
        const char *p = at + strlen(" är ");
        for (size_t k = 0; k < G_N_ELEMENTS(adverbs); k++)
            if (g_str_has_prefix(p, adverbs[k]) && p[strlen(adverbs[k])] == ' ')
                p += strlen(adverbs[k]) + 1;
        if (g_str_has_prefix(p, "att ")) {
            *rest = p + strlen("att ");
            return at;
        }
    }
    return NULL;
}

/* "Inom området är GR:s mål att X", "Under perioden är nämndens mål att X": a sentence opening with a short
 * adverbial, so the goal's owner and word come after "är" (inverted order); where X starts, or NULL. Not after
 * "Enligt": "Enligt översiktsplanen är kommunens mål att X" tells another document's goal (review30 10). */
static const char *inverted_goal_start(const char *s)
{
    for (const char *at = strstr(s, " är "); at; at = strstr(at + 1, " är ")) {
        const char *start = at, *owner = at + strlen(" är "), *that = strstr(owner, " att ");
        while (start > s && !(start[-1] == ' ' && start - 1 > s && start[-2] == '.'))
            start--;
        if (!that)
            return NULL;
        char *lead = g_strndup(start, (size_t)(at - start)), *subject = g_strndup(owner, (size_t)(that - owner));
        size_t lead_words = word_count(lead), subject_words = word_count(subject);
        /* the goal's word ends the subject: "GR:s mål", "nämndens övergripande mål", "målet" */
        bool hit = lead_words >= 1 && lead_words <= 3 && g_unichar_isupper(g_utf8_get_char(lead)) &&
                   !names_a_goal(lead) && !g_str_has_prefix(lead, "Enligt ") && subject_words <= 3 &&
                   names_a_goal(subject) && (g_str_has_suffix(subject, "mål") || g_str_has_suffix(subject, "målet"));
        g_free(lead);
        g_free(subject);
        if (hit)
            return that + strlen(" att ");
    }
    return NULL;
}

/* Does `word` name the state or one of its bodies ("Regeringen", "riksdagen", "Länsstyrelsen")? Its aims and wishes
 * told in a background are no goals of a municipal plan (review32 1, 9). */
static bool state_body(const char *word)
{
    static const char *const state[] = { "regering", "riksdag", "staten", "läns" };
    char *lower = g_utf8_strdown(word, -1);
    bool of_state = false;
    for (size_t k = 0; k < G_N_ELEMENTS(state) && !of_state; k++)
        of_state = g_str_has_prefix(lower, state[k]);
    g_free(lower);
    return of_state;
}

/* Does `word` name a body whose plan it is, in the definite ("nämnden", "Kulturnämnden", "förbundet")? A county's
 * board ("länsstyrelsen") is the state's, another body. */
static bool own_body(const char *word)
{
    static const char *const bodies[] = { "nämnden", "styrelsen", "kommunen", "förbundet", "förvaltningen", "bolaget" };
    char *lower = g_utf8_strdown(word, -1);
    bool own = false;
    for (size_t k = 0; k < G_N_ELEMENTS(bodies) && !own; k++)
        own = g_str_has_suffix(lower, bodies[k]);
    g_free(lower);
    return own && !state_body(word);
}

/* Is `lead` the programme's own voice: "Vi" or its own body (own_body); with `owner`, their genitive ("Vår",
 * "Nämndens")? Another body by name ("Region Halland") is none: its aim told in a background is no goal of the
 * programme (review32 1). */
static bool own_voice(const char *lead, bool owner)
{
    if (strcmp(lead, owner ? "Vår" : "Vi") == 0)
        return true;
    if (strchr(lead, ' ') || (owner && !g_str_has_suffix(lead, "s")))
        return false;
    char *body = g_strndup(lead, strlen(lead) - owner);
    bool own = own_body(body);
    g_free(body);
    return own;
}

/* Do the words at `w` ("vill nå", "vill uppnå", "strävar efter", "arbetar för", "siktar mot") say what a voice wants
 * to reach or works toward: an aim, no act ("vill bygga")? */
static bool aim_words(char *const *w)
{
    static const char *const aims[][2] = { { "vill", "nå" },      { "vill", "uppnå" },    { "vill", "åstadkomma" },
                                           { "vill", "se" },      { "strävar", "efter" }, { "arbetar", "för" },
                                           { "siktar", "mot" },   { "siktar", "på" } };
    for (size_t k = 0; k < G_N_ELEMENTS(aims); k++)
        if (w[0] && w[1] && strcmp(w[0], aims[k][0]) == 0 && strcmp(w[1], aims[k][1]) == 0)
            return true;
    return false;
}

/* Is `word` (in lower case) the programme's own voice: "vi", "vår", its own body or that body's genitive ("nämnden",
 * "kommunens")? */
static bool own_word(const char *word)
{
    static const char *const we[] = { "vi", "vår", "vårt", "våra" };
    for (size_t k = 0; k < G_N_ELEMENTS(we); k++)
        if (strcmp(word, we[k]) == 0)
            return true;
    char *body = g_strndup(word, strlen(word) - g_str_has_suffix(word, "s"));
    bool own = own_body(body);
    g_free(body);
    return own;
}

static bool goal_word(const char *w);

/* Does `word` (in lower case) name a goal or an aim ("mål": goal_word, "målbild", "inriktning", "strävar"); sets
 * *reports when it tells what one found, knows or thinks ("visar", "anser", "Så vet vi att" over indicators)? */
static bool aim_word(const char *word, bool *reports)
{
    static const char *const goals[] = { "målbild", "målbilden", "målsättning", "målsättningen", "inriktning",
                                         "inriktningen", "ambition", "ambitionen", "vill", "strävar", "arbeta",
                                         "arbetar", "siktar" };
    static const char *const reporting[] = { "visar", "visade", "anser", "ansåg", "menar", "framhåller", "betonar",
                                             "konstaterar", "påpekar", "uppger", "berättar", "svarar", "svarade",
                                             "tycker", "föreslår", "bedömer", "ser", "vet", "noterar" };
    for (size_t k = 0; k < G_N_ELEMENTS(reporting); k++)
        *reports = *reports || strcmp(word, reporting[k]) == 0;
    bool goal = goal_word(word);
    for (size_t k = 0; k < G_N_ELEMENTS(goals) && !goal; k++)
        goal = strcmp(word, goals[k]) == 0;
    return goal;
}

/* Does `lead`, the words before "att" opening a paragraph, state a goal in the programme's own voice? The one place
 * deciding it for a cleft and a repeated formula (review33 2). A cleft always: "Det vi strävar efter är", "Vad nämnden
 * vill uppnå till 2030 är" (its own voice, an aim: aim_words, maybe when or where after it). With `repeated` (said
 * over a list in two sections: goal_formula) also a lead naming a goal or in its own voice ("Vår inriktning är",
 * "Ekby kommun ska arbeta för") — never a report of another ("Enkäten visar", "Byarådet anser": review33 1). */
static bool own_goal_lead(const char *lead, bool repeated)
{
    char *lower = g_utf8_strdown(lead, -1);
    char **words = g_strsplit(lower, " ", -1);
    guint n = g_strv_length(words);
    n -= n && strcmp(words[n - 1], "är") == 0; /* the cleft's "är", when the lead runs up to "att" */
    /* a cleft's form decides it alone: "Det länsstyrelsen strävar efter är", "Det vi strävade efter var" are
     * another's aim or a past one, even said twice over tables */
    bool cleft_form = n >= 2 && (strcmp(words[0], "det") == 0 || strcmp(words[0], "vad") == 0);
    bool cleft = cleft_form && n >= 4 && n <= 7 && (strcmp(words[1], "vi") == 0 || own_body(words[1])) &&
                 aim_words(words + 2);
    bool reports = false, own = false, goal = false;
    for (guint k = 0; k < n && repeated && !cleft_form; k++) {
        own = own || own_word(words[k]) || (k > 0 && strcmp(words[k], "kommun") == 0); /* "Ödeby kommun" */
        /* "vill" alone is anyone's wish: "Eleverna vill att" over what they asked for, said in two sections */
        goal = (aim_word(words[k], &reports) && strcmp(words[k], "vill") != 0) || goal;
    }
    g_strfreev(words);
    g_free(lower);
    return cleft || (!cleft_form && !reports && (own || goal));
}

/* "Det vi vill nå är att X", "Vad nämnden vill uppnå till 2030 är att X": a cleft sentence, opening its paragraph, on
 * what the programme's own voice wants to reach (own_goal_lead); where X starts, or NULL. "Programmet anger vad
 * kommunen vill uppnå" tells what the programme is about, no goal. */
static const char *wanted_goal_start(const char *s)
{
    const char *goal, *that = is_that(s, &goal);
    char *lead = that ? g_strndup(s, (size_t)(that - s)) : NULL;
    bool hit = lead && !strpbrk(lead, ".,:;") && own_goal_lead(lead, false);
    g_free(lead);
    return hit ? goal : NULL;
}

/* "Vi siktar på att X.", "Nämndens ambition är att X.": an aim, opening its paragraph, in the programme's own voice,
 * or what it wants to reach (wanted_goal_start); where X starts (its clause may open on its own subject: "att Ås ska
 * …"), or NULL. */
static const char *aim_start(const char *s)
{
    static const char *const aims[] = { " siktar på att ", " ambition är att " };
    for (size_t k = 0; k < G_N_ELEMENTS(aims); k++) {
        const char *at = strstr(s, aims[k]);
        char *lead = at ? g_strndup(s, (size_t)(at - s)) : NULL;
        bool hit = lead && own_voice(lead, k == 1);
        g_free(lead);
        if (hit)
            return at + strlen(aims[k]);
    }
    return wanted_goal_start(s);
}

/* "Helsingborgshem lovar att X.", "Vi lovar att X.": a promise, opening its paragraph, of the one (a name of up to
 * three words) whose programme it is, X a verb's phrase; or the promise as a label, "Vårt löfte: X." or "Löfte: X.";
 * or an aim (aim_start); where X starts, or NULL. An agreement's "X åtar sig att:" over a list is a party's
 * undertaking, no goal. */
static const char *promised_goal_start(const char *s)
{
    static const char *const labels[] = { "Vårt löfte: ", "Löfte: " };
    for (size_t k = 0; k < G_N_ELEMENTS(labels); k++)
        if (g_str_has_prefix(s, labels[k]) && g_unichar_isupper(g_utf8_get_char(s + strlen(labels[k]))))
            return s + strlen(labels[k]);
    static const char verb[] = " lovar att ";
    const char *at = strstr(s, verb);
    char *lead = at ? g_strndup(s, (size_t)(at - s)) : NULL;
    bool hit = lead && word_count(lead) <= 3 && g_unichar_isupper(g_utf8_get_char(lead)) && !strpbrk(lead, ".,:;") &&
               g_unichar_islower(g_utf8_get_char(at + strlen(verb)));
    g_free(lead);
    return hit ? at + strlen(verb) : aim_start(s);
}

/* Where the main goal starts after its label in `s` ("Huvudmål: X", "Huvudmålet är att X", "Inriktningsmål: X",
 * "Målet med upprustningen är att X", "X lovar att"), or NULL. */
static const char *main_goal_start(const char *s, bool memo)
{
    const char *labelled = main_label_colon(s);
    if (labelled)
        return labelled;
    static const char *const labels[] = { "Huvudmål: ", "Huvudmålet är att ", "Huvudmålet är ", "Inriktningsmål: ",
                                          "Övergripande mål: ", "Mål: ", "Målet är att " };
    /* a memo's "Målet är att ..." tells what its proposal is for, not a goal the body sets */
    for (size_t k = 0; k < G_N_ELEMENTS(labels) - memo; k++) {
        const char *at = strstr(s, labels[k]);
        if (at && (at == s || at[-1] == ' '))
            return at + strlen(labels[k]);
    }
    const char *goal = inverted_goal_start(s);
    if (!goal)
        goal = promised_goal_start(s);
    if (goal)
        return goal;
    /* "Målet med upprustningen är att", "Det övergripande målet för planperioden är att", "Kommunens mål är därför
     * att": a sentence opening with a few words, one of them naming the goal */
    for (const char *that = is_that(s, &goal); that; that = is_that(that + 1, &goal)) {
        const char *at = that;
        while (at > s && !(at[-1] == ' ' && at - 1 > s && at[-2] == '.'))
            at--;
        char *lead = g_strndup(at, (size_t)(that - at));
        size_t words = word_count(lead);
        bool names_goal = words >= 2 && words <= 8 && g_unichar_isupper(g_utf8_get_char(lead)) && names_a_goal(lead);
        g_free(lead);
        if (names_goal)
            return goal;
    }
    return NULL;
}

/* Do the words from words[i] on say when the goal word before them is reached ("[mål] som ska vara nått i december
 * 2029", "[Målen] ska vara nådda 2030")? The goal is the subject: the sentence dates goals stated elsewhere. */
static bool dates_reaching(char **words, guint i)
{
    static const char *const reached[] = { "nått", "nådd", "nådda", "uppnått", "uppnådd", "uppnådda", "uppfyllt",
                                           "uppfylld", "uppfyllda" };
    i += words[i] && strcmp(words[i], "som") == 0;
    if (!words[i] || strcmp(words[i], "ska") != 0 || !words[i + 1] || strcmp(words[i + 1], "vara") != 0)
        return false;
    return words[i + 2] && word_in(words[i + 2], reached, G_N_ELEMENTS(reached));
}

/* "Nämnden har antagit två mål", "uppdelat i tre delmål", "delmålen ska nås genom följande mål": a sentence about
 * the goals, stating none: it names goals without saying what shall be, or counts them, or dates their reaching
 * ("För varje område gäller ett mål som ska vara nått i december 2029"). "Alla elever ska nå sina mål" states one. */
static bool about_goals(const char *s)
{
    static const char *const counts[] = { "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "några",
                                          "flera", "följande", "dessa", "olika", "varje" };
    /* "Varje aktivitet i tabellen är märkt med det mål den ska bidra till": the plan's own parts beside a goal */
    static const char *const parts[] = { "tabell", "aktivitet", "åtgärd" };
    bool states = strstr(s, " ska ") != NULL, about = false, of_parts = false;
    char **words = g_strsplit_set(s, " ,.:;", -1);
    for (guint i = 0; words[i]; i++)
        for (size_t k = 0; k < G_N_ELEMENTS(parts); k++)
            of_parts = of_parts || folded_starts(words[i], parts[k]);
    for (guint i = 0; words[i] && !about; i++) {
        char *lower = g_utf8_strdown(words[i], -1);
        /* "mål", "delmål", "effektmål", "målområden" */
        bool goal_word = g_str_has_suffix(lower, "mål") || g_str_has_prefix(lower, "mål");
        g_free(lower);
        if (!goal_word)
            continue;
        about = !states || of_parts || dates_reaching(words, i + 1);
        for (guint k = i > 2 ? i - 2 : 0; k < i && !about; k++) /* "två mål", "tre strategiska mål" */
            for (size_t c = 0; c < G_N_ELEMENTS(counts) && !about; c++)
                about = folded_equal(words[k], counts[c]) || g_ascii_isdigit(words[k][0]);
    }
    g_strfreev(words);
    return about;
}

/* The statement after its label in line l, up to its full stop; NULL if none. */
static char *labelled_main_goal(const char *s, bool memo)
{
    const char *at = main_goal_start(s, memo);
    if (!at)
        return NULL;
    const char *stop = strstr(at, ". ");
    char *goal = g_strndup(at, stop ? (size_t)(stop - at) : strlen(at));
    size_t n = strlen(goal);
    if (n && goal[n - 1] == '.')
        goal[n - 1] = '\0';
    if (word_count(goal) >= 3 && !about_goals(goal))
        return goal;
    g_free(goal);
    return NULL;
}

/* "Mål", "Övergripande mål", "Mål och syfte": a heading naming the goals, not a theme of them, nor whom a plan
 * serves or how its goals are met ("Målgrupp", "Måluppfyllelse"). */
static bool names_goals(const char *heading)
{
    /* the compounds that name goals, in any inflection ("Målbilder", "Målområdet", "Måltal") */
    static const char *const stems[] = { "målsättning", "målbild", "målområde", "måltal" };
    static const char *const endings[] = { "", "en", "et", "n", "ar", "er", "arna", "erna", "na" };
    char *f = g_utf8_strdown(heading, -1);
    char **words = g_strsplit(f, " ", -1);
    guint n = g_strv_length(words);
    if (n)
        words[0][strcspn(words[0], ":")] = '\0';
    bool hit = n && (folded_equal(words[0], "mål") || folded_equal(words[0], "målen") || folded_equal(words[0], "målet"));
    for (size_t i = 0; n && i < G_N_ELEMENTS(stems) && !hit; i++)
        for (size_t e = 0; g_str_has_prefix(words[0], stems[i]) && e < G_N_ELEMENTS(endings) && !hit; e++)
            hit = strcmp(words[0] + strlen(stems[i]), endings[e]) == 0;
    hit = hit || (n && folded_equal(words[n - 1], "mål"));
    g_strfreev(words);
    g_free(f);
    return hit;
}

/* A heading that labels the goal under it: a main goal ("Inriktningsmål") or its sub-goals ("Resultatmål till
 * 2028", "Delmål"). */
static bool goal_label_heading(const char *s, bool main)
{
    static const char *const mains[] = { "Inriktningsmål", "Huvudmål", "Övergripande mål", "Långsiktigt mål",
                                         "Målsättning", "Effektmål", "Målbild" };
    /* "Effektmål" under a main goal already stated breaks it down */
    static const char *const subs[] = { "Resultatmål", "Delmål", "Etappmål", "Mätbara mål", "Mål till", "Mål för",
                                        "Effektmål" };
    size_t n = strlen(s);
    if (!n || word_count(s) > 5 || strchr(".,;", s[n - 1]))
        return false;
    const char *const *labels = main ? mains : subs;
    for (size_t i = 0; i < (main ? G_N_ELEMENTS(mains) : G_N_ELEMENTS(subs)); i++)
        if (main ? main_label_ends(folded_prefix_end(s, labels[i])) : folded_starts(s, labels[i]))
            return true;
    return false;
}

/* The words of the label before an area's name ("Insatsområde 2:" 2), 0 when `s` has none. */
static size_t area_label_words(const char *s)
{
    return word_count(s) - word_count(area_name(s));
}

/* "1. Ett närmare liv" or "B. Hållbar turism" right above a main goal, or, when the plan states its main goals under
 * headings of their own (`plain`), the heading above, maybe over a few paragraphs of prose: the theme it belongs to. */
static at_rnode *numbered_theme(xctx *x, guint i, bool plain)
{
    for (guint k = i; k-- > 0 && k + (plain ? 6 : 3) > i;) {
        xline *h = pline(x, k);
        size_t a, b;
        const char *title = NULL;
        if (pat_match(x, PAT_SECTION, h->text, 0) && pat_span(x, 2, &a, &b))
            title = h->text + a;
        else if (g_ascii_isupper(h->text[0]) && g_str_has_prefix(h->text + 1, ". ") && h->para_start)
            title = h->text + 3;
        else if (plain && h->para_start && goal_title_like(x, h, 6 + area_label_words(h->text)))
            title = area_name(h->text); /* "Insatsområde 2: Dagvatten och avlopp" names the theme after its label */
        if (title && word_count(title) <= 8 && !names_goals(title)) {
            at_rnode *found = find_goal(x, x->goals, "theme", title);
            return found ? found : add_goal(x, x->goals, "theme", title, &h->prov);
        }
        /* prose that explains the theme may stand between it and its goal: sentences, or a scan's paragraph
         * wrapping onto the next line, nothing read yet */
        const xline *below = pline(x, k + 1);
        bool prose = !h->used && (last_char(h->text) == '.' || (k + 1 < i && !below->para_start)) &&
                     word_count(h->text) >= 6 && !g_str_has_prefix(h->text, "- ");
        if (h->para_start && k + 1 < i && !(plain && prose))
            return NULL;
    }
    return NULL;
}

/* The line after the sentence that line i starts: its paragraph's next lines up to one ending in a full stop. */
static guint sentence_end(xctx *x, guint i)
{
    guint j = i;
    for (xline *n = pline(x, j); n && (j == i || (!n->para_start && !n->used)); n = pline(x, ++j)) {
        size_t len = strlen(n->text);
        if (len && n->text[len - 1] == '.')
            return j + 1;
    }
    return i + 1;
}

/* Has the text after its main goal's label come to a full stop? */
static bool goal_ends(const char *s, bool memo)
{
    const char *at = main_goal_start(s, memo);
    return !at || strstr(at, ". ") || g_str_has_suffix(at, ".");
}

/* Sub-goals as sentences without bullets, one paragraph after a "Delmål:" label; returns the line after them. */
static guint unbulleted_items(xctx *x, at_rnode *parent, guint j, GString *text)
{
    guint first = j;
    for (xline *n; (n = pline(x, j)) && !n->used && (j == first || !n->para_start) &&
                   g_unichar_isupper(g_utf8_get_char(n->text)) && !pat_match(x, PAT_SECTION, n->text, 0);) {
        guint end = sentence_end(x, j);
        const char *last = pline(x, end - 1)->text;
        if (last_char(last) != '.')
            break; /* a heading, not a sentence */
        g_string_assign(text, after_item_code(n->text)); /* "K1 Bebyggelse ska ...": its bullet drawn, not written */
        at_provenance prov = n->prov;
        n->used = true;
        for (guint k = j + 1; k < end; k++) {
            g_string_append_printf(text, " %s", pline(x, k)->text);
            prov.last_line = pline(x, k)->prov.last_line;
            pline(x, k)->used = true;
        }
        if (text->len && text->str[text->len - 1] == '.')
            g_string_truncate(text, text->len - 1);
        add_goal(x, parent, "subGoal", text->str, &prov);
        j = end;
    }
    return j;
}

/* Line i's text in `text`, with the next line of its paragraph when the main goal's label wraps onto it
 * ("… Målsättningen till" over "2030 är att …" on a scan); returns the line after those in `text` when it states
 * a main goal by its label, else 0. */
static guint goal_label_lines(xctx *x, guint i, bool memo, GString *text)
{
    const xline *next = pline(x, i + 1);
    g_string_assign(text, pline(x, i)->text);
    if (main_goal_start(text->str, memo))
        return i + 1;
    if (!next || next->para_start || next->used || strchr(".!?", last_char(text->str)) ||
        main_goal_start(next->text, memo))
        return 0;
    g_string_append_printf(text, " %s", next->text);
    return main_goal_start(text->str, memo) ? i + 2 : 0;
}

/* Does the last sentence of `text` lead in to what shall be done: a verb of the kind ("ska", "skall", "behöver",
 * "vill", "måste", "bör"), "se till att", or what the goal means ("Det innebär att det år 2030")? "Skogen används i
 * dag främst av" leads in to facts, "Förvaltningen föreslår att kommunstyrelsen" to a proposal's decisions: neither
 * list is goals. */
static bool leads_in_what_shall_be(const char *text)
{
    static const char *const verbs[] = { "ska", "skall", "behöver", "vill", "måste", "bör" };
    static const char *const phrases[] = { "se till att", "ser till att", "innebär att", "betyder att" };
    const char *last = g_strrstr(text, ". ");
    char *lower = g_utf8_strdown(last ? last + 2 : text, -1);
    char **words = g_strsplit(lower, " ", -1);
    bool shall = false;
    for (size_t k = 0; k < G_N_ELEMENTS(phrases) && !shall; k++)
        shall = strstr(lower, phrases[k]) != NULL;
    for (char **w = words; *w && !shall; w++)
        for (size_t k = 0; k < G_N_ELEMENTS(verbs) && !shall; k++)
            shall = strcmp(*w, verbs[k]) == 0;
    g_strfreev(words);
    g_free(lower);
    return shall;
}

/* Does a list in lower case at line j finish the last sentence of `text`, a sentence after the one stating its main
 * goal that leads in to what shall be done ("Vårt mål är att X. För att nå dit ska vi se till att" over "a. det
 * finns ...")? */
static bool finished_by_list(xctx *x, const char *text, guint j, bool memo)
{
    const char *goal = main_goal_start(text, memo);
    return goal && strstr(goal, ". ") && !strchr(".!?:", last_char(text)) && pline(x, j) && !pline(x, j)->used &&
           continuing_item(pline(x, j)->text) && leads_in_what_shall_be(goal);
}

/* Does a table whose first column names sub-goals ("Delmål | Mäts genom") start after the first n lines of text? */
static bool subgoal_table_at(xctx *x, guint n)
{
    GPtrArray *sets[] = { x->rows, x->text_rows };
    for (size_t s = 0; s < G_N_ELEMENTS(sets); s++)
        for (guint i = 0; i < sets[s]->len; i++) {
            const xrow *r = g_ptr_array_index(sets[s], i);
            if (r->row == 0 && r->n_cells >= 2 && r->cells[0] && goal_label_heading(r->cells[0], false) &&
                lines_before(x, &r->prov) == n)
                return true;
        }
    return false;
}

/* The words before the first " att " of the paragraph that line i starts, when they could open a goal's sentence
 * ("Vår målbild är att X.", "Det vi strävar efter är att X."): two to eight words, capitalised, no punctuation, the
 * paragraph one sentence ending at its full stop, and a list right below it (its lead-in line first, or none);
 * caller frees; NULL if not. */
static char *formula_lead(xctx *x, guint i)
{
    const xline *l = pline(x, i);
    const char *at = l->para_start && !l->used ? strstr(l->text, " att ") : NULL;
    if (!at || !g_unichar_isupper(g_utf8_get_char(l->text)))
        return NULL;
    guint end = sentence_end(x, i);
    const xline *below = pline(x, end), *item = below ? pline(x, end + 1) : NULL;
    bool bullet = false;
    if (below && !strchr(".!?", last_char(below->text)) && word_count(below->text) <= 20 && item)
        plan_bullet(x, item->text, &bullet); /* "Så här når vi dit:" over "- alla tätorter …" */
    if (below && !bullet)
        plan_bullet(x, below->text, &bullet);
    bullet = bullet || subgoal_table_at(x, end); /* its sub-goals in a table ("Delmål | Mäts genom") */
    char *lead = g_strndup(l->text, (size_t)(at - l->text));
    size_t words = word_count(lead);
    const char *colon = strchr(lead, ':'); /* "GR:s mål" is a genitive, "Mål: X" a label */
    if (!bullet || last_char(pline(x, end - 1)->text) != '.' || strstr(l->text, ". ") || words < 2 || words > 8 ||
        strpbrk(lead, ".,;()") || (colon && !g_str_has_prefix(colon, ":s "))) {
        g_free(lead);
        return NULL;
    }
    return lead;
}

/* A programme's own formula for its main goals: the same words before "att" opening a paragraph over a list in two
 * sections or more ("Vår målbild är att X." over "Så här når vi dit:" and its items, under each theme), in words
 * of its own voice or naming a goal (own_goal_lead; first contact with a new programme lost its whole hierarchy to
 * an unknown lead-in: gen33). A lead said once is a background's sentence, a repeated report ("Enkäten visar att")
 * another's finding: no formula. NULL if none; caller frees. */
static char *goal_formula(xctx *x, bool memo)
{
    if (memo || letter_document(x)) /* "Regionen anser att X." over its proposals, in each part of a statement */
        return NULL;
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    char *formula = NULL;
    for (guint i = 0; i < x->lines->len && !formula; i++) {
        char *lead = formula_lead(x, i);
        if (lead && !own_goal_lead(lead, true))
            g_clear_pointer(&lead, g_free); /* the formula may come after a repeated report */
        if (lead && g_hash_table_contains(seen, lead))
            formula = lead;
        else if (lead)
            g_hash_table_add(seen, lead);
    }
    g_hash_table_destroy(seen); /* its keys are the earlier copies: `formula` is the second, ours */
    return formula;
}

/* Does line i open a paragraph with the programme's formula (goal_formula; NULL: it has none)? */
static bool opens_with_formula(xctx *x, guint i, const char *formula)
{
    char *lead = formula ? formula_lead(x, i) : NULL;
    bool hit = lead && strcmp(lead, formula) == 0;
    g_free(lead);
    return hit;
}

/* The goal that line i's paragraph states after the programme's formula (goal_formula), without its full stop, in
 * `text` the paragraph; sets *j to the line after it; NULL if it opens otherwise. */
static char *formula_goal(xctx *x, guint i, const char *formula, GString *text, guint *j)
{
    if (!opens_with_formula(x, i, formula))
        return NULL;
    *j = sentence_end(x, i);
    g_string_assign(text, pline(x, i)->text);
    for (guint k = i + 1; k < *j; k++)
        g_string_append_printf(text, " %s", pline(x, k)->text);
    return g_strndup(text->str + strlen(formula) + strlen(" att "), text->len - strlen(formula) - strlen(" att ") - 1);
}

static bool names_actions(const char *s);
static bool lead_of_no_subgoals(const char *s);
static bool done_word(const char *w);

/* How many main goals a label or the programme's formula states, counted up to two: several, each under a heading,
 * name their themes. */
static guint stated_goals(xctx *x, bool memo, const char *formula, GString *text)
{
    guint stated = 0;
    for (guint i = 0; i < x->lines->len && stated < 2; i++)
        stated += goal_label_lines(x, i, memo, text) > 0 || opens_with_formula(x, i, formula);
    return stated;
}

/* Is line i read as a memo's? A memo's "Målet är att" under a heading naming its goals ("Mål") states one. */
static bool memo_goal_line(xctx *x, guint i, bool memo)
{
    return memo && !(i && pline(x, i)->para_start && names_goals(pline(x, i - 1)->text) &&
                     word_count(pline(x, i - 1)->text) <= 3);
}

/* The main goal that line i states by a label or by the programme's formula (*formulaic), its paragraph in `text`;
 * sets *j to the line after it; NULL if it states none. */
static char *stated_goal(xctx *x, guint i, bool memo_line, const char *formula, GString *text, guint *j,
                         bool *formulaic)
{
    xline *l = pline(x, i);
    *formulaic = false;
    *j = l->used ? 0 : goal_label_lines(x, i, memo_line, text);
    if (*j) { /* the goal may wrap onto the next lines of its paragraph: join them up to its full stop */
        for (xline *n; !goal_ends(text->str, memo_line) && (n = pline(x, *j)) && !n->para_start && !n->used; (*j)++)
            g_string_append_printf(text, " %s", n->text);
        return labelled_main_goal(text->str, memo_line);
    }
    char *goal = l->used ? NULL : formula_goal(x, i, formula, text, j);
    *formulaic = goal != NULL;
    return goal;
}

/* Does the goal's paragraph `text`, ending before line *j, introduce a list? "... Nämnden har brutit ned huvudmålet
 * i två mål:": the rest of the paragraph introduces it; "... För att nå dit ska vi se till att" over "a. det finns
 * ...": the list finishes its last sentence. A lead line later in the paragraph is taken (*j moves past it);
 * *no_subgoals if that lead introduces no goals ("Det här gör vi:", an export without blank lines). */
static bool introduces_list(xctx *x, const char *text, guint *j, bool memo_line, bool *no_subgoals)
{
    bool introduces = g_str_has_suffix(text, ":") || finished_by_list(x, text, *j, memo_line);
    *no_subgoals = false;
    for (guint k = *j; !introduces && pline(x, k) && !pline(x, k)->para_start && !pline(x, k)->used &&
                       !strchr(pline(x, k)->text, '.');
         k++) {
        introduces = g_str_has_suffix(pline(x, k)->text, ":");
        *no_subgoals = introduces && lead_of_no_subgoals(pline(x, k)->text);
        for (guint u = *j; introduces && u <= k; u++)
            pline(x, u)->used = true;
        *j = introduces ? k + 1 : *j;
    }
    return introduces;
}

/* Adds the main goal stated on lines i up to j (in the theme numbered right above it when `themed`). */
static at_rnode *add_stated_goal(xctx *x, guint i, guint j, const char *goal, bool themed)
{
    xline *l = pline(x, i);
    at_rnode *theme = numbered_theme(x, i, themed);
    at_provenance prov = l->prov; /* with the lines the goal wraps onto */
    prov.last_line = pline(x, j - 1)->prov.last_line;
    prov.alto_last = pline(x, j - 1)->prov.alto_last;
    l->used = true;
    return add_goal(x, theme ? theme : x->goals, "mainGoal", goal, &prov);
}

/* Is line j, right under a goal, a line of its own that introduces the goal's list ("Huvudmålet bryts ned i tre
 * delmål:", "För att nå målet ska nämnden se till att")? A list's first item ("a) skolklasser,") is none. */
static bool list_lead_line(xctx *x, guint j, bool formulaic)
{
    if (!pline(x, j))
        return false;
    const char *intro = pline(x, j)->text;
    bool continued = !strchr(".!?", last_char(intro)) && pline(x, j + 1) && !continuing_item(intro) &&
                     continuing_item(pline(x, j + 1)->text);
    /* "Konkret innebär det att vi till 2031" over "- minskar …": a clause the bulleted items finish */
    bool bullet_below = false;
    if (pline(x, j + 1))
        plan_bullet(x, pline(x, j + 1)->text, &bullet_below);
    /* under a formula's goal, any lead-in the bulleted items finish ("Målet är nått när" over "- alla …") */
    bool finished = bullet_below && !strchr(".!?:", last_char(intro)) &&
                    (strstr(intro, " att ") || (formulaic && word_count(intro) <= 8));
    return (!pline(x, j)->used || continued) &&
           (g_str_has_suffix(intro, ":") || g_str_has_suffix(intro, " att") || continued || finished) &&
           word_count(intro) <= 20 && !is_delmal_label(intro);
}

/* Adds the items listed from line j on as sub-goals of `main_goal`; returns the line after them. */
static guint listed_goals(xctx *x, at_rnode *main_goal, guint j, bool labelled, bool introduces, GString *text)
{
    for (guint first = j; pline(x, j) && !pline(x, j)->used;) {
        bool bullet;
        const char *item = plan_bullet(x, pline(x, j)->text, &bullet);
        const char *numbered = labelled && !bullet ? listed_item(pline(x, j)->text) : NULL;
        if (numbered && !g_str_has_suffix(numbered, ".") && !strstr(numbered, " ska "))
            numbered = NULL; /* "2. Åtgärder": the next numbered section, no goal */
        if (introduces && !bullet && !numbered) /* "a. det finns …", or "• x," over ". det finns …" */
            numbered = continuing_item(pline(x, j)->text) ? continuing_item(pline(x, j)->text)
                                                          : misread_bullet_item(pline(x, j)->text);
        if (bullet || numbered) { /* "- K1 Bebyggelse ska ...": the goal without the code tables refer to it by */
            j = add_statement(x, main_goal, j, numbered ? numbered : after_item_code(item), text);
            continue;
        }
        if (labelled && j == first) /* a PDF that drew its bullets as graphics */
            j = unbulleted_items(x, main_goal, j, text);
        break;
    }
    return j;
}

/* "Mål 2 är att X": a sentence opening with a goal's number that states the goal; where its number starts in `s`,
 * or NULL. */
static const char *goal_number_sentence(const char *s)
{
    if (!g_str_has_prefix(s, "Mål "))
        return NULL;
    const char *n = s + strlen("Mål ");
    size_t digits = strspn(n, "0123456789");
    return digits && digits <= 2 && g_str_has_prefix(n + digits, " är att ") ? n : NULL;
}

/* "Huvudmål: X." or "... Huvudmålet är att X." over an optional "Delmål:" and a bulleted list: a main
 * goal (in the theme numbered right above it) and its sub-goals. */
static void labelled_goals(xctx *x, GString *text)
{
    bool memo = memo_document(x);
    char *formula = goal_formula(x, memo);
    guint stated = stated_goals(x, memo, formula, text);
    for (guint i = 0; i < x->lines->len; i++) {
        bool memo_line = memo_goal_line(x, i, memo), formulaic, no_subgoals;
        guint j;
        char *goal = stated_goal(x, i, memo_line, formula, text, &j, &formulaic);
        if (!goal)
            continue;
        for (guint k = i + 1; k < j; k++)
            pline(x, k)->used = true;
        bool introduces = introduces_list(x, text->str, &j, memo_line, &no_subgoals);
        at_rnode *main_goal = add_stated_goal(x, i, j, goal, stated >= 2);
        g_free(goal);
        if (no_subgoals || (pline(x, j) && lead_of_no_subgoals(pline(x, j)->text))) { /* "Så här gör vi:" */
            i = j - 1;
            continue;
        }
        if (!introduces && list_lead_line(x, j, formulaic)) {
            pline(x, j++)->used = true;
            introduces = true;
        }
        bool labelled = introduces || (pline(x, j) && goal_label_heading(pline(x, j)->text, false));
        if (labelled && !introduces)
            pline(x, j++)->used = true;
        i = listed_goals(x, main_goal, j, labelled, introduces, text) - 1;
    }
    g_free(formula);
}

/* A goal's text without its full stop, for comparing. */
static char *goal_text(const at_rnode *g)
{
    const at_rnode *t = strcmp(g->name, "subGoal") == 0 ? g : at_rnode_find(g, "title");
    char *s = g_strdup(t && t->text ? t->text : "");
    size_t n = strlen(s);
    if (n && s[n - 1] == '.')
        s[n - 1] = '\0';
    return s;
}

/* "Mål 2", "Delmål 2", "Mål nr 2", "2": a table's reference to the second goal stated in prose; 0 when none. */
static int goal_reference(const char *s)
{
    static const char *const labels[] = { "Mål nr ", "Mål ", "Delmål nr ", "Delmål ", "" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        if (!g_str_has_prefix(s, labels[i]))
            continue;
        const char *n = s + strlen(labels[i]);
        size_t digits = strspn(n, "0123456789");
        if (digits && digits <= 2 && (!n[digits] || (n[digits] == '.' && !n[digits + 1])))
            return atoi(n);
    }
    return 0;
}

/* Was goal `g` stated on a line under the code `code` ("- K1 Bebyggelse ska ..." for "K1")? */
static bool coded_as(xctx *x, const at_rnode *g, const char *code)
{
    guint i = lines_before(x, &g->prov);
    bool bullet;
    const char *item = i < x->lines->len ? plan_bullet(x, pline(x, i)->text, &bullet) : NULL;
    size_t n = strlen(code);
    return item && *code && after_item_code(item) != item && strncmp(item, code, n) == 0 && item[n] == ' ';
}

/* The sub-goals of the main goals stated in prose, in order; `numbers` gets each one's number under its main goal. */
static GPtrArray *stated_subgoals(xctx *x, GArray *numbers)
{
    GPtrArray *subs = g_ptr_array_new();
    for (guint i = 0; i < x->goals->children->len; i++) {
        at_rnode *m = g_ptr_array_index(x->goals->children, i);
        for (guint k = 0, seen = 0; strcmp(m->name, "mainGoal") == 0 && k < m->children->len; k++) {
            at_rnode *sub = g_ptr_array_index(m->children, k);
            if (strcmp(sub->name, "subGoal") != 0)
                continue;
            g_ptr_array_add(subs, sub);
            int number = (int)++seen;
            g_array_append_val(numbers, number);
        }
    }
    return subs;
}

/* The stated sub-goal that a table's goal row names ("Delmål 1: ..." above the rows, "Mål 1" for its main goal's
 * first, "K1" for the one stated under that code), or NULL; `by_number` tells it was named by number or code. */
static at_rnode *stated_subgoal(xctx *x, const at_rnode *theme, GPtrArray *subs, GArray *numbers, bool *by_number)
{
    char *want = goal_text(theme);
    int number = goal_reference(want);
    at_rnode *found = NULL;
    *by_number = false;
    for (guint i = 0; i < subs->len && !found; i++) {
        at_rnode *sub = g_ptr_array_index(subs, i);
        char *have = goal_text(sub);
        bool same = folded_equal(have, want);
        if (same || g_array_index(numbers, int, i) == number || coded_as(x, sub, want)) {
            found = sub;
            *by_number = !same;
        }
        g_free(have);
    }
    g_free(want);
    return found;
}

static const char *named_item(const char *s);

/* Does numbered item `line` give its goal the name `name` ("1. Rörelse – Fler ska ..." names it "Rörelse")? */
static bool item_named(const char *line, const char *name)
{
    const char *item = numbered_item(line), *goal = item ? named_item(item) : NULL;
    char *given = goal && goal != item ? g_strndup(item, (size_t)(goal - item)) : NULL;
    size_t n = strlen(name); /* the name, then only its separator */
    bool named = given && folded_starts(given, name) && strlen(given) > n && !given[n + strspn(given + n, " :-–")];
    g_free(given);
    return named;
}

/* Does word `w` (folded) stand among `list`? */
static bool word_in(const char *w, const char *const *list, size_t n)
{
    bool found = false;
    for (size_t k = 0; k < n && !found; k++)
        found = folded_equal(w, list[k]);
    return found;
}

/* "Åtgärder som inte hör till mål 2", "Åtgärder utan koppling till något mål": a group row that says its rows serve
 * no goal: a negation, then a goal word ending the row (before its number) within four words of it. */
static bool goal_word(const char *w);

static bool denies_goal(const char *s)
{
    static const char *const negations[] = { "inte", "ej", "icke", "utan" };
    char **w = g_strsplit(s, " ", -1);
    guint n = g_strv_length(w), goal = n && strspn(w[n - 1], "0123456789") == strlen(w[n - 1]) ? n - 2 : n - 1;
    bool denies = false;
    for (guint k = goal >= 4 ? goal - 4 : 0; goal < n && k < goal && !denies; k++)
        denies = word_in(w[k], negations, G_N_ELEMENTS(negations)) &&
                 (goal_word(w[goal]) || g_str_has_prefix(w[goal], "målsättning"));
    g_strfreev(w);
    return denies;
}

/* "Åtgärder för målsättning 2", "Insatser inom mål 2", "Till mål 1": a table's group row that names a goal by its
 * number after a goal word and a preposition, at the row's end; where the number starts, else NULL. A negation
 * anywhere ("Åtgärder som inte hör till mål 2", "Utan koppling till mål 2") names no goal. */
static const char *goal_number_at_end(const char *s)
{
    static const char *const preps[] = { "för", "inom", "under", "till" };
    static const char *const words[] = { "mål", "målet", "målsättning", "målsättningen", "delmål" };
    static const char *const negations[] = { "inte", "ej", "icke", "utan" };
    const char *last = strrchr(s, ' ');
    size_t digits = last ? strspn(last + 1, "0123456789") : 0;
    if (!digits || digits > 2 || last[1 + digits])
        return NULL;
    char **w = g_strsplit(s, " ", -1);
    guint n = g_strv_length(w);
    bool named = n >= 3 && word_in(w[n - 2], words, G_N_ELEMENTS(words)) &&
                 word_in(w[n - 3], preps, G_N_ELEMENTS(preps));
    for (guint k = 0; named && k + 3 < n; k++)
        named = !word_in(w[k], negations, G_N_ELEMENTS(negations));
    g_strfreev(w);
    return named ? last + 1 : NULL;
}

/* The main goal stated in a numbered list ("2. Det ska vara lätt ...") that a table's goal row names by its number
 * ("2", "Åtgärder för mål 2"), by its text or by the name the item gives it, or NULL. */
static at_rnode *numbered_main_goal(const GPtrArray *numbered, const at_rnode *row_goal)
{
    char *text = goal_text(row_goal);
    const char *at_end = goal_number_at_end(text), *code = at_end ? at_end : text;
    size_t n = strlen(code);
    bool number = n && n <= 2 && strspn(code, "0123456789") == n;
    at_rnode *found = NULL;
    for (guint i = 0; i + 1 < numbered->len && !found; i += 2) {
        at_rnode *m = g_ptr_array_index(numbered, i);
        const char *line = g_ptr_array_index(numbered, i + 1);
        char *stated = m != row_goal ? goal_text(m) : NULL;
        if (stated && ((number && strncmp(line, code, n) == 0 && !g_ascii_isdigit(line[n])) ||
                       folded_equal(stated, code) || item_named(line, code)))
            found = m;
        g_free(stated);
    }
    g_free(text);
    return found;
}

/* "1. Alla ska …", "Mål 1. Alla ska …": a main goal's line as a numbered item (a goal labelled "Mål N" is goal N), or
 * NULL. */
static const char *goal_item_line(const char *line)
{
    const char *item = strncmp(line, "Mål ", strlen("Mål ")) == 0 ? line + strlen("Mål ") : line;
    return numbered_item(item) ? item : NULL;
}

/* Where goal `m`'s number stands in the paragraph from line `at` when a sentence "Mål N är att X" states it
 * (numbered_goal_sentences): "N är att X", or NULL. */
static const char *stated_goal_number(xctx *x, guint at, const at_rnode *m)
{
    char *want = goal_text(m);
    const char *found = NULL;
    for (guint k = at; !found && pline(x, k) && (k == at || !pline(x, k)->para_start) && k < at + 8; k++)
        for (const char *p = strstr(pline(x, k)->text, "Mål "); p && !found; p = strstr(p + 1, "Mål ")) {
            const char *number = goal_number_sentence(p);
            if (!number || (p != pline(x, k)->text && !g_str_has_prefix(p - 2, ". ")))
                continue;
            GString *tail = g_string_new(number + strspn(number, "0123456789") + strlen(" är att "));
            for (guint n = k + 1; pline(x, n) && !pline(x, n)->para_start && tail->len < strlen(want); n++)
                g_string_append_printf(tail, " %s", pline(x, n)->text);
            found = g_str_has_prefix(tail->str, want) ? number : NULL;
            g_string_free(tail, TRUE);
        }
    g_free(want);
    return found;
}

/* The main goals stated as numbered items ("1. Alla ska …"), each beside its line from its number: few, gathered
 * once, so that a table of many goal rows is not compared with every goal. */
static GPtrArray *numbered_main_goals(xctx *x)
{
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i < x->goals->children->len; i++) {
        at_rnode *m = g_ptr_array_index(x->goals->children, i);
        guint at = lines_before(x, &m->prov);
        const char *item = at < x->lines->len ? goal_item_line(pline(x, at)->text) : NULL;
        if (!item && at < x->lines->len)
            item = stated_goal_number(x, at, m);
        if (strcmp(m->name, "mainGoal") == 0 && item) {
            g_ptr_array_add(out, m);
            g_ptr_array_add(out, (gpointer)item);
        }
    }
    return out;
}

/* The activities that named goal `from` name goal `to` instead (a goal that became another's sub-goal). */
static void repoint_activities(xctx *x, const char *from, const char *to)
{
    for (guint a = 0; a < x->activities->children->len; a++) {
        at_rnode *act = g_ptr_array_index(x->activities->children, a);
        if (g_strcmp0(at_rnode_attr(act, "goal"), from) == 0)
            rn_attr_set(act, "goal", "%s", to);
    }
}

/* A table plan that states its main goal and sub-goals in prose, its table grouped by those sub-goals:
 * the table's goal rows are the stated sub-goals, and its activities serve them. */
static void merge_table_goals(xctx *x)
{
    GArray *numbers = g_array_new(FALSE, FALSE, sizeof(int));
    GPtrArray *subs = stated_subgoals(x, numbers); /* they stay: a goal that has sub-goals is never merged */
    GPtrArray *numbered = numbered_main_goals(x);
    for (guint i = 0; (subs->len || numbered->len) && i < x->goals->children->len;) {
        at_rnode *theme = g_ptr_array_index(x->goals->children, i);
        bool group = strcmp(theme->name, "theme") == 0 || strcmp(theme->name, "mainGoal") == 0;
        bool by_number = false;
        bool named = group && theme->children->len <= 1; /* a table's goal row: a name, no goals under it */
        at_rnode *sub = named ? numbered_main_goal(numbered, theme) : NULL;
        if (named && !sub)
            sub = stated_subgoal(x, theme, subs, numbers, &by_number);
        if (!sub) {
            i++;
            continue;
        }
        if (strcmp(sub->name, "subGoal") == 0) {
            char *text = goal_text(by_number ? sub : theme);
            rn_set_text(sub, text); /* as the table writes it, without the statement's full stop */
            g_free(text);
        }
        repoint_activities(x, at_rnode_attr(theme, "id"), at_rnode_attr(sub, "id"));
        guint k;
        if (g_ptr_array_find(numbered, theme, &k)) /* the goal and its line */
            g_ptr_array_remove_range(numbered, k, 2);
        remove_goal(x, x->goals, i);
    }
    g_ptr_array_unref(numbered);
    g_ptr_array_unref(subs);
    g_array_unref(numbers);
}

/* The heading right above a table's first row: a running-text line of few words starting its paragraph, at most
 * three lines up on the same page, or NULL. */
static xline *heading_above(xctx *x, const xrow *first)
{
    xline *above = NULL;
    for (guint i = lines_before(x, &first->prov); !above && i-- > 0;) {
        xline *l = pline(x, i);
        if (l->prov.page != first->prov.page)
            break;
        if (!l->fields)
            above = l;
    }
    bool near = above && first->prov.first_line - above->prov.last_line <= 3;
    return near && above->para_start && goal_title_like(x, above, 8) && !names_goals(above->text) ? above : NULL;
}

static bool holds_no_aims(const char *s);

/* The heading over the paragraph right above a table ("Transporter" over its prose over "Mål | X"), or NULL. */
static xline *heading_over_prose(xctx *x, const xrow *first)
{
    guint i = lines_before(x, &first->prov);
    while (i > 0 && !pline(x, i - 1)->fields && !pline(x, i - 1)->para_start) /* the paragraph's lines */
        i--;
    xline *h = i > 1 ? pline(x, i - 2) : NULL, *prose = i > 0 ? pline(x, i - 1) : NULL;
    return prose && !prose->fields && h && !h->fields && h->para_start && h->prov.page == first->prov.page &&
                   goal_title_like(x, h, 8) && !names_goals(h->text) && !holds_no_aims(h->text)
               ? h
               : NULL;
}

/* The items of a cell numbered from its start, "1. X 2. Y": each next number after a space; "1 200 MWh" or "2.
 * ..." out of turn is running text. NULL when the cell starts with no "1. ". */
static char **numbered_cell_items(const char *cell)
{
    if (!g_str_has_prefix(cell, "1. "))
        return NULL;
    GPtrArray *items = g_ptr_array_new();
    const char *from = cell + 3;
    int next = 2;
    for (const char *p = from; *p; p++) {
        char marker[8];
        int n = snprintf(marker, sizeof marker, "%d. ", next);
        if (!(p[-1] == ' ' || p[-1] == '\n') || strncmp(p, marker, (size_t)n) != 0)
            continue;
        g_ptr_array_add(items, g_strndup(from, (size_t)(p - from)));
        from = p + n;
        next++;
    }
    g_ptr_array_add(items, g_strdup(from));
    g_ptr_array_add(items, NULL);
    return (char **)g_ptr_array_free(items, FALSE);
}

/* The items of a cell listed in it: "• X • Y", "a) X b) Y" or "1. X 2. Y". A letter's marker stands at the cell's
 * start, after a line break or a sentence, or next in the list the cell starts: "(se bilaga a) till" is running
 * text. */
static char **cell_items(const char *cell)
{
    if (strstr(cell, "•"))
        return g_strsplit(cell, "•", -1);
    char **numbered = numbered_cell_items(cell);
    if (numbered)
        return numbered;
    GPtrArray *items = g_ptr_array_new();
    const char *from = cell;
    char next = g_ascii_islower(cell[0]) && cell[1] == ')' ? cell[0] : 0; /* the letter the list goes on with */
    for (const char *p = cell; *p; p++) {
        bool starts = p == cell || p[-1] == '\n' || (p - cell >= 2 && p[-1] == ' ' && strchr(".;", p[-2])) ||
                      (next && p[0] == next && p[-1] == ' ');
        if (!(starts && g_ascii_islower(p[0]) && p[1] == ')' && p[2] == ' '))
            continue;
        if (p > cell)
            g_ptr_array_add(items, g_strndup(from, (size_t)(p - from)));
        from = p + 3;
        next = (char)(p[0] + 1);
    }
    g_ptr_array_add(items, g_strdup(from));
    g_ptr_array_add(items, NULL);
    return (char **)g_ptr_array_free(items, FALSE);
}

/* A goal without its full stop. */
static char *goal_statement(const char *s, size_t len)
{
    char *goal = rn_clean(s, len);
    size_t n = strlen(goal);
    if (n && goal[n - 1] == '.')
        goal[n - 1] = '\0';
    return goal;
}

/* The items listed in a cell ("• X. • Y.", "a) X b) Y"), each a sub-goal of `parent`. */
static void cell_subgoals(xctx *x, at_rnode *parent, const char *cell, const at_provenance *prov)
{
    char **items = cell_items(cell);
    for (char **it = items; *it; it++) {
        char *goal = goal_statement(*it, strlen(*it));
        if (word_count(goal) >= 3)
            add_goal(x, parent, "subGoal", goal, prov);
        g_free(goal);
    }
    g_strfreev(items);
}

/* The last main goal stated before `prov`, or NULL. */
static at_rnode *main_goal_before(xctx *x, const at_provenance *prov)
{
    at_rnode *last = NULL;
    for (guint i = 0; i < x->goals->children->len; i++) {
        at_rnode *g = g_ptr_array_index(x->goals->children, i);
        for (guint k = 0; strcmp(g->name, "theme") == 0 && k < g->children->len; k++) {
            at_rnode *m = g_ptr_array_index(g->children, k);
            if (strcmp(m->name, "mainGoal") == 0 && prov_before(&m->prov, prov))
                last = m;
        }
        if (strcmp(g->name, "mainGoal") == 0 && prov_before(&g->prov, prov))
            last = g;
    }
    return last;
}

static bool says_what_shall_be(const char *s);
static const char *band_goal(xctx *x, const xline *l);
static int label_heading_rank(const char *s);

/* A table headed by a sub-goals' label ("Mål till 2030 | Indikator", "Delmål | Mått"): its first column lists the
 * sub-goals of the main goal stated above it (the other columns say how they are followed up); with no main goal
 * above, a goals' label ("Mål | Indikator") heads the plan's main goals. */
static void subgoal_column(xctx *x, GPtrArray *rows)
{
    const xrow *header = g_ptr_array_index(rows, 0);
    const char *label = header->n_cells >= 2 ? header->cells[0] : NULL;
    at_rnode *main_goal = label && goal_label_heading(label, false) ? main_goal_before(x, &header->prov) : NULL;
    /* a header row of column names, not a label table's first label and its value ("Målsättning | Fler ska ...") */
    bool named = label && header->cells[1] && word_count(header->cells[1]) <= 3 && !says_what_shall_be(header->cells[1]);
    /* "Målområde | Mål 2032" names areas in its first column, their goals beside them (area_goal_table) */
    bool mains = named && !main_goal && !main_goal_before(x, &header->prov) && names_goals(label) &&
                 !area_label_end(label) && word_count(label) <= 3 && !strchr(".,;", last_char(label));
    for (guint i = 1; (main_goal || mains) && i < rows->len; i++) {
        const xrow *r = g_ptr_array_index(rows, i);
        if (r->n_cells && r->cells[0] && word_count(r->cells[0]) >= 3) {
            char *goal = goal_statement(r->cells[0], strlen(r->cells[0]));
            add_goal(x, mains ? x->goals : main_goal, mains ? "mainGoal" : "subGoal", goal, &r->prov);
            g_free(goal);
        }
    }
}

/* "Mål till 2027", "Mål 2030": a goal column's header that names the year its goals are for, no sub-goals
 * ("Delmål 2027", "Etappmål 2029": steps towards the main goal beside them). */
static bool goals_for_year(const char *header)
{
    bool year = false;
    for (const char *p = header; *p && !year; p++)
        year = (g_str_has_prefix(p, "19") || g_str_has_prefix(p, "20")) && strspn(p, "0123456789") == 4 &&
               (p == header || !g_ascii_isdigit(p[-1]));
    return year && !folded_contains(header, "delmal") && !folded_contains(header, "etappmal");
}

/* A table of areas and their goals ("Område | Mål 2030"): each row a theme and its main goal, and in a third column
 * of goals ("Delmål") the main goal's sub-goals, bulleted in one cell; a third column of goals for a later year ("Mål
 * till 2027 | Mål till 2030") holds main goals too, the first column's a step on the way. Its rows, lines of a text
 * export too, are read: no reader of prose takes them for sentences. */
static void area_goal_table(xctx *x, GPtrArray *rows)
{
    const xrow *header = g_ptr_array_index(rows, 0);
    bool subs = header->n_cells == 3 && header->cells[2] && names_goal_heading(header->cells[2]);
    bool staged = subs && header->cells[1] && goals_for_year(header->cells[1]) && goals_for_year(header->cells[2]);
    if ((header->n_cells != 2 && !subs) || !header->cells[0] || !header->cells[1] || !area_label_end(header->cells[0]) ||
        !names_goals(header->cells[1]) || word_count(header->cells[1]) > 3)
        return;
    const xrow *last = g_ptr_array_index(rows, rows->len - 1);
    for (guint g = x->goals->children->len; g-- > 0;) { /* the action-table reader's goal rows: the table's are ours */
        const at_provenance *at = &((const at_rnode *)g_ptr_array_index(x->goals->children, g))->prov;
        if (at->page == header->prov.page && at->first_line >= header->prov.first_line &&
            at->first_line <= last->prov.last_line)
            remove_goal(x, x->goals, g);
    }
    for (guint i = 1; i < rows->len; i++) {
        const xrow *r = g_ptr_array_index(rows, i);
        if (!r->cells[0] || !r->cells[1] || word_count(r->cells[1]) < 3)
            continue;
        at_rnode *theme = find_goal(x, x->goals, "theme", r->cells[0]);
        theme = theme ? theme : add_goal(x, x->goals, "theme", r->cells[0], &r->prov);
        char *goal = goal_statement(r->cells[1], strlen(r->cells[1]));
        at_rnode *main_goal = add_goal(x, theme, "mainGoal", goal, &r->prov);
        g_free(goal);
        if (staged && r->n_cells == 3 && r->cells[2] && word_count(r->cells[2]) >= 3) {
            goal = goal_statement(r->cells[2], strlen(r->cells[2]));
            add_goal(x, theme, "mainGoal", goal, &r->prov);
            g_free(goal);
        } else if (subs && r->n_cells == 3 && r->cells[2]) {
            cell_subgoals(x, main_goal, r->cells[2], &r->prov);
        }
    }
    for (guint k = 0; k < x->lines->len; k++) {
        xline *l = pline(x, k);
        l->used = l->used || (l->fields && l->prov.page == header->prov.page && l->prov.first_line >= header->prov.first_line &&
                              l->prov.last_line <= last->prov.last_line);
    }
}

/* The tables of areas and their goals (area_goal_table), read before the prose around them. */
static void area_goal_tables(xctx *x)
{
    GPtrArray *tables = view_tables(x);
    for (guint t = 0; t < tables->len; t++)
        area_goal_table(x, g_ptr_array_index(tables, t));
    g_ptr_array_unref(tables);
}

/* Activity tables each under a heading that names a theme of a table of areas and their goals ("Målområde | Mål till
 * 2028" over "Tillgänglighet" over "Aktivitet | Ansvar"): their activities serve that theme's one main goal. */
static void activities_under_area_headings(xctx *x)
{
    for (guint i = 0; i < x->rows->len;) {
        const xrow *first = g_ptr_array_index(x->rows, i), *last = first;
        for (; i < x->rows->len && ((const xrow *)g_ptr_array_index(x->rows, i))->table == first->table; i++)
            last = g_ptr_array_index(x->rows, i);
        guint n = lines_before(x, &first->prov);
        const xline *above = n ? pline(x, n - 1) : NULL;
        const at_rnode *theme = above && !above->fields ? find_goal(x, x->goals, "theme", above->text) : NULL;
        const at_rnode *goal = NULL;
        for (guint c = 0; theme && c < theme->children->len; c++) {
            const at_rnode *g = g_ptr_array_index(theme->children, c);
            if (strcmp(g->name, "mainGoal") == 0) {
                if (goal) { /* two main goals: which one the activities serve the heading does not say */
                    goal = NULL;
                    break;
                }
                goal = g;
            }
        }
        for (guint k = 0; goal && k < x->activities->children->len; k++) {
            at_rnode *a = g_ptr_array_index(x->activities->children, k);
            if (!at_rnode_attr(a, "goal") && !prov_before(&a->prov, &first->prov) && !prov_before(&last->prov, &a->prov))
                rn_attr_set(a, "goal", "%s", at_rnode_attr(goal, "id"));
        }
    }
}

/* Label tables ("Målsättning | X", "Delmål 2029 | • Y • Z"), one under each theme heading: the theme's main goal
 * and its sub-goals. */
/* A born PDF's "Mål | X" and "Delmål | a) Y b) Z" rows read as one: "Mål" over "Delmål" in its label cell, the goal
 * over its lettered list in the next. The goal, then each sub-goal; NULL when the row is no such pair. */
static char **stacked_goal_items(const xrow *r)
{
    if (r->n_cells < 2 || !r->cell_lines || !r->cell_lines[0] || !r->cell_lines[1])
        return NULL;
    char **labels = g_strsplit(r->cell_lines[0], "\n", -1);
    bool pair = g_strv_length(labels) == 2 && (goal_label_heading(labels[0], true) || folded_equal(labels[0], "Mål")) &&
                goal_label_heading(labels[1], false);
    g_strfreev(labels);
    char **items = pair ? cell_items(r->cell_lines[1]) : NULL;
    for (char **it = items; it && *it; it++)
        g_strstrip(g_strdelimit(*it, "\n", ' ')); /* a goal wrapped over the cell's lines is one line */
    if (items && g_strv_length(items) >= 2 && word_count(items[0]) >= 3)
        return items;
    g_strfreev(items);
    return NULL;
}

/* The theme over a goal: the heading over the prose right above `prov`, found or added; NULL when none. */
static at_rnode *theme_over_prose(xctx *x, const at_provenance *prov)
{
    xrow at = { .prov = *prov };
    xline *h = heading_above(x, &at);
    h = h ? h : heading_over_prose(x, &at);
    at_rnode *theme = h ? find_goal(x, x->goals, "theme", h->text) : NULL;
    return h && !theme ? add_goal(x, x->goals, "theme", h->text, &h->prov) : theme;
}

/* In a plan whose goals stand in "Mål | X" tables, a section whose goal has no table: "MÅL" alone on its line over a
 * paragraph that states the goal. */
static void label_line_goals(xctx *x)
{
    for (guint i = 0; i + 1 < x->lines->len; i++) {
        xline *l = pline(x, i), *goal = pline(x, i + 1), *after = pline(x, i + 2);
        if (l->used || goal->used || l->fields || goal->fields || !l->para_start || !goal->para_start ||
            (after && !after->para_start) || !folded_equal(l->text, "Mål") || word_count(goal->text) < 4 ||
            strchr(":?", last_char(goal->text)) || about_goals(goal->text)) /* "Strategin har tre målområden." */
            continue;
        at_rnode *theme = theme_over_prose(x, &l->prov);
        char *stated = goal_statement(goal->text, strlen(goal->text));
        add_goal(x, theme ? theme : x->goals, "mainGoal", stated, &goal->prov);
        g_free(stated);
        l->used = goal->used = true;
    }
}

static bool lists_no_goals(xctx *x, guint i);

/* A label row's main goal broken down under the table ("Strategiskt mål | X" over "Det innebär till 2030:" over
 * "- Y"): the bulleted items a short line ending in a colon introduces right after the row, each a sub-goal. */
static void introduced_subgoals(xctx *x, at_rnode *main_goal, const xrow *r)
{
    guint i = lines_before(x, &r->prov);
    while (pline(x, i) && pline(x, i)->fields && pline(x, i)->prov.first_line <= r->prov.last_line)
        i++; /* the row's own line in a text export */
    xline *intro = pline(x, i);
    if (!intro || intro->used || intro->fields || !intro->para_start || last_char(intro->text) != ':' ||
        word_count(intro->text) > 8 || lead_of_no_subgoals(intro->text) || lists_no_goals(x, i + 1))
        return;
    guint j = i + 1;
    for (xline *n; (n = pline(x, j)) && !n->used && !n->fields; j++) {
        bool bullet;
        const char *item = plan_bullet(x, n->text, &bullet);
        if (!bullet || (j > i + 1 && n->para_start))
            break;
        char *goal = goal_statement(item, strlen(item));
        add_goal(x, main_goal, "subGoal", goal, &n->prov);
        g_free(goal);
        n->used = true;
    }
    intro->used = j > i + 1;
}

/* "Nationellt mål", "Regionala mål": a label naming goals set at another level, cited in a background. */
static bool wider_scope_label(const char *label)
{
    static const char *const scopes[] = {"nationell", "regional", "global", "internationell", "europeisk"};
    for (size_t i = 0; i < G_N_ELEMENTS(scopes); i++)
        if (folded_starts(label, scopes[i]))
            return true;
    return false;
}

/* Does the two-cell row `label | value` state a main goal: a main goal's label ("Målbild", "Mål"), or any label
 * of a few words ending in "mål" ("Strategiskt mål", "Kommunens mål") beside a sentence that states it — the
 * document's own, not one set at another level? */
static bool main_goal_row(const char *label, const char *value)
{
    if (goal_label_heading(label, true) || folded_equal(label, "Mål"))
        return word_count(value) >= 3;
    const char *last = strrchr(label, ' ');
    return last && word_count(label) <= 3 && folded_equal(last + 1, "mål") && !wider_scope_label(label) &&
           word_count(value) >= 3 && last_char(value) == '.';
}

static bool labels_goal(const char *label)
{
    return label &&
           (goal_label_heading(label, true) || goal_label_heading(label, false) || folded_equal(label, "Mål"));
}

/* Is the first of `rows` a header over rows of no goal labels ("Strategiskt mål | Bidrar till mål i Agenda 2030" over
 * "1 | 8 Anständiga arbetsvillkor"), no label row? A text export may part the rows with blank lines: the next line,
 * then, is the next row. */
static bool heads_unlabelled_rows(xctx *x, const GPtrArray *rows)
{
    const xrow *first = g_ptr_array_index(rows, 0);
    for (int c = 0; c < first->n_cells; c++)
        if (first->cells[c] && strchr(".!?", last_char(first->cells[c])))
            return false; /* "Målbild | Alla hushåll har fiber.": a header's cells name columns, state nothing */
    for (guint i = 1; i < rows->len; i++) {
        const xrow *r = g_ptr_array_index(rows, i);
        if (labels_goal(r->n_cells ? r->cells[0] : NULL))
            return false;
    }
    guint k = lines_before(x, &first->prov);
    const xline *l = pline(x, k), *next = l && l->fields ? pline(x, k + 1) : NULL;
    const xrow *below = next && next->fields ? fields_of(x, next) : NULL;
    return rows->len > 1 || (below && below->n_cells && !labels_goal(below->cells[0]));
}

static int goal_stating(const at_rnode *parent, const char *name, const char *text);

/* "Målbild | Vi vill att X.": where the goal starts in a band's text `value` beside a main goal's label, as a section
 * about aims reads it: after the goal's name or what is wanted, else the sentence if it says what shall be; NULL if
 * the label is no main goal's or the text states no goal ("Målbild | Se bilaga 2."). */
static const char *band_goal_start(const char *label, const char *value)
{
    if (!label || !value || label_heading_rank(label) != 1)
        return NULL;
    const char *goal = main_goal_start(value, false);
    goal = goal ? goal : wanted_start(value);
    return goal ? goal : says_what_shall_be(value) ? value : NULL;
}

/* Was the band `label | value` ("Målbild | Vi vill att X.") read with the section about aims it opens: X a main goal
 * already, at the top or under a theme? */
static bool band_read(xctx *x, const char *label, const char *value)
{
    const char *start = band_goal_start(label, value), *stop = start ? strstr(start, ". ") : NULL;
    char *goal = start ? goal_statement(start, stop ? (size_t)(stop - start) : strlen(start)) : NULL;
    bool read = goal && goal_stating(x->goals, "mainGoal", goal) >= 0;
    for (guint i = 0; goal && !read && i < x->goals->children->len; i++)
        read = goal_stating(g_ptr_array_index(x->goals->children, i), "mainGoal", goal) >= 0;
    g_free(goal);
    return read;
}

static void label_table_goals(xctx *x)
{
    guint n_goals = x->goals->children->len;
    GPtrArray *tables = view_tables(x);
    for (guint t = 0; t < tables->len; t++) {
        GPtrArray *rows = g_ptr_array_index(tables, t);
        subgoal_column(x, rows);
        at_rnode *main_goal = NULL;
        bool broken_down = true; /* the last main goal's sub-goals are in its cell */
        for (guint i = heads_unlabelled_rows(x, rows); i < rows->len; i++) {
            const xrow *r = g_ptr_array_index(rows, i);
            const char *label = r->n_cells >= 2 ? r->cells[0] : NULL, *value = label ? r->cells[1] : NULL;
            if (!value || (r->n_cells > 2 && r->cells[2]) || band_read(x, label, value))
                continue;
            char **stacked = stacked_goal_items(r);
            /* "Mål | X" in a table of labels: X the main goal */
            if (stacked || main_goal_row(label, value)) {
                at_rnode *theme = theme_over_prose(x, &((const xrow *)g_ptr_array_index(rows, 0))->prov);
                const char *stated = stacked ? stacked[0] : value;
                char *goal = goal_statement(stated, strlen(stated));
                main_goal = add_goal(x, theme ? theme : x->goals, "mainGoal", goal, &r->prov);
                g_free(goal);
                for (char **it = stacked ? stacked + 1 : NULL; it && *it; it++)
                    cell_subgoals(x, main_goal, *it, &r->prov);
                broken_down = stacked != NULL;
                g_strfreev(stacked);
            } else if (main_goal && goal_label_heading(label, false)) {
                cell_subgoals(x, main_goal, value, &r->prov); /* the list in one cell */
                broken_down = true;
            }
        }
        /* "Målbild | X" over "Ansvarig nämnd | Y": the list introduced under the table breaks X down */
        if (!broken_down)
            introduced_subgoals(x, main_goal, g_ptr_array_index(rows, rows->len - 1));
    }
    g_ptr_array_unref(tables);
    if (x->goals->children->len > n_goals)
        label_line_goals(x);
}

/* The index of the child of `parent` that is a `name` goal stating `text` (its full stop aside), or -1. */
static int goal_stating(const at_rnode *parent, const char *name, const char *text)
{
    for (guint i = 0; i < parent->children->len; i++) {
        const at_rnode *g = g_ptr_array_index(parent->children, i);
        char *t = strcmp(g->name, name) == 0 ? goal_text(g) : NULL;
        bool same = t && folded_equal(t, text);
        g_free(t);
        if (same)
            return (int)i;
    }
    return -1;
}

/* The main goal stated under a theme ("1 Enklare kontakt" over "1.1 Fler ärenden ska ..."), other than `g`, whose text
 * is `text`, or NULL. */
static at_rnode *theme_goal_stating(xctx *x, const at_rnode *g, const char *text)
{
    for (guint i = 0; i < x->goals->children->len; i++) {
        at_rnode *theme = g_ptr_array_index(x->goals->children, i);
        int k = strcmp(theme->name, "theme") == 0 ? goal_stating(theme, "mainGoal", text) : -1;
        if (k >= 0 && g_ptr_array_index(theme->children, (guint)k) != g)
            return g_ptr_array_index(theme->children, (guint)k);
    }
    return NULL;
}

/* A table's goal rows that name, by code or text, main goals the plan states under its themes ("Mål" column "1.1"
 * for "1.1 Fler ärenden ska ..." under "1 Enklare kontakt"): the activities serve the stated goals, and the rows
 * add no main goals of their own beside the themes. */
static void table_goals_under_themes(xctx *x)
{
    for (guint i = 0; i < x->goals->children->len;) {
        at_rnode *g = g_ptr_array_index(x->goals->children, i);
        char *text = strcmp(g->name, "mainGoal") == 0 && g->children->len <= 1 ? goal_text(g) : NULL;
        at_rnode *stated = text ? theme_goal_stating(x, g, text) : NULL;
        g_free(text);
        if (!stated) {
            i++;
            continue;
        }
        repoint_activities(x, at_rnode_attr(g, "id"), at_rnode_attr(stated, "id"));
        remove_goal(x, x->goals, i);
    }
}

/* The sub-goal under `node`'s goals, other than those under `skip`, that states `text`, or NULL. */
static at_rnode *subgoal_stating(at_rnode *node, const at_rnode *skip, const char *text)
{
    at_rnode *found = NULL;
    for (guint i = 0; i < node->children->len && !found; i++) {
        at_rnode *g = g_ptr_array_index(node->children, i);
        if (g == skip)
            continue;
        if (strcmp(g->name, "subGoal") == 0) {
            char *t = goal_text(g);
            found = folded_equal(t, text) ? g : NULL;
            g_free(t);
        } else if (strcmp(g->name, "mainGoal") == 0 || strcmp(g->name, "theme") == 0) {
            found = subgoal_stating(g, skip, text);
        }
    }
    return found;
}

/* A table's "Delmål" column names sub-goals that the prose states under several main goals ("1. X" over "Delmål
 * 1.1: Y", "2. Z" over "Delmål 2.1: W"): the table's copies under an untitled main goal go, and their activities serve
 * the stated sub-goals. False, nothing changed, when one of them is stated nowhere. */
static bool untitled_subgoals_stated(xctx *x, guint u)
{
    at_rnode *untitled = g_ptr_array_index(x->goals->children, u);
    GPtrArray *twins = g_ptr_array_new();
    bool all = true;
    for (guint i = 0; i < untitled->children->len && all; i++) {
        at_rnode *sub = g_ptr_array_index(untitled->children, i);
        if (strcmp(sub->name, "subGoal") != 0)
            continue;
        char *t = goal_text(sub);
        at_rnode *twin = subgoal_stating(x->goals, untitled, t);
        g_free(t);
        all = twin != NULL;
        g_ptr_array_add(twins, sub);
        g_ptr_array_add(twins, twin);
    }
    for (guint i = 0; all && i < twins->len; i += 2) {
        at_rnode *twin = g_ptr_array_index(twins, i + 1);
        char *t = goal_text(twin);
        rn_set_text(twin, t); /* as the table writes it, without the statement's full stop */
        g_free(t);
        repoint_activities(x, at_rnode_attr(g_ptr_array_index(twins, i), "id"), at_rnode_attr(twin, "id"));
    }
    g_ptr_array_unref(twins);
    if (all)
        remove_goal(x, x->goals, u);
    return all;
}

/* A table's sub-goals put under an untitled main goal belong to the one main goal the plan states in prose
 * ("Huvudmål" over its sentence, "Delmål 1: ..." in the table's first column). The prose may have read them too, as
 * that goal's sub-goals or as main goals beside it (a lettered list after "tre delmål:"): one goal each. */
static void untitled_under_stated(xctx *x)
{
    GPtrArray *goals = x->goals->children;
    int u = goal_stating(x->goals, "mainGoal", UNTITLED_GOAL);
    if (u < 0)
        return;
    at_rnode *untitled = g_ptr_array_index(goals, (guint)u);
    for (guint i = goals->len; i-- > 0;) { /* a sub-goal the prose read as a main goal, with nothing under it */
        at_rnode *g = g_ptr_array_index(goals, i);
        char *t = goal_text(g);
        if (g != untitled && strcmp(g->name, "mainGoal") == 0 && g->children->len == 1 &&
            goal_stating(untitled, "subGoal", t) >= 0)
            remove_goal(x, x->goals, i);
        g_free(t);
    }
    u = goal_stating(x->goals, "mainGoal", UNTITLED_GOAL);
    if (goals->len > 2 && untitled_subgoals_stated(x, (guint)u))
        return;
    at_rnode *stated = goals->len == 2 ? g_ptr_array_index(goals, 1 - (guint)u) : NULL;
    if (!stated || strcmp(stated->name, "mainGoal") != 0)
        return;
    untitled = g_ptr_array_index(goals, (guint)u);
    while (untitled->children->len > 1) /* its title stays behind; a sub-goal stated twice merges later (merge_twins) */
        g_ptr_array_add(stated->children, g_ptr_array_steal_index(untitled->children, 1));
    repoint_activities(x, at_rnode_attr(untitled, "id"), at_rnode_attr(stated, "id"));
    remove_goal(x, x->goals, (guint)u);
}

/* Goals in document order (a stable sort: goals at one place keep theirs). */
static gint by_place(gconstpointer a, gconstpointer b)
{
    const at_rnode *p = *(const at_rnode *const *)a, *q = *(const at_rnode *const *)b;
    return prov_before(&p->prov, &q->prov) ? -1 : prov_before(&q->prov, &p->prov) ? 1 : 0;
}

/* Goal k of `parent`, stated again, joins `kept`: the activities of both serve it and it keeps the goals
 * under both. */
static void merge_twin(xctx *x, at_rnode *parent, at_rnode *kept, guint k)
{
    at_rnode *twin = g_ptr_array_index(parent->children, k);
    if (strcmp(kept->name, "subGoal") == 0) {
        char *text = goal_text(kept);
        rn_set_text(kept, text); /* as the table writes it, without the statement's full stop */
        g_free(text);
    }
    guint stays = strcmp(twin->name, "subGoal") != 0; /* its title stays behind */
    while (twin->children->len > stays)
        g_ptr_array_add(kept->children, g_ptr_array_steal_index(twin->children, stays));
    repoint_activities(x, at_rnode_attr(twin, "id"), at_rnode_attr(kept, "id"));
    remove_goal(x, parent, k);
}

/* Goals under `parent` stated twice, by the table and by the prose above it: one goal, the first; and so on
 * down. The first of each kind and text is looked up, not searched for: linear in goals. */
static void merge_twins(xctx *x, at_rnode *parent)
{
    GHashTable *first = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < parent->children->len;) {
        at_rnode *g = g_ptr_array_index(parent->children, i);
        if (strcmp(g->name, "title") == 0) {
            i++;
            continue;
        }
        char *text = goal_text(g), *folded = folded_copy(text);
        char *key = g_strconcat(g->name, "\n", folded, NULL);
        g_free(text);
        g_free(folded);
        at_rnode *kept = g_hash_table_lookup(first, key);
        if (kept) {
            g_free(key);
            merge_twin(x, parent, kept, i);
        } else {
            g_hash_table_insert(first, key, g);
            i++;
        }
    }
    g_hash_table_destroy(first);
    for (guint i = 0; i < parent->children->len; i++) {
        at_rnode *g = g_ptr_array_index(parent->children, i);
        if (strcmp(g->name, "title") != 0)
            merge_twins(x, g);
    }
}

/* A table plan that states one main goal in prose and groups its tables by goals of their own (a goal column,
 * "Delmål 1 – ..." over each table): those goals are the main goal's sub-goals. `n_table` goals came from the
 * tables, the ones after them from the prose. */
static void table_goals_under_stated(xctx *x, guint n_table)
{
    GPtrArray *goals = x->goals->children;
    if (n_table == 0 || goals->len != n_table + 1)
        return;
    at_rnode *main_goal = g_ptr_array_index(goals, n_table);
    if (strcmp(main_goal->name, "mainGoal") != 0 || main_goal->children->len != 1) /* its title only */
        return;
    for (guint i = 0; i < n_table; i++) {
        const at_rnode *g = g_ptr_array_index(goals, i);
        if (strcmp(g->name, "mainGoal") != 0 || g->children->len != 1)
            return;
    }
    char *stated = goal_text(main_goal);
    while (n_table--) {
        at_rnode *g = g_ptr_array_index(goals, 0);
        char *text = goal_text(g);
        /* the stated goal over a table ("Huvudmål: X" under "Mål och aktiviteter") read twice is no sub-goal */
        at_rnode *to = strcmp(text, stated) == 0 ? main_goal : add_goal(x, main_goal, "subGoal", text, &g->prov);
        g_free(text);
        repoint_activities(x, at_rnode_attr(g, "id"), at_rnode_attr(to, "id"));
        remove_goal(x, x->goals, 0);
    }
    g_free(stated);
}

/* The list under the goals heading at line i, after a paragraph that may introduce it ("Fullmäktige har beslutat om
 * tre mål."): statements that say what shall be, each a main goal; in a numbered list, the lettered, nested or
 * bulleted items under a goal are its sub-goals. */
static void goal_list(xctx *x, guint i, GString *text)
{
    guint j = i + 1;
    xline *n = pline(x, j);
    bool item_first;
    plan_bullet(x, n ? n->text : "", &item_first);
    guint intro_end = j + 1; /* the paragraph's last line says whether it introduces the list */
    while (pline(x, intro_end) && !pline(x, intro_end)->para_start)
        intro_end++;
    if (n && !n->used && !item_first && !listed_item(n->text) && strchr(".:", last_char(pline(x, intro_end - 1)->text)))
        j = intro_end;
    guint first = j;
    at_rnode *main_goal = NULL;
    bool numbered_list = false;
    for (; (n = pline(x, j)) && !n->used;) {
        bool bullet;
        const char *item = plan_bullet(x, n->text, &bullet), *numbered = listed_item(n->text), *sub = sub_item(n->text);
        bool below = main_goal && (sub || (bullet && numbered_list));
        item = below ? (sub ? sub : item) : numbered ? numbered : bullet ? item : NULL;
        if (!item || (!below && !strstr(item, " ska ")) || (j > first && n->para_start && !bullet && !numbered && !sub))
            break;
        numbered_list = numbered_list || (numbered && !main_goal);
        at_provenance prov;
        guint next = statement(x, j, item, text, &prov);
        if (text->len && text->str[text->len - 1] == '.')
            g_string_truncate(text, text->len - 1);
        at_rnode *goal = add_goal(x, below ? main_goal : x->goals, below ? "subGoal" : "mainGoal", text->str, &prov);
        main_goal = below ? main_goal : goal;
        for (guint k = j; k < next; k++)
            pline(x, k)->used = true;
        pline(x, i)->used = true;
        j = next;
    }
}

/* At a numbered section's heading, `aimless` tells whether the section holds no goals ("2 Principer": holds_no_aims).
 * A heading without a number tells nothing: the labelled goal may be a heading beside it ("Vision" over its
 * sentence, then "Mål 1: X"). */
static void enter_section(xctx *x, const xline *l, bool *aimless)
{
    size_t a, b;
    if (pat_match(x, PAT_SECTION, l->text, 0) && pat_span(x, 2, &a, &b) && heading_words(l->text + a, false))
        *aimless = holds_no_aims(l->text + a);
}

/* The place of a line or goal, as a key: its page and first line. */
static gpointer place_key(const at_provenance *prov)
{
    return GSIZE_TO_POINTER(((gsize)(guint)prov->page << 24) ^ (gsize)(guint)prov->first_line);
}

/* The places of goal `g`'s descendants into the set `places`. */
static void gather_goal_places(const at_rnode *g, GHashTable *places)
{
    for (guint i = 0; i < g->children->len; i++) {
        const at_rnode *c = g_ptr_array_index(g->children, i);
        g_hash_table_add(places, place_key(&c->prov));
        gather_goal_places(c, places);
    }
}

/* "Mål" (a heading naming the goals) over a numbered or bulleted list of statements that say what shall be: each
 * a main goal. "Mål 2: Fler barn ska cykla" as a heading of its own: a main goal, but not in a numbered section that
 * holds none, nor where a goal was read from the line already (a heading the sections about aims kept a section). */
static void listed_and_numbered_goals(xctx *x, GString *text)
{
    /* under the one main goal the plan states ("Målbild 2026: ..."), numbered goals break it down */
    at_rnode *stated = x->goals->children->len == 1 ? g_ptr_array_index(x->goals->children, 0) : NULL;
    stated = stated && strcmp(stated->name, "mainGoal") == 0 ? stated : NULL;
    GHashTable *read = g_hash_table_new(g_direct_hash, g_direct_equal);
    gather_goal_places(x->goals, read);
    bool aimless = false; /* the numbered section the lines stand in holds no goals */
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = pline(x, i);
        enter_section(x, l, &aimless);
        if (l->used || !l->para_start || g_hash_table_contains(read, place_key(&l->prov)))
            continue;
        const char *coded = g_str_has_prefix(l->text, "Mål ") && !aimless ? labelled_goal_heading(l->text) : NULL;
        at_provenance heading;
        guint next = coded ? statement(x, i, coded, text, &heading) : i;
        if (coded && !strchr(".,;", text->str[text->len - 1])) { /* the heading with the lines it wraps over */
            bool under = stated && prov_before(&stated->prov, &l->prov);
            add_goal(x, under ? stated : x->goals, under ? "subGoal" : "mainGoal", text->str, &heading);
            for (guint k = i; k < next; k++)
                pline(x, k)->used = true;
            continue;
        }
        if (word_count(l->text) <= 3 && !strchr(".,;", last_char(l->text)) && names_goals(l->text))
            goal_list(x, i, text);
    }
    g_hash_table_unref(read);
}

/* Does the bulleted list from line i state no goals: proposals for a decision ("– att godkänna ...") or documents
 * ("- Tjänsteskrivelse 2026-02-27", "§ 18")? */
static bool lists_no_goals(xctx *x, guint i)
{
    bool bullet = true;
    for (xline *b; bullet && (b = pline(x, i)) && !b->used; i++) {
        const char *item = plan_bullet(x, b->text, &bullet);
        xdate d;
        /* a goal states what shall be ("att olyckorna ska halveras", "… senast 2028-06-30"); a proposal or a
         * dated document does not */
        bool shall = strstr(item, " ska ") || strstr(item, " skall ");
        if (bullet && (strstr(item, "§") || ((g_str_has_prefix(item, "att ") || find_date(x, item, 0, &d)) && !shall)))
            return true;
    }
    return false;
}

/* Does the table name a goal by a number found nowhere else ("1.1", "2" in its goal column)? */
static bool numbers_goals(xctx *x)
{
    bool numbered = false;
    for (guint i = 0; i < x->goals->children->len && !numbered; i++) {
        char *t = goal_text(g_ptr_array_index(x->goals->children, i));
        numbered = *t && strspn(t, "0123456789.") == strlen(t);
        g_free(t);
    }
    return numbered;
}

/* ---- goals read from the structure of a section about aims ---- */

/* "Vart vill vi?", "Vad vill vi nå till 2030?", "Vad vill vi uppnå?": a question of where to go; "Vad vill vi
 * veta av dig?" asks something else. */
static bool wants_to_reach(const char *s)
{
    static const char *const verbs[] = { "", "na", "uppna", "bli", "vara", "komma", "ga", "astadkomma" };
    if (!g_str_has_suffix(s, "?"))
        return false;
    char *f = folded_copy(s);
    const char *at = strstr(f, "vill vi");
    bool hit = false;
    if (at) {
        const char *next = at + strlen("vill vi");
        next += strspn(next, " ");
        size_t n = strcspn(next, " ?");
        for (size_t i = 0; i < G_N_ELEMENTS(verbs) && !hit; i++)
            hit = strlen(verbs[i]) == n && strncmp(next, verbs[i], n) == 0;
    }
    g_free(f);
    return hit;
}

/* The rank a kind of goal has by its word: 1 for the aim above the others ("Huvudmål", "Inriktningsmål",
 * "Övergripande mål", "Långsiktigt mål", "Strategiskt mål"), 2 for the goals that break one down ("Delmål",
 * "Effektmål", "Resultatmål", "Etappmål", "Mätbara mål"), 0 for a word that is no goal's. */
static int aim_rank(const char *word)
{
    static const char *const firsts[] = { "huvud", "inriktning", "overgripande", "langsiktig", "strategisk",
                                          "malbild", "malsattning", "onskat" /* "Önskat läge 2035" */ };
    static const char *const seconds[] = { "del", "effekt", "resultat", "etapp", "matbar", "kvalitet", "verksamhet",
                                           "kortsiktig", "konkret" };
    char *f = folded_copy(word);
    int rank = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(firsts) && !rank; i++)
        rank = g_str_has_prefix(f, firsts[i]) ? 1 : 0;
    for (size_t i = 0; i < G_N_ELEMENTS(seconds) && !rank; i++)
        rank = g_str_has_prefix(f, seconds[i]) && (g_str_has_suffix(f, "mal") || g_str_has_suffix(f, "malen")) ? 2 : 0;
    g_free(f);
    return rank;
}

/* Does `s` label the state a plan shall bring about ("Önskat läge 2035", "Önskat tillstånd", "Så här vill vi ha det
 * 2030:", "Så här ska det se ut 2030:")? Such a label stands under each area's heading over that area's one goal or
 * list of goals. */
static bool names_desired_state(const char *s)
{
    static const char *const labels[] = { "onskat lage", "onskat tillstand", "sa har vill vi ha det",
                                          "sa vill vi ha det", "sa har ska det se ut", "sa ska det se ut" };
    bool named = false;
    for (size_t i = 0; i < G_N_ELEMENTS(labels) && !named; i++)
        named = folded_starts(s, labels[i]);
    return named;
}

/* Does `s` speak of aims by its words: a word for goals ("Mål", "Våra målsättningar", "Effektmål", "Målbild 2030",
 * "Ambitioner", "Det vill vi uppnå", "Vart vill vi?"), none for following them up or for whom they serve
 * ("Uppföljning av målen", "Målgrupp", "Måluppfyllelse")? The one test of a heading about goals, here and for the sections (extract.c). */
bool names_goal_heading(const char *s)
{
    /* in lower case, not folded: "mål" is no "Malmö", "normal" or "optimal" */
    /* a vision ("Vision 2040") is no goal: the goals under it keep their levels */
    static const char *const aims[] = { "mål", "ambition", "inriktning", "uppnå", "åstadkomm", "malsattning", "malbild" };
    static const char *const others[] = { "uppfölj", "utvärder", "målgrupp", "målupp", "indikator", "nyckeltal",
                                          "mätning", "aktivitet", "åtgärd" };
    /* compounds of "mål" that are no goal: a survey's wishes ("De vanligaste önskemålen var:"), a language, a
     * question */
    static const char *const no_aims[] = { "önskemål", "modersmål", "spörsmål" };
    char *lower = g_utf8_strdown(s, -1);
    char **words = g_strsplit_set(lower, " ,:–-/", -1);
    bool aim = false, other = false;
    for (char **w = words; *w; w++) {
        bool no_aim = false;
        for (size_t i = 0; i < G_N_ELEMENTS(no_aims); i++)
            no_aim = no_aim || g_str_has_prefix(*w, no_aims[i]);
        if (no_aim)
            continue;
        for (size_t i = 0; i < G_N_ELEMENTS(others); i++)
            other = other || g_str_has_prefix(*w, others[i]);
        for (size_t i = 0; i < G_N_ELEMENTS(aims); i++)
            aim = aim || g_str_has_prefix(*w, aims[i]);
        aim = aim || g_str_has_suffix(*w, "mål") || g_str_has_suffix(*w, "målen") || g_str_has_suffix(*w, "målet") ||
              strcmp(*w, "mal") == 0; /* OCR without its ring */
    }
    g_strfreev(words);
    g_free(lower);
    /* "Vart vill vi?", "Vad vill vi nå?": the question a section about aims answers; "Önskat läge 2035": the state
     * the plan shall bring about */
    aim = aim || wants_to_reach(s) || names_desired_state(s);
    return aim && !other;
}

/* "Staden gör så här:", "Så gör vi:", "Åtgärder:": a lead-in of few words over a list of what is done; one that says
 * who does ("Så här gör vi") may stand as a heading without its colon, as the "Så här vill vi ha det" over it does. */
bool actions_lead(const char *s)
{
    bool colon = last_char(s) == ':';
    if (word_count(s) > 6 || (!colon && strchr(".,;?", last_char(s))))
        return false;
    /* without its colon only the fixed lead-ins: "Kommunen gör det lätt att cykla" is a goal heading */
    static const char *const leads[] = { "Så här gör vi", "Så gör vi", "Det här gör vi" };
    bool does = false;
    for (size_t i = 0; i < G_N_ELEMENTS(leads) && !does; i++)
        does = folded_equal(s, leads[i]);
    if (!colon)
        return does;
    /* "gör" with its doer beside it ("Vi gör", "Detta gör vi", "Staden gör så här") or after the fronted object
     * ("Det här gör kommunen"); "arbetet gör skillnad", "Det här gör oss stolta" say what the work achieves */
    char **words = g_strsplit_set(s, " :", -1);
    for (char **w = words; *w && !does; w++) {
        bool fronted = w > words && (folded_equal(w[-1], "här") || folded_equal(w[-1], "så")) && w[1] &&
                       !folded_equal(w[1], "oss") && !folded_equal(w[1], "det") && !folded_equal(w[1], "dem");
        does = folded_equal(*w, "görs") ||
               (folded_equal(*w, "gör") && (fronted || (w > words && folded_equal(w[-1], "vi")) ||
                                            (w[1] && (folded_equal(w[1], "vi") || folded_equal(w[1], "så") ||
                                                      folded_equal(w[1], "följande")))));
    }
    g_strfreev(words);
    return does || names_actions(s);
}

/* Does the line `s` that introduces a list under a goal say its items are no sub-goals: what is done ("Så här gör
 * vi:", "Aktiviteter:"), whom to ask ("Kontaktpersoner:"), what was done before ("Det här har vi redan gjort:"), or,
 * the word alone with its colon, how the goal is measured ("Indikatorer:", "Nyckeltal:", "Mått:") or who takes part
 * ("Samarbetspartner:", "Medverkande:", "Målgrupp:")? The one test of every reader of a goal's introduced list. */
static bool lead_of_no_subgoals(const char *s)
{
    static const char *const others[] = { "kontakt", "ansvariga" };
    static const char *const leads[] = { "indikator", "nyckeltal", "mått", "mätetal", "samarbetspart",
                                         "samverkanspart", "medverkande", "målgrupp" };
    if (actions_lead(s))
        return true;
    if (word_count(s) > 8 || last_char(s) != ':')
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(leads) && word_count(s) <= 2; i++)
        if (folded_starts(s, leads[i])) /* the word alone: "Måttet på framgång är att:" leads sub-goals */
            return true;
    char **words = g_strsplit_set(s, " :,", -1);
    bool other = false;
    for (char **w = words; *w && !other; w++)
        for (size_t i = 0; i < G_N_ELEMENTS(others) && !other; i++)
            other = folded_starts(*w, others[i]) || done_word(*w);
    g_strfreev(words);
    return other;
}

/* "redan", "gjort", "genomförda": a word telling of work done before the document */
static bool done_word(const char *w)
{
    static const char *const done[] = { "redan", "hittills", "gjort", "gjorde", "genomfört", "genomförd" };
    bool told = false;
    for (size_t i = 0; i < G_N_ELEMENTS(done) && !told; i++)
        told = folded_starts(w, done[i]);
    return told;
}

bool tells_work_done(const char *s)
{
    if (word_count(s) > 8 || last_char(s) != ':')
        return false;
    char **words = g_strsplit_set(s, " :,", -1);
    bool told = false;
    for (char **w = words; *w && !told; w++) {
        told = done_word(*w);
        /* "har genomförts", "har vi utfört", "hade vidtagits": the perfect with its supine ending in -t or -ts */
        bool perfect = folded_equal(*w, "har") || folded_equal(*w, "hade");
        for (char **v = w + 1; perfect && *v && v <= w + 2 && !told; v++)
            told = strlen(*v) >= 4 && (g_str_has_suffix(*v, "t") || g_str_has_suffix(*v, "ts"));
    }
    g_strfreev(words);
    return told;
}

/* Does `s` hold one of the `n` words (in lower case) in any of its own words? */
static bool has_word_part(const char *s, const char *const *words, size_t n)
{
    char *lower = g_utf8_strdown(s, -1);
    bool named = false;
    for (size_t i = 0; i < n && !named; i++)
        named = strstr(lower, words[i]) != NULL;
    g_free(lower);
    return named;
}

/* Is `s` a lead-in or heading of few words naming how goals are measured ("Indikatorer:", "Nyckeltal", "Mått")? */
static bool measures_lead(const char *s)
{
    static const char *const measures[] = { "indikator", "nyckeltal", "mått", "mätetal" };
    return word_count(s) <= 4 && !strchr(".;,", last_char(s)) && has_word_part(s, measures, G_N_ELEMENTS(measures));
}

/* Does heading `s` name the plan's actions ("Åtgärder", "Aktiviteter 2028", "Planerade insatser")? */
static bool names_actions(const char *s)
{
    static const char *const actions[] = { "åtgärd", "aktivitet", "insats" };
    return has_word_part(s, actions, G_N_ELEMENTS(actions));
}

/* Does heading `s` hold a background, purpose, vision, principles, challenges or follow-up ("Bakgrund", "Syfte",
 * "Vision 2040", "Våra principer", "Utmaningar", "Uppföljning")? Such a section holds no goals, whatever its sentences
 * say shall be. Its first word (after a possessive) names the kind: "Goda förutsättningar för lärande" is a theme,
 * "Revision" no vision. */
static bool holds_no_aims(const char *s)
{
    static const char *const kinds[] = { "bakgrund", "syfte",         "vision", "princip",
                                         "utmaning", "förutsättning", "uppfölj" };
    static const char *const possessives[] = { "vår", "våra", "vårt", "kommunens", "regionens" };
    char *lower = g_utf8_strdown(s, -1);
    char **words = g_strsplit(g_strstrip(lower), " ", 3);
    const char *first = words[0] ? words[0] : "";
    for (size_t i = 0; i < G_N_ELEMENTS(possessives) && words[0] && words[1]; i++)
        first = strcmp(words[0], possessives[i]) == 0 ? words[1] : first;
    bool kind = false;
    for (size_t i = 0; i < G_N_ELEMENTS(kinds) && !kind; i++)
        kind = g_str_has_prefix(first, kinds[i]);
    g_strfreev(words);
    g_free(lower);
    return kind;
}

/* One item of a section about aims: a heading, a list item or a paragraph, at its depth in the section's outline. */
typedef struct {
    char *text;
    at_provenance prov;
    int depth;      /* 0 for headings; list items by their markers' nesting, 1 and deeper */
    bool statement; /* says what shall be rather than naming an area */
    int rank;       /* a label's kind of goal (aim_rank), 0 when unlabelled */
    bool run_in;    /* a list item naming its goal by a short name and a colon ("- Kontinuitet: Den som ...") */
} aim_item;

/* The list marker `s` starts with, as a style ("1", "1.1", "a", "A", "M1", "-") and where its item's text starts;
 * false when `s` is no list item. */
static bool list_marker(xctx *x, const char *s, char style[8], const char **text)
{
    bool bullet;
    const char *p = plan_bullet(x, s, &bullet);
    if (bullet) {
        g_strlcpy(style, s, MIN((size_t)(p - s) + 1, 8));
        g_strchomp(style);
        /* OCR reads one list's round bullets as "•", "." or "·" by turns: one style, not lists nested */
        if (document_read_by_ocr(x) && (strcmp(style, ".") == 0 || strcmp(style, "·") == 0))
            g_strlcpy(style, "•", 8);
        *text = after_item_code(p); /* "- K1 Bebyggelse ska ...": the code tables refer to it by */
        return *p != '\0';
    }
    if ((*text = outline_item(s, style)))
        return true;
    if ((*text = dot_item(x, s))) {
        g_strlcpy(style, ".", 8);
        return true;
    }
    size_t letters = 0;
    while (g_ascii_isalpha(s[letters]))
        letters++;
    size_t digits = strspn(s + letters, "0123456789"), at = letters + digits, depth = 1;
    while (digits && s[at] == '.' && g_ascii_isdigit(s[at + 1])) { /* "1.2.3" */
        at += 1 + strspn(s + at + 1, "0123456789");
        depth++;
    }
    bool closed = s[at] == '.' || s[at] == ')';
    if (letters == 0 && digits >= 1 && digits <= 2)
        g_snprintf(style, 8, "%zu", depth);
    else if (letters == 1 && !digits && closed)
        g_snprintf(style, 8, "%c", g_ascii_isupper(s[0]) ? 'A' : 'a');
    else if (letters >= 1 && letters <= 2 && g_ascii_isupper(s[0]) && digits >= 1 && digits <= 2)
        g_strlcpy(style, "M1", 8);
    else
        return false;
    p = s + at + closed;
    if (*p != ' ' || (!closed && depth == 1 && letters == 0 && digits > 2))
        return false;
    p += strspn(p, " –-—:");
    *text = p;
    return g_unichar_isupper(g_utf8_get_char(p)) || (closed && g_unichar_islower(g_utf8_get_char(p)));
}

/* Does `s` say what shall be ("Alla barn ska ...", "Fler ska ...")? */
static bool says_what_shall_be(const char *s)
{
    return strstr(s, " ska ") || strstr(s, " skall ") || g_str_has_prefix(s, "Ska ") || strstr(s, " ska.");
}

/* Does `label` name a goal's field ("Mål", "Delmål till 2030", "Effektmål", "Indikator") rather than one that links
 * an activity to a goal ("Koppling till mål") or says whom it serves ("Målgrupp")? */
bool names_goal_field(const char *label)
{
    static const char *const words[] = { "mal", "malen", "malvarde", "indikator", "indikatorer" };
    if (!*label) /* g_strsplit gives "" no first word */
        return false;
    char **split = g_strsplit(label, " ", 2);
    char *first = folded_copy(split[0]);
    bool hit = aim_rank(split[0]) > 0;
    for (size_t i = 0; i < G_N_ELEMENTS(words) && !hit; i++)
        hit = strcmp(first, words[i]) == 0;
    g_free(first);
    g_strfreev(split);
    return hit;
}

/* Does `label` say how a goal is measured ("Målvärde", "Indikator", "Nyckeltal"), whatever few words follow it
 * ("Målvärde: 0 procent")? */
bool names_measure(const char *label)
{
    static const char *const words[] = { "malvarde", "malvarden", "indikator", "indikatorer", "nyckeltal", "matetal" };
    char *first = folded_copy(label);
    first[strcspn(first, " :")] = '\0';
    bool hit = false;
    for (size_t i = 0; i < G_N_ELEMENTS(words) && !hit; i++)
        hit = strcmp(first, words[i]) == 0;
    g_free(first);
    return hit;
}

/* Does a list in lower case go on from line k's sentence ("Med planen ska" / "1. skolorna kunna ...")? Another
 * extractor may have taken that line for the head of a memo's proposal. */
static bool continued_by_list(xctx *x, guint k)
{
    const xline *next = pline(x, k + 1);
    char style[8];
    const char *item;
    return next && list_marker(x, next->text, style, &item) && g_unichar_islower(g_utf8_get_char(item));
}

/* "TIDIGA INSATSER" over "Alla familjer ... ska få stöd ...": a name of few words in capitals over a one-line sentence
 * that says what shall be, as a page sets a definition list's term over its goal (a text export's "Area<TAB>Goal"). */
static bool capital_label_over_goal(xctx *x, guint k)
{
    const xline *l = pline(x, k), *under = pline(x, k + 1), *after = pline(x, k + 2);
    if (!l || !under || !l->para_start || !under->para_start || (after && !after->para_start) ||
        word_count(l->text) > 3 || last_char(under->text) != '.' || !says_what_shall_be(under->text))
        return false;
    char *upper = g_utf8_strup(l->text, -1);
    /* a name, not a code ("IM1", "B") */
    bool capitals = strcmp(upper, l->text) == 0 && !strpbrk(l->text, "0123456789") && strcspn(l->text, " ") >= 3 &&
                    g_unichar_isalpha(g_utf8_get_char(l->text));
    g_free(upper);
    return capitals;
}

/* Is line k, in the section about aims headed at line h, such a name over its goal in a run of two or more, one right
 * after the other: an area's name, no theme? Only under a label of the state to reach ("Målbild 2035", "Önskat läge"):
 * under a plain "Mål", "KONTROLL" over "Planen ska stämmas av" is a section of its own. */
static bool area_over_goal(xctx *x, guint h, guint k)
{
    const char *label = pline(x, h)->text;
    return (folded_contains(label, "malbild") || names_desired_state(label)) && capital_label_over_goal(x, k) &&
           ((k >= 2 && capital_label_over_goal(x, k - 2)) || capital_label_over_goal(x, k + 2));
}

/* Is line k a heading in a section about aims: a paragraph of its own or over a list, short, no sentence, nor the
 * start of one that a list goes on ("Med den nya planen ska")? */
static bool aims_subheading(xctx *x, guint k)
{
    const xline *l = pline(x, k), *next = pline(x, k + 1);
    char style[8];
    const char *item;
    return l->para_start && (!next || next->para_start || list_marker(x, next->text, style, &item)) &&
           heading_words(l->text, true) && !says_what_shall_be(l->text) && !continued_by_list(x, k);
}

bool coded_under_goal(const char *heading, const char *goal, const char *item)
{
    if (after_item_code(item) == item)
        return false;
    const char *end = goal; /* back over the separator (": ", ". ", " – ") to the heading's code */
    while (end > heading && !g_ascii_isalnum(end[-1]))
        end--;
    const char *code = end;
    while (code > heading && (g_ascii_isdigit(code[-1]) || g_ascii_isupper(code[-1])))
        code--;
    size_t n = (size_t)(end - code);
    const char *rest = item + n;
    return n && n <= 3 && code > heading && code[-1] == ' ' && strncmp(item, code, n) == 0 &&
           (*rest == '.' ? g_ascii_isalnum(rest[1]) : g_ascii_isalnum(*rest));
}

/* Is line k an item of the list right under a goal labelled with a code, coded under that code ("B1 …" under
 * "Huvudmål B: X", past "B.1" …)? Then it is a goal however like a heading it reads. */
static bool item_of_labelled_goal(xctx *x, guint k)
{
    char style[8];
    const char *item;
    guint h = k;
    while (h > 0 && list_marker(x, pline(x, h - 1)->text, style, &item))
        h--;
    const char *goal = h > 0 ? labelled_goal_heading(pline(x, h - 1)->text) : NULL;
    return goal && coded_under_goal(pline(x, h - 1)->text, goal, pline(x, k)->text);
}

/* Does the folded first word `f`, `n` bytes, rank or aim an area of the plan ("Prioriterat område", "Strategiskt
 * område")? An adjective pointing out a place ("Utpekat område 1 Strandängen", "Avgränsat område") does not. */
static bool ranks_area(const char *f, size_t n)
{
    static const char *const ranks[] = { "prioriterat", "strategiskt", "viktigt", "angelaget", "vasentligt" };
    for (size_t k = 0; k < G_N_ELEMENTS(ranks); k++)
        if (n == strlen(ranks[k]) && strncmp(f, ranks[k], n) == 0)
            return true;
    return false;
}

/* Where the label numbering an area of a plan ends in `s` ("Fokusområde 2", "Tema: X", "Strategiskt område A"),
 * NULL when `s` opens with none. The one recogniser of an area's label: a table's area column, an area heading over
 * its goals or alone over its name, a section named by its area. */
const char *area_label_end(const char *s)
{
    /* the labels that number a plan's areas without "område" in them */
    static const char *const labels[] = { "tema", "prioritering", "perspektiv" };
    char *f = folded_copy(s);
    size_t first = strcspn(f, " :");
    bool compound = first >= strlen("omrade") && strncmp(f + first - strlen("omrade"), "omrade", strlen("omrade")) == 0;
    bool two = !compound && f[first] == ' ' && ranks_area(f, first) && g_str_has_prefix(f + first + 1, "omrade") &&
               strchr(" :", f[first + 1 + strlen("omrade")]);
    bool named = compound || two;
    for (size_t k = 0; k < G_N_ELEMENTS(labels) && !named; k++)
        named = first == strlen(labels[k]) && strncmp(f, labels[k], first) == 0;
    g_free(f);
    if (!named || !g_unichar_isupper(g_utf8_get_char(s)))
        return NULL;
    const char *end = s + strcspn(s, " :");
    return two ? end + 1 + strcspn(end + 1, " :") : end;
}

/* "Målområde 1 Trygghet", "Fokusområde B – Ledarskap", "Prioritering 2 – Fler företag", "Mål 1 Barn och unga" (a
 * goal's label over no statement): the area's name after its label and code, or `s`. */
static const char *area_name(const char *s)
{
    static const char *const seps[] = { " – ", " - ", " — ", " " };
    const char *end = area_label_end(s);
    end = end ? end : g_str_has_prefix(s, "Mål ") ? s + strlen("Mål") : NULL;
    if (!end || !*end)
        return s;
    if (*end == ':') /* "Fokusområde: Företagande" */
        return end[1] == ' ' && g_unichar_isupper(g_utf8_get_char(end + 2)) ? end + 2 : s;
    size_t code = strspn(end + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.");
    const char *name = end + 1 + code;
    name += code && *name == ':'; /* "Område 1: Vattentäkter" */
    for (size_t k = 0; code && code <= 3 && k < G_N_ELEMENTS(seps); k++)
        if (g_str_has_prefix(name, seps[k]) && g_unichar_isupper(g_utf8_get_char(name + strlen(seps[k]))))
            return name + strlen(seps[k]);
    return s;
}

/* The kind of goal the first of `s`'s words that names one gives (aim_rank), 0 when none does. */
static int words_rank(const char *s)
{
    char **words = g_strsplit_set(s, " :", -1);
    int rank = 0;
    for (char **w = words; *w && !rank; w++)
        rank = aim_rank(*w);
    g_strfreev(words);
    return rank;
}

static int label_heading_rank(const char *s);

/* Where the label before a goal ends in `s`: its colon ("Inriktningsmål: X", "Mål för 2030: X"), or its full stop
 * when the words before it label a kind of goal alone ("Inriktningsmål. X", "Effektmål. Y"); NULL when neither. */
static const char *label_stop(const char *s)
{
    const char *colon = strstr(s, ": "), *stop = strstr(s, ". ");
    if (colon || !stop)
        return colon;
    char *label = g_strndup(s, (size_t)(stop - s));
    bool kind = label_heading_rank(label) > 0;
    g_free(label);
    return kind ? stop : NULL;
}

/* The goal a label of few words for a goal states ("Huvudmål: X", "Inriktningsmål 2: X", "Delmål A – X"), with the
 * label's kind, or NULL; `area` tells the label names an area of goals instead ("Målområde 1: X", "Tema: X"). */
static const char *aim_label(const char *s, int *rank, bool *area)
{
    const char *goal = labelled_goal_heading(s), *colon = label_stop(s);
    char *label = goal ? g_strndup(s, (size_t)(goal - s)) : colon ? g_strndup(s, (size_t)(colon - s)) : NULL;
    *area = label && names_area(label);
    if (!goal && label && word_count(label) <= 3 && (names_goal_heading(label) || *area) && word_count(colon + 2) >= 2)
        goal = colon + 2;
    *rank = goal ? words_rank(label) : 0;
    g_free(label);
    return goal;
}

/* The goal a bulleted item states after a label that codes it ("- Delmål A X", "• Mål 2: X"), as aim_label, or NULL. */
static const char *listed_aim_label(xctx *x, const char *s, int *rank, bool *area)
{
    bool bullet;
    const char *item = plan_bullet(x, s, &bullet);
    return bullet && unlabelled_code(item) != item ? aim_label(item, rank, area) : NULL;
}

/* The kind of goal a heading of labels alone names ("Effektmål" 2, "Inriktningsmål 2030" 1, "Delmål:" 2, "Mål" 0), -1
 * when it is no such label ("Mål och delmål" names two kinds, the goals' section). */
static int label_heading_rank(const char *s)
{
    if (names_desired_state(s) && heading_words(s, false)) /* "Så här vill vi ha det 2030:", as "Önskat läge" */
        return 1;
    if (!heading_words(s, false) || word_count(s) > 4 || !names_goal_heading(s) || strstr(s, " och "))
        return -1;
    int rank = words_rank(s);
    return rank || folded_equal(s, "Mål") || folded_equal(s, "Mål:") || folded_equal(s, "Målen") ? rank : -1;
}

bool labels_goal_kind(const char *s)
{
    return label_heading_rank(s) > 0;
}

/* "Ambitionen är att X", "Kommunens ambition inom området är att X": where X starts after a sentence's opening few
 * words naming an ambition, or NULL. */
static const char *ambition_start(const char *s)
{
    static const char *const ambition[] = { "ambition" };
    const char *goal = NULL, *that = is_that(s, &goal);
    char *lead = that ? g_strndup(s, (size_t)(that - s)) : NULL;
    bool named = lead && word_count(lead) <= 5 && g_unichar_isupper(g_utf8_get_char(lead)) && !strpbrk(lead, ".:") &&
                 has_word_part(lead, ambition, G_N_ELEMENTS(ambition));
    g_free(lead);
    return named ? goal : NULL;
}

/* Does a wish's clause `s` ask something of the reader ("att du lämnar synpunkter") or speak of the document itself
 * ("att planen ska läsas")? Such a wish states no goal. */
static bool wishes_of_reader(const char *s)
{
    static const char *const others[] = { "du", "ni", "planen", "programmet", "dokumentet" };
    char **words = g_strsplit_set(s, " ,.:", -1);
    bool of_reader = false;
    for (char **w = words; *w && !of_reader; w++)
        for (size_t k = 0; k < G_N_ELEMENTS(others) && !of_reader; k++)
            of_reader = g_ascii_strcasecmp(*w, others[k]) == 0;
    g_strfreev(words);
    return of_reader;
}

/* Where the goal starts in a sentence that says what is wanted ("Vi vill att X", "Ambitionen är att X"), or NULL: a wish
 * to the reader ("Vi vill att du lämnar synpunkter") or about the plan ("... att planen ska läsas") states no goal. */
static const char *wanted_start(const char *s)
{
    const char *goal = g_str_has_prefix(s, "Vi vill att ") ? s + strlen("Vi vill att ") : ambition_start(s);
    const char *stop = goal ? strstr(goal, ". ") : NULL;
    char *clause = goal ? g_strndup(goal, stop ? (size_t)(stop - goal) : strlen(goal)) : NULL;
    goal = clause && wishes_of_reader(clause) ? NULL : goal;
    g_free(clause);
    return goal;
}

/* Do the words after a wish word (`words`, up to the colon) want an outcome: the verb, if any, one of seeing, having
 * or reaching something ("vill se att", "strävar efter att", "vill uppnå"), between it and the wish word only its
 * subject ("vill vi", "vill nämnden") or an adverb ("vill också se")? A negation ("vill vi inte se") or another
 * verb ("vill tacka", "vill nämna") leads in to what is not wanted, or to people. */
static bool wants_outcome(char *const *words)
{
    static const char *const outcome[] = { "se", "ha", "få", "nå", "uppnå", "åstadkomma", "skapa", "bli", "vara",
                                           "verka", "arbeta", "bidra", "att", "efter", "mot", "på", "för", "till", "under" };
    static const char *const between[] = { "vi", "jag", "man", "också", "även", "gärna", "särskilt", "främst",
                                           "därför", "dessutom", "nu", "fortsatt", "framöver", "framför", "allt",
                                           "året", "perioden" };
    for (char *const *w = words; *w; w++) {
        bool known = !**w || g_str_has_suffix(*w, "en"); /* a subject in the definite: "vill nämnden se" */
        for (size_t k = 0; k < G_N_ELEMENTS(outcome) && !known; k++)
            known = strcmp(*w, outcome[k]) == 0;
        for (size_t k = 0; k < G_N_ELEMENTS(between) && !known; k++)
            known = strcmp(*w, between[k]) == 0;
        if (!known)
            return false;
    }
    return true;
}

/* "varje huvudman lämnar en lägesrapport", "kommunerna redovisar sina siffror": what is wanted is a report, a request
 * to the reader (in the clause's first words), no outcome. A relative clause's verb is none ("varje barn som lämnar
 * förskolan har …"). */
static bool wishes_report(const char *that)
{
    static const char *const reports[] = { "lämnar", "lämna", "rapporterar", "rapportera", "redovisar", "redovisa",
                                           "skickar", "skicka", "meddelar", "meddela", "återrapporterar" };
    char **words = g_strsplit_set(that, " ,.", 7);
    bool report = false;
    for (char **w = words; *w && w - words < 6 && !report; w++)
        for (size_t k = 0; k < G_N_ELEMENTS(reports) && !report; k++)
            report = strcmp(*w, reports[k]) == 0 && !(w > words && strcmp(w[-1], "som") == 0);
    g_strfreev(words);
    return report;
}

/* "Under perioden vill förbundet att …", "Inom området vill nämnden se att …": an adverbial of few words opening the
 * sentence, the subject after "vill" the plan's own body in the definite; where its words after the subject start,
 * else NULL. Another's wish told in a background ("Genom friluftspolitiken vill regeringen att …") is no goal of the
 * plan (review32 9). */
static const char *inverted_wish(const char *s, const char *vill)
{
    static const char *const openers[] = { "Under ", "Inom ", "Till ", "Fram till ", "Framöver ", "I ", "Med ",
                                           "Genom " };
    const char *subject = vill + strlen(" vill ");
    const char *space = strchr(subject, ' ');
    bool opens = false;
    for (size_t k = 0; k < G_N_ELEMENTS(openers) && !opens; k++)
        opens = g_str_has_prefix(s, openers[k]);
    char *word = space ? g_strndup(subject, (size_t)(space - subject)) : NULL;
    bool own = word && g_unichar_islower(g_utf8_get_char(word)) && own_body(word);
    g_free(word);
    char *before = g_strndup(s, (size_t)(vill - s));
    bool few = word_count(before) <= 4;
    g_free(before);
    return opens && own && few ? space : NULL;
}

/* Where the goal starts in a sentence whose one-word subject wants an outcome ("Förbundet vill under året uppnå att
 * X", "Nämnden vill att X", "Under perioden vill förbundet att X"), or NULL; the words between "vill" (or its subject)
 * and "att" as wants_outcome takes them. */
static const char *subject_wish_start(const char *s)
{
    const char *vill = strstr(s, " vill "), *after = vill ? vill + strlen(" vill") : NULL;
    const char *that = after ? strstr(after, " att ") : NULL;
    if (!that || !g_unichar_isupper(g_utf8_get_char(s)) || state_body(s))
        return NULL;
    if (memchr(s, ' ', (size_t)(vill - s)) && !(after = inverted_wish(s, vill)))
        return NULL;
    if (after > that)
        return NULL;
    char *between = g_strndup(after, (size_t)(that - after));
    char **words = g_strsplit(g_strstrip(between), " ", -1);
    const char *goal =
        wants_outcome(words) && !wishes_of_reader(that) && !wishes_report(that + strlen(" att ")) ? that + strlen(" att ")
                                                                                                  : NULL;
    g_strfreev(words);
    g_free(between);
    return goal;
}

/* "Vi vill se att:", "Det här vill vi:", "Kommunen strävar efter att", "Nämnden önskar:": a lead-in of few words that
 * says what its writer wants, ending in a colon or in the "att" a list in lower case goes on from. Nothing in it names
 * goals: only the list under it tells what is wanted. */
static bool wish_lead(const char *s)
{
    static const char *const wishes[] = { "vill", "önskar", "strävar", "eftersträvar", "siktar" };
    if (word_count(s) > 6 || !(last_char(s) == ':' || g_str_has_suffix(s, " att")) || wishes_of_reader(s))
        return false;
    char **words = g_strsplit_set(s, " :", -1);
    bool wish = false;
    for (char **w = words; *w && !wish; w++)
        for (size_t k = 0; k < G_N_ELEMENTS(wishes) && !wish; k++)
            wish = strcmp(*w, wishes[k]) == 0 && wants_outcome(w + 1);
    g_strfreev(words);
    return wish;
}

/* Does a sentence of paragraph `s` say what is wanted ("Resandet har ökat. Vi vill att fler ska ...")? */
static bool states_wanted(const char *s)
{
    if (wanted_start(s))
        return true;
    for (const char *stop = strstr(s, ". "); stop; stop = strstr(stop + 2, ". "))
        if (wanted_start(stop + 2))
            return true;
    return false;
}

/* Does the first sentence of `s` say what shall be? */
static bool first_sentence_shall(const char *s)
{
    const char *stop = strstr(s, ". ");
    char *first = g_strndup(s, stop ? (size_t)(stop - s) : strlen(s));
    bool shall = says_what_shall_be(first);
    g_free(first);
    return shall;
}

/* Does the heading at line i open goals: is the line under it a goal's label, a list item or a sentence that says
 * what shall be, or, in a section already about goals (`wanted`), what is wanted? */
static bool block_states_goals(xctx *x, guint i, bool wanted)
{
    xline *l = pline(x, i + 1);
    if (l && l->para_start && label_heading_rank(l->text) >= 0) /* "Inriktningsmål" over its goal */
        l = pline(x, i + 2);
    char style[8];
    const char *item;
    int rank;
    bool area;
    return l && !l->used && !aims_subheading(x, lines_before(x, &l->prov)) &&
           (aim_label(l->text, &rank, &area) || first_sentence_shall(l->text) || (wanted && states_wanted(l->text)) ||
            (list_marker(x, l->text, style, &item) && says_what_shall_be(item)));
}

/* "3" is 1 deep, "3.2" 2: the depth of the section number s[a, b). */
static int section_depth(const char *s, size_t a, size_t b)
{
    int depth = 1;
    for (size_t i = a; i < b; i++)
        depth += s[i] == '.';
    return depth;
}

static const char *titled_statement(const char *s);
static xline *repeated_label_area(xctx *x, guint h);

/* The depth of the numbered heading that section about aims h lies in: its own number's ("2.1 Mål"), or, for a label
 * repeated under each theme, its theme's ("2. Kanalen och vattnet" over "Vi vill se att:"); 0 when unnumbered. */
static int aims_level(xctx *x, guint h)
{
    size_t a, b;
    const xline *head = pline(x, h);
    if (pat_match(x, PAT_SECTION, head->text, 0) && pat_span(x, 1, &a, &b))
        return section_depth(head->text, a, b);
    head = repeated_label_area(x, h);
    return head && pat_match(x, PAT_SECTION, head->text, 0) && pat_span(x, 1, &a, &b) ? section_depth(head->text, a, b)
                                                                                      : 0;
}

/* The line after the section about aims headed at line h: it ends at a numbered heading of its level or above, or at
 * a heading whose words and lines state no goals. */
static guint aims_end(xctx *x, guint h)
{
    size_t a, b;
    int level = aims_level(x, h);
    bool marked = false, plain = false; /* the titles of its groups so far: "1. X", "X. Y ska ..."; plain headings */
    bool stated = false, headed = false; /* goals stated in lines or lists so far; a heading stated one */
    for (guint k = h + 1; k < x->lines->len; k++) {
        xline *l = pline(x, k);
        bool in_list;
        plan_bullet(x, l->text, &in_list);
        /* "Förvaltningen föreslår" over "– att anta planen": asked of the line over a list, not of each item (which
         * would read the rest of the list at every item) */
        if ((l->used && !continued_by_list(x, k)) || (l->fields && !says_what_shall_be(l->text)) ||
            (!in_list && lists_no_goals(x, k + 1)) || line_role_of(x, k) == LINE_THEME)
            return k; /* a theme over its sub-headings ends what the theme before it holds */
        /* "3. Aktiviteter" ends it, "1. Fler ska ..." is a goal in its list */
        size_t ta, tb;
        bool numbered = pat_match(x, PAT_SECTION, l->text, 0) && pat_span(x, 1, &a, &b) && pat_span(x, 2, &ta, &tb) &&
                        heading_words(l->text + ta, true) && !says_what_shall_be(l->text);
        if (l->para_start && level && numbered && section_depth(l->text, a, b) <= level)
            return k;
        char style[8];
        const char *item;
        bool listed = list_marker(x, l->text, style, &item);
        if (aims_subheading(x, k) && (names_actions(l->text) || (holds_no_aims(l->text) && !names_goal_heading(l->text))) &&
            !area_over_goal(x, h, k))
            return k; /* "Åtgärder": the actions, whatever goals head their tables; "Bakgrund": no goals */
        if (l->para_start && measures_lead(l->text))
            continue; /* "Indikatorer:" under a goal: its measures, read as none (aim_items) */
        /* a heading that says what is, a goal, where the goals are so stated: after goals stated in lines, a new
         * section ("Trygghet är allas ansvar") */
        bool goal_heading = aims_subheading(x, k) && !stated && goal_as_heading(l->text);
        if (aims_subheading(x, k) && !names_goal_heading(l->text) && !goal_heading && !item_of_labelled_goal(x, k)) {
            /* groups titled otherwise end at a plain heading ("Genomförande") */
            if ((!listed && marked && !plain) || !block_states_goals(x, k, true))
                return k;
            plain = plain || !listed;
        }
        headed = headed || goal_heading;
        stated = stated || (!headed && l->para_start && (listed || first_sentence_shall(l->text)));
        marked = marked || (l->para_start && (listed || titled_statement(l->text)));
    }
    return x->lines->len;
}

/* A list marker's style ("1", "a", "-") at its indentation. */
typedef struct {
    char marker[8];
    int indent;
} list_style;

#define INDENT_SLACK 20 /* indentations this close are one: a scan's skew and noise move a line's edge a little */

/* The depth of a list marker's style and indentation in the outline so far: a style seen before at about that
 * indentation goes back to its depth, a new one nests under the last open one indented no further than it. */
static int style_depth(list_style *styles, int *n, const char *style, int indent)
{
    for (int k = 0; k < *n; k++)
        if (strcmp(styles[k].marker, style) == 0 && abs(styles[k].indent - indent) <= INDENT_SLACK)
            return *n = k + 1;
    while (*n && styles[*n - 1].indent > indent + INDENT_SLACK) /* an item out-dented under a new marker */
        (*n)--;
    if (*n < 8) {
        g_strlcpy(styles[*n].marker, style, sizeof styles[*n].marker);
        styles[(*n)++].indent = indent;
    }
    return *n;
}

static void add_aim(GArray *items, const char *text, const at_provenance *prov, int depth, int rank)
{
    /* a sentence, or a part of one ("a. alla lampor är utbytta,"), not a title */
    bool sentence = says_what_shall_be(text) || strchr(".,;", last_char(text)) || g_unichar_islower(g_utf8_get_char(text));
    aim_item it = { g_strdup(text), *prov, depth, sentence, rank, false };
    it.text[item_end(it.text, strlen(it.text))] = '\0';
    g_array_append_val(items, it);
}

/* "Tillgänglig natur. Naturen ska ...": a paragraph whose first sentence of few words names what the goal after it is
 * about; where that goal starts, or NULL. */
static const char *titled_statement(const char *s)
{
    const char *stop = strstr(s, ". ");
    if (!stop || !g_unichar_isupper(g_utf8_get_char(s)) || !g_unichar_isupper(g_utf8_get_char(stop + 2)) ||
        !says_what_shall_be(stop))
        return NULL;
    char *title = g_strndup(s, (size_t)(stop - s));
    /* a title names ("Tillgänglig natur."), a sentence says ("Intresset är stort.") */
    bool few = word_count(title) <= 5 && !says_what_shall_be(title) && !has_verb(title) && !about_goals(title);
    g_free(title);
    return few ? stop + 2 : NULL;
}

/* Does `name` name the area of the goal `goal` after it ("Närvaro", "Kultur och fritid"): a few capitalised words
 * without a verb or a year ("Till år 2030", a deadline's lead-in, names none), before a goal of three words or more? */
static bool names_goal_area(const char *name, const char *goal)
{
    bool three = word_count(name) == 3 && !has_verb(name) && !strpbrk(name, "0123456789");
    return (word_count(name) <= 2 || three) && g_unichar_isupper(g_utf8_get_char(name)) && word_count(goal) >= 3 &&
           g_unichar_isupper(g_utf8_get_char(goal));
}

/* "Makt: Kvinnor och män ska ...": an item's goal after the short name a table refers to it by, or the item. */
static const char *named_item(const char *s)
{
    static const char *const seps[] = { ": ", " – ", " - " }; /* "Närvaro – Vuxna ska ..." */
    for (size_t k = 0; k < G_N_ELEMENTS(seps); k++) {
        const char *sep = strstr(s, seps[k]), *goal = sep ? sep + strlen(seps[k]) : NULL;
        char *name = sep ? g_strndup(s, (size_t)(sep - s)) : NULL;
        bool named = name && names_goal_area(name, goal);
        g_free(name);
        if (named)
            return goal;
    }
    return s;
}

/* "Skolan<TAB>Andelen elever ... ska öka": a text export's line of two fields, an area's name and its goal: where
 * the goal starts in the line's text; else the item `named_item` finds. */
static const char *named_line(xctx *x, const xline *l)
{
    const xrow *r = fields_of(x, l);
    size_t n = r && r->n_cells == 2 && r->cells[0] && r->cells[1] ? strlen(r->cells[0]) : 0;
    bool named = n && strncmp(l->text, r->cells[0], n) == 0 && l->text[n] == ' ' &&
                 names_goal_area(r->cells[0], r->cells[1]);
    return named ? l->text + n + 1 : named_item(l->text);
}

/* Where a section about aims stands while its items are read. */
typedef struct {
    GArray *items;     /* aim_item */
    list_style styles[8]; /* the list markers' styles and indentations open, outermost first */
    int n_styles;
    int rank;          /* the kind of goal the last label heading named */
    int plain_rank;    /* the kind the first label of no kind ("Mål 1: X") was given, -1 before one */
    int fresh;         /* that rank right after the label heading: the paragraph under it states its goals */
    bool ranked;       /* the group has stated its aim above the others: goals labelled without a kind go under it */
    bool titled;       /* the goals read are in a titled group */
    bool stated;       /* a title's group has stated its goal in a paragraph: the paragraphs after it explain it */
    int base;          /* the depth of the last title: labelled goals and paragraphs go under it */
    int list_base;     /* the depth a list nests under: a goal whose list a paragraph introduced ("För att nå målet
                        * ska nämnden se till att") */
    int number;        /* the number of the last item numbered with one number ("2 Friluftsliv", "2. X") */
    bool notes;        /* a footnote has been read: number-space lines after it are footnotes too */
    guint explained_at; /* the line after a list item that states its goal in a full sentence: a paragraph there
                         * explains it (0: none) */
    bool breaks_down;   /* the last line read is a goal labelled as the aim above the others ("Inriktningsmål 1. X")
                         * or an item of the list right under it: that list breaks the goal down */
} aim_outline;

/* A title ("B. Hållbar turism", a heading) at `depth` opens a group of goals of its own. */
static void aim_group(aim_outline *o, int depth)
{
    o->base = depth;
    o->titled = true;
    o->rank = o->fresh = o->list_base = 0;
    o->ranked = o->stated = false;
    if (depth == 0) {
        o->n_styles = 0;
        o->notes = false;
    }
}

/* "Programmet gäller alla ...", "Planen beskriver ...": a sentence about the document itself, no goal. */
static bool about_document(const char *s)
{
    size_t n;
    const char *const *documents = document_self_name_list(&n);
    for (size_t k = 0; k < n; k++)
        if (g_str_has_prefix(s, documents[k]) && s[strlen(documents[k])] == ' ')
            return true;
    return false;
}

/* Does sentence `next` state the goal numbered after the one `sentence` states ("Mål 1 är att X." then "Mål 2 är att
 * Y.")? A paragraph of such sentences states each goal. */
static bool next_numbered_goal(const char *sentence, const char *next)
{
    const char *number = goal_number_sentence(sentence), *after = goal_number_sentence(next);
    return number && after && atoi(after) == atoi(number) + 1;
}

/* The sentences of paragraph `s` that state goals: the first that names the goal ("Planens mål är att X" states X),
 * or the first if it says what shall be; right under a label heading, its first whatever it says ("Målbild" over "Alla
 * rör sig varje dag."), or every one that says what shall be ("Delmål:" over sentences one a line). */
static void aim_sentences(aim_outline *o, const char *s, const at_provenance *prov)
{
    /* a line in lower case goes on with a sentence a text layer broke off; a titled group states one goal in prose */
    if (g_unichar_islower(g_utf8_get_char(s)) || (o->stated && !o->fresh))
        return;
    for (bool first = true; *s; first = false) {
        const char *stop = strstr(s, ". ");
        char *sentence = g_strndup(s, stop ? (size_t)(stop + 1 - s) : strlen(s));
        const char *lead = main_goal_start(sentence, false), *goal = lead ? lead : sentence;
        lead = lead ? lead : wanted_start(sentence); /* in a section about aims, what is wanted is a goal */
        lead = lead ? lead : subject_wish_start(sentence); /* "Med planen vill nämnden uppnå att X" */
        goal = lead ? lead : goal;
        bool is_goal = (lead || (first && o->fresh == 1 && word_count(goal) >= 3 && !about_document(goal)) ||
                        ((first || o->fresh == 2) && says_what_shall_be(goal))) &&
                       !about_goals(goal);
        if (is_goal)
            add_aim(o->items, goal, prov, o->base + 1, o->rank);
        o->ranked = o->ranked || (is_goal && o->rank == 1);
        o->stated = o->stated || (is_goal && o->titled);
        bool numbered = stop && next_numbered_goal(sentence, stop + 2);
        g_free(sentence);
        if ((is_goal && o->fresh != 2 && !numbered) || !stop)
            break;
        s = stop + 2;
    }
    o->fresh = 0;
}

/* A paragraph in a section about aims: a titled goal, goals, a paragraph that introduces a goal's list (it ends in a
 * colon, or the list continues its sentence: `continued`), or prose. */
static void aim_paragraph(aim_outline *o, GString *text, const at_provenance *prov, bool continued)
{
    bool intro = last_char(text->str) == ':' || continued;
    /* a paragraph over a list is no titled goal: "Buller stör många. Planens mål är att ... Till det hör två mål:" */
    const char *goal = intro ? NULL : titled_statement(text->str);
    if (goal) {
        char *title = g_strndup(text->str, (size_t)(goal - 2 - text->str));
        add_aim(o->items, title, prov, 0, 0);
        add_aim(o->items, goal, prov, 1, o->rank);
        g_free(title);
        aim_group(o, 0);
        o->stated = true;
        return;
    }
    if (intro) { /* its last sentence introduces the list; the sentences before may state a goal */
        const char *stop = g_strrstr(text->str, ". ");
        g_string_truncate(text, stop ? (gsize)(stop + 1 - text->str) : 0);
    }
    guint before = o->items->len;
    aim_sentences(o, text->str, prov);
    bool stated = o->items->len > before; /* a goal stated in a paragraph: a list after it breaks it down */
    const aim_item *last = o->items->len ? &g_array_index(o->items, aim_item, o->items->len - 1) : NULL;
    /* the list goes under the goal stated last, if any; under a list item ("1. Fler ska ..." over "Mätbart:" over
     * "- Andelen ..."), its markers nest it and the outer list goes on after it */
    if ((intro || stated) && !(last && o->n_styles && last->depth == o->list_base + o->n_styles)) {
        o->list_base = last && last->statement && last->depth > o->base ? last->depth : 0;
        o->n_styles = 0;
    }
}

/* The first ". " of `s` that ends a sentence, not an abbreviation ("enl. Skollagen"), or NULL. */
static const char *sentence_stop(const char *s)
{
    for (const char *stop = strstr(s, ". "); stop; stop = strstr(stop + 2, ". "))
        if (sentence_ends_at(s, (size_t)(stop - s)))
            return stop;
    return NULL;
}

/* "Valdeltagandet ökar till 85 procent 2030.": a sentence that sets a goal's measurable target, a number it changes
 * to or by. */
static bool sets_target(const char *s)
{
    static const char *const changes[] = { "ökar", "minskar", "halveras", "fördubblas", "stiger", "sjunker", "uppgår" };
    return strpbrk(s, "0123456789") && has_word_part(s, changes, G_N_ELEMENTS(changes));
}

/* "1. Fler ska kunna försörja sig. Arbete ger ...": an item that states its goal in its first sentence and explains
 * it in the next, cut to the first; so too when the first sentence ends the item's first line, `first_line` bytes of
 * `text`, and the explanation starts the next ("1. Fler företag växer." over "Regionen ser till att ..."), but not
 * its measurable target ("Andelen ökar till 80 procent 2030."). */
static void first_sentence_states(GString *text, size_t first_line)
{
    const char *stop = sentence_stop(text->str);
    char *first = stop && g_unichar_isupper(g_utf8_get_char(stop + 2)) ? g_strndup(text->str, (size_t)(stop - text->str))
                                                                        : NULL;
    bool explained = first && (size_t)(stop + 1 - text->str) == first_line && !sets_target(stop + 2);
    if (first && (says_what_shall_be(first) || explained))
        g_string_truncate(text, (gsize)(stop + 1 - text->str));
    g_free(first);
}

/* Is line k a goal's label and code over what the goal is ("Mål 1 Minskad klimatpåverkan", "Mål 2 Alla elever klarar
 * kraven")? The paragraph under it decides: when it states a goal, the heading names that goal's theme ("Mål 1 Idrott
 * för alla" over "Varje barn ska ..."); when it explains, or breaks the goal down ("Delmål 1.1: X"), the heading is
 * the goal. */
static bool coded_goal_heading(xctx *x, guint k)
{
    const xline *l = pline(x, k), *under = pline(x, k + 1);
    if (!under || !under->para_start || under->fields || !g_str_has_prefix(l->text, "Mål ") ||
        area_name(l->text) == l->text || word_count(area_name(l->text)) < 2)
        return false;
    int rank;
    bool area;
    char style[8];
    const char *item;
    if (aim_label(under->text, &rank, &area))
        return rank == 2 && !area;
    return !list_marker(x, under->text, style, &item) && !first_sentence_shall(under->text) &&
           !states_wanted(under->text);
}

/* Is `s`, a line numbered with only a space ("1 Prop. ..."), a footnote in outline `o`: after items of another
 * marker, after a footnote, or numbered other than next in the open numbered level? ("2 Friluftsliv" after "1.2 X"
 * under "1 Natur" is an item; "1 Direktiv 2000/60/EG" there a footnote.) */
static bool footnote_in_list(const aim_outline *o, const char *s)
{
    size_t digits = strspn(s, "0123456789");
    bool numbered = false;
    for (int k = 0; k < o->n_styles && !numbered; k++)
        numbered = strcmp(o->styles[k].marker, "1") == 0;
    return digits && digits <= 2 && s[digits] == ' ' && o->n_styles &&
           (!numbered || o->notes || atoi(s) != o->number + 1);
}

/* Does `next`, the line after a list item of outline `o`, open the item's own list: a marker no open level of the
 * outline has at its indentation, indented no less than the item ("2. Ett aktivt liv ..." over "- Fler äldre ...")? */
static bool opens_sub_list(xctx *x, const aim_outline *o, const xline *next)
{
    char style[8];
    const char *item;
    if (!next || !o->n_styles || !list_marker(x, next->text, style, &item) || footnote_in_list(o, next->text))
        return false;
    for (int k = 0; k < o->n_styles; k++)
        if (strcmp(o->styles[k].marker, style) == 0 && abs(o->styles[k].indent - next->indent) <= INDENT_SLACK)
            return false;
    return next->indent + INDENT_SLACK >= o->styles[o->n_styles - 1].indent;
}

/* Is the paragraph at line i all there is before `end` or the next plain heading ("Övergripande mål" over one
 * paragraph: it states the goal; "Strategiska mål" over a paragraph and "A. Åre året runt": the groups do)? A line
 * that introduces a list after it ("Det innebär till 2030:" over "- X") breaks that one goal down. */
static bool lone_paragraph(xctx *x, guint i, guint end)
{
    guint j = i + 1;
    while (j < end && !pline(x, j)->para_start)
        j++;
    char style[8];
    const char *item;
    if (i < end && j + 1 < end && last_char(pline(x, j)->text) == ':' && word_count(pline(x, j)->text) <= 8 &&
        !lead_of_no_subgoals(pline(x, j)->text) && list_marker(x, pline(x, j + 1)->text, style, &item))
        return true;
    return i < end && (j >= end || (aims_subheading(x, j) && !list_marker(x, pline(x, j)->text, style, &item)));
}

/* Is every list item in lines [first, end) a full sentence over a paragraph of its own, two or more: a list of goals
 * each followed by what it means ("1. Fler företag växer." over "Regionen ska se till att ...")? */
static bool items_explained(xctx *x, guint first, guint end)
{
    guint explained = 0;
    for (guint k = first; k < end; k++) {
        char style[8];
        const char *item;
        if (!pline(x, k)->para_start || !list_marker(x, pline(x, k)->text, style, &item))
            continue;
        guint j = k + 1;
        while (j < end && !pline(x, j)->para_start)
            j++;
        const xline *under = j < end ? pline(x, j) : NULL;
        if (last_char(pline(x, j - 1)->text) != '.' || !under || list_marker(x, under->text, style, &item) ||
            !strchr(".!", last_char(pline(x, sentence_end(x, j) - 1)->text)))
            return false;
        explained++;
    }
    return explained >= 2;
}

/* The items of the section about aims headed at line h, in lines [first, end): headings, list items at the depth of
 * their markers, and labelled goals and paragraphs that say what shall be, each under the title before it. */
/* "2.1 Tidigare arbete", "2.2 Planens mål" under "2 Mål": a numbered sub-heading of a numbered section about aims
 * whose words state no goal and that names the goals under it or stands over none is the section's own division,
 * no goal nor group of goals ("2.1 Trygga skolvägar" over "Alla barn ska ..." titles its goals). */
static bool aims_division(xctx *x, guint h, guint k)
{
    size_t a, b, ta, tb;
    const xline *l = pline(x, k);
    int level = aims_level(x, h);
    if (!level || !pat_match(x, PAT_SECTION, l->text, 0) || !pat_span(x, 1, &a, &b) || !pat_span(x, 2, &ta, &tb) ||
        section_depth(l->text, a, b) <= level || !l->para_start || !heading_words(l->text + ta, true))
        return false;
    const char *title = l->text + ta;
    return !goal_as_heading(title) && !has_verb(title) &&
           (names_goal_heading(title) || !block_states_goals(x, k, true));
}

/* "MÅLBILD Vi vill att X.": an OCR'd page's band read as one line, a main goal's label in capitals before the
 * sentence; where the sentence starts, or NULL. */
static const char *ocr_band_goal(xctx *x, const xline *l)
{
    const char *space = strchr(l->text, ' ');
    if (!space || !line_read_by_ocr(x, l) ||
        !g_unichar_isupper(g_utf8_get_char(space + 1)))
        return NULL;
    char *label = g_strndup(l->text, (size_t)(space - l->text)), *upper = g_utf8_strup(label, -1);
    bool capitals = g_utf8_strlen(label, -1) >= 4 && strcmp(label, upper) == 0 && band_goal_start(label, space + 1);
    g_free(label);
    g_free(upper);
    return capitals ? space + 1 : NULL;
}

/* "Målbild | Vi vill att X.": a text export's two-field line of a main goal's label beside a sentence that states the
 * goal, read as the label heading over its paragraph (as a page sets it); where the sentence starts in the line's text,
 * or NULL. A band whose text states no goal ("Målbild | Se bilaga 2.") is none. */
static const char *band_goal(xctx *x, const xline *l)
{
    const xrow *r = l->fields ? fields_of(x, l) : NULL;
    if (!l->fields)
        return l->para_start ? ocr_band_goal(x, l) : NULL;
    if (!r || r->n_cells != 2 || !r->cells[1] || last_char(r->cells[1]) != '.' ||
        !g_str_has_suffix(l->text, r->cells[1]) || !band_goal_start(r->cells[0], r->cells[1]))
        return NULL;
    return l->text + strlen(l->text) - strlen(r->cells[1]);
}

/* "MÅLBILD | Vi vill att X." read from a page as a table of one row right above line k (a shaded band over the
 * label heading of the goals that break X down): the row, or NULL. */
static const xrow *band_row_above(xctx *x, guint k)
{
    GPtrArray *tables = view_tables(x);
    const xrow *band = NULL;
    for (guint t = 0; t < tables->len && !band; t++) {
        GPtrArray *rows = g_ptr_array_index(tables, t);
        const xrow *r = g_ptr_array_index(rows, 0);
        if (rows->len == 1 && r->n_cells == 2 && r->cells[1] && k > 0 &&
            prov_before(&pline(x, k - 1)->prov, &r->prov) && prov_before(&r->prov, &pline(x, k)->prov) &&
            last_char(r->cells[1]) == '.' && band_goal_start(r->cells[0], r->cells[1]))
            band = r;
    }
    g_ptr_array_unref(tables);
    return band;
}

static GArray *aim_items(xctx *x, guint h, guint first, guint end, GString *text)
{
    aim_outline o = { .items = g_array_new(FALSE, FALSE, sizeof(aim_item)), .plain_rank = -1 };
    bool explained = items_explained(x, first, end);
    const xrow *band = first == h ? band_row_above(x, first) : NULL;
    if (band) { /* the band's goal, as if its label were a heading over it */
        o.rank = o.fresh = 1;
        g_string_assign(text, band->cells[1]);
        aim_paragraph(&o, text, &band->prov, false);
    }
    for (guint k = first; k < end;) {
        xline *l = pline(x, k);
        char style[8];
        const char *item, *labelled;
        int label_rank, heading_rank = l->para_start ? label_heading_rank(l->text) : -1;
        bool area, under_aim = o.breaks_down;
        at_provenance prov;
        guint next = k + 1;
        o.breaks_down = false;
        if ((labelled = band_goal(x, l))) {
            o.rank = o.fresh = 1;
            next = statement(x, k, labelled, text, &prov);
            aim_paragraph(&o, text, &prov, false);
        } else if (heading_rank >= 0) {
            o.rank = o.fresh = heading_rank; /* "Effektmål": what follows are goals of that kind */
            /* one goal's label ("Målbild 2030", "Inriktningsmål") states it under; "Strategiska mål", "Målsättningar" a list */
            const char *more = strchr(l->text, ' ');
            bool one = (!more || g_ascii_isdigit(more[1]) || (heading_rank == 1 && lone_paragraph(x, k + 1, end)) ||
                        folded_starts(l->text, "onskat ")) && /* "Önskat läge 2035": one state */
                       !g_str_has_suffix(l->text, "ar");
            o.fresh = one || heading_rank == 2 ? o.fresh : 0;
        } else if (!l->para_start && strstr(l->text, ": ") && names_measure(l->text)) {
            /* "Målvärde: 90 procent" under a goal: how it is measured, no goal */
        } else if ((labelled = aim_label(l->text, &label_rank, &area)) ||
                   (labelled = listed_aim_label(x, l->text, &label_rank, &area))) {
            next = statement(x, k, labelled, text, &prov);
            /* "Mål 2: X" under the aim stated above it ("Målbild: Y") breaks that aim down; labels of no kind
             * ("Mål 1", "Mål 2") name goals of one level, whatever kind the labels between them gave */
            int unlabelled = o.ranked ? 2 : o.rank;
            if (!label_rank && !area && o.plain_rank < 0)
                o.plain_rank = unlabelled;
            label_rank = label_rank ? label_rank : area ? unlabelled : o.plain_rank;
            add_aim(o.items, text->str, &prov, area ? 0 : o.base + 1, label_rank);
            o.ranked = o.ranked || label_rank == 1;
            o.breaks_down = label_rank == 1 && !area;
            if (area)
                aim_group(&o, 0);
            o.stated = !area; /* the paragraphs under a labelled goal explain it */
        } else if (aims_division(x, h, k)) {
            /* the section's own sub-heading: what it heads stands at the section's level */
        } else if (l->para_start && (measures_lead(l->text) || lead_of_no_subgoals(l->text))) {
            /* "Indikatorer:", "Nyckeltal": the list under it says how a goal is measured, states none; "Staden gör så
             * här:" what is done for it */
            while (next < end && list_marker(x, pline(x, next)->text, style, &item))
                next++;
        } else if (list_marker(x, l->text, style, &item) && footnote_in_list(&o, l->text)) {
            /* "1 Prop. 1996/97:137 ...": a footnote the page set after a lettered list, no item of it */
            o.notes = true;
        } else if (list_marker(x, l->text, style, &item)) {
            o.fresh = 0;
            o.number = strcmp(style, "1") == 0 ? atoi(l->text) : o.number;
            next = statement(x, k, named_item(item), text, &prov);
            first_sentence_states(text, strlen(named_item(item)));
            o.explained_at = last_char(text->str) == '.' ? next : 0;
            /* a marker indented further than the same marker before is another level ("- X" over "  - Y") */
            int depth = o.list_base + style_depth(o.styles, &o.n_styles, style, l->indent);
            add_aim(o.items, text->str, &prov, depth, o.rank == 2 ? 2 : 0); /* a list under "Huvudmål" nests */
            aim_item *added = &g_array_index(o.items, aim_item, o.items->len - 1);
            added->run_in = named_item(item) != item && named_item(item)[-2] == ':';
            /* under "Delmål till 2030:" an item that says what is ("Alla hållplatser har ...") or is long is a goal,
             * no title; over a goal's label ("2. Trygg vård" over "Huvudmål: X") or its own list it titles a group,
             * however long */
            int under_rank;
            bool under_area, labels = next < end && aim_label(pline(x, next)->text, &under_rank, &under_area);
            /* right under an aim labelled above the others, the next aim so labelled ends the list, titled by none */
            labels = labels && !(under_aim && under_rank == 1);
            bool group = labels || (next < end && opens_sub_list(x, &o, pline(x, next)));
            added->statement = added->statement || (under_aim && !group) ||
                               (o.rank == 2 && !group && (has_verb(added->text) || word_count(added->text) > 5));
            o.breaks_down = under_aim && added->statement;
            if (!added->statement)
                aim_group(&o, depth);
        } else if (area_over_goal(x, h, k)) { /* the goal as if its area's name were no line of its own */
            next = statement(x, k + 1, pline(x, k + 1)->text, text, &prov);
            aim_paragraph(&o, text, &prov, false);
        } else if (aims_subheading(x, k) && (goal_as_heading(l->text) || coded_goal_heading(x, k))) {
            /* "Alla elever når målen", "Mål 1 Minskad klimatpåverkan" over prose: a goal as a heading, the paragraphs
             * under it explain it */
            aim_group(&o, 0);
            add_aim(o.items, area_name(l->text), &l->prov, 1, 0);
            g_array_index(o.items, aim_item, o.items->len - 1).statement = true;
            o.stated = true;
        } else if (aims_subheading(x, k)) {
            add_aim(o.items, area_name(l->text), &l->prov, 0, 0);
            aim_group(&o, 0);
        } else if (k == o.explained_at && l->para_start && explained) {
            /* "1. Fler företag växer." over "Regionen ska se till att ...": a page that sets the explanation apart */
            next = statement(x, k, l->text, text, &prov);
        } else { /* "Närvaro – Vuxna ska ...": a goal after the name a table refers to it by */
            next = statement(x, k, named_line(x, l), text, &prov);
            aim_paragraph(&o, text, &prov, next < end && continued_by_list(x, next - 1));
        }
        k = next > k ? next : k + 1;
    }
    return o.items;
}

/* Does item i have items under it? */
static bool aim_has_children(const GArray *items, guint i)
{
    return i + 1 < items->len && g_array_index(items, aim_item, i + 1).depth > g_array_index(items, aim_item, i).depth;
}

/* Is list item i a goal over goals rather than the title of a group: it says what is ("1. Alla elever når en god
 * digital kompetens") over items of one level ("1.1 Varje elev ..."), not a theme over two ("1 Naturen är ..." over
 * "1.1" over "1.1.1")? */
static bool goal_over_goals(const GArray *items, guint i)
{
    const aim_item *it = &g_array_index(items, aim_item, i);
    if (it->depth == 0 || !has_verb(it->text))
        return false;
    for (guint j = i + 1; j < items->len && g_array_index(items, aim_item, j).depth > it->depth; j++)
        if (g_array_index(items, aim_item, j).depth > it->depth + 1)
            return false;
    return true;
}

/* A main goal or theme from item `it` under `parent`, titled without its full stop: one goal however often it is
 * named. (A sub-goal keeps its text as written.) */
static at_rnode *aim_goal(xctx *x, at_rnode *parent, const char *name, const aim_item *it)
{
    char *title = goal_statement(it->text, strlen(it->text));
    at_rnode *found = find_goal(x, parent, name, title);
    at_rnode *g = found ? found : add_goal(x, parent, name, title, &it->prov);
    g_free(title);
    return g;
}

/* Is `s` a code alone, letters and digits that say nothing ("SM1", "M2", "A")? */
static bool bare_code(const char *s)
{
    size_t letters = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), digits = strspn(s + letters, "0123456789");
    return letters <= 3 && letters + digits >= 1 && !s[letters + digits];
}

/* The goals of the section's items: a heading or a title over goals is their theme (after a main goal stated outside
 * any theme, a title over goals is a goal named in few words); an item over others, or labelled as the aim above
 * them, a main goal; the items under a main goal, or labelled as breaking one down, its sub-goals. */
static void aims_to_goals(xctx *x, GArray *items)
{
    at_rnode *theme = NULL, *main_goal = NULL;
    int theme_depth = -1, main_depth = -1, main_rank = 0;
    bool loose = false, main_run_in = false; /* a main goal outside any theme; the main goal given by name */
    for (guint i = 0; i < items->len; i++) {
        aim_item *it = &g_array_index(items, aim_item, i);
        bool title = !it->statement && aim_has_children(items, i) && !goal_over_goals(items, i);
        /* "SM1" over "Fler företag ska ...", after a main goal stated outside any theme: a code names the goal under
         * it and is none itself; the coded goals break that main goal down */
        if (title && loose && !theme && main_goal && bare_code(it->text)) {
            for (; i + 1 < items->len && g_array_index(items, aim_item, i + 1).depth > it->depth; i++)
                add_goal(x, main_goal, "subGoal", g_array_index(items, aim_item, i + 1).text,
                         &g_array_index(items, aim_item, i + 1).prov);
            continue;
        }
        bool goal = !title || (loose && !theme);
        int rank = title ? 0 : it->rank;
        /* a goal labelled as the aim above the others ("Målbild") keeps the unlabelled goals after it, as the first
         * goal of a kind that breaks an aim down ("Delmål") keeps the others; but goals given alike by name
         * ("Kvalitetsmål" over "- Kontinuitet: X", "- Trygghet: Y") are siblings: with no aim above, main goals */
        bool siblings = main_rank == 2 && main_run_in && it->run_in && it->depth == main_depth;
        bool kept = (rank == 2 && !siblings) || (main_rank == 1 && rank == 0 && !title && it->depth == main_depth);
        if (main_goal && it->depth <= main_depth && !kept)
            main_goal = NULL;
        if (theme && it->depth <= theme_depth)
            theme = NULL;
        if (rank == 1 || (!main_goal && goal && (it->depth > 0 || title))) {
            main_goal = aim_goal(x, theme ? theme : x->goals, "mainGoal", it);
            main_depth = it->depth;
            main_rank = rank;
            main_run_in = it->run_in;
            loose = loose || !theme;
        } else if (main_goal && (kept || it->depth > main_depth)) {
            add_goal(x, main_goal, "subGoal", it->text, &it->prov);
        } else if (title && !theme) {
            theme = aim_goal(x, x->goals, "theme", it);
            theme_depth = it->depth;
        }
    }
}

/* Does the document state more than one goal by a label, each a paragraph of its own ("Mål: X", "Huvudmål: Y")? */
static bool several_labelled(xctx *x)
{
    int rank, n = 0;
    bool area;
    for (guint i = 0; i < x->lines->len && n < 2; i++)
        n += pline(x, i)->para_start && aim_label(pline(x, i)->text, &rank, &area) && !area;
    return n >= 2;
}

/* The first line of the section about aims that heading h opens. A label of a kind of goal ("Effektmål") opens it
 * at itself, after the goals labelled above it ("Inriktningsmål: X") and the title of their group ("B. Hållbar
 * turism"), or right under a heading that names the group ("Läsning för alla" over "Inriktningsmål"). */
static guint aims_start(xctx *x, guint h)
{
    if (label_heading_rank(pline(x, h)->text) <= 0)
        return h + 1;
    guint k = h;
    int rank;
    bool area;
    for (guint j = k; j > 0 && !pline(x, j - 1)->used; j--) /* the labelled goals' lines */
        if (aim_label(pline(x, j - 1)->text, &rank, &area) || band_goal(x, pline(x, j - 1)))
            k = j - 1;
        else if (pline(x, j - 1)->para_start)
            break;
    xline *above = k > 0 ? pline(x, k - 1) : NULL;
    char style[8];
    const char *item;
    /* a heading over the labelled goals titles them when several are so labelled, each under a heading of its own
     * ("Barnfamiljer" over "Mål: X", "Pensionärer" over "Mål: Y"); one is in a section of the document ("Inledning"),
     * as are goals under a heading of what holds none ("Bakgrund") */
    bool headed = above && aims_subheading(x, k - 1) && !holds_no_aims(above->text) && (k == h || several_labelled(x));
    bool listed = above && k != h && list_marker(x, above->text, style, &item) && heading_words(item, true);
    bool titled = above && !above->used && (headed || listed);
    return titled ? k - 1 : k; /* the label itself tells what its lines are */
}

static bool states_own_aims(xctx *x);

/* Is line h a lead-in that says what is wanted ("Vi vill se att:") over a list, in a document that states its own aims
 * and so leads in two lists or more (worded alike or not): a programme's themes, each with what it wants? One such
 * lead-in alone, or one in a reply or a memo, wishes in prose. */
static bool wish_over_list(xctx *x, guint h)
{
    char style[8];
    const char *item;
    const xline *next = pline(x, h + 1);
    if (!next || !wish_lead(pline(x, h)->text) || !list_marker(x, next->text, style, &item))
        return false;
    guint n = 0;
    for (guint k = 0; k + 1 < x->lines->len && n < 2; k++)
        n += pline(x, k)->para_start && wish_lead(pline(x, k)->text) &&
             list_marker(x, pline(x, k + 1)->text, style, &item);
    return n >= 2 && states_own_aims(x);
}

/* The name a theme's heading gives: "2. Kanalen och vattnet" without its number, "Målområde 1 Trygghet" without its
 * label (area_name). */
static const char *theme_name(xctx *x, const xline *heading)
{
    size_t a, b;
    return pat_match(x, PAT_SECTION, heading->text, 0) && pat_span(x, 2, &a, &b) ? heading->text + a
                                                                                  : area_name(heading->text);
}

/* Is line k a numbered heading that names a theme ("2. Kanalen och vattnet"), not goals nor what holds none? */
static bool numbered_theme_heading(xctx *x, guint k)
{
    const xline *l = pline(x, k);
    size_t a, b;
    return l->para_start && pat_match(x, PAT_SECTION, l->text, 0) && pat_span(x, 2, &a, &b) &&
           heading_words(l->text + a, true) && !names_goal_heading(l->text + a) && !holds_no_aims(l->text + a);
}

/* "Mål till 2030:" repeated under each area's heading ("Vatten och våtmarker" over its prose, then the label over its
 * goals), or a wish leading in each area's list: the heading of the area goals heading h stands in ("2. Kanalen och
 * vattnet" too), or NULL when h is no repeated label. */
static xline *repeated_label_area(xctx *x, guint h)
{
    const char *label = pline(x, h)->text;
    bool repeated = wish_over_list(x, h);
    for (guint k = 0; k < x->lines->len && !repeated; k++)
        repeated = k != h && pline(x, k)->para_start && strcmp(pline(x, k)->text, label) == 0;
    /* the nearest heading above, over prose only: not a goal's label, the label again or a numbered heading other
     * than a theme's */
    for (guint k = h; repeated && k-- > 0 && !pline(x, k)->used;) {
        const char *t = pline(x, k)->text;
        if (aims_subheading(x, k) && line_role_of(x, k) == LINE_SUBHEADING && strcmp(t, label) != 0)
            return pline(x, subheading_theme(x, k)); /* "Nuläge" over prose, then "Vårt mål": the theme heads both */
        if (aims_subheading(x, k))
            return names_goal_heading(t) || strcmp(t, label) == 0 ? NULL : pline(x, k);
        if (numbered_theme_heading(x, k))
            return pline(x, k);
        if (pat_match(x, PAT_SECTION, t, 0) || aim_label(t, &(int){ 0 }, &(bool){ false }))
            return NULL;
    }
    return NULL;
}

/* "Säkra gator" over a paragraph or two of prose, then "Mål: X" (line `first`): the area heading whose goal the label
 * states, when several goals are so labelled, each under its area; NULL when prose of a section that holds no aims
 * ("Bakgrund") or nothing but prose stands above. */
static xline *area_over_prose(xctx *x, guint first)
{
    int rank;
    bool area;
    const xline *label = pline(x, first); /* none when the section ends the document */
    if (!label || !aim_label(label->text, &rank, &area) || area || !several_labelled(x))
        return NULL;
    guint k = first, paragraphs = 0;
    for (; k > 0 && paragraphs < 3; k--) {
        const xline *l = pline(x, k - 1);
        /* a sentence's end, or a line of a paragraph wrapped onto the prose below it; a paragraph's last line may
         * be short where a page wrapped it ("upplysta gång- och cykelvägar."), its first line not (a heading) */
        bool wraps = k < first && !pline(x, k)->para_start;
        bool prose = !l->used && (strchr(".!?", last_char(l->text)) || wraps) &&
                     (word_count(l->text) >= 6 || !l->para_start);
        if (!prose)
            break;
        paragraphs += l->para_start;
    }
    if (!paragraphs || k == 0 || pline(x, k - 1)->used || !aims_subheading(x, k - 1))
        return NULL;
    const char *t = pline(x, k - 1)->text;
    return names_goal_heading(t) || holds_no_aims(t) ? NULL : pline(x, k - 1);
}

/* The first heading after the paragraph under vision heading h ("Vision 2035" over "Kommunen är ..."), when it heads
 * a block that states goals: themes and their goals follow a vision that is no goal itself. 0 when none does. */
static guint goals_after_vision(xctx *x, guint h)
{
    if (!g_str_has_prefix(pline(x, h)->text, "Vision"))
        return 0;
    guint k = h + 1;
    while (k < x->lines->len && !(pline(x, k)->para_start && k > h + 1)) /* the vision's paragraph */
        k++;
    return k < x->lines->len && aims_subheading(x, k) && !names_goal_heading(pline(x, k)->text) &&
                   block_states_goals(x, k, false)
               ? k
               : 0;
}

/* Is heading h over a paragraph that says what is wanted and whose last sentence runs on into a list in lower case
 * ("Kommunens ambition är att X. För att nå dit ska kommunen verka för att" over "- det byggs ...")? The heading names
 * the theme, the wish its goal, the list what the goal is broken down into. */
static bool heads_wanted_list(xctx *x, guint h, GString *text)
{
    const xline *under = pline(x, h + 1);
    at_provenance prov;
    if (!under || under->used || !under->para_start || !aims_subheading(x, h) || holds_no_aims(pline(x, h)->text))
        return false;
    guint next = statement(x, h + 1, under->text, text, &prov);
    return continued_by_list(x, next - 1) && states_wanted(text->str);
}

/* Does the document say it states its own aims: its title names a plan or programme before any word that names
 * another document ("Program för …", not "Yttrande över förslag till … plan"), or a heading names its goals? A reply
 * or a report wishes things of others, or tells its wishes in passing. */
static bool states_own_aims(xctx *x)
{
    static const char *const kinds[] = { "plan", "planen", "program", "programmet", "strategi", "strategin" };
    static const char *const others[] = { "över", "till", "om", "på", "av", "från" };
    const char *title = at_rnode_find(x->metadata, "title")->text;
    char *lower = g_utf8_strdown(title ? title : "", -1);
    char **words = g_strsplit(lower, " ", -1);
    bool own = false, other = false;
    /* a word ending in the kind ("Handlingsplan"), not one holding it ("planteringar") */
    for (char **w = words; *w && !own && !other; w++) {
        for (size_t i = 0; i < G_N_ELEMENTS(others); i++)
            other = other || strcmp(*w, others[i]) == 0;
        for (size_t i = 0; i < G_N_ELEMENTS(kinds) && !other; i++)
            own = own || g_str_has_suffix(*w, kinds[i]);
    }
    g_strfreev(words);
    g_free(lower);
    for (guint k = 0; k < x->lines->len && !own; k++)
        own = aims_subheading(x, k) && names_goal_heading(pline(x, k)->text);
    return own;
}

/* Do two headings or more so open a wish and its list, in a document that states its own aims: a programme's layout,
 * more than one paragraph's wish? */
static bool wanted_lists(xctx *x, GString *text)
{
    if (!states_own_aims(x))
        return false;
    guint n = 0;
    for (guint h = 0; h < x->lines->len && n < 2; h++)
        n += heads_wanted_list(x, h, text);
    return n >= 2;
}

/* Which headings open a section about aims: plain ones, numbered ones ("2. Vad vill vi uppnå?"), or both. */
enum { AIMS_PLAIN = 1, AIMS_NUMBERED = 2 };

/* Is line h the lead-in right under a paragraph that states a goal by the programme's formula ("I Ödeby vill vi att
 * X." over "Delmål till 2031:", "Målet är uppnått när")? Its list breaks that goal down (labelled_goals): no section
 * about aims of its own, whose first item would become the main goal. */
static bool under_formula_goal(xctx *x, guint h, const char *formula)
{
    guint i = h;
    while (formula && i > 0 && !pline(x, --i)->para_start)
        ;
    return i < h && opens_with_formula(x, i, formula) && sentence_end(x, i) == h;
}

/* Goals read from the structure of each section about aims: a heading of the kinds `kinds` whose words speak of
 * goals, the headings, lists and paragraphs under it up to the next section that states none. */
static void aims_sections(xctx *x, GString *text, int kinds)
{
    bool by_wants = (kinds & AIMS_PLAIN) && wanted_lists(x, text);
    char *formula = goal_formula(x, memo_document(x));
    for (guint h = 0; h < x->lines->len; h++) {
        xline *l = pline(x, h);
        /* the heading's words after its number */
        size_t a, b;
        bool numbered = pat_match(x, PAT_SECTION, l->text, 0) && pat_span(x, 2, &a, &b);
        const char *title = numbered ? l->text + a : l->text;
        if (!(kinds & (numbered ? AIMS_NUMBERED : AIMS_PLAIN)))
            continue;
        if (l->used || !l->para_start || !heading_words(title, false) ||
            aim_label(l->text, &(int){ 0 }, &(bool){ false }) || under_formula_goal(x, h, formula) || band_goal(x, l))
            continue; /* a band ("MÅLBILD Vi vill att X") states its goal, heads none */
        bool aims = names_goal_heading(title) || wish_over_list(x, h);
        guint after_vision = aims ? 0 : goals_after_vision(x, h);
        bool wants = !aims && !after_vision && by_wants && heads_wanted_list(x, h, text);
        if (!aims && !after_vision && !wants)
            continue;
        /* "Mål 1 Minskad klimatpåverkan" over prose opens the goals and is the first; a theme over its wish too */
        guint end = aims_end(x, h),
              first = after_vision ? after_vision : coded_goal_heading(x, h) || wants ? h : aims_start(x, h);
        GArray *items = aim_items(x, h, first, end, text);
        xline *area = repeated_label_area(x, h);
        area = area ? area : area_over_prose(x, first);
        /* "Målområde 1 Besök året runt" over its goals: the heading names their area */
        area = area || first <= h || !area_label_end(l->text) || area_name(l->text) == l->text ? area : l;
        if (area && items->len) { /* the goals of the area headed above */
            aim_item it = { g_strdup(theme_name(x, area)), area->prov, 0, false, 0, false };
            g_array_prepend_val(items, it);
        }
        guint before = x->goals->children->len;
        aims_to_goals(x, items);
        for (guint i = 0; i < items->len; i++)
            g_free(g_array_index(items, aim_item, i).text);
        g_array_unref(items);
        for (guint k = first; x->goals->children->len > before && k < end; k++) /* headings stay sections */
            pline(x, k)->used = pline(x, k)->used || !aims_subheading(x, k) || area_over_goal(x, h, k);
        h = end - 1;
    }
    g_free(formula);
}

/* Themes that group no goal, in a plan that states none, are the areas its actions are sorted in ("Område 1:
 * Vattentäkter"), not goals: they go, and the activities in them serve no goal. */
static void areas_are_no_goals(xctx *x)
{
    GPtrArray *goals = x->goals->children;
    for (guint i = 0; i < goals->len; i++) {
        const at_rnode *g = g_ptr_array_index(goals, i);
        if (strcmp(g->name, "theme") != 0 || g->children->len > 1) /* its title only */
            return;
    }
    for (guint a = 0; a < x->activities->children->len; a++)
        rn_attr_unset(g_ptr_array_index(x->activities->children, a), "goal");
    while (goals->len)
        remove_goal(x, x->goals, goals->len - 1);
}

/* Is goal `g` a goal column's bare number ("1", "2."), a goal of kind `kind` with no goals under it? */
static bool bare_number_goal(const at_rnode *g, const char *kind)
{
    char *t = goal_text(g);
    size_t digits = strspn(t, "0123456789");
    bool bare = strcmp(g->name, kind) == 0 && g->children->len <= (strcmp(kind, "subGoal") != 0) && digits >= 1 &&
                digits <= 2 && !t[digits];
    g_free(t);
    return bare;
}

/* The activities serving the goal of id `from` serve goal `to` instead, or none when `to` is NULL. */
static void relink_activities(xctx *x, const char *from, const at_rnode *to)
{
    for (guint a = 0; a < x->activities->children->len; a++) {
        at_rnode *act = g_ptr_array_index(x->activities->children, a);
        if (g_strcmp0(at_rnode_attr(act, "goal"), from) != 0)
            continue;
        if (to)
            rn_attr_set(act, "goal", "%s", at_rnode_attr(to, "id"));
        else
            rn_attr_unset(act, "goal");
    }
}

/* A goal column's number ("1") that no goal the plan states took up (merge_table_goals) is no main goal of its own:
 * its rows serve the plan's one stated main goal, or, where it states several or none, no goal. */
static void unmatched_numbers_are_no_goals(xctx *x)
{
    GPtrArray *goals = x->goals->children;
    at_rnode *stated = NULL;
    guint n_stated = 0;
    for (guint i = 0; i < goals->len; i++)
        if (!bare_number_goal(g_ptr_array_index(goals, i), "mainGoal")) {
            stated = g_ptr_array_index(goals, i);
            n_stated++;
        }
    bool one = n_stated == 1 && strcmp(stated->name, "mainGoal") == 0;
    for (guint i = goals->len; i-- > 0;)
        if (bare_number_goal(g_ptr_array_index(goals, i), "mainGoal")) {
            relink_activities(x, at_rnode_attr(g_ptr_array_index(goals, i), "id"), one ? stated : NULL);
            remove_goal(x, x->goals, i);
        }
    for (guint i = one ? stated->children->len : 0; i-- > 0;) /* the number set under the one goal as its sub-goal */
        if (bare_number_goal(g_ptr_array_index(stated->children, i), "subGoal")) {
            relink_activities(x, at_rnode_attr(g_ptr_array_index(stated->children, i), "id"), stated);
            remove_goal(x, stated, i);
        }
}

/* The goal under `parent` stated in lines that reach line `l`, or NULL. */
static at_rnode *goal_reaching(at_rnode *parent, const xline *l)
{
    for (guint i = 0; i < parent->children->len; i++) {
        at_rnode *g = g_ptr_array_index(parent->children, i);
        bool goal = strcmp(g->name, "mainGoal") == 0 || strcmp(g->name, "subGoal") == 0;
        if (!goal && strcmp(g->name, "theme") != 0)
            continue;
        if (goal && g->prov.page == l->prov.page && g->prov.first_line <= l->prov.last_line &&
            g->prov.last_line >= l->prov.first_line)
            return g;
        at_rnode *in = goal_reaching(g, l);
        if (in)
            return in;
    }
    return NULL;
}

/* "Insatsområde 1 / ... Mål: Alla avlopp ska ... / Nr | Insats | Ansvar": the paragraph right above a table states
 * the goal its activities serve, when the table names none of its own. */
static void goals_stated_over_tables(xctx *x)
{
    for (guint i = 0; i < x->rows->len;) {
        const xrow *first = g_ptr_array_index(x->rows, i), *last = first;
        for (; i < x->rows->len && ((const xrow *)g_ptr_array_index(x->rows, i))->table == first->table; i++)
            last = g_ptr_array_index(x->rows, i);
        guint n = lines_before(x, &first->prov);
        const xline *above = n ? pline(x, n - 1) : NULL;
        at_rnode *goal = above && !above->fields ? goal_reaching(x->goals, above) : NULL;
        char style[8];
        const char *item;
        guint g = n - 1;
        while (goal && g > 0 && goal_reaching(x->goals, pline(x, g - 1)) == goal)
            g--;
        if (goal && (list_marker(x, above->text, style, &item) || (g > 0 && goal_reaching(x->goals, pline(x, g - 1)))))
            goal = NULL; /* the last item of a list of goals states no goal of the table's own */
        for (guint k = 0; goal && k < x->activities->children->len; k++) {
            at_rnode *a = g_ptr_array_index(x->activities->children, k);
            if (!at_rnode_attr(a, "goal") && !prov_before(&a->prov, &first->prov) && !prov_before(&last->prov, &a->prov))
                rn_attr_set(a, "goal", "%s", at_rnode_attr(goal, "id"));
        }
    }
}

/* Is `w` (in lower case) a word form of goals: "mål", "målen", "målet", "delmålen", "målområden", "effektmålen"; no
 * "målgrupp", "måltid" or "målsättning" (a word of its own)? */
static bool goal_word(const char *w)
{
    const char *m = strstr(w, "mål");
    if (!m)
        return false;
    const char *rest = m + strlen("mål");
    return !*rest || strcmp(rest, "en") == 0 || strcmp(rest, "et") == 0 || g_str_has_prefix(rest, "område");
}

/* "Under varje område står målen som rubriker, numrerade 1.1 …", "Rubrikerna är målen", "Målen är numrerade": a
 * sentence saying the plan's goals ARE its numbered headings: a word of goals followed within a few words by "som
 * rubrik…" or "numrerad…", or "rubrikerna är/utgör" followed by one. "Under varje rubrik redovisas hur målen har
 * uppnåtts" says no such thing: its headings are sections. */
static bool says_goals_are_headings(const char *s)
{
    if (last_char(s) != '.')
        return false;
    char *lower = g_utf8_strdown(s, -1);
    char **w = g_strsplit_set(lower, " ,;:()", -1);
    guint n = g_strv_length(w);
    bool says = false;
    for (guint i = 0; i < n && !says; i++) {
        if (goal_word(w[i])) {
            for (guint j = i + 1; j < n && j <= i + 4 && !says; j++)
                says = g_str_has_prefix(w[j], "numrerad") ||
                       (strcmp(w[j], "som") == 0 && j + 1 < n && g_str_has_prefix(w[j + 1], "rubrik"));
        } else if (g_str_has_prefix(w[i], "rubrik") && i + 2 < n &&
                   (strcmp(w[i + 1], "är") == 0 || strcmp(w[i + 1], "utgör") == 0)) {
            for (guint j = i + 2; j < n && j <= i + 3 && !says; j++)
                says = goal_word(w[j]);
        }
    }
    g_strfreev(w);
    g_free(lower);
    return says;
}

/* Does the heading title `t` read as a report's section rather than a goal: only section words ("Bakgrund",
 * "Inledning", "Ekonomi", "Läsanvisning", "Syfte och bakgrund")? */
static bool section_title(const char *t)
{
    static const char *const sections[] = { "inledning", "bakgrund", "sammanfattning", "syfte", "lasanvisning",
                                            "ekonomi", "driftredovisning", "investeringar", "uppfoljning",
                                            "bilagor", "bilaga", "metod", "organisation", "forutsattningar",
                                            "omvarldsanalys", "personal", "resultat", "budget", "och", "samt" };
    char **w = g_strsplit_set(t, " ,", -1);
    bool only = true;
    for (char **p = w; *p && only; p++) {
        if (!**p)
            continue;
        bool one = false;
        for (size_t i = 0; i < G_N_ELEMENTS(sections) && !one; i++)
            one = folded_equal(*p, sections[i]);
        only = one;
    }
    g_strfreev(w);
    return only;
}

/* Lines i.. of one paragraph joined by spaces into `text` (a sentence a page wrapped); returns the line after it. */
static guint joined_paragraph(xctx *x, guint i, GString *text)
{
    g_string_assign(text, pline(x, i)->text);
    guint j = i + 1;
    for (const xline *n; (n = pline(x, j)) && !n->para_start; j++)
        g_string_append_printf(text, " %s", n->text);
    return j;
}

/* The depth of numbered heading i ("1" 1, "1.1" 2, "1.1.1" 3), its title in `title`, the line after it in `end`; 0
 * when no such heading. A heading ends in no stop; it opens a paragraph or follows a finished sentence or another
 * heading in one block (a PDF that sets a sub-goal right under prose), and may wrap onto two more lines that run to
 * the paragraph's end or to the next numbered line. */
static int outline_depth(xctx *x, guint i, GString *title, guint *end)
{
    const xline *l = pline(x, i), *prev = i ? pline(x, i - 1) : NULL;
    size_t a, b, ta, tb;
    if (l->used || !pat_match(x, PAT_SECTION, l->text, 0) || !pat_span(x, 1, &a, &b) || !pat_span(x, 2, &ta, &tb))
        return 0;
    int depth = section_depth(l->text, a, b);
    bool after_heading = prev && !l->para_start && pat_match(x, PAT_SECTION, prev->text, 0);
    if (!l->para_start && !after_heading && !(prev && strchr(".!?", last_char(prev->text))))
        return 0;
    g_string_assign(title, l->text + ta);
    guint j = i + 1;
    for (const xline *n; (n = pline(x, j)) && !n->para_start && !pat_match(x, PAT_SECTION, n->text, 0); j++) {
        if (j > i + 2)
            return 0;
        g_string_append_printf(title, " %s", n->text);
    }
    *end = j;
    return strchr(".,;:", last_char(title->str)) ? 0 : depth;
}

/* A plan whose goals are only its numbered outline, as a sentence says ("Under varje område står målen som rubriker,
 * numrerade 1.1"): after that sentence, "1 X" is a theme, "1.1 Y" a main goal under it, "1.1.1 Z" a sub-goal under
 * that; prose between them is no goal. Read only where no goal was found otherwise, and never without the sentence:
 * a report's numbered headings are its sections. */
static void outline_goals(xctx *x)
{
    GString *title = g_string_new(NULL);
    guint start = 0, end;
    for (; start < x->lines->len; start++)
        if (pline(x, start)->para_start && (joined_paragraph(x, start, title), says_goals_are_headings(title->str)))
            break;
    bool two_deep = false, sections = false, long_title = false; /* the outline holds goals: numbers two deep */
    for (guint i = start + 1; i < x->lines->len && !sections; i++) {
        if (outline_depth(x, i, title, &end) != 2)
            continue;
        two_deep = true;
        sections = section_title(title->str); /* "1.1 Bakgrund": a report's sections, whatever its sentence says */
        long_title = long_title || word_count(title->str) > 1; /* goals say something: not all one word */
    }
    bool outline = two_deep && !sections && long_title && !x->goals->children->len;
    at_rnode *theme = NULL, *main_goal = NULL;
    for (guint i = start + 1; outline && i < x->lines->len; i++) {
        int depth = outline_depth(x, i, title, &end);
        if (!depth)
            continue;
        at_provenance prov = pline(x, i)->prov; /* with the lines a wrapped title runs on */
        prov.last_line = pline(x, end - 1)->prov.last_line;
        prov.alto_last = pline(x, end - 1)->prov.alto_last;
        if (depth == 1) {
            theme = add_goal(x, x->goals, "theme", title->str, &prov);
            main_goal = NULL;
        } else if (depth == 2) {
            main_goal = add_goal(x, theme ? theme : x->goals, "mainGoal", title->str, &prov);
        } else if (depth == 3 && main_goal) {
            add_goal(x, main_goal, "subGoal", title->str, &prov);
        }
    }
    g_string_free(title, TRUE);
}

/* "2. Cykla och gå" over "Andelen ... ska öka till 45 procent." over the table of what is done: the heading right
 * above the one-sentence paragraph over a table, and where that paragraph starts (`*para`); NULL when the table has
 * no such heading and sentence over it. */
static xline *heading_over_sentence(xctx *x, const xrow *first, guint *para)
{
    guint end = lines_before(x, &first->prov), p = end;
    while (p > 0 && !pline(x, p - 1)->para_start)
        p--;
    if (p < 2 || p > end)
        return NULL;
    xline *h = pline(x, p - 2), *l = pline(x, p - 1);
    size_t a, b;
    if (!l->para_start || h->used || h->prov.page != first->prov.page || !pat_match(x, PAT_SECTION, h->text, 0) ||
        !pat_span(x, 2, &a, &b) || word_count(h->text + a) > 8 || section_title(h->text + a))
        return NULL;
    *para = p - 1;
    return h;
}

/* The one sentence of five words or more that lines para..end-1 hold, unread, without its stop; NULL for anything
 * else (several sentences, a heading). */
static char *one_sentence(xctx *x, guint para, guint end)
{
    GString *text = g_string_new(NULL);
    for (guint k = para; k < end; k++) {
        const xline *l = pline(x, k);
        if (l->used || l->fields) {
            g_string_free(text, TRUE);
            return NULL;
        }
        g_string_append_printf(text, "%s%s", text->len ? " " : "", l->text);
    }
    bool one = last_char(text->str) == '.' && !sentence_stop(text->str) && word_count(text->str) >= 5;
    if (one)
        g_string_truncate(text, text->len - 1);
    return g_string_free(text, !one);
}

/* Does sentence `s` say what state shall be reached ("Alla avlopp ska klara kraven", "Dagvattnet ska renas"), not how
 * the plan's own work is done and followed up: a `ska` of its main clause, not of a relative one ("Tabellen visar de
 * åtgärder som ska genomföras"), whose verb is no step of carrying out or reporting ("Arbetet ska redovisas till
 * nämnden")? */
static bool states_a_state(const char *s)
{
    static const char *const procedure[] = { "genomföras", "redovisas", "rapporteras", "återrapporteras",
                                             "följas", "utvärderas", "revideras", "beslutas" };
    char **w = g_strsplit(s, " ", -1);
    bool states = false;
    for (guint i = 1; w[i] && w[i + 1] && !states; i++) {
        if (strcmp(w[i], "ska") != 0 && strcmp(w[i], "skall") != 0)
            continue;
        bool follows_up = false;
        for (size_t k = 0; k < G_N_ELEMENTS(procedure) && !follows_up; k++)
            follows_up = folded_starts(w[i + 1], procedure[k]);
        states = strcmp(w[i - 1], "som") != 0 && !follows_up;
    }
    g_strfreev(w);
    return states;
}

/* The one sentence that lines para..end-1 state as a goal ("... ska öka", "... ska halveras"), without its stop, or
 * NULL: prose that explains, or several sentences, is no goal. */
static char *goal_sentence(xctx *x, guint para, guint end)
{
    char *s = one_sentence(x, para, end);
    if (s && !states_a_state(s) && !sets_target(s))
        g_clear_pointer(&s, g_free);
    return s;
}

/* Goal `goal` (its lines para..end-1) under `parent`, those lines read. */
static void add_goal_over(xctx *x, at_rnode *parent, const char *goal, guint para, guint end)
{
    at_provenance prov = pline(x, para)->prov;
    prov.last_line = pline(x, end - 1)->prov.last_line;
    prov.alto_last = pline(x, end - 1)->prov.alto_last;
    add_goal(x, parent, "mainGoal", goal, &prov);
    for (guint k = para; k < end; k++)
        pline(x, k)->used = true;
}

/* A plan that states no goal by a label, whose numbered headings each stand over one sentence saying what shall be
 * and a table of what is done: the heading is the theme, the sentence its main goal, which the table's activities
 * serve (goals_stated_over_tables links them). Read only when two tables or more are so set, as a plan's layout. */
static void goals_between_headings_and_tables(xctx *x)
{
    GArray *found = g_array_new(FALSE, FALSE, sizeof(guint)); /* per table: its sentence's first line and end */
    GPtrArray *goals = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < x->rows->len;) {
        const xrow *first = g_ptr_array_index(x->rows, i);
        while (i < x->rows->len && ((const xrow *)g_ptr_array_index(x->rows, i))->table == first->table)
            i++;
        guint para, end = lines_before(x, &first->prov);
        char *goal = heading_over_sentence(x, first, &para) ? goal_sentence(x, para, end) : NULL;
        if (goal) {
            g_array_append_vals(found, (guint[]){ para, end }, 2);
            g_ptr_array_add(goals, goal);
        }
    }
    for (guint f = 0; goals->len >= 2 && f < goals->len; f++) {
        guint para = g_array_index(found, guint, 2 * f), end = g_array_index(found, guint, 2 * f + 1);
        const xline *h = pline(x, para - 1);
        size_t a, b;
        pat_match(x, PAT_SECTION, h->text, 0); /* matched in heading_over_sentence */
        pat_span(x, 2, &a, &b);
        at_rnode *theme = add_goal(x, x->goals, "theme", h->text + a, &h->prov);
        add_goal_over(x, theme, g_ptr_array_index(goals, f), para, end);
    }
    g_ptr_array_unref(goals);
    g_array_unref(found);
}

/* "Nationellt friluftsmål 1 Tillgänglig natur · Agenda 2030 mål 11": a line that ties the goal over it to goals set
 * by others, citing one by its number in its first words ("folkhälsomål 3", "Agenda 2030 mål 11"); no sentence. */
static bool cites_goal_number(const char *s)
{
    if (strchr(".:", last_char(s)) || !g_unichar_isupper(g_utf8_get_char(s)))
        return false;
    char **w = g_strsplit(s, " ", 5);
    bool cites = false;
    for (guint i = 0; w[i] && w[i + 1] && i < 3 && !cites; i++) {
        size_t digits = strspn(w[i + 1], "0123456789");
        cites = g_str_has_suffix(w[i], "mål") && digits >= 1 && digits <= 2 && !w[i + 1][digits];
    }
    g_strfreev(w);
    return cites;
}

/* The numbered heading a few lines over line i ("1 Natur nära alla" over prose over the goal; a page may set the
 * number apart, on a line of its own over the title), its title from byte `title`; NULL when none. */
static const xline *numbered_heading_over(xctx *x, guint i, size_t *title)
{
    for (guint k = i; k-- > 0 && k + 8 > i;) {
        const xline *h = pline(x, k), *t = h;
        size_t b, digits = strspn(h->text, "0123456789");
        if (cites_goal_number(h->text))
            return NULL; /* the goal before */
        *title = 0;
        if (digits && digits <= 2 && !h->text[digits] && k + 1 < i)
            t = pline(x, k + 1);
        else if (!pat_match(x, PAT_SECTION, h->text, 0) || !pat_span(x, 2, title, &b))
            continue;
        const char *name = t->text + *title;
        return word_count(name) <= 8 && !strchr(".:", last_char(name)) && !section_title(name) ? t : NULL;
    }
    return NULL;
}

/* A programme whose goals each stand in a sentence of its own over a line citing the national or global goal it
 * serves (cites_goal_number), under a numbered heading maybe over prose: the sentence is a main goal, the heading its
 * theme. Read only where no goal was found otherwise, and when two goals or more are so cited, as a layout. */
static void goals_over_citations(xctx *x)
{
    GArray *found = g_array_new(FALSE, FALSE, sizeof(guint)); /* per goal: its first line and its citation's */
    GPtrArray *goals = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 1; i < x->lines->len; i++) {
        guint para = i - 1;
        while (para > 0 && !pline(x, para)->para_start)
            para--;
        char *goal = cites_goal_number(pline(x, i)->text) ? one_sentence(x, para, i) : NULL;
        if (goal) {
            g_array_append_vals(found, (guint[]){ para, i }, 2);
            g_ptr_array_add(goals, goal);
        }
    }
    for (guint f = 0; goals->len >= 2 && f < goals->len; f++) {
        guint para = g_array_index(found, guint, 2 * f), cite = g_array_index(found, guint, 2 * f + 1);
        size_t title;
        const xline *h = numbered_heading_over(x, para, &title);
        at_rnode *theme = h ? find_goal(x, x->goals, "theme", h->text + title) : NULL;
        theme = h && !theme ? add_goal(x, x->goals, "theme", h->text + title, &h->prov) : theme;
        add_goal_over(x, theme ? theme : x->goals, g_ptr_array_index(goals, f), para, cite);
        pline(x, cite)->used = true;
    }
    g_ptr_array_unref(goals);
    g_array_unref(found);
}

/* The level a goal's code in its own column tells: "1", "2." or "A" a main goal (1), "1a", "1.2" or "A.1" a
 * sub-goal (2); 0 for no such code. */
static int goal_code_level(const char *code)
{
    size_t n = strlen(code), digits = strspn(code, "0123456789");
    bool letter = n && g_ascii_isupper(code[0]);
    size_t head = letter ? 1 : digits;
    if (!n || (!letter && (digits < 1 || digits > 2)))
        return 0;
    if (code[head] == '\0' || (!letter && code[head] == '.' && code[head + 1] == '\0'))
        return 1;
    if (!letter && g_ascii_islower(code[head]) && code[head + 1] == '\0')
        return 2;
    const char *sub = code + head + (code[head] == '.');
    size_t more = strspn(sub, "0123456789");
    return more >= 1 && more <= 2 && sub[more] == '\0' && (letter || code[head] == '.') ? 2 : 0;
}

/* A table headed "Nr | Mål" (a page's table; a text export's rows read as lines already): each row a goal's code
 * and the goal, the code telling its level ("1" over "1a", "1b"). Read only where no goal was found otherwise. */
static void coded_goal_tables(xctx *x)
{
    GPtrArray *tables = view_tables(x);
    for (guint t = 0; t < tables->len && !x->goals->children->len; t++) {
        GPtrArray *rows = g_ptr_array_index(tables, t);
        const xrow *hr = g_ptr_array_index(rows, 0);
        bool coded = rows->len >= 3 && hr->n_cells == 2 && hr->cells[1] && names_goal_field(hr->cells[1]) &&
                     (!hr->cells[0] || word_count(hr->cells[0]) == 1) && !(hr->cells[0] && goal_code_level(hr->cells[0]));
        for (guint i = 1; i < rows->len && coded; i++) {
            const xrow *r = g_ptr_array_index(rows, i);
            coded = r->n_cells == 2 && r->cells[0] && r->cells[1] && goal_code_level(r->cells[0]) &&
                    word_count(r->cells[1]) >= 3 && (i > 1 || goal_code_level(r->cells[0]) == 1);
        }
        at_rnode *main_goal = NULL;
        for (guint i = 1; i < rows->len && coded; i++) {
            const xrow *r = g_ptr_array_index(rows, i);
            char *goal = goal_statement(r->cells[1], strlen(r->cells[1]));
            if (goal_code_level(r->cells[0]) == 1)
                main_goal = add_goal(x, x->goals, "mainGoal", goal, &r->prov);
            else
                add_goal(x, main_goal, "subGoal", goal, &r->prov);
            g_free(goal);
        }
    }
    g_ptr_array_unref(tables);
}

/* "Delmål till 2031" right under a sentence's end on an OCR'd page: a label heading, though OCR ran it into the
 * paragraph above (a shaded band's last line), opens a paragraph of its own. */
static void ocr_labels_open_paragraphs(xctx *x)
{
    for (guint i = 1; i < x->lines->len; i++) {
        xline *l = pline(x, i);
        if (!l->para_start && last_char(pline(x, i - 1)->text) == '.' && label_heading_rank(l->text) > 0 &&
            line_read_by_ocr(x, l))
            l->para_start = true;
    }
}

void extract_prose_goals(xctx *x)
{
    at_rnode *theme = NULL, *main_goal = NULL;
    GString *text = g_string_new(NULL);
    if (x->activities->children->len) { /* a table plan's goals come from its table, and from what it states */
        guint n_table = x->goals->children->len;
        area_goal_tables(x);
        activities_under_area_headings(x);
        aims_sections(x, text, AIMS_PLAIN | AIMS_NUMBERED);
        labelled_goals(x, text);
        if (numbers_goals(x)) /* the goal list its numbers refer to */
            listed_and_numbered_goals(x, text);
        table_goals_under_stated(x, n_table);
        if (!x->goals->children->len)
            goals_between_headings_and_tables(x);
        goals_stated_over_tables(x);
        untitled_under_stated(x);
        merge_table_goals(x);
        table_goals_under_themes(x);
        unmatched_numbers_are_no_goals(x);
        merge_twins(x, x->goals);
        g_ptr_array_sort(x->goals->children, by_place); /* a goal the table named first stands where it is stated */
        areas_are_no_goals(x);
        g_string_free(text, TRUE);
        return;
    }
    ocr_labels_open_paragraphs(x);
    area_goal_tables(x);
    aims_sections(x, text, AIMS_PLAIN); /* the structure of the sections about aims; the older readers take what it leaves */
    labelled_goals(x, text);
    label_table_goals(x);
    listed_and_numbered_goals(x, text);
    for (guint i = 0; i < x->lines->len;) {
        xline *l = pline(x, i);
        if (l->used) {
            i++;
            continue;
        }
        /* A new section ends the main goal; a new top-level section the theme too. */
        size_t a, b;
        if (pat_match(x, PAT_SECTION, l->text, 0) && pat_span(x, 1, &a, &b)) {
            main_goal = NULL;
            if (!memchr(l->text + a, '.', b - a))
                theme = NULL;
        }
        const char *inline_goal = inline_subgoal(l->text);
        if (is_delmal_label(l->text) || inline_goal) {
            at_rnode *t = theme, *m = NULL;
            if (goal_context(x, i, &t, &m)) {
                theme = t;
                main_goal = m;
            }
            main_goal = main_goal ? main_goal : section_main_goal(x, i);
            at_rnode *parent = main_goal ? main_goal : section_theme(x, i, &theme);
            if (!parent) {
                warn(x, &l->prov, "sub-goals without a goal or section above them");
                i++;
                continue;
            }
            l->used = true;
            if (inline_goal) {
                i = add_statement(x, parent, i, inline_goal, text);
                continue;
            }
            /* The list: bullets until a label, a heading or prose. */
            guint j = i + 1;
            for (xline *n; (n = pline(x, j));) {
                bool bullet;
                const char *item = plan_bullet(x, n->text, &bullet);
                if (!bullet)
                    break;
                j = add_statement(x, parent, j, item, text);
            }
            i = j;
            continue;
        }
        i++;
    }
    /* a numbered section about aims ("2 Mål" over "2.1 Theme" over "2.1.1 Goal") after the older readers, which read
     * the labels of a prose plan's numbered sections ("1. Mål" over "Delmål:") */
    aims_sections(x, text, AIMS_NUMBERED);
    coded_goal_tables(x);
    outline_goals(x);
    if (!x->goals->children->len)
        goals_over_citations(x);
    g_string_free(text, TRUE);
}
