/* The extractor's internals: a line view of the document, patterns, and the extractors.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_EXTRACT_PRIVATE_H
#define ARKIVTEXT_EXTRACT_PRIVATE_H

#include "extract/record.h"

#include <stdbool.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* One line of running text (outside tables), with where it came from. */
typedef struct {
    char *text;            /* current readings joined by single spaces; never empty */
    at_provenance prov;    /* page, line (first == last unless lines were joined), ALTO id */
    bool para_start;       /* first line of a paragraph (after a blank line or a block break) */
    bool used;             /* consumed by an extractor (metadata blocks, page furniture) */
    bool fields;           /* a text export's tab-separated line: its fields are a row of `text_rows` */
    char *before_gap;      /* a first page's line: its words before a wide gap (a letterhead's left half), or NULL */
    size_t gap_at;         /* with before_gap: where the words after the gap begin in `text` (< its length) */
    int indent;            /* how far it starts right of its block: spaces before it in a text, pixels on a page */
    bool in_margin;        /* an OCR'd page's line in its top or bottom margin, in small type: a running header's or footer's */
} xline;

/* One sentence of running text, with the lines it came from. */
typedef struct {
    char *text;
    at_provenance prov;    /* page and lines; no ALTO ids */
} xsentence;

/* One row of a table; cells[col] may be NULL for empty cells. */
typedef struct {
    char **cells;
    char **cell_lines;     /* a page table's cells with '\n' between their lines (NULL for a text export's fields) */
    at_box *cell_boxes;    /* a page table's cells on the page (all -1: not known; NULL for a text export's fields) */
    int n_cells;
    at_provenance prov;
    int table;             /* document-wide table number */
    int row;               /* row index in its table */
    bool read_by_ocr;      /* a page OCR read: a cell found empty may hold text OCR missed */
} xrow;

/* The patterns every extractor shares, compiled once per at_extractor. */
typedef enum {
    PAT_ISO_DATE,
    PAT_LONG_DATE,     /* 7 april 2022, 5-6 september */
    PAT_SHORT_DATE,    /* 10-apr */
    PAT_SLASH_DATE,    /* 8/6 2010 */
    PAT_DOT_DATE,      /* 16.11.2026 */
    PAT_YEAR,
    PAT_AMOUNT,
    PAT_DIARIENUMMER,
    PAT_DNR_YEAR_LAST, /* "RUN 1245-2026": the number before its year, after a label only */
    PAT_DNR_BARE,      /* "2027/58-821": the year and number without a body's letters, after a label only */
    PAT_DURATION,
    PAT_CLAUSE,
    PAT_CLAUSE_OCR,    /* "3 2 Avgifter": a § read as 3, 8, $, S or & */
    PAT_CLAUSE_OCR_AFTER, /* "18 Bakgrund", "2 & Värdkommun": "1 §", "2 §" with the § misread */
    PAT_CLAUSE_NUMBERED, /* "1. Parter", "1 Parter" */
    PAT_CLAUSE_WORD,     /* "Punkt 1 Parter", "Artikel 1" */
    PAT_CLAUSE_ROMAN,    /* "IV. Ersättning" */
    PAT_CLAUSE_DECIMAL,  /* "2.1 Ersättning" */
    PAT_ATTACHMENT,
    PAT_SECTION,
    PAT_BULLET,
    PAT_SIGNATURE,     /* Nykvarn den 8/6 2010 */
    PAT_PARTIES,       /* mellan A, B och C */
    PAT_VALID_FROM,
    PAT_VALID_TO,
    PAT_ORGANISED,     /* organiseras via en styrgrupp, ... */
    PAT_WORKING_GROUP, /* Arbetsgrupp - fritid */
    PAT_HOST_YEAR,     /* 2020 Botkyrka och Salem */
    PAT_ADOPTED,       /* Antagen av kommunfullmäktige 2024-04-15, § 72 */
    PAT_OPENS_STAMP,   /* Antagen av … (the line's start) */
    PAT_ADOPTED_DATE_FIRST, /* Fastställd: 2026-02-19 av miljönämnden (§ 15) */
    PAT_PERIOD,        /* 2024–2027 */
    PAT_SPLIT_YEAR,    /* läsåret 2027/28 */
    PAT_ADOPTED_STAMP, /* Natur- och trafiknämnden beslutade enligt förslaget 2025-05-20, § 74 */
    PAT_ADOPTED_ITSELF, /* Socialnämnden godkände överenskommelsen den 19 november 2026, § 132 */
    PAT_DECIDED_THIS,  /* Miljönämnden beslutade den 2 december 2026, § 87, att lämna detta yttrande */
    PAT_DECISION_TAKEN, /* Beslut i detta ärende har fattats av kommunstyrelsen den 9 mars 2027, § 27 */
    PAT_DECIDED_TO,    /* Socialnämnden beslutade den 4 mars 2027, § 22, att bevilja … (under a decision heading) */
    PAT_COUNT
} pattern_id;

struct at_extractor {
    pcre2_code *pat[PAT_COUNT];
};

typedef struct {
    const at_doc *doc;
    GPtrArray *lines;      /* xline*, running text in reading order */
    GPtrArray *rows;       /* xrow*, table rows in order */
    GPtrArray *text_rows;  /* xrow*, the lines of a text export that were tab-separated fields (they stay in
                            * `lines` too); a run of such lines is one table */
    GHashTable *line_counts; /* a line's text -> how many lines read so; made on first use (repeated()) */
    GHashTable *goal_index;  /* "parent kind folded-title" -> the first theme or main goal so named (plan.c) */
    guint8 *line_roles;      /* line_role per line; made on first use (line_role_of()) */
    pcre2_code *const *pat;       /* the extractor's, shared read-only */
    pcre2_match_data *md;         /* this run's */
    pcre2_match_context *limits;  /* this run's match and depth limits, and its JIT stack */
    pcre2_jit_stack *jit_stack;   /* this run's */
    uint32_t match_options;       /* PCRE2_NO_JIT when the caller set a depth limit */
    size_t match_errors;          /* matches PCRE2 gave up on (a limit, an error) */
    char first_match_error[256];
    at_rnode *root;
    at_rnode *metadata, *sections, *goals, *activities, *agreements, *budgets, *events, *attachments, *warnings;
    int year;              /* the document's own year (title or most frequent), 0 if none */
    int n_ids;             /* for generated element IDs */
} xctx;

/* Line i of the document's line view, or NULL past its end. */
static inline xline *line_at(xctx *x, guint i)
{
    return i < x->lines->len ? g_ptr_array_index(x->lines, i) : NULL;
}

/* Does `a` start before `b` in the document (page, then line)? */
static inline bool prov_before(const at_provenance *a, const at_provenance *b)
{
    return a->page < b->page || (a->page == b->page && a->first_line < b->first_line);
}

/* ---- view.c ---- */
void view_build(xctx *x);
void view_free(xctx *x);
/** The tables of both kinds (`rows`, `text_rows`), each a GPtrArray of borrowed xrow*; caller unrefs. */
GPtrArray *view_tables(xctx *x);

/* ---- patterns.c ---- */
/** Compile every pattern into `ex`. */
int patterns_compile(at_extractor *ex, at_error *err);
void patterns_free(at_extractor *ex);
/** Set up a run's matching on `ex`'s patterns with these limits (0: the defaults). */
int patterns_attach(xctx *x, const at_extractor *ex, uint32_t match_limit, uint32_t depth_limit, at_error *err);
void patterns_detach(xctx *x);
/**
 * Does pattern `id` match `s`? On a match the capture offsets are in x->md.
 * A match PCRE2 gives up on (a limit reached) is no match, counted in
 * x->match_errors so the record can say so.
 */
bool pat_match(xctx *x, pattern_id id, const char *s, size_t start);
/** Capture `group` of the last match as a new string (NULL if unset). */
char *pat_group(xctx *x, const char *s, int group);
/** Start and end of capture `group` of the last match; false if unset. */
bool pat_span(xctx *x, int group, size_t *start, size_t *end);

typedef struct {
    char iso[32];          /* YYYY-MM-DD or --MM-DD */
    char end_iso[32];      /* the last day of a range ("5-6 september"), or "" */
    size_t start, end;     /* where in the string */
} xdate;
/** The first date in `s` (ISO, "7 april 2022", "10-apr", "8/6 2010"); `year` fills in a missing year when > 0. */
bool find_date(xctx *x, const char *s, int year, xdate *out);
/** An amount in SEK ("120 000 kr", "ca 1,5 miljoner kr", "100 000"); the last one in `s` when `last`. */
bool find_amount(xctx *x, const char *s, bool last, long long *amount, size_t *start, size_t *end);
bool column_amount(xctx *x, const char *cell, const char *header, long long *amount);
/** The first amount of money in `s` from byte `from`: a number with its currency ("250 000 kronor", "1,2 miljoner
 * kronor", "4 mnkr", "kr 300"); its span in *start, *end. */
bool money_at(xctx *x, const char *s, size_t from, long long *amount, size_t *start, size_t *end);
/** The first duration in `s` from byte `from`, as ISO 8601 ("12 månader", "sex (6) månader" -> P6M); its span is group 0 of x->md. */
bool find_duration(xctx *x, const char *s, size_t from, char out[16]);
/** Month number for a Swedish month name or abbreviation, 0 if none. */
int month_number(const char *name);

/* ---- shared helpers (extract.c) ---- */
/** Case-insensitive prefix test on the folded (no diacritics) forms. */
/** Where `prefix` ends in `s` when `s` starts with it ignoring case and diacritics ("Malsattning" for
 * "Målsättning"), else NULL. */
const char *folded_prefix_end(const char *s, const char *prefix);
bool folded_starts(const char *s, const char *prefix);
bool folded_equal(const char *a, const char *b);
bool folded_contains(const char *s, const char *needle);
/** Is the folded `noun` the head of the folded word `w` (the word or a compound's last part), bare or inflected
 * ("namnd" of "socialnamnden", "invanare" of "kommuninvanare")? */
bool word_headed_by(const char *w, const char *noun);
/** `s` in lower case without diacritics, as the folded_* functions compare it; caller frees. */
char *folded_copy(const char *s);
size_t word_count(const char *s);
/** The length of a lost number's mark opening `s` with the space after it ("QÖ ", "€O ", "© "): OCR reads a number
 * printed on a round badge or in a circle as one to three round glyphs and loses it; 0 when `s` opens otherwise. */
size_t lost_number_len(const char *s);
/* Does `part` name a unit of an organisation ("förebyggande enheten", "Fältgruppen")? */
bool names_unit(const char *part);
/** Is line i's text on another line too (a running header or footer)? */
bool repeated(xctx *x, guint i);
/* What a heading line is in a document whose themes open with the same fixed sub-headings ("Nuläge", "Vårt mål"
 * under every theme): LINE_THEME heads a theme, LINE_SUBHEADING is one of the sub-headings repeated under each. */
typedef enum { LINE_OTHER, LINE_THEME, LINE_SUBHEADING } line_role;
/** Line i's role (LINE_OTHER past the end). */
line_role line_role_of(xctx *x, guint i);
/** The theme heading over sub-heading line i: the nearest LINE_THEME above it (every sub-heading has one; i itself
 * for a line that is none). */
guint subheading_theme(xctx *x, guint i);
/** Words a heading is made of: one to eight, capitalised, more than two bytes, not ending in `.`, `,` or `;`
 * (nor `:` when `colon_ends`: a clause heading is never a label). */
bool heading_words(const char *s, bool colon_ends);
/** Does a sentence end at s[i], a '.', '!' or '?' before a space, and not an abbreviation's stop ("enl.", "t.ex.")? */
bool sentence_ends_at(const char *s, size_t i);
/** The sentences of one text (a table cell's description), each without its full stop; caller frees with
 * g_strfreev. */
char **text_sentences(const char *text);
/** The sentences of the paragraphs of unused running text (tab-separated lines left out); caller frees
 * with g_ptr_array_unref. */
GPtrArray *prose_sentences(xctx *x);
/** The sentences of a form's value cells written as prose ("Beslut | X beviljas … kr. Y avslås."), which
 * prose_sentences leaves out with their rows; caller frees with g_ptr_array_unref. */
GPtrArray *form_value_sentences(xctx *x);
/** If `s` starts with a metadata label ("Datum", "Dnr", "Handläggare" ...), its index, and where its value starts. */
int find_label(const char *s, const char **value);
/** Does `s` label who made a decision ("Beslutsinstans", "Instans", "Antagen av"), its day ("Beslutsdatum", "Datum och
 * paragraf") or its § ("Paragraf")? */
bool adoption_label(const char *s);
/** "Fastställt av: Kommunfullmäktige": a label of up to 24 bytes before ": " and its value in `s`; the label is
 * copied (caller frees). */
bool labelled(const char *s, char **label, const char **value);
/** Does `s` name an agreement ("avtal", "överenskommelse", "avsiktsförklaring"), alone or in a compound? */
bool names_agreement_kind(const char *s);
/** The last byte of `s`, '\0' when `s` is empty (never a read before it). */
char last_char(const char *s);
/* How many lines (in reading order) end before `at` begins: the index of the first line at or after it. */
guint lines_before(const xctx *x, const at_provenance *at);
/** Was page `page` (from 0) read by OCR (a born PDF's text layer keeps its headings in blocks of their own)? */
bool read_by_ocr(const at_doc *doc, size_t page);
/** Was line `l` read by OCR: does it stand on a page (from 1) that OCR read? */
bool line_read_by_ocr(const xctx *x, const xline *l);
/** Does the head name a memo's kind ("TJÄNSTESKRIVELSE", "Beslutsunderlag")? */
bool memo_document(xctx *x);
/** Does the head name a letter's kind (a statement, a decision), or is the document a memo? */
bool letter_document(xctx *x);
/* The first of the metadata's `dates` of `type` ("document", "decided", "meeting"), or NULL. */
at_rnode *date_of(const at_rnode *dates, const char *type);
/** Add a warning to the record. */
void warn(xctx *x, const at_provenance *prov, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/** A new ID with prefix ("g1", "a2"). */
char *new_id(xctx *x, const char *prefix);
/** Split a list of parties ("A, B och C i samarbete med D") into its names; caller frees the vector. */
char **split_parties(const char *s);
/** Where in `s` the words naming the body a party acts through start ("Region Uppsala genom …", "X, som företräds
 * av …"), their length in `*len`; NULL when none. */
const char *find_acting_body(const char *s, size_t *len);
/** "Vaxholms stad", "Roslagsvatten AB", "Region Uppsala genom kollektivtrafiknämnden": a legal person's name. */
bool names_legal_person(const char *s);
/** "2025-01-20 · BUN 2025/37": a page's running header, naming the document's diarienummer. */
bool running_header(xctx *x, const char *s);
/** "Underskrifter", "Justering": a heading that closes the body of an agreement or minutes. */
bool is_closing_heading(const char *s);
/** Does the line read like a person's role ("Kommundirektör", "Justerare")? */
bool role_like(const char *s);
/** The folded nouns of a person's title ("chef", "ordforande", "ombud") that role_like reads, `*n` of them; static. */
const char *const *person_title_nouns(size_t *n);
/** The names a document calls itself by ("Avtalet", "Planen", "Dokumentet"), capitalised, `*n` of them; static. */
const char *const *document_self_name_list(size_t *n);
/* "Huvudmål", "Strategiska mål", "Vision 2030", "Vad vill vi uppnå?": a heading over goals (plan.c), not over their
 * follow-up ("Uppföljning av målen"); the goals use its line, yet it heads a section of the document. */
bool names_goal_heading(const char *s);
/** Does the line read like a person's name (2-4 capitalised words)? */
bool name_like(const char *s);
/** "För Ekby kommun": the party a signature block signs for. */
bool is_for_party(const char *s);
/** Strip list markers ("- ", "• ", "e ", "o ") from the start of a line; returns a pointer into s. */
const char *strip_bullet(xctx *x, const char *s, bool *had);

/* ---- the extractors ---- */
void extract_metadata(xctx *x);
void extract_sections(xctx *x);
void extract_table_plan(xctx *x);
/** Does the row name a column of an action plan's table (an activity, who is responsible, when)? */
bool plan_header_row(const xrow *r);
/** "Ansvar", "Tid", "Kostnad", "Delmål": a label that names a field of an activity other than its title? */
bool names_plan_field(const char *label);
/** "Aktivitet", "Åtgärd": a label that names an activity's title? */
bool names_title_field(const char *label);
/** "Beskrivning": a label that names what an activity is about? */
bool names_description_field(const char *label);
bool names_goal_field(const char *label);
/** "1", "M2": does the document state a goal by this code (a goal list, "Mål 1 – X") for the row at `row`? */
bool goal_code_stated(xctx *x, const char *code, const at_provenance *row);
bool names_measure(const char *label);
/** "Tid", "Klart", "Tidplan": a label that says when an activity is done? */
bool names_time_field(const char *label);
/** "Ansvar", "Ansvarig", "Utförare": a label that says who does an activity? */
bool names_responsible_field(const char *label);
/** Activities written as a numbered list, or as cards whose titles stand right over lines "Ansvar: X", "Tid: Y" …:
 * a table of rows. */
void list_items_to_rows(xctx *x);
/** "Så här gör vi:", "Åtgärder:": a lead-in over a list of what is done (plan.c). */
bool actions_lead(const char *s);
/** "Det här har vi redan gjort:", "Följande insatser har genomförts:", "Genomförda åtgärder 2027:": a lead-in telling
 * of work done, never a plan's activities or sub-goals (plan.c). */
bool tells_work_done(const char *s);
/** "Tekniska förvaltningen", "Fritidsenheten och KS", "Rektor": does `s` name only bodies or roles that can be
 * responsible for an activity (plan.c)? */
bool names_responsible_body(const char *s);
/** Activities as bullets under a lead-in of what is done, each with its responsible and time in a tail ("- X
 * (Ansvarig, 2028)", "• X – Ansvarig, 2028"), in a plan with no table of activities: a table of rows. */
void bullet_items_to_rows(xctx *x);
/** Activities written as cards, a table of two columns ("Aktivitet 2" over "Aktivitet | X", "Ansvar | Y" …): rows
 * of a table with a header. */
void card_tables_to_rows(xctx *x);
/** Activities laid out one per column, field labels down the first column ("Aktivitet | X | Y", "Ansvar | A | B"),
 * under a head of codes or none ("Mål 1 | 1a | 1b"): rows of a table with a header, an activity each. */
void across_tables_to_rows(xctx *x);
void extract_prose_goals(xctx *x);
/** "Inriktningsmål", "Resultatmål till 2028", "Önskat läge 2035": a heading that labels the kind of the goal under it
 * ("Mål" and "Vårt mål" name none)? */
bool labels_goal_kind(const char *s);
/** Does `s` say what shall be or what is ("Fler barn ska cykla", "Luften blir renare"): one of a few common verbs
 * (plan.c)? */
bool has_verb(const char *s);
/** "A1 Företagens betyg ...", "2.1 Fler ...": an item's text after its code, or the item as it is (plan.c). */
const char *after_item_code(const char *s);
/** Is `item` coded under the code of the goal heading `heading` states from `goal` on ("Inriktningsmål 2. X" over
 * "2.1 …", "Huvudmål B: X" over "B1 …")? (plan.c) */
bool coded_under_goal(const char *heading, const char *goal, const char *item);
/** Where the label numbering an area of a plan ends in `s`: a word for an area ("Fokusområde", "Insatsområde",
 * "Tema", "Prioritering", "Perspektiv") or an adjective ranking or aiming the area before "område" ("Prioriterat
 * område", "Strategiskt område"; not "Utpekat område", a place), capitalised ("FOKUSOMRÅDE 1" too); NULL when `s`
 * opens with none (plan.c). */
const char *area_label_end(const char *s);
/** "Delmål A: X", "Mål 2 – X": the goal X a labelled heading states, or NULL. */
const char *labelled_goal_heading(const char *s);
void extract_agreements(xctx *x);
/** "Tumba 2024-11-04", "Uppsala den 28 november 2023": a place and a day, nothing else; `*place` (caller frees)
 * and `iso` (32 bytes) get them. */
bool place_date(xctx *x, const char *s, char **place, char *iso);
/** Sets the day an agreement valid from its signing starts: the last of its signatures'. */
void date_signed_validity(xctx *x);
void extract_budgets(xctx *x);
void extract_events(xctx *x);
void extract_attachments(xctx *x);
void extract_budget_tables(xctx *x);
void extract_budget_sentences(xctx *x);
/** "Summa", "Totalt", "Total kostnad": a label of what is added up. */
bool is_total_label(const char *s);
/* Checks a section's stated <total> against `sum`, the sum of its `n_lines` lines (computed, consistent). */
void close_budget_section(xctx *x, at_rnode *section, long long sum, int n_lines);
void extract_meetings(xctx *x);
/** "per den 31 mars", "sedan den 1 januari", "till och med den 30 juni": is the date at byte `date` of `s` one as
 * of which something holds, not a meeting's? */
bool date_as_of(const char *s, size_t date);
void extract_signature_blocks(xctx *x);
/** Does line `s` mark a signature block: a line to sign on, a place and date of signing, a label "Ort och datum:"? */
bool signing_marker(xctx *x, const char *s);
/** Does line `l` (a text export's fields) head the log of an electronic signing ("Namn | Befattning | Signerat")? */
bool opens_signing_log(xctx *x, const xline *l);
/** Does table row `r` open an e-signing log or hold a cell set out for signing ("För X", "Underskrift")? */
bool row_set_out_for_signing(const xrow *r);
/** Is every filled cell of table row `r`, two at least, set out for signing ("För Ekby kommun | För Västby AB",
 * "Ort/datum | Ort/datum"): a row of signature blocks side by side? */
bool row_of_blocks(const xrow *r);
/** The column of table row `head` named one of `names` (case and accents aside), or -1. */
int column_named(const xrow *head, const char *const *names, size_t n);
/** The tab-separated fields of a text export's line `l`, or NULL. */
const xrow *fields_of(xctx *x, const xline *l);
/** "Uppsala den 28 november 2023 Tierp den 5 december 2023": a line of nothing but places and days of signing. */
bool places_and_dates(xctx *x, const char *s);

#endif
