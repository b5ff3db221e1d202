/* at_extract(): the document's kind, its metadata, sections and attachments, and the other extractors in turn.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "extract/extract_private.h"
#include "arkivtext/extract.h"
#include "core/private.h"

#include <stdarg.h>
#include <string.h>

/* ---- helpers shared by the extractors ---- */

/* Lower case without diacritics, so OCR that lost them and text that kept them compare equal.
 * Character by character through core's fold table: these run on every line many times. */
static const char *next_folded(const char *p, gunichar *out)
{
    for (; *p; p = g_utf8_next_char(p)) {
        unsigned char b = (unsigned char)*p;
        if (b < 0x80) { /* no mark, no decoding: most of the text */
            *out = (b >= 'A' && b <= 'Z') ? b + 32u : b;
            return p + 1;
        }
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_ismark(c)) {
            *out = at_unichar_fold(c);
            return g_utf8_next_char(p);
        }
    }
    *out = 0;
    return p;
}

char *folded_copy(const char *s)
{
    GString *out = g_string_sized_new(strlen(s));
    gunichar c;
    for (const char *p = next_folded(s, &c); c; p = next_folded(p, &c)) {
        if (c < 0x80)
            g_string_append_c(out, (char)c);
        else
            g_string_append_unichar(out, c);
    }
    return g_string_free(out, FALSE);
}

const char *folded_prefix_end(const char *s, const char *prefix)
{
    gunichar a, b;
    const char *last = s, *p = next_folded(s, &a), *q = next_folded(prefix, &b);
    for (; b; last = p, p = next_folded(p, &a), q = next_folded(q, &b))
        if (a != b)
            return NULL;
    return last;
}

bool folded_starts(const char *s, const char *prefix)
{
    return folded_prefix_end(s, prefix) != NULL;
}

bool folded_equal(const char *a, const char *b)
{
    gunichar x, y;
    const char *p = next_folded(a, &x), *q = next_folded(b, &y);
    for (; x || y; p = next_folded(p, &x), q = next_folded(q, &y))
        if (x != y)
            return false;
    return true;
}

/* Is the folded `noun` the head of the folded word `w` (the word itself or a compound's last part), bare or inflected
 * ("namnd", "socialnamnden", "miljoforbundet", "namnder")? */
bool word_headed_by(const char *w, const char *noun)
{
    static const char *const endings[] = { "", "en", "et", "n", "t", "er", "erna", "s", "ens", "ets", "ns" };
    size_t wl = strlen(w), nl = strlen(noun);
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++) {
        size_t el = strlen(endings[i]);
        if (wl >= nl + el && strncmp(w + wl - el - nl, noun, nl) == 0 && strcmp(w + wl - el, endings[i]) == 0)
            return true;
    }
    return false;
}

/* Compared in place, character by character: it runs for many needles on every line, and
 * folding a copy of the line for each was most of the time extraction took. */
bool folded_contains(const char *s, const char *needle)
{
    gunichar first, c;
    const char *rest = next_folded(needle, &first);
    if (!first)
        return true;
    for (const char *p = s, *next; (next = next_folded(p, &c)), c; p = next)
        if (c == first && folded_starts(next, rest))
            return true;
    return false;
}

bool names_agreement_kind(const char *s)
{
    return folded_contains(s, "avtal") || folded_contains(s, "overenskommelse") || folded_contains(s, "avsiktsforklaring") ||
           folded_contains(s, "kontrakt");
}

char last_char(const char *s)
{
    size_t n = strlen(s);
    return n ? s[n - 1] : '\0';
}

size_t lost_number_len(const char *s)
{
    static const char *const round[] = { "O", "Q", "Ö", "0", "€", "@", "©", "®" };
    size_t at = 0;
    int glyphs = 0;
    while (s[at] && s[at] != ' ') {
        size_t k = 0;
        while (k < G_N_ELEMENTS(round) && !g_str_has_prefix(s + at, round[k]))
            k++;
        if (k == G_N_ELEMENTS(round))
            return 0;
        at += strlen(round[k]);
        glyphs++;
    }
    return glyphs <= 3 && s[at] == ' ' ? at + 1 : 0;
}

size_t word_count(const char *s)
{
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        bool space = g_ascii_isspace(*s);
        n += !space && !in;
        in = !space;
    }
    return n;
}

void warn(xctx *x, const at_provenance *prov, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    rn_add_text(x->warnings, "warning", msg, prov);
    g_free(msg);
}

char *new_id(xctx *x, const char *prefix)
{
    return g_strdup_printf("%s%d", prefix, ++x->n_ids);
}

const char *strip_bullet(xctx *x, const char *s, bool *had)
{
    size_t a, b;
    *had = pat_match(x, PAT_BULLET, s, 0) && pat_span(x, 0, &a, &b) && b > a;
    return *had ? s + b : s;
}

typedef struct {
    size_t start, end;
} span;

/* "genom kommunstyrelsen", "som företräds av socialnämnden": the words that name the body a party acts through. */
static const char *const acting_phrases[] = { "genom ", "företrädd av ", "företrädd genom ", "representerad av ",
                                              "som företräds av ", "som representeras av ", "via " };

static bool names_acting_body(const char *s)
{
    for (size_t i = 0; i < G_N_ELEMENTS(acting_phrases); i++)
        if (g_str_has_prefix(s, acting_phrases[i]))
            return true;
    return false;
}

const char *find_acting_body(const char *s, size_t *len)
{
    for (size_t i = 0; i < G_N_ELEMENTS(acting_phrases); i++)
        for (const char *at = strstr(s, acting_phrases[i]); at; at = strstr(at + 1, acting_phrases[i]))
            if (at > s && at[-1] == ' ') {
                *len = strlen(acting_phrases[i]);
                return at;
            }
    return NULL;
}

/* Cut the spans of `s` at separator `sep` (not inside "Social- och" style compounds). */
static GArray *split_spans(const char *s, GArray *in, const char *sep)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(span));
    size_t n = strlen(sep);
    for (guint i = 0; i < in->len; i++) {
        span sp = g_array_index(in, span, i);
        size_t from = sp.start;
        for (size_t at = sp.start; at + n <= sp.end; at++) {
            if (memcmp(s + at, sep, n) != 0 || (at > 0 && s[at - 1] == '-' && strcmp(sep, " och ") == 0))
                continue;
            /* "Vännäs kommun, genom kommunstyrelsen": the body the party acts through stays with it */
            if (strcmp(sep, ", ") == 0 && names_acting_body(s + at + n))
                continue;
            span part = { from, at };
            g_array_append_val(out, part);
            from = at + n;
            at += n - 1;
        }
        span rest = { from, sp.end };
        g_array_append_val(out, rest);
    }
    g_array_free(in, TRUE);
    return out;
}

/* "förebyggande enheten", "avdelningen för stöd": a part of an organisation, not a body of its own. */
bool names_unit(const char *part)
{
    static const char *const units[] = { "enheten", "avdelningen", "sektionen", "gruppen", "staben", "funktionen",
                                         "kontoret", "teamet", "verksamheten" };
    for (size_t i = 0; i < G_N_ELEMENTS(units); i++)
        if (strstr(part, units[i]))
            return true;
    return false;
}

char **split_parties(const char *s)
{
    /* "Ronneby Miljö & Teknik AB": a company's name holds its '&' when one word and "AB" follow it ("Polisen &
     * Vallby Bostäder AB" are two) */
    const char *amp = g_strrstr(s, " & ");
    bool company = amp && word_count(amp + 3) == 2 && (g_str_has_suffix(s, " AB") || g_str_has_suffix(s, " ab"));
    static const char *const separators[] = { " i samarbete med ", " i samverkan med ", " tillsammans med ",
                                              " samt ", "; ", ", ", " och ", " & " };
    GArray *spans = g_array_new(FALSE, FALSE, sizeof(span));
    span all = { 0, strlen(s) };
    g_array_append_val(spans, all);
    for (size_t k = 0; k < G_N_ELEMENTS(separators); k++)
        if (!company || strcmp(separators[k], " & ") != 0)
            spans = split_spans(s, spans, separators[k]);
    /* "gatuenheterna i Botkyrka och Huddinge": bare names after "X i Y" share its X, so they stay one party. */
    for (guint i = 1; i < spans->len;) {
        span *prev = &g_array_index(spans, span, i - 1), *cur = &g_array_index(spans, span, i);
        char *part = g_strndup(s + cur->start, cur->end - cur->start), *before = g_strndup(s + prev->start, prev->end - prev->start);
        g_strstrip(part);
        bool bare = word_count(part) == 1 && g_unichar_isupper(g_utf8_get_char(part));
        bool shared = strstr(before, " i ") != NULL && g_unichar_islower(g_utf8_get_char(before));
        /* "Socialförvaltningen, förebyggande enheten": a unit of the body before the comma */
        bool unit = g_unichar_islower(g_utf8_get_char(part)) && cur->start >= 2 && s[cur->start - 2] == ',' &&
                    names_unit(part);
        /* "Tierps kommun, genom barn- och utbildningsnämnden, och ...": the body the party before acts through */
        bool acting = names_acting_body(part);
        g_free(part);
        g_free(before);
        if ((bare && shared) || unit || acting) {
            prev->end = cur->end;
            g_array_remove_index(spans, i);
        } else {
            i++;
        }
    }
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i < spans->len; i++) {
        span sp = g_array_index(spans, span, i);
        char *p = g_strstrip(g_strndup(s + sp.start, sp.end - sp.start));
        size_t n = strlen(p);
        while (n && (p[n - 1] == '.' || p[n - 1] == ',' || p[n - 1] == ';'))
            p[--n] = '\0';
        /* "X, och Y": the list's last item after a comma; "dels X, dels Y": each item after its "dels" */
        if (g_str_has_prefix(p, "och ") || g_str_has_prefix(p, "samt ") || g_str_has_prefix(p, "dels "))
            memmove(p, strchr(p, ' ') + 1, strlen(strchr(p, ' ') + 1) + 1);
        g_strstrip(p);
        if (*p)
            g_ptr_array_add(out, p);
        else
            g_free(p);
    }
    g_array_free(spans, TRUE);
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

bool is_closing_heading(const char *s)
{
    static const char *const headings[] = { "Underskrifter", "Underskrift", "Justering", "Justerare:",
                                            "Vid protokollet", "Bevis om justering", "Signaturer" };
    for (size_t i = 0; i < G_N_ELEMENTS(headings); i++)
        if (folded_equal(s, headings[i]))
            return true;
    return false;
}

/* "Bilagor", "Bilaga:": a heading over the list of a document's appendices, whose numbered items are no sections. */
static bool lists_appendices(const char *s)
{
    static const char *const headings[] = { "Bilagor", "Bilagor:", "Bilaga", "Bilaga:", "Bilageförteckning" };
    for (size_t i = 0; i < G_N_ELEMENTS(headings); i++)
        if (folded_equal(s, headings[i]))
            return true;
    return false;
}

/* Does the numbered line `i` open a list, with another numbered line, a signature or nothing after it, as the list
 * of appendices under "Bilagor" does? A "Bilaga" label over a document's first section has that section's sentences
 * under it. */
static bool lists_at(xctx *x, guint i)
{
    const char *next = i + 1 < x->lines->len ? line_at(x, i + 1)->text : NULL;
    return !next || pat_match(x, PAT_SECTION, next, 0) || last_char(next) != '.';
}

/* "Hylte kommun -: Förvaltningen": OCR reads a head line's small middle dot as "-" or "-:"; where the first such
 * mark stands on an OCR'd page's line, or 0. */
static size_t ocr_dot_at(xctx *x, const xline *l)
{
    static const char *const dots[] = { " -: ", " - " };
    if (!line_read_by_ocr(x, l))
        return 0;
    for (size_t k = 0; k < G_N_ELEMENTS(dots); k++) {
        const char *at = strstr(l->text, dots[k]);
        if (at)
            return (size_t)(at - l->text);
    }
    return 0;
}

/* "Fakta", "Fakta om Öland": the label of a box of facts set beside the text, no section of the document. */
static bool fact_box(const char *s)
{
    return folded_equal(s, "Fakta") || folded_equal(s, "Faktaruta") || folded_starts(s, "Fakta om ");
}

static bool is_title_line(const char *s);

/* "Om planen", "OM PROGRAMMET" over "Fastställd av valnämnden 2029-02-12, § 3": a box beside the title telling
 * about the document (who adopted it, its number), headed by the document's kind after "Om", a date or a label on
 * its first four lines (a born page reads the title's wrapped year among them), the first two no sentences;
 * neither its title nor a section.
 * Over prose ("Om programmet" / "Programmet gäller för …") or questions ("Om översiktsplanen" / "1. Vad är …?") it
 * heads a section or is the title; "Om oss" names no kind. */
static bool about_box(xctx *x, guint i)
{
    const char *s = line_at(x, i)->text;
    if (word_count(s) != 2 || !folded_starts(s, "om ") || !is_title_line(s))
        return false;
    bool dated = false;
    for (guint k = i + 1; k <= i + 4 && k < x->lines->len && !dated; k++) {
        const char *t = line_at(x, k)->text, *value;
        xdate d;
        if (k <= i + 2 && (word_count(t) > 8 || strchr(".?!", last_char(t))))
            return false;
        dated = find_label(t, &value) >= 0 || (find_date(x, t, 0, &d) && d.iso[0] != '-');
    }
    return dated;
}

guint lines_before(const xctx *x, const at_provenance *at)
{
    guint lo = 0, hi = x->lines->len;
    while (lo < hi) { /* the lines are in reading order: halving */
        guint mid = lo + (hi - lo) / 2;
        const xline *l = g_ptr_array_index(x->lines, mid);
        if (l->prov.page < at->page || (l->prov.page == at->page && l->prov.last_line < at->first_line))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- metadata ---- */

/* The head's label blocks, its first lines (status, title, organisation, a date), and the tail: a closing
 * contact or stamp, not the last pages. */
enum { HEAD_LINES = 40, HEAD_PROPER = 15, TAIL_LINES = 12 };

typedef enum {
    LABEL_DATE,
    LABEL_MEETING,
    LABEL_DNR,
    LABEL_AUTHOR,
    LABEL_RECIPIENT,
    LABEL_DECIDED,
    LABEL_PREPARED,
    LABEL_ADDRESSEE, /* a letter's reply fields, the addressee's own reference and date: nothing of the letter's */
    LABEL_DOCTYPE,   /* "Dokumenttyp | Aktivitetsplan": the kind the record tells otherwise */
    LABEL_VALIDITY,  /* "Giltig | 2028–2030": the period, which the title tells */
    LABEL_COMMITTEE, /* "Nämnd | Barn- och utbildningsnämnden": a memo's addressee, an extract's body that met */
    LABEL_LETTERHEAD
} label_kind;

static const struct {
    const char *label;
    label_kind kind;
} labels[] = {
    { "Datum", LABEL_DATE },           { "Sammanträdesdatum", LABEL_MEETING },           { "Diarienummer", LABEL_DNR },    { "Diarienr", LABEL_DNR },
    { "Sammanträdesdag", LABEL_MEETING },
    { "Dnr", LABEL_DNR },              { "Vår beteckning", LABEL_DNR },  { "Ärendenummer", LABEL_DNR },
    { "Ärendenr", LABEL_DNR },
    { "Handläggare", LABEL_AUTHOR },   { "Vår referens", LABEL_AUTHOR }, { "Kontaktperson", LABEL_AUTHOR },
    { "Dokumentägare", LABEL_AUTHOR }, { "Programansvarig", LABEL_AUTHOR }, { "Planansvarig", LABEL_AUTHOR },
    { "Upprättad av", LABEL_AUTHOR },  { "Kontakt", LABEL_AUTHOR },     { "Ansvarig", LABEL_AUTHOR },
    /* a delegation decision's form: the official who decided wrote it; the body it is reported to meets that day */
    { "Beslutsfattare", LABEL_AUTHOR }, { "Delegat", LABEL_AUTHOR },    { "Beslutande tjänsteperson", LABEL_AUTHOR },
    { "Anmäls till", LABEL_MEETING },  { "Anmäls vid", LABEL_MEETING }, { "Anmälan till", LABEL_MEETING },
    { "Anmäls i", LABEL_MEETING },     { "Redovisas för", LABEL_MEETING }, { "Redovisas till", LABEL_MEETING },
    { "Upprättad", LABEL_PREPARED },   { "Upprättat", LABEL_PREPARED },
    { "Mottagare", LABEL_RECIPIENT },  { "Sökande", LABEL_RECIPIENT },  { "Beslutsdatum", LABEL_DECIDED }, { "Dokumentdatum", LABEL_DATE },
    { "Beslutad", LABEL_DECIDED },     { "Fastställd", LABEL_DECIDED },  { "Antagen", LABEL_DECIDED },
    { "Beslutat", LABEL_DECIDED },     { "Giltig", LABEL_VALIDITY },     { "Giltighetstid", LABEL_VALIDITY },
    { "Giltighet", LABEL_VALIDITY },
    { "Er referens", LABEL_ADDRESSEE }, { "Er ref", LABEL_ADDRESSEE },  { "Ert datum", LABEL_ADDRESSEE },
    { "Er beteckning", LABEL_ADDRESSEE }, { "Ert dnr", LABEL_ADDRESSEE }, { "Ert diarienummer", LABEL_ADDRESSEE },
    { "Ert ärende", LABEL_ADDRESSEE }, { "Remissens diarienummer", LABEL_ADDRESSEE }, /* the ministry's, a remiss's */
    { "Remissens dnr", LABEL_ADDRESSEE },
    { "Postadress", LABEL_LETTERHEAD }, { "Besöksadress", LABEL_LETTERHEAD }, { "Besök", LABEL_LETTERHEAD },
    { "Tfn", LABEL_LETTERHEAD },       { "Telefon", LABEL_LETTERHEAD },  { "E-post", LABEL_LETTERHEAD },
    { "Org.nr", LABEL_LETTERHEAD },    { "Organisationsnummer", LABEL_LETTERHEAD },
    { "Dokumenttyp", LABEL_DOCTYPE },  { "Dokumentslag", LABEL_DOCTYPE }, { "Typ av dokument", LABEL_DOCTYPE },
    { "Nämnd", LABEL_COMMITTEE },
};

/* If `s` starts with a label (alone, or followed by ':' or a space), its index and where the value starts. */
static bool names_body(const char *s);
static bool distribution_label(const char *s);
static char *author_name(const char *s);

/* "KS 2026/512 · 2026-10-05": a head line's fields stand apart with a middle dot or a bar; the first one's length. */
static size_t field_length(const char *s)
{
    const char *dot = strstr(s, " · "), *bar = strstr(s, " | ");
    const char *end = dot && (!bar || dot < bar) ? dot : bar;
    return end ? (size_t)(end - s) : strlen(s);
}

/* "Räddningstjänsten Mellersta Norrland", "Socialtjänsten": a service, its first word's head "tjänst", though it holds
 * the "tjänste" of a civil servant's title. */
static bool names_service(const char *label)
{
    char *f = folded_copy(label);
    f[strcspn(f, " :")] = '\0';
    bool service = g_str_has_suffix(f, "tjanst") || g_str_has_suffix(f, "tjansten");
    g_free(f);
    return service;
}

/* "Ansvarig handläggare", "Dokumentansvarig", "Frågor besvaras av": a short label whose words say that a person
 * answers for the document, in the many ways documents write it beyond the fixed labels. */
static bool names_author_role(const char *label)
{
    static const char *const stems[] = { "handlaggare", "kontakt",         "tjanste",         "referens",
                                         "forfattare",  "samordnare",      "dokumentagare",   "upprattad av",
                                         "processagare", "planagare",      "programagare",    "strategiagare",
                                         "processledare",
                                         "projektledare",
                                         "sammanstalld av", "utarbetad av", "besvaras av",    "lamnas av",
                                         "fragor" };
    if (word_count(label) > 3 || names_service(label))
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(stems); i++)
        if (folded_contains(label, stems[i]))
            return true;
    /* "Dokumentansvarig", "Kvalitetsansvarig"; a bare "Ansvarig" is an activity's */
    char *f = folded_copy(label);
    char *colon = strchr(f, ':');
    if (colon)
        *colon = '\0';
    g_strstrip(f);
    bool compound = g_str_has_suffix(f, "ansvarig") && strlen(f) > strlen("ansvarig") && !strchr(f, ' ');
    /* "Folkhälsostrateg", "Strateg": the strategist who wrote it ("Strategi" names no person) */
    compound = compound || g_str_has_suffix(f, "strateg");
    g_free(f);
    return compound;
}

/* "Label: value" with a label of at most `max` bytes: the label (to free) and where the value starts. */
static bool labelled_within(const char *s, ptrdiff_t max, char **label, const char **value)
{
    const char *colon = strstr(s, ": ");
    if (!colon || colon - s > max)
        return false;
    *label = g_strndup(s, (size_t)(colon - s));
    *value = colon + 2;
    return true;
}

/* "Ansvarig handläggare: Sara Ek, strateg": such a label with a person's name after it; where the name starts. */
static bool author_labelled(const char *s, const char **value)
{
    /* a role may name what it answers for ("Språksamordnare för förvaltningsområdet: X"): a label up to twice as
     * long as others */
    char *label, *name = NULL;
    if (!labelled_within(s, 48, &label, value))
        return false;
    bool author = names_author_role(label) && (name = author_name(*value)) != NULL;
    g_free(label);
    g_free(name);
    return author;
}

static int label_index(label_kind kind)
{
    size_t i = 0;
    while (labels[i].kind != kind)
        i++;
    return (int)i;
}

/* "Vårt dnr", "Kommunens diarienummer", "Vår ärendebeteckning": a label whose last word names a diarienummer,
 * alone or after a word for us; "Er beteckning", "Trafikverkets dnr" name another authority's number and
 * "Fastighetsbeteckning" a property's, not the document's. */
static bool names_dnr_label(const char *label)
{
    static const char *const ends[] = { "dnr", "dnr.", "diarienummer", "diarienr", "beteckning", "arendebeteckning",
                                        "arendenummer", "arendenr" };
    static const char *const ours[] = { "var", "vart", "vara", "kommunens", "regionens", "namndens", "styrelsens",
                                        "forvaltningens" };
    char *folded = folded_copy(label);
    char **words = g_strsplit(g_strstrip(folded), " ", -1);
    g_free(folded);
    guint n = g_strv_length(words);
    bool ok = n == 1;
    for (size_t i = 0; i < G_N_ELEMENTS(ours) && n == 2 && !ok; i++)
        ok = strcmp(words[0], ours[i]) == 0;
    bool named = false;
    for (size_t i = 0; i < G_N_ELEMENTS(ends) && ok && !named; i++)
        named = strcmp(words[n - 1], ends[i]) == 0;
    g_strfreev(words);
    return named;
}

/* "Kontaktperson för föreningen: Lena Holm": the label goes on in lower-case words up to its colon; the value
 * starts after it. */
static const char *label_rest(const char *p)
{
    const char *colon = strstr(p, ": ");
    if (!colon || colon - p > 30)
        return p;
    for (const char *q = p; q < colon; q = g_utf8_next_char(q))
        if (!g_unichar_islower(g_utf8_get_char(q)) && *q != ' ')
            return p;
    return colon + 2;
}

/* "KS 2027/0031", "2027/118", "KFN 2027-0042": a label's value that is a case's number, no person's name. */
static bool case_number_like(const char *s)
{
    size_t n = strcspn(s, " ·|");
    n += s[n] == ' ' ? 1 + strcspn(s + n + 1, " ·|") : 0; /* a register's letters, then the number */
    bool digit = false, joint = false;
    for (size_t i = 0; i < n; i++) {
        if (g_ascii_islower(s[i]))
            return false;
        digit |= g_ascii_isdigit(s[i]) != 0;
        joint |= (s[i] == '/' || s[i] == '-') && i && g_ascii_isdigit(s[i - 1]) && g_ascii_isdigit(s[i + 1]);
    }
    return digit && joint;
}

/* "Vårt diarienr NSVA 2027-0088": a two-word diarienummer label without its colon, told by the case number after it. */
static bool bare_dnr_label(const char *s, const char **value)
{
    const char *end = strchr(s, ' ');
    end = end ? strchr(end + 1, ' ') : NULL;
    if (!end || !case_number_like(end + 1))
        return false;
    char *label = g_strndup(s, (size_t)(end - s));
    bool dnr = names_dnr_label(label);
    g_free(label);
    *value = end + 1;
    return dnr;
}

/* "Datum och paragraf", "Datum och §": a label for a decision's day and its § together, no document's date. */
static bool day_and_section_label(const char *label)
{
    return folded_equal(label, "datum och paragraf") || folded_equal(label, "datum och §");
}

int find_label(const char *s, const char **value)
{
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        if (!folded_starts(s, labels[i].label))
            continue;
        /* compare the folded prefix length on the original: labels are ASCII apart from å/ä/ö */
        const char *p = s;
        for (glong k = g_utf8_strlen(labels[i].label, -1); k > 0 && *p; k--)
            p = g_utf8_next_char(p);
        if (*p == '.' && labels[i].kind == LABEL_DNR) /* "Dnr. KS 2027/38": the abbreviation's full stop */
            p++;
        if (*p && *p != ':' && *p != ' ')
            continue;
        /* "Giltighet och uppföljning" heads a section: that label stands alone, before a colon or before its years */
        const char *after = p + strspn(p, " ");
        if (strcmp(labels[i].label, "Giltighet") == 0 && *after && *after != ':' && !g_ascii_isdigit(*after))
            continue;
        while (*p == ':' || *p == ' ')
            p++;
        p = label_rest(p);
        if (labels[i].kind == LABEL_AUTHOR && names_body(p)) /* "Dokumentägare: Äldreomsorgsnämnden": no person */
            return -1;
        if (labels[i].kind == LABEL_AUTHOR && case_number_like(p)) /* "Vår referens: KS 2027/0031": the case's */
            i = (size_t)label_index(LABEL_DNR);
        if (labels[i].kind == LABEL_DATE && (strstr(p, "§") || day_and_section_label(s)))
            return -1; /* "Datum: 26 februari 2026, § 31": a decision's day */
        if (strcmp(labels[i].label, "Sökande") == 0 && g_unichar_islower(g_utf8_get_char(p))) /* "Sökande har ansökt" */
            return -1;
        *value = p;
        return (int)i;
    }
    char *label;
    if (labelled(s, &label, value)) {
        bool dnr = names_dnr_label(label);
        g_free(label);
        if (dnr)
            return label_index(LABEL_DNR);
    }
    if (bare_dnr_label(s, value))
        return label_index(LABEL_DNR);
    return author_labelled(s, value) ? label_index(LABEL_AUTHOR) : -1;
}

/* The metadata element nodes, created in the schema's order and pruned when empty. */
typedef struct {
    at_rnode *type, *title, *organisations, *period, *dates, *dnr, *authors, *recipients, *status, *proposal, *summary,
        *signatories, *distribution;
} meta_nodes;

static void add_date(xctx *x, at_rnode *dates, const char *type, const char *s, const at_provenance *prov)
{
    xdate d;
    if (!find_date(x, s, 0, &d) || d.iso[0] == '-')
        return;
    for (guint i = 0; i < dates->children->len; i++) {
        const at_rnode *c = g_ptr_array_index(dates->children, i);
        if (strcmp(at_rnode_attr(c, "type"), type) == 0)
            return;
    }
    char *original = g_strndup(s + d.start, d.end - d.start);
    at_rnode *n = rn_add_text(dates, "date", original, prov);
    rn_attr_set(n, "type", "%s", type);
    rn_attr_set(n, "value", "%s", d.iso);
    g_free(original);
}

/* Value lines of a label block: the rest of the label's line, else the lines up to the next paragraph or label. */
static guint label_block(xctx *x, guint i, const char *value, GPtrArray *values)
{
    xline *l = line_at(x, i);
    l->used = true;
    if (*value) {
        g_ptr_array_add(values, l);
        return i + 1;
    }
    guint j = i + 1;
    for (xline *v; (v = line_at(x, j)) && !(v->para_start && j > i + 1); j++) {
        const char *ignored;
        if (find_label(v->text, &ignored) >= 0 || v->prov.page != l->prov.page)
            break;
        v->used = true;
        g_ptr_array_add(values, v);
    }
    return j;
}

static bool all_capitals(const char *s);

/* "Diarienummer: KS" over "2026/318": a narrow box wrapped a label's case number after its register's letters; the
 * number whole when line `i` ends in `value`, capitals alone, and the next line of its paragraph completes it. */
static char *dnr_wrapped(xctx *x, guint i, const char *value)
{
    xline *l = line_at(x, i), *next = line_at(x, i + 1);
    if (!next || next->para_start || next->prov.page != l->prov.page || word_count(value) != 1 ||
        !all_capitals(value) || !g_ascii_isdigit(*next->text) || strchr(next->text, ' '))
        return NULL;
    char *whole = g_strconcat(value, " ", next->text, NULL);
    if (case_number_like(whole)) {
        next->used = true;
        return whole;
    }
    g_free(whole);
    return NULL;
}

static const char *const status_words[] = { "ARBETSMATERIAL", "UTKAST", "PRELIMINÄR", "REMISSVERSION", "FÖRSLAG" };

static const char *find_status(const char *s)
{
    for (size_t i = 0; i < G_N_ELEMENTS(status_words); i++)
        if (strstr(s, status_words[i]))
            return status_words[i];
    return NULL;
}

/* "Nordvästra Skånes Vatten och Avlopp AB", "ÖrebroBostäder AB", "AB Stångåstaden": a company, its form closing
 * its name or leading a short one. The sender only where a letterhead stands (letterhead_company): a letter's
 * address block names a company too, then the addressee. */
static bool company_line(const char *s)
{
    size_t n = word_count(s);
    if (n < 2 || n > 6 || !g_unichar_isupper(g_utf8_get_char(s)) || strpbrk(s, "0123456789:"))
        return false;
    return g_str_has_suffix(s, " AB") ||
           (n <= 3 && g_str_has_prefix(s, "AB ") && g_unichar_isupper(g_utf8_get_char(s + 3)));
}

/* "Kommunalförbundet Norrvatten", "Samordningsförbundet Halland": a federation's compound name leading a short line,
 * never "Förbundet" alone. The sender only in the letterhead (its first two lines, a scan's logo and date on the
 * first): a municipality's statement is commonly addressed to a federation, its name then heading the address block
 * under the kind and date. */
static bool federation_line(const char *s)
{
    const char *space = strchr(s, ' ');
    size_t first = space ? (size_t)(space - s) : strlen(s);
    char *f = g_strndup(s, first);
    char *folded = folded_copy(f);
    bool federation = word_count(s) <= 3 && g_unichar_isupper(g_utf8_get_char(s)) && !strchr(s, ':') &&
                      !g_str_has_suffix(s, ".") &&
                      strlen(folded) > strlen("forbundet") && g_str_has_suffix(folded, "forbundet");
    g_free(folded);
    g_free(f);
    return federation;
}

/* "Styrelsen beslutar", "Nämnden föreslår", "Kommunstyrelsen föreslås besluta": a decision's opening, a body and its
 * verb, no organisation's line. */
static bool body_and_verb(const char *s)
{
    static const char *const verbs[] = { " beslutar", " beslutade", " foreslar", " antar", " godkanner",
                                         " faststaller", " besluta" };
    char *f = folded_copy(s);
    bool verb = false;
    for (size_t i = 0; i < G_N_ELEMENTS(verbs) && !verb; i++)
        verb = g_str_has_suffix(f, verbs[i]);
    g_free(f);
    return verb;
}

/* "■ Uppsala kommun": a brand's mark (a geometric shape) before the name on the document's first line, no bullet of
 * a list; the name after it, else `s`. */
static const char *past_brand_mark(const char *s, guint line)
{
    gunichar c = g_utf8_get_char(s);
    const char *after = g_utf8_next_char(s);
    return line == 0 && c >= 0x25A0 && c <= 0x25FF && *after == ' ' ? after + strspn(after, " ") : s;
}

static bool is_org_line(const char *s)
{
    static const char *const words[] = { "kommun", "kommunerna", "kommunernas", "stad", "staden", "region",
                                         "regionen", "kommitte", "kommitten", "forbund", "namnd", "namnden", "radet",
                                         "styrelsen", "samarbetskommitte", "samarbetskommitten", "landsting",
                                         "raddningstjansten" };
    size_t n = word_count(s);
    if (n == 0 || n > 6 || g_str_has_suffix(s, ".") || strchr(s, ':') || !g_unichar_isupper(g_utf8_get_char(s)) ||
        body_and_verb(s))
        return false;
    char *f = folded_copy(s);
    char **tokens = g_strsplit_set(f, " -", -1);
    guint n_tokens = g_strv_length(tokens);
    bool hit = false;
    /* The organisation word ends the name ("Huddinge kommun"), or the line is a short name. */
    for (guint k = 0; k < n_tokens && !hit; k++)
        for (size_t i = 0; i < G_N_ELEMENTS(words) && !hit; i++)
            hit = (strcmp(tokens[k], words[i]) == 0 || (strlen(tokens[k]) > 12 && g_str_has_suffix(tokens[k], words[i]))) &&
                  (k + 1 == n_tokens || n <= 3);
    g_strfreev(tokens);
    g_free(f);
    return hit;
}

/* Does a word name the kind `kind` as a compound's first or last part ("Handlingsplanen",
 * "Programförklaring"), not inside another word ("Lokalplanerare")? */
static bool names_kind(const char *token, const char *kind)
{
    static const char *const endings[] = { "", "en", "et", "n", "s", "ens", "ets", "er", "erna", "met", "mets" };
    if (g_str_has_prefix(token, kind))
        return true;
    for (const char *at = strstr(token, kind); at; at = strstr(at + 1, kind))
        for (size_t i = 0; i < G_N_ELEMENTS(endings); i++)
            if (strcmp(at + strlen(kind), endings[i]) == 0)
                return true;
    return false;
}

/* Little words that join a phrase ("för", "och", "i"): none ends a title, none is a part of a person's name. */
static const char *const joining_words[] = { "för", "om", "i", "och", "av", "med", "till", "inom", "mellan", "på", "vid" };

/* Does the line end with a word that cannot end a title ("för", "och", "i")? */
static bool ends_open(const char *s)
{
    const char *last = strrchr(s, ' ');
    for (size_t i = 0; last && i < G_N_ELEMENTS(joining_words); i++)
        if (strcmp(last + 1, joining_words[i]) == 0)
            return true;
    return false;
}

/* Does a line read like a person's name and not a heading in capitals ("ANNA BERG"; "EXPEDIERAS TILL", "BESLUT
 * OCH MOTIVERING" hold a joining word no name does)? */
static bool name_not_heading(const char *s)
{
    if (!name_like(s))
        return false;
    char *lower = g_utf8_strdown(s, -1);
    char **words = g_strsplit(lower, " ", -1);
    bool joined = false;
    for (char **w = words; *w && !joined; w++)
        for (size_t i = 0; i < G_N_ELEMENTS(joining_words) && !joined; i++)
            joined = strcmp(*w, joining_words[i]) == 0;
    g_strfreev(words);
    g_free(lower);
    return !joined;
}

/* "Mäts genom: antal …", "Ansvar: …": a line led by a short label. */
static bool label_led(const char *s)
{
    const char *colon = strchr(s, ':');
    if (!colon)
        return false;
    char *lead = g_strndup(s, (gsize)(colon - s));
    bool led = word_count(lead) <= 3;
    g_free(lead);
    return led;
}

/* Is `l` a line of prose (a sentence running on, no label's value nor a table's row)? */
static bool prose_line(const xline *l)
{
    return l && word_count(l->text) > 8 && !label_led(l->text) && !l->fields;
}

/* Where the page's number that ends the line begins (" Sida 1 av 2", " Sida 1 (2)", OCR's " Sida 112)"; with
 * `lower`, also a running header's lower-case "… 2027–2030 · sida 2" whose dot OCR dropped), or NULL when the line
 * ends in none. */
static const char *page_number_after(const char *s, bool lower)
{
    const char *sida = NULL;
    for (const char *p = strstr(s, " Sida "); p; p = strstr(p + 1, " Sida "))
        sida = p;
    for (const char *p = lower ? strstr(s, " sida ") : NULL; p; p = strstr(p + 1, " sida "))
        sida = MAX(sida, p);
    const char *at = sida ? sida + strlen(" Sida ") : NULL;
    if (!at || !g_ascii_isdigit(*at))
        return NULL;
    at += strspn(at, "0123456789 ()/");
    if (g_str_has_prefix(at, "av "))
        at += strlen("av ") + strspn(at + strlen("av "), "0123456789");
    return *at == '\0' ? sida : NULL;
}

/* " Sida 2 av 3" ending the line: a letter head's or a running head's page number, the part before it kept. */
static const char *page_number_at(const char *s)
{
    return page_number_after(s, false);
}

/* Does the line end in a running header's page number, in either case? Only to refuse it as a title or heading: a
 * prose line wrapped before "se sida 2" is no head to cut. */
static bool running_page_number(const char *s)
{
    return page_number_after(s, true) != NULL;
}

/* ". , ' ~", "ii", "/": a line of at most two letters or digits, OCR's reading of a speck, a rule or a logo — no
 * title and no line of text, but a letter head's mark (the one check the title and the letter head share). */
static bool noise_line(const char *s)
{
    size_t alnum = 0;
    for (const char *p = s; *p && alnum <= 2; p = g_utf8_next_char(p))
        alnum += g_unichar_isalnum(g_utf8_get_char(p)) != 0;
    return alnum <= 2;
}

/* Does the sentence of `s` that ends at `end` have a verb? */
static bool sentence_says_what_is(const char *s, size_t end)
{
    char *sentence = g_strndup(s, end);
    bool verb = has_verb(sentence);
    g_free(sentence);
    return verb;
}

/* "Protokollet är justerat. Justeringen har …": a sentence that says what is (a verb: a title names a thing, as
 * "Riktlinjer för bostadsförsörjning. Ekby kommun 2028–2032" does) ending inside the line after a word in lower
 * case, and another going on after it: prose, no title. */
static bool ends_sentence_within(const char *s)
{
    for (size_t i = 1; s[i] && s[i + 1]; i++) {
        if (s[i] != '.' || !sentence_ends_at(s, i) || !g_unichar_isupper(g_utf8_get_char(s + i + 2)))
            continue;
        size_t word = i;
        while (word > 0 && s[word - 1] != ' ')
            word--;
        bool lower = word < i;
        for (const char *p = s + word; p < s + i && lower; p = g_utf8_next_char(p))
            lower = g_unichar_islower(g_utf8_get_char(p));
        if (lower && sentence_says_what_is(s, i))
            return true;
    }
    return false;
}

/* "avtalsnummer", "avtalsnr:": a folded token naming the number of a document, a field of its head, not its kind */
static bool names_number(const char *token)
{
    char *bare = g_strndup(token, strcspn(token, ".:"));
    bool number = g_str_has_suffix(bare, "nummer") || g_str_has_suffix(bare, "nr");
    g_free(bare);
    return number;
}

static bool is_title_line(const char *s)
{
    static const char *const words[] = { "plan", "program", "avtal", "overenskommelse", "avsiktsforklaring", "vision", "strategi",
                                         "policy", "protokoll", "tjansteutlatande", "rapport", "budget",
                                         "riktlinje", "uppdrag" };
    size_t n = word_count(s);
    if (n == 0 || n > 14 || g_str_has_suffix(s, ".") || g_str_has_suffix(s, ",") || ends_sentence_within(s))
        return false;
    if (strstr(s, " · ") || strstr(s, " | ") || strstr(s, " : ") || folded_contains(s, " dnr ") ||
        running_page_number(s))
        return false; /* a running header: name, organisation and diarienummer or page number on one line (the
                       * title's own line only where the document has no other: page_header_title) */
    char *f = folded_copy(s);
    char **tokens = g_strsplit_set(f, " -/", -1);
    bool hit = false;
    for (char **t = tokens; *t && !hit; t++) {
        /* "Mälarenergi Vatten AB på uppdrag av Västerås stad": who works for whom, no kind of document */
        bool on_behalf = strcmp(*t, "uppdrag") == 0 && t > tokens && strcmp(t[-1], "pa") == 0 && t[1] &&
                         strcmp(t[1], "av") == 0;
        for (size_t i = 0; i < G_N_ELEMENTS(words) && !hit && !on_behalf && !names_number(*t); i++)
            hit = names_kind(*t, words[i]);
    }
    g_strfreev(tokens);
    g_free(f);
    return hit;
}

static bool all_capitals(const char *s)
{
    for (const char *p = s; *p; p = g_utf8_next_char(p))
        if (g_unichar_islower(g_utf8_get_char(p)))
            return false;
    return true;
}

/* "HANINGE KOMMUN HANDLINGSPLAN": a letterhead naming the organisation and the kind of document, no title. */
static bool shouted_letterhead(const char *s)
{
    return all_capitals(s) && word_count(s) <= 5 && (strstr(s, "KOMMUN") || strstr(s, "REGION") || strstr(s, "STAD"));
}

/* "Handlingsplan", "Styrdokument", "PROTOKOLL": does folded word `f` end in the name of a kind of document? */
static bool document_kind_suffix(const char *f)
{
    static const char *const kinds[] = { "plan",    "program",  "strategi",  "policy",  "riktlinjer", "riktlinje",
                                         "dokument", "skrivelse", "avtal",   "overenskommelse", "avsiktsforklaring", "protokoll",
                                         "protokollsutdrag", "beslut", "promemoria", "rapport", "utredning" };
    for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++)
        if (g_str_has_suffix(f, kinds[i]))
            return true;
    return false;
}

/* "TJÄNSTESKRIVELSE", "Handlingsplan", "Styrdokument": a head line of one word, in capitals or naming a kind of
 * document, says what the document is; its title is another line. */
static bool is_document_type(const char *s)
{
    if (word_count(s) != 1 || !is_title_line(s))
        return false;
    char *folded = folded_copy(s);
    bool kind = document_kind_suffix(folded);
    g_free(folded);
    return kind || all_capitals(s);
}

/* "Dokumenttyp: Avtal", "Handlingstyp Plan", "Dokumentslag\tRiktlinje": a label for the kind of document; where
 * its value starts (one or two words), or NULL. */
static const char *document_type_value(const char *s)
{
    static const char *const labels[] = { "Dokumenttyp", "Handlingstyp", "Dokumentslag", "Typ av dokument" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        const char *v = folded_prefix_end(s, labels[i]);
        if (!v || !strchr(": \t", *v))
            continue;
        v += strspn(v, ": \t");
        return *v && word_count(v) <= 2 ? v : NULL;
    }
    return NULL;
}

bool heading_words(const char *s, bool colon_ends)
{
    size_t n = word_count(s), len = strlen(s);
    return n > 0 && n <= 8 && len > 2 && !strchr(colon_ends ? ".,:;" : ".,;", s[len - 1]) &&
           g_unichar_isupper(g_utf8_get_char(s));
}

/* A PDF's text layer puts a heading in one block with its paragraph: a short line over a long one. */
static bool opens_block(const xline *l, const xline *next)
{
    return next && !next->para_start && word_count(l->text) <= 6 && strlen(l->text) * 3 < strlen(next->text) * 2 &&
           g_unichar_isupper(g_utf8_get_char(next->text));
}

/* Headings that end the free text of a decision memo's proposal or summary. */
static bool is_memo_heading(const char *s)
{
    static const char *const headings[] = { "Sammanfattning", "Beskrivning av ärendet", "Bakgrund", "Ärendet",
                                            "Förvaltningens synpunkter", "Förvaltningens bedömning",
                                            "Ekonomiska konsekvenser", "Ekonomiska och juridiska konsekvenser",
                                            "Bilagor", "Bilaga", "Beslutet ska skickas till", "Beslutsunderlag",
                                            "Förslag till beslut", "Beslutsförslag", "Samverkansöverenskommelse", "Yrkanden" };
    for (size_t i = 0; i < G_N_ELEMENTS(headings); i++)
        if (folded_equal(s, headings[i]))
            return true;
    return false;
}

static bool looks_like_letterhead(const char *s)
{
    /* "HUDDINGE KOMMUN", "www.huddinge.se", "huddinge@huddinge.se", "141 85 Huddinge" */
    if ((strstr(s, "www.") || strchr(s, '@')) && word_count(s) == 1)
        return true;
    bool upper = word_count(s) <= 4;
    for (const char *p = s; *p && upper; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        upper = !g_unichar_islower(c);
    }
    return upper && is_org_line(s);
}

/* Free text after a heading: paragraphs up to the next heading, label block, letterhead or a signer's name opening a
 * paragraph after a sentence's end ("… föreningsbidrag." over "Lena Ström"; not "… avtal med" over "Vallby Energi
 * AB"). */
static char *text_after(xctx *x, guint heading, at_provenance *prov)
{
    GString *s = g_string_new(NULL);
    *prov = (at_provenance){ .confidence = -1 };
    for (guint j = heading + 1; j < x->lines->len; j++) {
        xline *l = line_at(x, j);
        const char *v;
        if (l->used || find_label(l->text, &v) >= 0 || is_memo_heading(l->text) || looks_like_letterhead(l->text) ||
            (l->para_start && distribution_label(l->text)) || /* "Beslutet skickas till" over its list */
            (l->para_start && name_like(l->text) && s->len && strchr(".!?", s->str[s->len - 1])))
            break;
        if (s->len)
            g_string_append_c(s, ' ');
        g_string_append(s, l->text);
        if (!prov->first_line) {
            prov->page = l->prov.page;
            prov->first_line = l->prov.first_line;
            prov->alto_first = l->prov.alto_first;
        }
        if (l->prov.page == prov->page) {
            prov->last_line = l->prov.last_line;
            prov->alto_last = l->prov.alto_last;
        }
    }
    return g_string_free(s, s->len == 0);
}

bool name_like(const char *s)
{
    char **words = g_strsplit(s, " ", -1);
    guint n = g_strv_length(words);
    bool ok = n >= 2 && n <= 4;
    for (guint i = 0; i < n && ok; i++) {
        ok = g_unichar_isupper(g_utf8_get_char(words[i]));
        for (const char *p = words[i]; *p && ok; p = g_utf8_next_char(p)) {
            gunichar c = g_utf8_get_char(p);
            ok = g_unichar_isalpha(c) || c == '-';
        }
    }
    g_strfreev(words);
    return ok;
}

/* A person's title, folded: the word itself or a compound's head ("förbundsdirektör", "HR-strateg"). */
static const char *const person_titles[] = { "direktor",    "chef",          "ordforande",   "sekreterare", "handlaggare",
                                             "strateg",     "samordnare",    "ansvarig",     "ledare",      "radgivare",
                                             "justerare",   "tf.",           "ledamot",      "verkstallande", "kassor",
                                             "revisor",     "firmatecknare", "forestandare", "rektor",      "ombud",
                                             /* the clergy who sign for a parish: "kyrkoherde", "församlingspräst" */
                                             "herde",       "prast",
                                             /* "Karin Lidström, GIS-ingenjör", "trafikingenjören" */
                                             "ingenjor" };

const char *const *person_title_nouns(size_t *n)
{
    *n = G_N_ELEMENTS(person_titles);
    return person_titles;
}

/* Does folded word `w` end in one of `nouns`, bare or definite ("ordföranden", "VA-strategen")? "mobilitetsstrategi"
 * does not. Compared in place: no copy per noun and ending. */
static bool ends_in_noun(const char *w, const char *const *nouns, size_t n_nouns)
{
    static const char *const endings[] = { "", "en", "n" };
    size_t n = strlen(w);
    for (size_t e = 0; e < G_N_ELEMENTS(endings); e++) {
        size_t cut = strlen(endings[e]);
        if (n < cut || !g_str_has_suffix(w, endings[e]))
            continue;
        for (size_t i = 0; i < n_nouns; i++) {
            size_t r = strlen(nouns[i]);
            if (n - cut >= r && strncmp(w + n - cut - r, nouns[i], r) == 0)
                return true;
        }
    }
    return false;
}

bool role_like(const char *s)
{
    /* a board signing as such ("Kommunstyrelsens" over its chair's name) stands where a title does */
    static const char *const boards[] = { "kommunstyrelsens" };
    if (word_count(s) > 7)
        return false;
    char *f = folded_copy(s);
    char **words = g_strsplit(f, " ", -1);
    bool hit = false;
    for (char **w = words; *w && !hit; w++) {
        g_strdelimit(*w, ",:;()", ' ');
        g_strchomp(*w);
        if (g_str_has_suffix(*w, ".") && strcmp(*w, "tf.") != 0)
            (*w)[strlen(*w) - 1] = '\0';
        hit = ends_in_noun(*w, person_titles, G_N_ELEMENTS(person_titles)) ||
              ends_in_noun(*w, boards, G_N_ELEMENTS(boards));
    }
    g_strfreev(words);
    g_free(f);
    return hit;
}

/* Does line `l`, over `next`, read as a person's name and not a heading? A line in capitals over a paragraph
 * ("EKONOMISKA KONSEKVENSER" over "Förslaget kostar …") heads it; a name stands over a role line or alone. */
static bool reads_as_name(const xline *l, const xline *next)
{
    bool over_paragraph = next && all_capitals(l->text) && !role_like(next->text) && word_count(next->text) >= 4 &&
                          strchr(".!?", last_char(next->text));
    return name_not_heading(l->text) && !over_paragraph;
}

/* "Region Örebro län", "REGION JÖNKÖPINGS LÄN": a region named after its county, its name's third word "län". */
static bool region_of_county(char **words, guint n)
{
    char *f = n >= 3 ? folded_copy(words[2]) : NULL;
    bool county = f && strcmp(f, "lan") == 0;
    g_free(f);
    return county;
}

/* "Kommunfullmäktige i Högsby kommun", "Socialnämnden i Lidköpings stad": a body named with the organisation it
 * belongs to (the first `keep` words); the word after its "i", else 0. */
static guint body_of_organisation(char **words, guint keep)
{
    GString *body = g_string_new(NULL);
    guint from = 0;
    for (guint k = 0; k + 1 < keep && !from; k++) {
        if (k && strcmp(words[k], "i") == 0 && names_body(body->str))
            from = k + 1;
        g_string_append_printf(body, "%s%s", k ? " " : "", words[k]);
    }
    g_string_free(body, TRUE);
    return from;
}

/* "(GR)", "(SKF)": the short name an organisation goes by, in brackets after its name, no part of it. */
static bool short_name(const char *w)
{
    size_t n = strlen(w);
    if (n < 4 || w[0] != '(' || w[n - 1] != ')')
        return false;
    guint letters = 0;
    for (const char *p = w + 1; p < w + n - 1; p = g_utf8_next_char(p), letters++)
        if (!g_unichar_isupper(g_utf8_get_char(p)))
            return false;
    return letters >= 2 && letters <= 6;
}

static bool letter_kind_word(const char *f, const char *rest);

/* "YTTRANDE", "PROTOKOLL": a word naming a kind of document or letter, over "Kommun …", names no organisation. */
static bool names_document_kind(const char *word)
{
    char *f = folded_copy(word);
    bool kind = document_kind_suffix(f) || letter_kind_word(f, "");
    g_free(f);
    return kind;
}

/* "ÅSELE" first over "KOMMUN Dnr …": a name set large beside two smaller head lines, which a text layer parts from
 * its kind word. The kind alone read as the organisation takes a word in capitals alone on the document's first line
 * above it. */
static void organisation_name_above(xctx *x, meta_nodes *m)
{
    at_rnode *org = m->organisations->children->len == 1 ? g_ptr_array_index(m->organisations->children, 0) : NULL;
    char *kind = org && org->text ? folded_copy(org->text) : NULL;
    const xline *first = line_at(x, 0);
    if (kind && strcmp(kind, "kommun") == 0 && first && lines_before(x, &org->prov) > 0 && !strchr(first->text, ' ') &&
        g_unichar_isupper(g_utf8_get_char(first->text)) && all_capitals(first->text) && g_utf8_strlen(first->text, -1) >= 3 &&
        !names_document_kind(first->text)) {
        char *name = g_strconcat(first->text, " ", org->text, NULL);
        rn_set_text(org, name);
        g_free(name);
    }
    g_free(kind);
}

/* "Huddinge kommun 2024–2027", "SÖDERTÄLJE KOMMUN BESLUTSUNDERLAG", "Knivsta kommun | Förvaltningen":
 * the organisation's name ends with its kind of body. */
static void add_organisation(at_rnode *organisations, const char *line, const at_provenance *prov)
{
    char **words = g_strsplit(line, " ", -1);
    guint n = g_strv_length(words), keep = n;
    bool kind_word = false;
    for (guint k = 0; k < n && keep == n; k++) {
        char *f = folded_copy(words[k]);
        kind_word =
            !strcmp(f, "kommun") || !strcmp(f, "stad") || !strcmp(f, "landsting") || !strcmp(f, "kommunforbund");
        if (kind_word)
            keep = k + 1;
        else if (k == 0 && !strcmp(f, "region") && n >= 2)
            keep = region_of_county(words, n) ? 3 : 2;
        else if (!strcmp(f, "|") || !strcmp(f, "·") || (k && short_name(words[k])))
            keep = k;
        g_free(f);
    }
    guint from = kind_word ? body_of_organisation(words, keep) : 0;
    GString *s = g_string_new(NULL);
    for (guint k = from; k < keep; k++)
        g_string_append_printf(s, "%s%s", k > from ? " " : "", words[k]);
    if (s->len)
        rn_add_text(organisations, "organisation", s->str, prov);
    g_string_free(s, TRUE);
    g_strfreev(words);
}

/* "förbundets direktion", "bolagets styrelse": a joint body's or company's board named through its owner; an
 * archivist names it by itself, definite ("Direktionen"). Otherwise NULL. */
static char *owned_board(const char *body)
{
    static const char *const boards[] = { "direktion", "styrelse" };
    const char *space = strchr(body, ' ');
    if (!space || space == body || space[-1] != 's' || strchr(space + 1, ' '))
        return NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(boards); i++)
        if (strcmp(space + 1, boards[i]) == 0)
            return g_strconcat(space + 1, g_str_has_suffix(boards[i], "e") ? "n" : "en", NULL);
    return NULL;
}

/* The first `n` bytes of `s` with a capital initial, as a name is written ("Kultur- och fritidsnämnden"). Caller
 * frees. */
static char *with_capital(const char *s, size_t n)
{
    const char *rest = g_utf8_next_char(s);
    char *initial = g_utf8_strup(s, rest - s);
    char *out = g_strdup_printf("%s%.*s", initial, (int)(n - (size_t)(rest - s)), rest);
    g_free(initial);
    return out;
}

/* The nämnd ending at word `w` of `words` ("Socialnämnden", "kultur- och fritidsnämnden", "Socialnämndens"), or NULL
 * when the word names none or only "nämnden" itself (adopting_body gives it its capital). Caller frees. */
static char *namnd_at(char **words, guint w)
{
    char *word = g_strstrip(g_strdelimit(g_strdup(words[w]), ",.;:()", ' '));
    char *f = folded_copy(word);
    size_t n = strlen(word);
    bool genitive = g_str_has_suffix(f, "namndens");
    bool named = (g_str_has_suffix(f, "namnden") || genitive) && strcmp(f, "namnden") && strcmp(f, "namndens");
    g_free(f);
    if (!named) {
        g_free(word);
        return NULL;
    }
    word[genitive ? n - 1 : n] = '\0';
    /* "kultur- och fritidsnämnden": the first part's word ends in its hyphen before "och" */
    bool joined = w >= 2 && strcmp(words[w - 1], "och") == 0 && g_str_has_suffix(words[w - 2], "-");
    char *name = joined ? g_strdup_printf("%s och %s", words[w - 2], word) : g_strdup(word);
    g_free(word);
    return name;
}

/* The one nämnd the document names itself by, for "Nämnden antog planen …": a nämnd its head names (a letterhead, a
 * title, a first sentence), when the document names no other nämnd anywhere; else NULL, never a guess. Caller frees. */
static char *own_namnd(xctx *x)
{
    char *own = NULL;
    bool other = false;
    guint first = 0; /* the line that names it first */
    for (guint i = 0; i < x->lines->len && !other; i++) {
        char **words = g_strsplit(line_at(x, i)->text, " ", -1);
        for (guint w = 0; words[w] && !other; w++) {
            char *name = namnd_at(words, w);
            other = name && own && !folded_equal(name, own);
            if (name && !own) {
                own = g_steal_pointer(&name);
                first = i;
            }
            g_free(name);
        }
        g_strfreev(words);
    }
    if (other || first >= HEAD_PROPER)
        g_clear_pointer(&own, g_free);
    return own;
}

/* "Antagen av kommunfullmäktige 2024-04-15, § 72": the decided date, with who decided and under which §. */
/* Does `t` tell an adoption? `date_first` set when its date comes before the body; its groups then matched. */
static bool adoption_told(xctx *x, const char *t, bool *date_first)
{
    *date_first = false;
    return pat_match(x, PAT_ADOPTED, t, 0) || pat_match(x, PAT_ADOPTED_STAMP, t, 0) ||
           pat_match(x, PAT_ADOPTED_ITSELF, t, 0) || pat_match(x, PAT_DECIDED_THIS, t, 0) ||
           (*date_first = pat_match(x, PAT_ADOPTED_DATE_FIRST, t, 0));
}

/* The body an adoption names, as an archivist writes it (caller frees; `body` is freed): "KF" and "KS" written out,
 * "förbundets direktion" as "Direktionen", a stamp's capitals in lower case, "Nämnden" alone as the nämnd the
 * document names itself by (NULL when it names none, or two), a capital initial. */
static char *adopting_body(xctx *x, char *body)
{
    if (strcmp(body, "KF") == 0 || strcmp(body, "KS") == 0) {
        char *full = g_strdup(body[1] == 'F' ? "kommunfullmäktige" : "kommunstyrelsen");
        g_free(body);
        body = full;
    }
    bool alone = folded_equal(body, "nämnden");
    char *board = alone ? own_namnd(x) : owned_board(body);
    if (board || alone) {
        g_free(body);
        body = board;
    }
    if (!body)
        return NULL;
    char *lower = g_utf8_strdown(body, -1), *upper = g_utf8_strup(body, -1);
    if (g_utf8_strlen(body, -1) > 5 && strcmp(body, upper) == 0) { /* a stamp's capitals, no initialism ("BUN") */
        g_free(body);
        body = g_steal_pointer(&lower);
    }
    g_free(lower);
    g_free(upper);
    char *named = with_capital(body, strlen(body));
    g_free(body);
    return named;
}

/* The adoption the last match on `t` told: its body, day and § (groups 1-3, the first two swapped when
 * `date_first`). */
static void adoption_from_match(xctx *x, meta_nodes *m, const char *t, bool date_first, const at_provenance *prov)
{
    char *date = pat_group(x, t, date_first ? 1 : 2), *paragraph = pat_group(x, t, 3);
    char *body = adopting_body(x, pat_group(x, t, date_first ? 2 : 1));
    add_date(x, m->dates, "decided", date, prov);
    for (guint k = 0; k < m->dates->children->len; k++) {
        at_rnode *d = g_ptr_array_index(m->dates->children, k);
        if (strcmp(at_rnode_attr(d, "type"), "decided") != 0)
            continue;
        if (body)
            rn_attr_set(d, "by", "%s", body);
        if (paragraph && *paragraph)
            rn_attr_set(d, "paragraph", "%s", paragraph);
    }
    g_free(body);
    g_free(date);
    g_free(paragraph);
}

static bool adoption_in(xctx *x, meta_nodes *m, const char *t, const at_provenance *prov)
{
    bool date_first;
    if (!adoption_told(x, t, &date_first))
        return false;
    adoption_from_match(x, m, t, date_first, prov);
    return true;
}

/* The first date of `type`, or NULL. */
at_rnode *date_of(const at_rnode *dates, const char *type)
{
    for (guint i = 0; i < dates->children->len; i++)
        if (strcmp(at_rnode_attr(g_ptr_array_index(dates->children, i), "type"), type) == 0)
            return g_ptr_array_index(dates->children, i);
    return NULL;
}

static bool has_date(const at_rnode *dates, const char *type)
{
    return date_of(dates, type) != NULL;
}

/* The signature rows of `rows`' tables: from the first row set out for signing ("För X | För Y" over
 * "Datum: … | Datum: …") down, whose labels are the blocks', not the document's. The rows above it are the
 * document's own (a decision form's "Datum | …" over its closing "Underskrift | …"). Maps a table's number plus one
 * to its first signature row plus one; caller unrefs. */
static GHashTable *signing_tables(GPtrArray *rows)
{
    GHashTable *tables = g_hash_table_new(NULL, NULL);
    for (guint i = 0; i < rows->len; i++) {
        const xrow *r = g_ptr_array_index(rows, i);
        gpointer key = GINT_TO_POINTER(r->table + 1);
        if (row_set_out_for_signing(r) && !g_hash_table_contains(tables, key))
            g_hash_table_insert(tables, key, GINT_TO_POINTER(r->row + 1));
    }
    return tables;
}

/* Is `r` a signature row of `tables` (signing_tables)? */
static bool in_tables(GHashTable *tables, const xrow *r)
{
    gpointer first;
    return r && g_hash_table_lookup_extended(tables, GINT_TO_POINTER(r->table + 1), NULL, &first) &&
           r->row + 1 >= GPOINTER_TO_INT(first);
}

/* Is line `i` a minutes' § item with its heading ("§ 61 Val av justerare")? */
static bool minutes_item(xctx *x, guint i)
{
    return pat_match(x, PAT_CLAUSE, line_at(x, i)->text, 0) && word_count(line_at(x, i)->text) > 2;
}

/* Does the head say the document is minutes ("Sammanträdesprotokoll", "Protokoll")? A plan or a taxa numbers its
 * rules "§ 1 …" too. */
static bool head_names_protocol(xctx *x)
{
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER; i++)
        if (folded_contains(line_at(x, i)->text, "protokoll"))
            return true;
    return false;
}

/* The line of a whole protocol's first § item, when it has two or more; else G_MAXUINT. */
static guint first_minutes_item(xctx *x)
{
    guint first = G_MAXUINT, items = 0;
    for (guint i = 0; i < x->lines->len && items < 2; i++)
        if (minutes_item(x, i))
            first = MIN(first, i), items++;
    return items >= 2 && head_names_protocol(x) ? first : G_MAXUINT;
}

/* Is `r` in the first table of `rows` when that stands in the head (fewer than HEAD_LINES lines of text before
 * it, on whatever page: a cover page may come first), or in the last one: where a document's information table
 * stands? A label | value table elsewhere tells of something else (an appendix about another document, the
 * policy a guideline replaces). */
static bool info_table_row(xctx *x, GPtrArray *rows, const xrow *r)
{
    const xrow *first = g_ptr_array_index(rows, 0), *last = g_ptr_array_index(rows, rows->len - 1);
    if (r->table == last->table)
        return true;
    if (r->table != first->table)
        return false;
    guint before = 0, above = lines_before(x, &first->prov); /* only the lines above the table: linear in rows */
    for (guint i = 0; i < above && before <= HEAD_LINES; i++)
        before += !line_at(x, i)->fields;
    return before <= HEAD_LINES;
}

/* What an adoption label and its value tell ("Beslutad av" | "Kommunfullmäktige", "Beslutsdatum" | "12 mars 2025",
 * "Paragraf" | "§ 41"), kept in by, date and paragraph; `at` where the first stands. */
typedef struct {
    const char *by, *date, *paragraph;
    const at_provenance *at;
    const char *meeting; /* "Sammanträdesdatum" | "2028-03-04": the adoption's day only beside its § */
    size_t by_n;         /* the body's bytes in `by` when its § follows it ("Tekniska nämnden, § 22"); 0: all */
} adoption_parts;

static bool adopting_body_label(const char *label)
{
    static const char *const labels[] = { "beslutad av", "beslutat av", "antagen av", "antaget av", "fastställd av",
                                          "fastställt av", "godkänd av", "godkänt av" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++)
        if (folded_starts(label, labels[i]))
            return true;
    return folded_equal(label, "beslutsinstans") || folded_equal(label, "beslutsorgan") ||
           folded_equal(label, "beslutande organ");
}

/* "Beslutsdatum", "Antagen", "Fastställd datum", "Godkänd den", "Datum för antagande", "Antagandedatum": a label for
 * the day of the adoption, in the participles of a stamp or the nouns of a decision. */
static bool adoption_day_label(const char *label)
{
    static const char *const participles[] = { "beslutad", "beslutat", "antagen", "antaget", "fastställd", "fastställt",
                                               "godkänd", "godkänt" };
    static const char *const days[] = { "", " datum", " den", " dag", ":" };
    static const char *const nouns[] = { "beslut", "antagande", "fastställelse", "godkännande" };
    bool day = folded_starts(label, "beslutsdatum") || folded_starts(label, "antagandedatum") ||
               folded_starts(label, "fastställelsedatum");
    for (size_t i = 0; i < G_N_ELEMENTS(participles) && !day; i++)
        for (size_t k = 0; k < G_N_ELEMENTS(days) && !day; k++) {
            char *words = g_strconcat(participles[i], days[k], NULL);
            day = folded_equal(label, words);
            g_free(words);
        }
    for (size_t i = 0; i < G_N_ELEMENTS(nouns) && !day; i++) {
        char *words = g_strconcat("datum för ", nouns[i], NULL);
        day = folded_equal(label, words);
        g_free(words);
    }
    return day;
}

/* "Paragraf", "§", "Beslutsparagraf": a label for the § of a decision. */
static bool section_label(const char *label)
{
    return folded_starts(label, "paragraf") || folded_equal(label, "§") || folded_starts(label, "beslutsparagraf") ||
           folded_starts(label, "protokollsparagraf");
}

/* "Instans" (the deciding body) beside the labels of a decision's day or § in one row of labels. */
static bool body_column_label(const char *label)
{
    return adopting_body_label(label) || folded_equal(label, "instans");
}

bool adoption_label(const char *s)
{
    return body_column_label(s) || day_and_section_label(s) || adoption_day_label(s) || section_label(s);
}

/* Do the n `cells` of a row of labels name a deciding body and a decision's § ("Instans | Datum | Paragraf",
 * "Beslutsinstans | Datum och paragraf"): one reading of such rows, for the head's labels and the adoption alike. */
static bool decision_labels(const char *const *cells, int n)
{
    bool body = false, section = false;
    for (int c = 0; c < n; c++) {
        body |= cells[c] && body_column_label(cells[c]);
        section |= cells[c] && (day_and_section_label(cells[c]) || section_label(cells[c]));
    }
    return body && section;
}

/* The number of the § after date `d` in `value`: "2026-12-14, § 176", or as a scan reads the sign alone before
 * the number at the value's end ("2026-12-14, 8 176", `3`, `5`, `S`, `$`, `&`, as PAT_ADOPTED); NULL if none. */
static const char *section_after(const char *value, const xdate *d)
{
    const char *section = strstr(value, "§");
    if (section)
        return section + strcspn(section, "0123456789");
    const char *s = value + d->end;
    s += strspn(s, " ,");
    if (!*s || !strchr("835S$&", *s) || s[1] != ' ')
        return NULL;
    s += 1 + strspn(s + 1, " ");
    size_t digits = strspn(s, "0123456789");
    return digits >= 1 && digits <= 4 && !s[digits + strspn(s + digits, " .)")] ? s : NULL;
}

/* "Tekniska nämnden, § 22", "Miljö- och byggnämnden § 22": a body cell that carries the § of its decision (the day in
 * a cell of its own); a cell with a day in it is a stamp (head_pair_adoption). */
static bool body_and_section(const char *value, adoption_parts *a, const at_provenance *at)
{
    const char *sign = strstr(value, "§"), *number = sign + strcspn(sign, "0123456789");
    size_t n = (size_t)(sign - value);
    while (n && strchr(" ,(", value[n - 1]))
        n--;
    char *body = g_strndup(value, n);
    bool fits = n && word_count(body) <= 4 && !strpbrk(body, "0123456789") && *number;
    if (fits)
        a->by = value, a->by_n = n, a->at = at, a->paragraph = number;
    g_free(body);
    return fits;
}

/* A plain "Datum" (or "Datum och paragraf") is the adoption's only beside a § ("Datum: 26 februari 2026, § 31"). A
 * scan's stray marks before a body's name (`-Kommunfullmäktige`) are no part of it. */
static void adoption_pair(xctx *x, const char *label, const char *value, const at_provenance *at, adoption_parts *a)
{
    xdate d;
    const char *section = strstr(value, "§");
    if (adopting_body_label(label)) {
        value += strspn(value, "-<>~_.,:;'|");
        if (!(section && body_and_section(value, a, at)) && *value && word_count(value) <= 4)
            a->by = value, a->at = at;
    } else if ((adoption_day_label(label) ||
                (section && (folded_equal(label, "datum") || day_and_section_label(label)))) &&
             find_date(x, value, 0, &d)) {
        a->date = value, a->at = a->at ? a->at : at;
        const char *number = section_after(value, &d);
        a->paragraph = number ? number : a->paragraph;
    } else if (section_label(label) && value[strcspn(value, "0123456789")]) /* "–": the § stands by the day */
        a->paragraph = value + strcspn(value, "0123456789");
    else if ((folded_equal(label, "sammanträdesdatum") || folded_equal(label, "sammanträde")) &&
             find_date(x, value, 0, &d))
        a->meeting = value; /* the meeting that decided, when the block gives its body and § (adoption_set) */
}

bool labelled(const char *s, char **label, const char **value)
{
    return labelled_within(s, 24, label, value);
}

/* The label | value pairs of row `r`: its cells two by two ("Beslutad av | Kommunfullmäktige | Beslutsdatum |
 * 2026-06-15, § 98"), or each cell written "Label: value" ("Beslutad av: Kommunfullmäktige | Beslutsdatum:
 * 2025-12-17 | Paragraf: § 203"). */
static void adoption_cells(xctx *x, const xrow *r, adoption_parts *a)
{
    for (int c = 0; r->n_cells % 2 == 0 && c + 1 < r->n_cells; c += 2)
        if (r->cells[c] && r->cells[c + 1] && !strstr(r->cells[c], ": "))
            adoption_pair(x, r->cells[c], r->cells[c + 1], &r->prov, a);
    for (int c = 0; c < r->n_cells; c++) {
        char *label;
        const char *value;
        if (r->cells[c] && labelled(r->cells[c], &label, &value)) {
            adoption_pair(x, label, value, &r->prov, a);
            g_free(label);
        }
    }
}

/* The adoption that labels and values gave together, unless a sentence or label found who decided already. */
static void adoption_set(xctx *x, meta_nodes *m, const adoption_parts *a)
{
    at_rnode *d = date_of(m->dates, "decided"); /* a bare "Antagen: <date>" label found it already: who and § */
    /* "Beslutsinstans | Sammanträdesdatum | Paragraf": the meeting's day with a body and a § is the adoption's; a
     * memo's head naming the body and meeting yet to decide gives no § */
    const char *date = a->date ? a->date : a->paragraph && g_ascii_isdigit(*a->paragraph) ? a->meeting : NULL;
    if (!a->by || !date || (d && at_rnode_attr(d, "by")))
        return;
    if (!d) {
        add_date(x, m->dates, "decided", date, a->at);
        d = g_ptr_array_index(m->dates->children, m->dates->children->len - 1);
    }
    char *by = with_capital(a->by, a->by_n ? a->by_n : strlen(a->by));
    rn_attr_set(d, "by", "%s", by);
    g_free(by);
    if (a->paragraph && g_ascii_isdigit(*a->paragraph))
        rn_attr_set(d, "paragraph", "%.*s", (int)strspn(a->paragraph, "0123456789"), a->paragraph);
}

/* A document information table's rows of labels and values, wherever the table stands: the adoption they give
 * together. */
static void adoption_rows(xctx *x, meta_nodes *m, GPtrArray *rows)
{
    adoption_parts a = { 0 };
    for (guint i = 0; i < rows->len; i++) {
        const xrow *r = g_ptr_array_index(rows, i);
        if (i > 0 && r->table != ((const xrow *)g_ptr_array_index(rows, i - 1))->table) {
            if (a.by && a.date)
                break;
            a = (adoption_parts){ 0 }; /* who, when and the § come from one table */
        }
        if (info_table_row(x, rows, r))
            adoption_cells(x, r, &a);
    }
    adoption_set(x, m, &a);
}

/* Is row r in the document's head (its first page) or in the table that closes it, after all its text (the facts
 * of a programme on its last page: "Beslutat av | Kommunfullmäktige …", "Diarienummer | …")? */
static bool head_or_closing_row(xctx *x, const xrow *r)
{
    const xrow *last = g_ptr_array_index(x->rows, x->rows->len - 1);
    const xline *text_end = x->lines->len ? line_at(x, x->lines->len - 1) : NULL;
    return r->prov.page == 1 || (r->table == last->table && text_end && prov_before(&text_end->prov, &r->prov));
}

/* A label over its value in a row of a decision's labels: "Instans" is the body there, a plain "Datum" the meeting's
 * (the adoption's beside the § of another column). */
static void column_pair(xctx *x, const char *label, const char *value, const at_provenance *at, adoption_parts *a)
{
    xdate d;
    if (folded_equal(label, "instans"))
        label = "beslutsinstans";
    adoption_pair(x, label, value, at, a);
    if (folded_equal(label, "datum") && !a->date && find_date(x, value, 0, &d))
        a->meeting = value;
}

/* "2028-05-12 § 44", "12 maj 2028, § 44": a day with the § of its decision after it. */
static bool day_with_section(xctx *x, const char *value)
{
    xdate d;
    return value && find_date(x, value, 0, &d) && section_after(value, &d);
}

/* What row `values` under the row of labels `labels` tells of a decision: nothing (all NULL) unless a body and a §
 * (a memo's head names the meeting yet to decide, with no §). */
static adoption_parts decided_row(xctx *x, const xrow *labels, const xrow *values)
{
    adoption_parts a = { 0 };
    for (int c = 0; c < labels->n_cells && c < values->n_cells; c++)
        if (labels->cells[c] && values->cells[c])
            column_pair(x, labels->cells[c], values->cells[c], &values->prov, &a);
    return a.by && a.paragraph && g_ascii_isdigit(*a.paragraph) ? a : (adoption_parts){ 0 };
}

/* The full day (YYYY-MM-DD) a cell of row `r` holds into `iso`; false when none does. */
static bool row_day(xctx *x, const xrow *r, char *iso)
{
    xdate d;
    for (int c = 0; c < r->n_cells; c++)
        if (r->cells[c] && find_date(x, r->cells[c], 0, &d) && strlen(d.iso) == strlen("YYYY-MM-DD")) {
            strcpy(iso, d.iso);
            return true;
        }
    return false;
}

/* The decision in force that the rows under the row of labels `rows[i]` give: the one of the latest day, whatever
 * order the rows list them in ("Kommunfullmäktige | 2028-05-12 § 44" over "Kommunstyrelsen | 2028-04-20 § 61"); none
 * when a row with no § comes later still (a memo's "Ärendets beredning": the meetings yet to decide). */
static adoption_parts latest_decision(xctx *x, GPtrArray *rows, guint i)
{
    const xrow *labels = g_ptr_array_index(rows, i);
    adoption_parts best = { 0 };
    char best_day[32] = "", pending[32] = "", iso[32];
    for (guint k = i + 1; k < rows->len; k++) {
        const xrow *r = g_ptr_array_index(rows, k), *prev = g_ptr_array_index(rows, k - 1);
        if (r->table != labels->table || r->row != prev->row + 1)
            break;
        adoption_parts a = decided_row(x, labels, r);
        if (!row_day(x, r, iso))
            continue;
        if (a.by && strcmp(iso, best_day) > 0) {
            best = a;
            strcpy(best_day, iso);
        } else if (!a.by && strcmp(iso, pending) > 0) {
            strcpy(pending, iso);
        }
    }
    return strcmp(pending, best_day) > 0 ? (adoption_parts){ 0 } : best;
}

/* "Dokumenttyp | Antagen av | Datum för beslut" over "Plan | Tekniska nämnden, § 22 | 2028-03-04": a head's or
 * closing table's row of labels, who adopted and on which day, over the row of their values. */
static void adoption_columns(xctx *x, meta_nodes *m, GPtrArray *rows)
{
    for (guint i = 0; i + 1 < rows->len && !has_date(m->dates, "decided"); i++) {
        const xrow *r = g_ptr_array_index(rows, i), *below = g_ptr_array_index(rows, i + 1);
        /* a plain "Datum" is the decision's beside a § column ("Instans | Datum | Paragraf"); a version history's
         * "Version | Datum | Beslutad av" rows are drafts and decisions in turn (version_history_adoption) */
        bool decision = decision_labels((const char *const *)r->cells, r->n_cells), body = false, day = false;
        for (int c = 0; c < r->n_cells; c++) {
            body |= r->cells[c] && body_column_label(r->cells[c]);
            /* "Instans | Datum" over "Kommunfullmäktige | 2028-05-12 § 44": the § in the day's cell */
            bool sectioned = c < below->n_cells && day_with_section(x, below->cells[c]);
            day |= r->cells[c] && (adoption_day_label(r->cells[c]) || day_and_section_label(r->cells[c]) ||
                                   ((decision || sectioned) && folded_equal(r->cells[c], "datum")));
        }
        if (!body || !day || below->table != r->table || below->row != r->row + 1 ||
            (r->prov.page != 1 && (rows != x->rows || !head_or_closing_row(x, r))))
            continue;
        adoption_parts a = latest_decision(x, rows, i);
        adoption_set(x, m, &a);
    }
}

/* The column of version history `hr` that names who decided: "Beslut", "Instans", "Beslutande" or an adoption
 * label's ("Fastställd av", "Beslutsinstans"); -1 if none. */
static int decision_column(const xrow *hr)
{
    static const char *const decision[] = { "beslut", "instans", "beslutande" };
    int c = column_named(hr, decision, G_N_ELEMENTS(decision));
    for (int k = 0; c < 0 && k < hr->n_cells; k++)
        c = hr->cells[k] && adopting_body_label(hr->cells[k]) ? k : -1;
    return c;
}

/* A version history ("Version | Datum | Beslut | Kommentar"): its last row whose decision cell names a body and a §
 * ("1.0 | 2027-02-23 | Kommunstyrelsen § 12 | Fastställd") is the adoption in force; earlier rows are drafts. */
static void version_history_adoption(xctx *x, meta_nodes *m, GPtrArray *rows)
{
    static const char *const version[] = { "version" }, *const date[] = { "datum" };
    adoption_parts a = { 0 };
    char *by = NULL;
    for (guint i = 0; i < rows->len; i++) {
        const xrow *hr = g_ptr_array_index(rows, i);
        int cd = column_named(hr, date, 1), cb = decision_column(hr);
        if (column_named(hr, version, 1) < 0 || cd < 0 || cb < 0)
            continue;
        for (guint k = i + 1; k < rows->len; k++) {
            const xrow *r = g_ptr_array_index(rows, k);
            const char *cell = cb < r->n_cells ? r->cells[cb] : NULL, *sign = cell ? strstr(cell, "§") : NULL;
            xdate d;
            if (r->table != hr->table)
                break;
            if (!sign || sign == cell || !g_unichar_isupper(g_utf8_get_char(cell)) || cd >= r->n_cells ||
                !r->cells[cd] || !find_date(x, r->cells[cd], 0, &d))
                continue;
            g_free(by);
            by = g_strstrip(g_strndup(cell, (size_t)(sign - cell)));
            a = (adoption_parts){ by, r->cells[cd], sign + strcspn(sign, "0123456789"), &r->prov, NULL, 0 };
        }
    }
    adoption_set(x, m, &a);
    g_free(by);
}

/* "Beslutad av Kommunfullmäktige", "Beslutsdatum 2027-12-13, § 112", "Datum 2027-06-14, § 52": a fact box's label
 * and value read as one line, their gap a space (a born PDF's unruled box): an adoption label of up to three words,
 * then the body alone (capital, no digit) or a value opening with a day. A sentence ("Beslutad av fullmäktige den
 * 12 mars") is none. */
static bool spaced_adoption_label(xctx *x, const char *s, char **label, const char **value)
{
    const char *space = s;
    for (int words = 1; words <= 3 && (space = strchr(space + 1, ' ')); words++) {
        char *head = g_strndup(s, (size_t)(space - s));
        const char *rest = space + 1;
        xdate d;
        bool body = adopting_body_label(head) &&
                    g_unichar_isupper(g_utf8_get_char(rest)) && !strpbrk(rest, "0123456789");
        /* a plain "Datum" is the adoption's beside a § ("Datum 2027-06-14, § 52"), as adoption_pair reads it */
        bool dated = adoption_day_label(head) || (folded_equal(head, "Datum") && strstr(rest, "§"));
        bool day = dated && find_date(x, rest, 0, &d) && d.start == 0;
        if (body || day) {
            *label = head, *value = rest;
            return true;
        }
        g_free(head);
    }
    return false;
}

/* Lines of labels and values, as an information block written without a table ("Fastställt av: Kommunfullmäktige"
 * over "Datum: 26 februari 2026, § 31", or spaced_adoption_label's): who and when from one run of such lines in the
 * head or closing the document, not brought in by a line ending in ':' (a memo may quote an older version's
 * block). */
static void adoption_label_lines(xctx *x, meta_nodes *m)
{
    enum { CLOSING_LINES = 8 };
    adoption_parts a = { 0 };
    xline *date_line = NULL;
    guint start = 0;
    for (guint i = 0; i <= x->lines->len; i++) {
        xline *l = i < x->lines->len ? line_at(x, i) : NULL;
        char *label;
        const char *value;
        if (!l || l->fields || !(labelled(l->text, &label, &value) || spaced_adoption_label(x, l->text, &label, &value))) {
            bool quoted = start > 0 && last_char(line_at(x, start - 1)->text) == ':'; /* "… gäller sedan 2019:" */
            if (a.by && a.date && !quoted && (start < HEAD_LINES || x->lines->len - i <= CLOSING_LINES))
                break;
            a = (adoption_parts){ 0 };
            start = i + 1;
            continue;
        }
        const char *date = a.date;
        adoption_pair(x, label, value, &l->prov, &a);
        date_line = a.date != date ? l : date_line;
        g_free(label);
    }
    if (!a.by || !a.date)
        return;
    date_line->used = true; /* the day of the decision, not a meeting in a calendar */
    adoption_set(x, m, &a);
}

/* The names a document calls itself by, a kind of document in the definite or after a demonstrative ("Avtalet",
 * "Riktlinjerna", "Detta avtal"). */
static const char *const document_self_names[] = { "Avtalet",    "Överenskommelsen", "Planen",  "Handlingsplanen",
                                                   "Åtgärdsplanen", "Programmet", "Strategin", "Policyn",
                                                   "Riktlinjen", "Riktlinjerna", "Dokumentet", "Detta avtal",
                                                   "Denna överenskommelse" };

const char *const *document_self_name_list(size_t *n)
{
    *n = G_N_ELEMENTS(document_self_names);
    return document_self_names;
}

/* The first `word` in `s` followed by a space, or NULL. */
static const char *word_before_space(const char *s, const char *word)
{
    const char *at = strstr(s, word);
    while (at && at[strlen(word)] != ' ')
        at = strstr(at + 1, word);
    return at;
}

/* "Planen ersätter den åtgärdsplan … som fastställdes av direktionen den …": a relative clause in the `n` bytes of `s`
 * telling another document's adoption ("som" then an adoption verb within two words); "Planen, som antogs …" and
 * "Planen som antogs …" are the document's own, the clause right after its one-word subject. */
static bool relative_adoption(const char *s, size_t n)
{
    static const char *const verbs[] = { "faststall", "antog", "antag", "godkan", "beslut", "klubbad" };
    char *t = g_strndup(s, n);
    char *f = folded_copy(t);
    bool other = false;
    for (const char *at = strstr(f, " som "); at && !other; at = strstr(at + 1, " som ")) {
        const char *w = at + 5;
        for (int k = 0; k < 3 && *w && !other; k++) {
            for (size_t v = 0; v < G_N_ELEMENTS(verbs) && !other; v++)
                other = g_str_has_prefix(w, verbs[v]);
            w = strchr(w, ' ');
            w = w ? w + 1 : "";
        }
        other = other && at[-1] != ',' && memchr(f, ' ', (size_t)(at - f));
    }
    g_free(t);
    g_free(f);
    return other;
}

/* "Avtalet godkändes av ...", "Planen antogs av ...": the sentence of `s` whose subject is the document itself,
 * which may stand anywhere (an agreement says at its end who approved it); its length in *len, or NULL. */
static const char *sentence_about_itself(const char *s, size_t *len)
{
    for (size_t i = 0; i < G_N_ELEMENTS(document_self_names); i++) {
        /* opening the line, a sentence in it, or a label's value */
        const char *at = word_before_space(s, document_self_names[i]);
        if (at && (at == s || (at - s >= 2 && (at[-2] == '.' || at[-2] == ':')))) {
            const char *end = strstr(at, ". ");
            *len = end ? (size_t)(end + 1 - at) : strlen(at);
            return at;
        }
    }
    return NULL;
}

/* How a line names minutes: not at all; citing them ("Utdrag ur kultur- och fritidsnämndens protokoll 2027-02-08,
 * § 14" under a memo's heading, "Protokoll från kommunstyrelsens arbetsutskott"); bare, one word of the kind
 * ("SAMMANTRÄDESPROTOKOLL", "Protokoll", "Nämndprotokoll"); or as an extract ("PROTOKOLLSUTDRAG", "Utdrag ur
 * protokoll", "Utdrag ur kommunstyrelsens protokoll"). An extract or a bare name cites minutes too. */
typedef enum { MINUTES_NONE, MINUTES_CITED, MINUTES_BARE, MINUTES_EXTRACT } minutes_naming;

static minutes_naming names_minutes(const char *s)
{
    char *f = folded_copy(s);
    const char *from = strstr(f, "utdrag ur ");
    minutes_naming named = !strstr(f, "protokoll")                                                 ? MINUTES_NONE
                           : strstr(f, "protokollsutdrag") || (from && strstr(from, "protokoll")) ? MINUTES_EXTRACT
                           : !strchr(f, ' ') && g_str_has_suffix(f, "protokoll")                  ? MINUTES_BARE
                                                                                                   : MINUTES_CITED;
    g_free(f);
    return named;
}

/* "KS § 34 Dnr 2027/58-821", "BUN § 12": a minutes item's § after the initialism of the body that met; where the §
 * starts, else `s`. */
static const char *after_body_initialism(const char *s)
{
    const char *p = s;
    size_t n = 0;
    for (; *p && g_unichar_isupper(g_utf8_get_char(p)); p = g_utf8_next_char(p))
        n++;
    return n >= 2 && n <= 6 && g_str_has_prefix(p, " §") ? p + 1 : s;
}

/* "Organ Kommunstyrelsens arbetsutskott", "Beslutande organ: Socialnämnden", "Instans\nTekniska nämnden",
 * "Sammanträde | Barn- och utbildningsnämnden": a head label for the body that met, and the body after it; NULL when
 * `s` is none. */
static const char *labelled_body(const char *s)
{
    static const char *const labels[] = { "Organ",   "Beslutande organ", "Beslutande", "Beslutsorgan", "Instans",
                                          "Beslutsinstans", "Sammanträde", "Nämnd", "Utskott" };
    for (size_t i = 0; s && i < G_N_ELEMENTS(labels); i++) {
        const char *value = folded_prefix_end(s, labels[i]);
        if (!value || !*value || !strchr(": \n", *value))
            continue;
        value += strspn(value, ": \n");
        if (names_body(value))
            return value;
    }
    return NULL;
}

/* The last of the lines of a page table's cell `c` of `r` ("Styrelsen" of "ÖrebroBostäder AB" over "Styrelsen"), as
 * the end of its text, or NULL when the cell has one line. */
static const char *cell_last_line(const xrow *r, int c)
{
    const char *lines = r->cell_lines ? r->cell_lines[c] : NULL, *nl = lines ? strrchr(lines, '\n') : NULL;
    size_t n = nl && r->cells[c] ? strlen(nl + 1) : 0, all = r->cells[c] ? strlen(r->cells[c]) : 0;
    return n && n < all && strcmp(r->cells[c] + all - n, nl + 1) == 0 ? r->cells[c] + all - n : NULL;
}

/* The first cell of a head row (a PDF's table or a text export's fields, on page 1) that `test` accepts, its last
 * line tried first (a letterhead's name over the body that met, its kind over the meeting's day): what `test`
 * returns for it, or NULL. */
static const char *head_cell(xctx *x, const char *(*test)(const char *))
{
    GPtrArray *sources[] = { x->rows, x->text_rows };
    for (size_t s = 0; s < G_N_ELEMENTS(sources); s++)
        for (guint i = 0; i < sources[s]->len; i++) {
            const xrow *r = g_ptr_array_index(sources[s], i);
            for (int c = 0; c < r->n_cells && r->prov.page <= 1 && r->prov.first_line <= HEAD_PROPER; c++) {
                const char *last = cell_last_line(r, c);
                const char *hit = last ? test(last) : NULL;
                hit = hit ? hit : r->cells[c] ? test(r->cells[c]) : NULL;
                if (hit)
                    return hit;
            }
        }
    return NULL;
}

static const char *minutes_extract_cell(const char *s)
{
    return names_minutes(s) == MINUTES_EXTRACT ? s : NULL;
}

/* A head cell of nothing but a body's name ("Kommunstyrelsen"). */
static const char *body_cell(const char *s)
{
    return names_body(s) ? s : NULL;
}

/* "Paragraf § 38", "§ 112": a decision's § and nothing more (not "§ 1 Parter"), or NULL. */
static const char *paragraph_stamp(const char *t)
{
    const char *mark = t ? strstr(t, "§ ") : NULL, *digits = mark ? mark + strlen("§ ") : NULL;
    const char *label = t && !mark ? folded_prefix_end(t, "Paragraf ") : NULL;
    if (label && strchr("&$S", *label) && label[1] == ' ') /* "Paragraf & 14": OCR's § after its label */
        digits = label + 2;
    /* "Protokollsparagraf: 41", "Paragraf: 41": the label says what the number is */
    const char *named = t && !mark ? folded_prefix_end(t, "Protokollsparagraf: ") : NULL;
    named = named ? named : t && !mark ? folded_prefix_end(t, "Paragraf: ") : NULL;
    digits = named && g_ascii_isdigit(*named) ? named : digits;
    return digits && word_count(t) <= 3 && *digits && strspn(digits, "0123456789") == strlen(digits) ? digits : NULL;
}

/* The § a head line or a cell of page 1's first table rows stamps the decision with. */
static const char *head_paragraph_stamp(xctx *x)
{
    const char *digits = NULL;
    for (guint i = 0; i < x->lines->len && i < 12 && !digits; i++)
        digits = paragraph_stamp(line_at(x, i)->text);
    return digits ? digits : head_cell(x, paragraph_stamp);
}

static const char *minutes_cell(const char *s)
{
    return names_minutes(s) == MINUTES_BARE ? s : NULL;
}

/* "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen", "PROTOKOLLSUTDRAG Socialnämnden": a head cell of the minutes' kind, one
 * word, then the body that met; that body, or NULL ("Protokoll från kommunstyrelsen" cites minutes). */
static const char *body_after_minutes_kind(const char *s)
{
    const char *space = strchr(s, ' ');
    g_autofree char *kind = space ? g_strndup(s, (gsize)(space - s)) : NULL;
    return kind && names_minutes(kind) >= MINUTES_BARE && names_body(space + 1) ? space + 1 : NULL;
}

/* Is line `i` of a head the §§ whole minutes list ("Paragrafer 40–46", "§§ 40–46")? */
static bool lists_paragraphs(xctx *x, guint i)
{
    const char *t = line_at(x, i)->text;
    return folded_starts(t, "Paragrafer") || strstr(t, "§§");
}

/* Does one item with its heading ("§ 88 Trafiksäkerhetsprogram …") stand alone under a head that lists no §§? */
static bool one_item(xctx *x)
{
    guint n = 0;
    for (guint i = 0; i < x->lines->len && n < 2; i++) {
        if (i < 12 && lists_paragraphs(x, i))
            return false;
        n += minutes_item(x, i);
    }
    return n == 1;
}

/* The head's first body ("Vård- och omsorgsnämnden", a letterhead's left half: "Kommunstyrelsens arbetsutskott …
 * Sammanträdesdatum 2026-11-17", or a labelled one: "Organ | Kommunstyrelsens arbetsutskott") and § ("§ 42 Dnr BUN
 * 2026/87", "Paragraf § 38"); whether it is an extract of minutes (a head line or a head table's cell says so). */
static bool head_body_paragraph(xctx *x, const char **body, const char **paragraph)
{
    bool minutes = head_cell(x, minutes_extract_cell) != NULL, bare_minutes = false;
    size_t a, b;
    *body = *paragraph = NULL;
    for (guint i = 0; i < x->lines->len && i < 12; i++) {
        const xline *l = line_at(x, i);
        const char *t = l->text;
        minutes = minutes || names_minutes(t) == MINUTES_EXTRACT;
        /* "SAMMANTRÄDESPROTOKOLL <gap> Sammanträdesdag": a PDF's head row, the kind in either half */
        bare_minutes = bare_minutes || names_minutes(t) == MINUTES_BARE ||
                       (l->before_gap && (names_minutes(t + l->gap_at) == MINUTES_BARE ||
                                          names_minutes(l->before_gap) == MINUTES_BARE));
        /* "ÅSELE KOMMUN … Kommunstyrelsen": a letterhead's right half */
        const char *right = l->before_gap ? t + l->gap_at : NULL;
        *body = *body                                         ? *body
                : labelled_body(t)                            ? labelled_body(t) /* not "Sammanträde Socialnämnden" */
                : right && names_body(right)                  ? right
                : names_body(t)                               ? t
                : l->before_gap && names_body(l->before_gap) ? l->before_gap
                                                              : NULL;
        const char *mark = after_body_initialism(t);
        if (!*paragraph && pat_match(x, PAT_CLAUSE, mark, 0) && pat_span(x, 1, &a, &b))
            *paragraph = mark + a;
    }
    /* "SAMMANTRÄDESPROTOKOLL" over one item's bare "§ 87": an extract of that item (whole minutes list theirs:
     * "Paragrafer 61–65") */
    bare_minutes = bare_minutes || head_cell(x, minutes_cell);
    /* "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen": the kind and the body that met in one cell */
    const char *kind_body = head_cell(x, body_after_minutes_kind);
    bare_minutes = bare_minutes || kind_body;
    /* or over its one item's heading ("§ 88 Trafiksäkerhetsprogram …"; whole minutes have several) */
    minutes = minutes || (bare_minutes && (head_paragraph_stamp(x) || (*paragraph && one_item(x))));
    *body = kind_body && minutes ? kind_body : *body;
    *body = *body ? *body : head_cell(x, labelled_body);
    /* "Åsele kommun | Kommunstyrelsen | Sammanträdesdatum …": an extract's head row names the body that met bare */
    *body = *body || !minutes ? *body : head_cell(x, body_cell);
    return minutes;
}


/* "Kommunstyrelsens förslag till kommunfullmäktige", "Arbetsutskottets förslag till kommunstyrelsen": the heading
 * of a body's proposal to another one. */
static bool proposal_heading(const char *s)
{
    const char *to = strstr(s, "s förslag till ");
    if (!to)
        return false;
    g_autofree char *owner = g_strndup(s, (gsize)(to - s));
    g_autofree char *addressee = g_strdup(to + strlen("s förslag till "));
    *addressee = (char)g_ascii_toupper(*addressee);
    return names_body(owner) && names_body(addressee);
}

/* "Tekniska nämnden beslutar att …", "Kommunfullmäktige antar taxan …": the body an item's decision opens with, or
 * NULL (free it); "Nämnden beslutar" names none. */
static char *deciding_body(xctx *x)
{
    static const char *const verbs[] = { " beslutar ", " beslutade ", " beslöt ", " fastställer ", " fastställde ",
                                         " godkänner ", " godkände ", " antar ",    " antog " };
    bool proposed = false; /* under "Kommunstyrelsens förslag till kommunfullmäktige": another body's decision */
    for (guint i = 0; i < x->lines->len; i++) {
        const xline *l = line_at(x, i), *next = line_at(x, i + 1);
        if (l->para_start && (!next || next->para_start) && heading_words(l->text, false))
            proposed = proposal_heading(l->text);
        for (size_t v = 0; v < G_N_ELEMENTS(verbs) && !proposed; v++) {
            const char *t = line_at(x, i)->text, *verb = strstr(t, verbs[v]);
            char *body = verb ? g_strndup(t, (gsize)(verb - t)) : NULL;
            if (body && names_body(body) && !folded_equal(body, "Nämnden") && !folded_equal(body, "Styrelsen"))
                return body;
            g_free(body);
        }
    }
    return NULL;
}

/* "Förbundsfullmäktige, sammanträdesdatum 2027-05-27": the length of a body's name opening `s` before a comma and a
 * space (what callers step over: a line ending in the comma has nothing after it), else 0. */
static size_t body_before_comma(const char *s)
{
    size_t n = strcspn(s, ",");
    g_autofree char *body = g_strndup(s, n);
    return s[n] == ',' && s[n + 1] == ' ' && names_body(body) ? n : 0;
}

/* "Förbundsstyrelsen 2027-09-22, § 56": an extract's head line of the body that met, its day and the item's §; the
 * day in *d, the length of the body's name in *body_len. */
static bool body_day_paragraph(xctx *x, const char *s, xdate *d, size_t *body_len)
{
    g_autofree char *body = find_date(x, s, 0, d) && d->start > 1 ? g_strndup(s, d->start - 1) : NULL;
    const char *mark = body ? s + d->end + (s[d->end] == ',') : NULL;
    if (!body || s[d->start - 1] != ' ' || !names_body(body) || d->iso[0] == '-' || !g_str_has_prefix(mark, " § ") ||
        !paragraph_stamp(mark + 1))
        return false;
    *body_len = strlen(body);
    return true;
}

/* "Sammanträde 2027-05-12", "2027-02-10" alone, "Förbundsfullmäktige, sammanträdesdatum 2027-05-27": a head line or
 * cell of an extract of minutes giving the day its body met where no label opening a line called it the meeting's;
 * its date in *d, found in *t (`s` or its rest after the body and label), the length of the body `s` names first in
 * *body_len (0: none). */
static bool meeting_day_in(xctx *x, const char *s, xdate *d, const char **t, size_t *body_len)
{
    static const char *const day_labels[] = { "Sammanträdesdatum", "Sammanträde" };
    *body_len = body_before_comma(s);
    const char *rest = *body_len ? s + *body_len + strlen(", ") : s, *after = NULL;
    for (size_t k = 0; k < G_N_ELEMENTS(day_labels) && !after; k++)
        after = folded_prefix_end(rest, day_labels[k]);
    *t = after && *after == ' ' ? after + 1 : rest;
    if (find_date(x, *t, 0, d) && d->start == 0 && d->end == strlen(*t) && d->iso[0] != '-' && (!*body_len || after))
        return true;
    if (!body_day_paragraph(x, s, d, body_len))
        return false;
    *t = s + d->start;
    return true;
}

/* "Kommunstyrelsen 2028-05-16": a body's name and a day, nothing else; the day in *d, found in *t, the length of the
 * body's name in *body_len. */
static bool body_then_day(xctx *x, const char *s, xdate *d, const char **t, size_t *body_len)
{
    if (!find_date(x, s, 0, d) || d->start < 2 || s[d->start - 1] != ' ' || d->end != strlen(s) || d->iso[0] == '-')
        return false;
    g_autofree char *body = g_strndup(s, d->start - 1);
    if (!names_body(body))
        return false;
    *t = s + d->start;
    *body_len = d->start - 1;
    return true;
}

/* The head line or cell (a page's letterhead table) meeting_day_in accepts: its provenance, its text in *s, or NULL. */
static const at_provenance *meeting_day(xctx *x, xdate *d, const char **t, const char **s, size_t *body_len)
{
    for (guint i = 0; i < x->lines->len && i < 12; i++) {
        const xline *l = line_at(x, i);
        if (meeting_day_in(x, *s = l->text, d, t, body_len))
            return &l->prov;
        /* "Kommunstyrelsen <gap> 2028-05-16" under "SAMMANTRÄDESPROTOKOLL <gap> Sammanträdesdag": a PDF's head row;
         * "ÖDESHÖGS KOMMUN <gap> Kommunstyrelsen 2028-05-16" as OCR joins the right half's columns */
        if (l->before_gap && (meeting_day_in(x, *s = l->text + l->gap_at, d, t, body_len) ||
                              body_then_day(x, *s = l->text + l->gap_at, d, t, body_len)))
            return &l->prov;
    }
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        for (int c = 0; c < r->n_cells && r->prov.page <= 1 && r->prov.first_line <= HEAD_PROPER; c++)
            if ((r->cells[c] && meeting_day_in(x, *s = r->cells[c], d, t, body_len)) ||
                (cell_last_line(r, c) && meeting_day_in(x, *s = cell_last_line(r, c), d, t, body_len)))
                return &r->prov;
    }
    return NULL;
}

/* An extract of minutes ("PROTOKOLLSUTDRAG", "Utdrag ur protokoll") records a decision: the body its head names (or,
 * "Utdrag ur tekniska nämndens protokoll" naming it in the genitive only, the one its decision opens with), on the
 * meeting's day, under the § its head gives. */
static void minutes_extract_adoption(xctx *x, meta_nodes *m)
{
    const at_rnode *meeting = date_of(m->dates, "meeting");
    const char *body, *paragraph;
    bool minutes = head_body_paragraph(x, &body, &paragraph);
    paragraph = paragraph ? paragraph : head_paragraph_stamp(x);
    xdate day;
    const char *day_text = NULL, *day_source = NULL;
    size_t body_len = 0;
    const at_provenance *day_at = meeting ? NULL : meeting_day(x, &day, &day_text, &day_source, &body_len);
    const char *day_mark = day_at ? strstr(day_text, "§ ") : NULL;
    paragraph = paragraph ? paragraph : day_mark ? paragraph_stamp(day_mark) : NULL;
    if (!minutes || !(meeting || day_at) || !paragraph || has_date(m->dates, "decided"))
        return;
    g_autofree char *decider = body       ? NULL
                               : body_len ? g_strndup(day_source, body_len) /* the body before its day */
                                          : deciding_body(x);
    body = body ? body : decider;
    if (!body)
        return;
    if (day_at) { /* the day the body met, which find_head_date must not take for the document's own */
        at_rnode *met = rn_add_text(m->dates, "date", day_text, day_at);
        rn_attr_set(met, "type", "meeting");
        rn_attr_set(met, "value", "%s", day.iso);
    }
    at_rnode *d = rn_add_text(m->dates, "date", meeting ? meeting->text : day_text, meeting ? &meeting->prov : day_at);
    rn_attr_set(d, "type", "decided");
    rn_attr_set(d, "value", "%s", meeting ? at_rnode_attr(meeting, "value") : day.iso);
    rn_attr_set(d, "by", "%s", body);
    rn_attr_set(d, "paragraph", "%.*s", (int)strspn(paragraph, "0123456789"), paragraph);
}

/* Does the head name the document's kind `folded_kind` ("delegationsbeslut"): a line of its first, a line of that
 * word alone or in capitals (a side box's caption "DELEGATIONSBESLUT", read after the text beside it), or a
 * cell of a head table (a letterhead's right half)? */
static bool head_names_kind(xctx *x, const char *folded_kind)
{
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER; i++) {
        const char *s = line_at(x, i)->text;
        if ((i < 4 || word_count(s) == 1 || all_capitals(s)) && folded_contains(s, folded_kind))
            return true;
    }
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        for (int c = 0; c < r->n_cells && r->prov.page <= 1 && r->prov.first_line <= HEAD_PROPER; c++)
            if (r->cells[c] && folded_contains(r->cells[c], folded_kind))
                return true;
    }
    return false;
}

/* "BESLUT ENLIGT DELEGATION", "Beslut enligt delegation", "Ordförandebeslut enligt delegation": a caption in capitals
 * or the kind alone; "Redovisning av beslut fattade enligt delegation" reports decisions, none of them itself. */
static bool delegation_caption(const char *s)
{
    if (!s || !folded_contains(s, "enligt delegation"))
        return false;
    char *f = folded_copy(s);
    bool kind_alone = word_count(s) == 3 && g_str_has_suffix(f, "beslut enligt delegation");
    g_free(f);
    return kind_alone || all_capitals(s);
}

/* Does a head line or a head table's cell caption the document a decision by delegation? */
static bool head_captions_delegation(xctx *x)
{
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER; i++)
        if (delegation_caption(line_at(x, i)->text))
            return true;
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        for (int c = 0; c < r->n_cells && r->prov.page <= 1 && r->prov.first_line <= HEAD_PROPER; c++)
            if (delegation_caption(r->cells[c]))
                return true;
    }
    return false;
}

/* A delegation decision ("DELEGATIONSBESLUT", "Beslut enligt delegation" in its head) is the decision itself, an
 * official's: its "Beslutsdatum" is the document's own date, no day a body adopted something on. A decided day with
 * its body and § ("Beslutad av socialnämnden 2027-04-22, § 31") is a body's adoption all the same. */
static void delegation_decision_date(xctx *x, meta_nodes *m)
{
    at_rnode *decided = date_of(m->dates, "decided");
    const char *by = decided ? at_rnode_attr(decided, "by") : NULL;
    const char *paragraph = decided ? at_rnode_attr(decided, "paragraph") : NULL;
    if (!decided || has_date(m->dates, "document") || (by && *by && paragraph && *paragraph))
        return;
    if (head_names_kind(x, "delegationsbeslut") || head_captions_delegation(x))
        rn_attr_set(decided, "type", "document");
}

/* A decision's head ("Vård- och omsorgsnämnden / BESLUT / Beslutsdatum 2026-03-25 / Paragraf § 38"): the decided
 * day's body and § when nothing else gave them. */
static void complete_decision(xctx *x, meta_nodes *m)
{
    at_rnode *decided = date_of(m->dates, "decided");
    const char *body, *ignored;
    if (!decided)
        return;
    const char *paragraph = head_paragraph_stamp(x);
    head_body_paragraph(x, &body, &ignored);
    if (!at_rnode_attr(decided, "by") && body)
        rn_attr_set(decided, "by", "%s", body);
    if (!at_rnode_attr(decided, "paragraph") && paragraph)
        rn_attr_set(decided, "paragraph", "%s", paragraph);
}

/* "Socialnämnden godkände överenskommelsen den 19 november 2026, § 132.": a line's first sentence in which a body
 * decides on the document itself; its length in *len. */
static bool decision_on_itself(const char *s, size_t *len)
{
    static const char *const objects[] = { " avtalet ", " överenskommelsen ", " planen ", " handlingsplanen ",
                                           " åtgärdsplanen ", " programmet ", " strategin ", " policyn ", " riktlinjerna " };
    /* "godkände avtalet den …", "… vid sitt sammanträde den …"; "avtalet med Region Skåne" is another one */
    static const char *const then[] = { "den ", "vid ", "på " };
    const char *end = strstr(s, ". ");
    *len = end ? (size_t)(end + 1 - s) : strlen(s);
    char *first = g_strndup(s, *len);
    bool on_itself = false;
    for (size_t i = 0; i < G_N_ELEMENTS(objects) && !on_itself; i++) {
        const char *at = strstr(first, objects[i]);
        for (size_t k = 0; at && k < G_N_ELEMENTS(then) && !on_itself; k++)
            on_itself = g_str_has_prefix(at + strlen(objects[i]), then[k]);
    }
    g_free(first);
    return on_itself;
}

/* "Avtalet har godkänts av kultur- och fritidsnämnden den …", "Detta avtal godkändes av …", "Denna överenskommelse har
 * godkänts av …": an agreement, the subject in the first two words, telling who approved it (a plan's "Planen antogs
 * av …" is its adoption alone). */
static bool agreement_approved(const char *t)
{
    const char *second = strchr(t, ' ');
    const char *end = second ? strchr(second + 1, ' ') : NULL;
    char *subject = end ? g_strndup(t, (size_t)(end - t)) : g_strdup(t);
    bool agreement = names_agreement_kind(subject);
    g_free(subject);
    return agreement;
}

/* Is the adoption told in `t` metadata alone? A decision told in a sentence of the text ("Socialnämnden godkände
 * överenskommelsen den …", "Avtalet godkändes av socialnämnden den …") is a decision event too: its line stays for the
 * meetings; so does a decision to give the document, for the sentences after it. */
static bool adoption_only(xctx *x, const char *t)
{
    size_t ignored;
    return !decision_on_itself(t, &ignored) && !agreement_approved(t) && !pat_match(x, PAT_DECIDED_THIS, t, 0);
}

/* Does `s` end in an opening bracket or a § (or its misreading) whose number a scan's or PDF's line wrapped onto the
 * next line ("… den 14 februari 2028 (8" over "9). …")? The sentence read whole tells the §. */
static bool paragraph_wrapped(const char *s)
{
    size_t n = strlen(s);
    bool mark = true;
    if (g_str_has_suffix(s, "§"))
        n -= strlen("§");
    else if (n >= 2 && strchr("358S$&", s[n - 1]) && s[n - 2] == '(')
        n--;
    else
        mark = false;
    return n && (s[n - 1] == '(' || (mark && s[n - 1] == ' '));
}

/* The adoption in `n` bytes of line `l`; the line is then metadata, not a meeting in a calendar. */
static bool adoption_in_line(xctx *x, meta_nodes *m, xline *l, const char *from, size_t n)
{
    char *t = g_strndup(from, n);
    bool found = adoption_in(x, m, t, &l->prov);
    l->used = l->used || (found && adoption_only(x, t));
    g_free(t);
    return found;
}

static bool in_head_or_tail(xctx *x, guint i)
{
    return i < HEAD_LINES || i + TAIL_LINES >= x->lines->len;
}

/* "2026-01-26, § 8", "12 mars 2025 § 4": a date and its paragraph, nothing else on the line. */
static bool date_and_paragraph(xctx *x, const char *s)
{
    size_t a, b;
    if (!(pat_match(x, PAT_ISO_DATE, s, 0) || pat_match(x, PAT_LONG_DATE, s, 0)) || !pat_span(x, 0, &a, &b) || a)
        return false;
    const char *p = s + b + strspn(s + b, ", ");
    if (!g_str_has_prefix(p, "§"))
        return false;
    p += strlen("§");
    p += strspn(p, " ");
    size_t digits = strspn(p, "0123456789");
    return digits && !p[digits];
}

/* "Antagen av kommunfullmäktige" over "2026-01-26, § 8": a head's stamp wrapped over two lines of a paragraph, or
 * set as two (a box's lines, one paragraph each in an export, the second a date and paragraph alone), both then
 * metadata. */
static bool wrapped_adoption(xctx *x, meta_nodes *m, guint i)
{
    xline *l = line_at(x, i), *next = line_at(x, i + 1);
    size_t n;
    if (!next || (next->para_start && !date_and_paragraph(x, next->text)) || next->prov.page != l->prov.page || l->fields || next->fields ||
        !pat_match(x, PAT_OPENS_STAMP, l->text, 0) || last_char(l->text) == '.' || sentence_about_itself(next->text, &n))
        return false; /* a table's row, prose, or a sentence of its own: no stamp's two lines */
    char *t = g_strconcat(l->text, " ", next->text, NULL);
    at_provenance prov = l->prov;
    prov.last_line = next->prov.last_line;
    bool found = adoption_in(x, m, t, &prov);
    if (found)
        l->used = next->used = true;
    g_free(t);
    return found;
}

/* "Antagen av kommunstyrelsen 2026-10-13" over "§ 162", "Beslut: Kommunfullmäktige, 2028-11-27, §" over "131": a
 * narrow box's stamp, its § or the §'s number wrapped onto a line of its own (no "§ 3 Avtalstid", a clause). */
static bool section_wrapped_below(xctx *x, guint i)
{
    const xline *l = line_at(x, i), *next = line_at(x, i + 1);
    if (!next || next->prov.page != l->prov.page)
        return false;
    size_t digits = strspn(next->text, "0123456789");
    if (g_str_has_suffix(l->text, " §"))
        return digits && digits <= 4 && !next->text[digits];
    return !strstr(l->text, "§") && g_str_has_prefix(next->text, "§ ") && paragraph_stamp(next->text);
}

/* The adoption told by line `i` and its § wrapped below it (section_wrapped_below), read as one line. */
static bool adoption_over_wrap(xctx *x, meta_nodes *m, guint i)
{
    xline *l = line_at(x, i), *next = line_at(x, i + 1);
    if (!section_wrapped_below(x, i))
        return false;
    char *t = g_strconcat(l->text, " ", next->text, NULL);
    at_provenance prov = l->prov;
    prov.last_line = next->prov.last_line;
    bool found = adoption_in(x, m, t, &prov);
    if (found && adoption_only(x, t))
        l->used = next->used = true;
    g_free(t);
    return found;
}

/* Does a pair decided on `iso` beat the best so far, decided on `best`? The decision day a label already gave
 * (`known`) wins: the pair then tells that decision's body and §; else the later day. */
static bool later_decision(const char *iso, const char *best, const char *known)
{
    if (known)
        return strcmp(iso, known) == 0 && strcmp(best, known) != 0;
    return strcmp(iso, best) > 0;
}

/* Does a closing row's adoption on `iso` come before the document's own date? A document is dated before it is
 * adopted: a decision older than it ("Tidigare beslut: Beslutat av | Kommunfullmäktige 2019-04-01" in a proposal
 * dated 2028) is an earlier version's, not this document's. */
static bool closing_row_predates(const meta_nodes *m, const xrow *r, const char *iso)
{
    const at_rnode *dated = date_of(m->dates, "document");
    return r->prov.page != 1 && dated && *iso && g_strcmp0(iso, at_rnode_attr(dated, "value")) < 0;
}

typedef struct {
    char *text, day[32];
    const xrow *row;
} best_adoption;

/* Keeps label `label` and its value `value` of row `r` in `best` when they tell an adoption later than the one kept
 * ("Antagen av | X …" reads on; "Antagen | X …" is a label and its value). */
static void pair_adoption(xctx *x, meta_nodes *m, const char *label, const char *value, const xrow *r,
                          best_adoption *best)
{
    const at_rnode *known = date_of(m->dates, "decided");
    for (int sep = 0; sep < 2; sep++) {
        char *joined = g_strconcat(label, sep ? ": " : " ", value, NULL);
        bool date_first, told = adoption_told(x, joined, &date_first);
        char *day = told ? pat_group(x, joined, date_first ? 1 : 2) : NULL;
        xdate d;
        const char *iso = day && find_date(x, day, 0, &d) ? d.iso : "";
        if (told && !closing_row_predates(m, r, iso) &&
            (!best->text || later_decision(iso, best->day, known ? at_rnode_attr(known, "value") : NULL))) {
            g_free(best->text);
            best->text = g_steal_pointer(&joined);
            best->row = r;
            g_strlcpy(best->day, iso, sizeof best->day);
        }
        g_free(day);
        g_free(joined);
        if (told)
            break;
    }
}

static bool letterhead_labels(const xrow *r);

/* "Antagen av | Kommunfullmäktige 2024-04-15", "Beslutad | Tekniska nämnden 2031-02-14, § 17": a label and its
 * value on the first page or in the closing table, also as one of the pairs of a four-cell row ("Dnr | TN 2031/12 |
 * Beslutad | …") or of a three-cell row whose first is empty (a scan's letterhead grid: "| Godkänd | …"). Of
 * several the latest: a nämnd's approval comes before the council's adoption ("Godkänd av | Tekniska nämnden
 * 2030-11-20" … "Antagen av | Kommunfullmäktige 2031-02-14"). */
static bool head_pair_adoption(xctx *x, meta_nodes *m)
{
    best_adoption best = { 0 };
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        int first = r->n_cells % 2 && !r->cells[0];
        for (int c = first; head_or_closing_row(x, r) && (r->n_cells - first) % 2 == 0 && c + 1 < r->n_cells; c += 2)
            if (r->cells[c] && r->cells[c + 1])
                pair_adoption(x, m, r->cells[c], r->cells[c + 1], r, &best);
        /* a head row of labels over their values ("Dnr | Datum | Beslutad" over "… | … | Barn- och
         * utbildningsnämnden 1 mars 2028, § 12") */
        const xrow *below = i + 1 < x->rows->len ? g_ptr_array_index(x->rows, i + 1) : NULL;
        bool over = below && below->table == r->table && below->row == r->row + 1 && letterhead_labels(r);
        for (int c = 0; over && c < r->n_cells && c < below->n_cells; c++)
            if (r->cells[c] && below->cells[c])
                pair_adoption(x, m, r->cells[c], below->cells[c], below, &best);
    }
    bool found = best.text && adoption_in(x, m, best.text, &best.row->prov);
    g_free(best.text);
    return found;
}

/* "Plan för lekplatser", "Riktlinjer för bidrag", "Avtal om drift", "Handlingsplan 2027": a title opening with the
 * kind of a steering document or an agreement. Such a document is no letter: the decisions its text tells ("Beslutet
 * togs av kommunfullmäktige …") are its history or its commission, never the decision a letter exists to give. */
static bool steering_title(const char *title)
{
    static const char *const kinds[] = { "plan", "program", "strategi", "policy", "riktlinje", "riktlinjer", "vision",
                                         "reglemente", "avtal", "overenskommelse", "avsiktsforklaring" };
    if (!title)
        return false;
    char *f = folded_copy(title);
    f[strcspn(f, " -/:")] = '\0';
    bool hit = false;
    for (size_t i = 0; i < G_N_ELEMENTS(kinds) && !hit; i++)
        hit = names_kind(f, kinds[i]);
    g_free(f);
    return hit;
}

/* "… beslutade den 10 juni 2024, § 60, att ge tekniska nämnden i uppdrag att ta fram …", "… att uppdra åt
 * förvaltningen att …", "… att ge förvaltningen uppdraget att …": what a body decided (`what`, after its "att") is to
 * commission a document, never to adopt one. */
static bool commissions(const char *what)
{
    char *f = folded_copy(what);
    f[strcspn(f, ".;")] = '\0';
    bool hit = g_str_has_prefix(f, "uppdra") ||
               (g_str_has_prefix(f, "ge ") && (strstr(f, " i uppdrag") || strstr(f, " uppdraget") || strstr(f, " i uppgift")));
    g_free(f);
    return hit;
}

/* "Samhällsbyggnadsnämnden beslutade den 2 december 2026, § 87, att lämna detta yttrande": a sentence anywhere in
 * the text in which a body decides to give the document itself (a yttrande's, a remissvar's adoption). Its line stays
 * for the meetings its other sentences tell of. */
static void decision_giving_itself(xctx *x, meta_nodes *m)
{
    GPtrArray *sentences = prose_sentences(x);
    bool letter = !steering_title(m->title->text);
    for (guint i = 0; i < sentences->len; i++) {
        const xsentence *s = g_ptr_array_index(sentences, i);
        bool taken = letter && pat_match(x, PAT_DECISION_TAKEN, s->text, 0);
        if (taken)
            adoption_from_match(x, m, s->text, false, &s->prov);
        if (taken || (pat_match(x, PAT_DECIDED_THIS, s->text, 0) && adoption_in(x, m, s->text, &s->prov)))
            break;
    }
    g_ptr_array_unref(sentences);
}

/* "Beslut", "Beslutet", "Beslut i ärendet", "Nämndens beslut", "Kultur- och fritidsnämndens beslut": the heading
 * over the decision a decision letter exists to tell ("Tidigare beslut" heads other ones). */
static bool decision_heading(const char *s)
{
    static const char *const plain[] = { "Beslut", "Beslutet", "Beslut i ärendet", "Beslut i detta ärende" };
    for (size_t i = 0; i < G_N_ELEMENTS(plain); i++)
        if (folded_equal(s, plain[i]))
            return true;
    if (!g_str_has_suffix(s, "s beslut") || word_count(s) > 5)
        return false;
    char *owner = g_strndup(s, strlen(s) - strlen("s beslut")); /* the deciding body's genitive, without its s */
    bool body = names_body(owner);
    g_free(owner);
    return body;
}

/* "Kommunstyrelsens beslut", "Kommunstyrelsens förslag till kommunfullmäktige": the heading of a body's own part of
 * a minutes item, its decision or its proposal to another body ("Kommunstyrelsens ordförande" is a role). */
static bool body_part_heading(const char *s)
{
    return decision_heading(s) || proposal_heading(s);
}

/* A decision letter's decision under its heading: "Beslut" over "Kultur- och fritidsnämnden beslutade vid sitt
 * sammanträde den 16 februari 2027, § 14, att bevilja …" is the document's adoption, whatever was decided. */
static void decision_under_heading(xctx *x, meta_nodes *m)
{
    for (guint i = 0; i + 1 < x->lines->len && !has_date(m->dates, "decided") && !steering_title(m->title->text); i++) {
        if (!decision_heading(line_at(x, i)->text))
            continue;
        at_provenance prov;
        size_t a, b;
        char *t = text_after(x, i, &prov);
        if (t && pat_match(x, PAT_DECIDED_TO, t, 0) && pat_span(x, 0, &a, &b) && !commissions(t + b))
            adoption_from_match(x, m, t, false, &prov);
        g_free(t);
    }
}

/* "Planen har tagits fram av … och fastställdes av" over "förbundsstyrelsen den 22 mars 2027, § 18.": a sentence about
 * the document itself wrapped over lines of its paragraph (a PDF's or a scan's), which no line holds whole; its lines
 * are then metadata, as adoption_in_line's. */
static bool wrapped_sentence_adoption(xctx *x, meta_nodes *m)
{
    GPtrArray *sentences = prose_sentences(x);
    bool found = false;
    size_t n;
    for (guint i = 0; i < sentences->len && !found; i++) {
        const xsentence *s = g_ptr_array_index(sentences, i);
        bool itself = (sentence_about_itself(s->text, &n) == s->text || decision_on_itself(s->text, &n)) &&
                      !relative_adoption(s->text, n);
        if (s->prov.first_line == s->prov.last_line || !itself || !adoption_in(x, m, s->text, &s->prov))
            continue;
        found = true;
        bool only = adoption_only(x, s->text);
        for (guint k = 0; only && k < x->lines->len; k++) {
            xline *l = line_at(x, k);
            l->used |= l->prov.page == s->prov.page && l->prov.first_line >= s->prov.first_line &&
                       l->prov.last_line <= s->prov.last_line;
        }
    }
    g_ptr_array_unref(sentences);
    return found;
}

/* The adoption in the head's labels and stamps and the tail's stamps, in a metadata table's row ("Antagen av |
 * Kommunfullmäktige ..."), in a sentence about the document itself, or in the head of an extract of minutes. A
 * sentence comes after the tables: it may tell of an earlier version ("Planen antogs 2019 … Den har nu
 * reviderats"); a line of the tail only when it opens a stamp (an appendix's list names other documents'
 * adoptions: "Riktlinje för lokalbanken, antagen av kommunstyrelsen …"). */
static void find_adoption(xctx *x, meta_nodes *m)
{
    size_t n;
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = line_at(x, i);
        if (!in_head_or_tail(x, i) || (i >= HEAD_LINES && !pat_match(x, PAT_OPENS_STAMP, l->text, 0)))
            continue;
        const char *sentence = sentence_about_itself(l->text, &n);
        size_t before = sentence ? (size_t)(sentence - l->text) : strlen(l->text);
        if ((!sentence && adoption_over_wrap(x, m, i)) ||
            adoption_in_line(x, m, l, l->text, before) || (!sentence && wrapped_adoption(x, m, i)))
            return;
    }
    if (head_pair_adoption(x, m))
        return;
    adoption_rows(x, m, x->rows);
    adoption_rows(x, m, x->text_rows);
    adoption_columns(x, m, x->rows);
    adoption_columns(x, m, x->text_rows);
    adoption_label_lines(x, m);
    version_history_adoption(x, m, x->rows);
    version_history_adoption(x, m, x->text_rows);
    for (guint i = 0; i < x->lines->len && !has_date(m->dates, "decided"); i++) {
        xline *l = line_at(x, i);
        const char *sentence = sentence_about_itself(l->text, &n);
        if (sentence && !relative_adoption(sentence, n) && !paragraph_wrapped(l->text) &&
            adoption_in_line(x, m, l, sentence, n))
            return;
        if (decision_on_itself(l->text, &n) && adoption_in_line(x, m, l, l->text, n))
            return;
    }
    if (!has_date(m->dates, "decided") && wrapped_sentence_adoption(x, m))
        return;
    if (!has_date(m->dates, "decided"))
        decision_giving_itself(x, m);
    decision_under_heading(x, m);
    minutes_extract_adoption(x, m);
}

/* "Handlingsplan för trygghet 2026", "Verksamhetsplan och budget 2021": a title ending in a year names the year a
 * plan is for only when the plan is of a yearly kind and the year is not when it was revised or adopted
 * ("Översiktsplan 2040" looks ahead, "Riktlinjer för bidrag, reviderade 2024" is a version). */
static bool one_year_title(const char *t)
{
    static const char *const yearly[] = { "handlingsplan", "verksamhetsplan", "aktivitetsplan", "atgardsplan", "arsplan",
                                          "kontrollplan", "budget", "verksamhetsberattelse", "arsredovisning" };
    static const char *const versions[] = { "revider", "uppdater", "antag", "faststall", "beslutad", "version", "rev." };
    size_t n = strlen(t);
    if (n <= 5 || t[n - 5] != ' ' || (!g_str_has_prefix(t + n - 4, "19") && !g_str_has_prefix(t + n - 4, "20")) ||
        strspn(t + n - 4, "0123456789") != 4)
        return false;
    char *f = folded_copy(t);
    bool kind = false, version = false;
    for (size_t i = 0; i < G_N_ELEMENTS(yearly) && !kind; i++)
        kind = strstr(f, yearly[i]) != NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(versions) && !version; i++)
        version = strstr(f, versions[i]) != NULL;
    g_free(f);
    return kind && !version;
}

/* Is `s` a period and nothing else ("2026–2030")? */
static bool only_period(xctx *x, const char *s)
{
    size_t a, b;
    return pat_match(x, PAT_PERIOD, s, 0) && pat_span(x, 0, &a, &b) && a == 0 && b == strlen(s);
}

/* "Handlingsplan för brandskydd 2026–" / "2027": a title wrapped inside its period, at the dash. */
static bool wrapped_in_period(const char *s, const char *next)
{
    size_t n = strlen(s), dash = g_str_has_suffix(s, "–") ? strlen("–") : g_str_has_suffix(s, "-") ? 1 : 0;
    bool year_before = dash && n >= dash + 4 && strspn(s + n - dash - 4, "0123456789") == 4;
    return year_before && strlen(next) == 4 && strspn(next, "0123456789") == 4;
}

/* "sjukhus", "och fjärrkyla": one or two words in lower case, letters only (no date, number, label or stop). */
static bool lower_words(const char *s)
{
    if (word_count(s) > 2 || !g_unichar_islower(g_utf8_get_char(s)))
        return false;
    for (const char *p = s; *p; p = g_utf8_next_char(p))
        if (!g_unichar_isalpha(g_utf8_get_char(p)) && *p != ' ' && *p != '-')
            return false;
    return true;
}

/* Does line `next` go on with the title `l` wrapped over it: after a little word ("Avtal om e-arkiv för" /
 * "Södertörnskommunerna"), in lower case, before its years ("Naturvårdsprogram för Eslövs kommun" / "2026–2030")
 * or inside them? OCR may set the second line of a large title in a paragraph of its own; a title that cannot end
 * where it does goes on all the same, and on a page OCR read so does one over a word or two in lower case standing
 * alone ("… till Östersunds" over "sjukhus"). Elsewhere such a line is set apart by its writer: a status
 * ("reviderad version"), no part of the title. */
static bool continues_title(xctx *x, const xline *l, const xline *next)
{
    if (!next || next->used || word_count(next->text) > 6)
        return false;
    if (ends_open(l->text) || wrapped_in_period(l->text, next->text) ||
        (*l->text && g_unichar_isalpha(g_utf8_get_char(g_utf8_prev_char(l->text + strlen(l->text)))) &&
         lower_words(next->text) && line_read_by_ocr(x, l)))
        return true;
    return !next->para_start && (g_unichar_islower(g_utf8_get_char(next->text)) || only_period(x, next->text));
}

/* Does `right`, set apart right of a head line's words, say what only a letterhead's right half says: a label, a
 * stamp, the document's type? */
static bool header_right_mark(const char *right)
{
    const char *value;
    return find_label(right, &value) >= 0 || find_status(right) || paragraph_stamp(right) || is_document_type(right);
}

/* Does `right` say what a letterhead's right half says: its marks or a date? */
static bool header_right_half(xctx *x, const char *right)
{
    xdate d;
    return header_right_mark(right) || (find_date(x, right, 0, &d) && d.iso[0] != '-');
}

/* A text export's head line of fields ("Ånge kommun | PROTOKOLLSUTDRAG", "Vallby kommun | Datum 2027-03-02"): a
 * letterhead's halves when its first field names the organisation or the document's kind, or a field after it is a
 * right half's. A bare date counts only without a first field: beside a title ("Översiktsplan för Ekby 2040 |
 * 2027-03-14") it is the title's row. */
static bool header_fields(xctx *x, const xrow *r)
{
    if (!r || r->n_cells < 2)
        return false;
    const char *first = r->cells[0];
    if (first && (is_org_line(first) || company_line(first) || is_document_type(first)))
        return true;
    for (int c = 1; c < r->n_cells; c++)
        if (r->cells[c] && (first ? header_right_mark(r->cells[c]) : header_right_half(x, r->cells[c])))
            return true;
    return false;
}

/* Is `l` a running header's or a letterhead's halves read across ("Strategi 2026–2035 … Antagen 2026-02-23", "Ydre
 * kommun … TJÄNSTEUTLÅTANDE"): its words after a wide gap a label, a date, a stamp or the document's type, or its
 * words before the gap an organisation? Years set far right of a title ("… trafiksäkerhet … 2027–2030") are the
 * title's own. */
static bool header_halves(xctx *x, const xline *l)
{
    if (l->fields)
        return header_fields(x, fields_of(x, l));
    if (!l->before_gap)
        return false;
    const char *right = l->text + l->gap_at;
    return !only_period(x, right) && (header_right_half(x, right) || is_org_line(l->before_gap));
}

/* "… väcktes i fullmäktige i maj." over "Kommunstyrelsen gav nämnden i uppdrag att yttra sig" over "över motionen.":
 * line `i` goes on a paragraph of running text after a sentence's end (a page's line wrapped in the middle of the
 * paragraph), its own sentence ending on the next line, no heading of its own ("Beslutad … § 12." over "Riktlinje för
 * gåvor" over a new paragraph is a head's stamp over its title). */
static bool goes_on_prose(xctx *x, guint i)
{
    const xline *l = line_at(x, i), *before = i > 0 ? line_at(x, i - 1) : NULL, *next = line_at(x, i + 1);
    bool sentence_runs_on = next && !next->para_start && g_unichar_islower(g_utf8_get_char(next->text)) &&
                            (strchr(".!?", last_char(next->text)) || ends_sentence_within(next->text));
    return before && !l->para_start && strchr(".!?", last_char(before->text)) && word_count(before->text) >= 6 &&
           sentence_runs_on;
}

static bool kind_word(const char *s);
static bool opens_letter_kind(xctx *x, const char *s);

/* "YTTRANDE" over "Yttrande över ansökan om tillstånd till bergtäkt på fastigheten" / "Norsjö Bastuträsk 5:12": under
 * the document's kind in capitals, or opening with a letter's kind ("Yttrande i mål om …"), a paragraph of two lines,
 * neither ending as a sentence or a label does and the second short, is its title wrapped (a scan's narrower page
 * breaks the line a born PDF keeps whole). */
static bool wrapped_under_kind(xctx *x, guint i)
{
    const xline *l = line_at(x, i), *next = line_at(x, i + 1), *after = line_at(x, i + 2);
    bool kind = (i > 0 && kind_word(line_at(x, i - 1)->text)) || opens_letter_kind(x, l->text);
    return kind && l->para_start && next && !next->para_start &&
           (!after || after->para_start) && word_count(l->text) <= 14 && word_count(next->text) <= 6 &&
           !strchr(".,;:", last_char(l->text)) && !strchr(".,;:", last_char(next->text)) &&
           g_unichar_isupper(g_utf8_get_char(l->text));
}

/* Set `title` to line `i`, and to the line after it too when the title wraps over it; how many lines it took. */
static guint set_title(xctx *x, at_rnode *title, guint i)
{
    const xline *l = line_at(x, i), *next = line_at(x, i + 1);
    rn_set_text(title, l->text);
    rn_set_prov(title, &l->prov);
    if (!continues_title(x, l, next) && !wrapped_under_kind(x, i))
        return 1;
    char *joined = g_strconcat(l->text, wrapped_in_period(l->text, next->text) ? "" : " ", next->text, NULL);
    rn_set_text(title, joined);
    rn_extend_prov(title, &next->prov);
    g_free(joined);
    return 2;
}

/* Set `title` as set_title does, its lines used. */
static void take_title(xctx *x, at_rnode *title, guint i)
{
    for (guint k = 0, n = set_title(x, title, i); k < n; k++)
        line_at(x, i + k)->used = true;
}

/* "läsåret 2027/28", "verksamhetsåret 2026/2027" in `t`: a year across two calendar years, at [*a, *b), from
 * `*from`; its second year the next one ("2027/38" is no such year). */
static bool split_year(xctx *x, const char *t, int *from, size_t *a, size_t *b)
{
    if (!pat_match(x, PAT_SPLIT_YEAR, t, 0) || !pat_span(x, 0, a, b))
        return false;
    char *first = pat_group(x, t, 1), *second = pat_group(x, t, 2);
    *from = atoi(first);
    bool next = atoi(second) == (strlen(second) == 2 ? (*from + 1) % 100 : *from + 1);
    g_free(first);
    g_free(second);
    return next;
}

/* The period `text` of the title, from year `from` to `to`. */
static void set_period(meta_nodes *m, const char *text, const char *from, const char *to)
{
    rn_set_text(m->period, text);
    rn_set_prov(m->period, &m->title->prov);
    rn_attr_set(m->period, "from", "%s", from);
    rn_attr_set(m->period, "to", "%s", to);
}

/* "Yttrande över förslag till trafikprogram 2029–2032", "Samrådsyttrande över …", "Remissvar: Strategi 2027–2030",
 * "Svar på remiss om …": a reply's title names the document it answers, whose years are not the reply's. */
static bool reply_title(const char *t)
{
    size_t n = strcspn(t, " :");
    g_autofree char *word = g_strndup(t, n), *f = folded_copy(word);
    return g_str_has_suffix(f, "yttrande") || strcmp(f, "remissvar") == 0 ||
           (strcmp(f, "svar") == 0 && folded_starts(t + n, " på "));
}

/* "Trafiksäkerhetsprogram för Ödeshögs kommun 2029–2032", "Revidering av trafiksäkerhetsprogram 2029–2032",
 * "Antagande av plan för …" heading an extract of minutes: the item decides on a plan its title names first, before
 * "för" or before the years, whose years are that plan's ("Utbyggnad av förskoleplatser 2026–2028" is the item's
 * own work). */
static bool minutes_on_plan(xctx *x, const char *t)
{
    static const char *const kinds[] = { "program", "plan", "strategi", "policy", "riktlinjer" };
    const char *body, *paragraph;
    g_auto(GStrv) words = g_strsplit(t, " ", -1);
    bool plan = false;
    for (guint i = 0; words[i] && !plan; i++) {
        const char *next = words[i + 1];
        if (i > 0 && !(next && (strcmp(next, "för") == 0 || g_ascii_isdigit(next[0]))))
            continue;
        g_autofree char *f = folded_copy(words[i]);
        for (size_t k = 0; k < G_N_ELEMENTS(kinds) && !plan; k++)
            plan = g_str_has_suffix(f, kinds[k]);
    }
    return plan && head_body_paragraph(x, &body, &paragraph);
}

/* Do the words before a subtitle's years (`s`, `len` bytes) tell of years other than the plan's own: a verb, or a plan
 * replaced, followed up or learnt from ("Ersätter planen för", "Uppföljning av perioden", "Erfarenheter från")? */
static bool years_of_another(const char *s, size_t len)
{
    static const char *const words[] = { "från", "av", "ersätter", "ersatte" };
    static const char *const prefixes[] = { "uppföljning", "utvärdering" };
    g_autofree char *lower = g_utf8_strdown(s, (gssize)len);
    g_auto(GStrv) split = g_strsplit_set(lower, " ,:", -1);
    bool other = has_verb(lower);
    for (char **w = split; *w && !other; w++) {
        for (size_t k = 0; k < G_N_ELEMENTS(words) && !other; k++)
            other = strcmp(*w, words[k]) == 0;
        for (size_t k = 0; k < G_N_ELEMENTS(prefixes) && !other; k++)
            other = g_str_has_prefix(*w, prefixes[k]);
    }
    return other;
}

/* "Åtgärdsplan för adressättning" over "Landsbygdsadresser och adressregister 2028–2029": a title without a year
 * over a short line of its own ending in years, a subtitle giving the plan's period (no section). A sentence
 * ("Planen gäller 2028–2029."), a line a paragraph goes on from or one about another plan's years is none. */
static bool subtitle_period(xctx *x, meta_nodes *m)
{
    at_provenance after = m->title->prov;
    after.first_line = after.last_line + 1;
    guint i = lines_before(x, &after);
    xline *l = i < x->lines->len ? line_at(x, i) : NULL, *next = line_at(x, i + 1);
    size_t a, b;
    if (!l || l->used || l->prov.page != after.page || strpbrk(m->title->text, "0123456789") ||
        word_count(l->text) > 8 || !g_unichar_isupper(g_utf8_get_char(l->text)) || last_char(l->text) == '.' ||
        (next && !next->para_start) || !pat_match(x, PAT_PERIOD, l->text, 0) || !pat_span(x, 0, &a, &b) ||
        b != strlen(l->text) || a == 0 || years_of_another(l->text, a))
        return false;
    g_autofree char *from = pat_group(x, l->text, 1), *to = pat_group(x, l->text, 2);
    if (atoi(from) > atoi(to))
        return false;
    g_autofree char *text = g_strndup(l->text + a, b - a);
    set_period(m, text, from, to);
    rn_set_prov(m->period, &l->prov);
    l->used = true;
    return true;
}

/* The years a plan covers, from its title ("Handlingsplan för klimatanpassning 2024–2027", "… läsåret 2027/28"). */
static void find_period(xctx *x, meta_nodes *m)
{
    const char *t = m->title->text;
    size_t a, b;
    int year;
    if (t && (reply_title(t) || minutes_on_plan(x, t)))
        return;
    if (t && subtitle_period(x, m))
        return;
    if (t && !pat_match(x, PAT_PERIOD, t, 0)) {
        size_t n = strlen(t);
        if (split_year(x, t, &year, &a, &b)) {
            char *text = g_strndup(t + a, b - a), *from = g_strdup_printf("%d", year), *to = g_strdup_printf("%d", year + 1);
            set_period(m, text, from, to);
            g_free(text);
            g_free(from);
            g_free(to);
        } else if (one_year_title(t)) {
            set_period(m, t + n - 4, t + n - 4, t + n - 4);
        }
        return;
    }
    if (!t || !pat_span(x, 0, &a, &b))
        return;
    char *from = pat_group(x, t, 1), *to = pat_group(x, t, 2);
    if (atoi(from) <= atoi(to)) {
        char *text = g_strndup(t + a, b - a);
        set_period(m, text, from, to);
        g_free(text);
    }
    g_free(from);
    g_free(to);
}

/* The span [*a, *b) of a diarienummer starting within `max_start` bytes of label `at` ("Dnr KS 2023/602"), also one
 * with its number before its year ("Diarienummer RUN 1245-2026") or without a body's letters ("Dnr 2027/58-821"),
 * which only a label tells from other numbers. */
static bool dnr_after_label(xctx *x, const char *at, size_t max_start, size_t *a, size_t *b)
{
    static const pattern_id forms[] = { PAT_DIARIENUMMER, PAT_DNR_YEAR_LAST, PAT_DNR_BARE };
    for (size_t k = 0; k < G_N_ELEMENTS(forms); k++)
        if (pat_match(x, forms[k], at, 0) && pat_span(x, 1, a, b) && *a <= max_start)
            return true;
    return false;
}

/* "Trafikverkets diarienummer TRV 2028/51234" in a head of Ockelbo kommun: a number the line names as another
 * organisation's (the addressee's), neither the document's organisation's ("Kommunens") nor one of its bodies'. */
static bool others_dnr(const meta_nodes *m, const char *line, const char *at)
{
    char *owner = g_strstrip(g_strndup(line, (size_t)(at - line)));
    size_t n = strlen(owner);
    bool other = n > 1 && owner[n - 1] == 's' && word_count(owner) <= 5 && g_unichar_isupper(g_utf8_get_char(owner)) &&
                 m->organisations->children->len > 0;
    static const char *const own[] = { "kommunen", "regionen", "staden", "forbundet", "bolaget" };
    char *name = other ? g_strndup(owner, n - (n > 2 && owner[n - 2] == ':' ? 2 : 1)) : NULL;
    other = other && !names_body(name);
    for (size_t k = 0; k < G_N_ELEMENTS(own) && other; k++) /* "Kommunens dnr": the organisation's own */
        other = !folded_equal(name, own[k]);
    for (guint k = 0; other && k < m->organisations->children->len; k++) {
        const char *org = ((at_rnode *)g_ptr_array_index(m->organisations->children, k))->text;
        other = !org || !(folded_equal(org, name) || folded_equal(org, owner));
    }
    g_free(name);
    g_free(owner);
    return other;
}

/* "(ert dnr RS 2027/118)", "Er diarienummer": the number the addressee gave its matter, never the document's. */
static bool addressees_dnr(const char *line, const char *at)
{
    while (at > line && at[-1] == ' ')
        at--;
    const char *word = at;
    while (word > line && g_ascii_isalpha(word[-1]))
        word--;
    size_t n = (size_t)(at - word);
    return (word == line || !g_ascii_isalnum(word[-1])) &&
           ((n == 3 && g_ascii_strncasecmp(word, "ert", 3) == 0) || (n == 2 && g_ascii_strncasecmp(word, "er", 2) == 0));
}

/* The diarienummer on head line `i` after its label `at` ("dnr ", " diarienummer "), if one follows it. */
static bool set_header_dnr(xctx *x, meta_nodes *m, guint i, const char *at, size_t word)
{
    size_t a, b;
    if (!dnr_after_label(x, at, word + 1, &a, &b))
        return false;
    char *dnr = g_strndup(at + a, b - a);
    rn_set_text(m->dnr, dnr);
    rn_set_prov(m->dnr, &line_at(x, i)->prov);
    g_free(dnr);
    return true;
}

/* "Tierps kommun dnr KS 2023/602", "Region Gotlands diarienummer RS 2028/88": a diarienummer in a running header or
 * a party's line of an agreement's head rather than a label block; in a protocol, only above its § items (under one,
 * it is the item's). Another organisation's number is the document's only in an agreement giving no own one. */
static void find_header_dnr(xctx *x, meta_nodes *m)
{
    static const char *const words[] = { "dnr ", "Dnr ", " diarienummer ", " diarienr " };
    guint first_item = first_minutes_item(x), other = G_MAXUINT;
    const char *other_at = NULL;
    size_t other_word = 0;
    for (guint i = 0; i < x->lines->len && i < 12 && i < first_item && !m->dnr->text; i++) {
        const char *t = line_at(x, i)->text, *at = NULL;
        size_t k = 0;
        for (; k < G_N_ELEMENTS(words) && !at; k++)
            at = strstr(t, words[k]);
        size_t word = at ? strlen(words[k - 1]) : 0;
        if (at && addressees_dnr(t, at))
            continue;
        if (at && others_dnr(m, t, at)) {
            if (other == G_MAXUINT)
                other = i, other_at = at, other_word = word;
        } else if (at) {
            set_header_dnr(x, m, i, at, word);
        }
    }
    if (!m->dnr->text && other_at && m->title->text && names_agreement_kind(m->title->text))
        set_header_dnr(x, m, other, other_at, other_word);
}

/* "Dnr KS 2026/512 · 2026-10-05": a head line's field holding nothing but a date is the document's; the line is
 * then no meeting. */
static bool dated_field(xctx *x, meta_nodes *m, xline *l)
{
    char **fields = strstr(l->text, " · ") ? g_strsplit(l->text, " · ", -1) : NULL;
    bool found = false;
    for (char **f = fields; f && *f && !found; f++) {
        xdate d;
        found = word_count(*f) <= 3 && find_date(x, *f, 0, &d) && d.start == 0 && d.end == strlen(*f) &&
                d.iso[0] != '-';
        if (found)
            add_date(x, m->dates, "document", *f, &l->prov);
    }
    g_strfreev(fields);
    l->used |= found;
    return found;
}

/* "Filipstad 9 november 2026", "Lunda den 3 maj 2031", "Lunda, 2031-02-03": the place and day a memo or letter was
 * written, in its head. A status ("Antagen 2031-02-03") or a word of validity ("Giltig till …") is no place. */
static bool place_dated(xctx *x, const char *s)
{
    char *place = NULL, iso[32];
    bool dated = !find_status(s) && place_date(x, s, &place, iso);
    g_free(place);
    return dated;
}

/* Is the first word of `s` (up to a space or colon) one of `words`, case and accents aside? */
static bool first_word_among(const char *s, const char *const *words, size_t n)
{
    char *first = g_strndup(s, strcspn(s, " :"));
    bool among = false;
    for (size_t i = 0; i < n && !among; i++)
        among = folded_equal(first, words[i]);
    g_free(first);
    return among;
}

/* "Inkom 2026-10-13", "Inkommen: 13 oktober 2026": the registry's stamp of the day a motion or a letter came in,
 * not the day it was written. */
static bool received_stamp(const char *s)
{
    static const char *const stamps[] = { "inkom", "inkommen", "inkommit", "ankom", "ankommen" };
    return first_word_among(s, stamps, G_N_ELEMENTS(stamps)) && word_count(s) <= 6;
}

/* Is `word` a label naming another day than the document's: a meeting's ("Sammanträde 2029-04-02") or the registry's
 * stamp ("Inkom", "Mottaget"), or one ending in "datum" or a colon? */
static bool labels_other_day(const char *word)
{
    static const char *const labels[] = { "sammantrade", "sammantradet", "mote", "motet", "inkom", "inkommen",
                                          "inkommit", "ankom", "mottaget", "mottagen" };
    bool labelled = strchr(word, ':') || g_str_has_suffix(word, "datum") || g_str_has_suffix(word, "Datum");
    for (size_t i = 0; i < G_N_ELEMENTS(labels) && !labelled; i++)
        labelled = folded_equal(word, labels[i]);
    return labelled;
}

/* "Miljö- och byggnadsnämnden 2028-03-17 Dnr MBN 2028/14": a head line's fields read as one line, a body's name, the
 * date and then the diarienummer's label; the date right before that label is the document's. A labelled date ("Ert
 * datum 2028-02-05 Dnr …", "Beslutsdatum: …", "Sammanträde 2029-04-02 Dnr …") or a status is not. */
static bool date_before_dnr(xctx *x, const char *s)
{
    xdate d;
    if (find_status(s) || !find_date(x, s, 0, &d) || d.start < 2 || s[d.start - 1] != ' ' || d.iso[0] == '-' ||
        !(g_str_has_prefix(s + d.end, " Dnr ") || g_str_has_prefix(s + d.end, " Diarienummer ")))
        return false;
    char *before = g_strndup(s, d.start - 1);
    const char *last = strrchr(before, ' ');
    last = last ? last + 1 : before;
    bool labelled = labels_other_day(last);
    g_free(before);
    return !labelled;
}

/* "Kultur- och fritidsförvaltningen 2028-02-02": a scan's head line, an office's name and, set right, the day the
 * office wrote the document, the gap between them read as a space. The name ends in its kind of office. */
static bool office_then_day(xctx *x, const char *s)
{
    static const char *const offices[] = { "förvaltningen", "kontoret", "enheten", "avdelningen", "sektorn" };
    xdate d;
    if (word_count(s) > 4 || !g_unichar_isupper(g_utf8_get_char(s)) || !find_date(x, s, 0, &d) ||
        d.end != strlen(s) || d.start < 2 || !g_ascii_isdigit(s[d.start]) || d.iso[0] == '-')
        return false;
    char *before = g_strndup(s, d.start - 1), **words = g_strsplit(before, " ", -1);
    guint n = g_strv_length(words);
    bool office = false;
    for (size_t k = 0; k < G_N_ELEMENTS(offices) && !office; k++)
        office = g_str_has_suffix(before, offices[k]);
    /* the name's other words capitalised, or a part joined by "och" ("Kultur- och fritids…"): no sentence */
    for (guint k = 0; office && k + 1 < n; k++)
        office = g_unichar_isupper(g_utf8_get_char(words[k])) || !strcmp(words[k], "och") ||
                 g_str_has_suffix(words[k], "-");
    g_strfreev(words);
    g_free(before);
    return office;
}

/* A letter's or memo's own date in its head, on a line of its own or after the document's kind
 * ("2024-04-22", "28 oktober 2024", "Tjänsteskrivelse 2024-02-26", "PM 1998-03-24"), when no label or status gave
 * a date. */
static void find_head_date(xctx *x, meta_nodes *m)
{
    bool dated = has_date(m->dates, "document") || has_date(m->dates, "meeting"); /* minutes: the meeting's day */
    for (guint i = 0; !dated && i < MIN(x->lines->len, (guint)HEAD_PROPER); i++) {
        xline *l = line_at(x, i);
        xdate d;
        if (pat_match(x, PAT_SECTION, l->text, 0) && i > 0)
            break;
        const char *value;
        int k = find_label(l->text, &value);
        if (k >= 0 && (labels[k].kind == LABEL_DECIDED || labels[k].kind == LABEL_MEETING ||
                       labels[k].kind == LABEL_ADDRESSEE))
            continue; /* "Beslutsdatum 2026-03-25", "Ert datum 2027-01-20": no date of the document's own */
        if (received_stamp(l->text)) {
            l->used = true; /* no meeting either */
            continue;
        }
        /* "Gäller till 2035-12-31", "Giltig t.o.m. …": the end of its validity, not its date */
        if ((word_count(l->text) <= 3 && find_date(x, l->text, 0, &d) && d.end == strlen(l->text) && d.iso[0] != '-' &&
             !date_as_of(l->text, d.start)) ||
            place_dated(x, l->text) || date_before_dnr(x, l->text) || office_then_day(x, l->text)) {
            add_date(x, m->dates, "document", l->text, &l->prov);
            l->used = true; /* the head's date is no meeting */
            return;
        }
        if (dated_field(x, m, l))
            return;
    }
    /* "Natur- och trafikenheten <tab> 3 april 2025": a head's cell holding nothing but the date */
    for (guint i = 0; !has_date(m->dates, "document") && i < x->text_rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->text_rows, i);
        xdate d;
        for (int c = 1; c < r->n_cells && r->prov.first_line <= 3; c++)
            if (r->cells[c] && find_date(x, r->cells[c], 0, &d) && d.start == 0 && d.end == strlen(r->cells[c]) &&
                d.iso[0] != '-') {
                add_date(x, m->dates, "document", r->cells[c], &r->prov);
                for (guint k = 0; k < x->lines->len && k < HEAD_PROPER; k++) /* the head's line is no meeting */
                    if (line_at(x, k)->prov.first_line == r->prov.first_line)
                        line_at(x, k)->used = true;
                break;
            }
    }
}

/* "Ekby kommun Kulturförvaltningen <tab> Datum <tab> 20 november 2026": a text export's head line of fields that gave
 * the document's date is a letterhead, no entry of a calendar. */
static void dated_fields_no_meeting(xctx *x, const meta_nodes *m)
{
    const at_rnode *dated = date_of(m->dates, "document");
    for (guint i = 0; dated && i < x->lines->len && i < HEAD_PROPER; i++) {
        xline *l = line_at(x, i);
        if (l->fields && l->prov.page == dated->prov.page && l->prov.first_line == dated->prov.first_line)
            l->used = true;
    }
}

/* "Amir Haddad", "Ekonomichef Lena Ek, ekonomiavdelningen": a person's first name and surname, capitalised, close
 * the words before any comma; a bare title ("Kommundirektör", "Chef för kulturenheten") names nobody. */
/* "von", "af", "de la": the small words of a surname, which stand in lower case ("Anna von Berg"). */
static bool name_particle(const char *w)
{
    static const char *const particles[] = { "von", "af", "av", "de", "la", "van", "der", "den", "du", "da", "di", "le" };
    for (size_t i = 0; i < G_N_ELEMENTS(particles); i++)
        if (strcmp(w, particles[i]) == 0)
            return true;
    return false;
}

static bool names_person(const char *s)
{
    char *name = g_strndup(s, strcspn(s, ",("));
    char **words = g_strsplit(g_strstrip(name), " ", -1);
    guint n = g_strv_length(words), first = n >= 2 ? n - 2 : 0;
    while (first > 0 && name_particle(words[first]))
        first--;
    bool person = n >= 2 && g_unichar_isupper(g_utf8_get_char(words[first])) &&
                  g_unichar_isupper(g_utf8_get_char(words[n - 1]));
    g_strfreev(words);
    g_free(name);
    return person;
}

/* "Dokumentansvarig Sofia Kjellberg, miljöstrateg", "Frågor besvaras av Per Olsson": a line that opens with a few
 * words naming the person who answers for the document (names_author_role) and goes on with that person's name, as a
 * box of labels over their values reads joined: the author label's index, `value` set to the name; else -1. */
static int role_before_person(const char *s, const char **value)
{
    int k = -1;
    for (const char *space = strchr(s, ' '); space && k < 0 && space - s < 40; space = strchr(space + 1, ' ')) {
        char *role = g_strndup(s, (size_t)(space - s));
        if (g_unichar_isupper(g_utf8_get_char(space + 1)) && names_author_role(role) && names_person(space + 1))
            k = label_index(LABEL_AUTHOR), *value = space + 1;
        g_free(role);
    }
    return k;
}

/* The person an author label's value names, without a role or unit around the name; NULL when it names none. */
static char *author_name(const char *s)
{
    /* "Trygghetssamordnare Amir Haddad", "ANDTS-samordnare Jenny Paavola, telefon …", "trafikingenjör Oskar Hedlund",
     * "regional samhällsplanerare Johan Petersson": the role before the name (words in lower case before a name are
     * one) */
    char *head = g_strndup(s, strcspn(s, ","));
    size_t skip = 0;
    for (const char *w = head, *space; (space = strchr(w, ' ')) && word_count(space + 1) >= 2; w = space + 1) {
        char *word = g_strndup(w, (size_t)(space - w));
        bool role = (w == head && role_like(word)) || g_unichar_islower(g_utf8_get_char(word));
        g_free(word);
        if (!role)
            break;
        skip = (size_t)(space + 1 - head);
    }
    if (skip && word_count(head + skip) <= 3)
        s += skip;
    g_free(head);
    if (!names_person(s))
        return NULL;
    /* "Ingrid Svensson, utredare", "Petra Ek, HR-strateg": the name without the title after it */
    const char *comma = strchr(s, ','), *after = comma ? comma + strspn(comma, ", ") : NULL;
    /* "Malin Rask, 0531-52 60 14": a phone number after the name, no part of it */
    if (comma && (g_unichar_islower(g_utf8_get_char(after)) || role_like(after) || g_ascii_isdigit(*after)))
        return g_strndup(s, (size_t)(comma - s));
    /* "Kontakt: Sara Lund.": the sentence's full stop, not an initial's ("Anna K.") */
    size_t n = strlen(s);
    const char *last_word = strrchr(s, ' ');
    if (n && s[n - 1] == '.' && last_word && strlen(last_word + 1) > 2)
        n--;
    return g_strndup(s, n);
}

/* "Till barn- och utbildningsnämnden", "TILL: KULTURNÄMNDEN", "Adressat: Kulturnämnden", "Till direktionen" (a joint
 * body's board): where the body a memo is addressed to starts after its label, or NULL; "Till:" alone on its line
 * gives "" (the body on the next line). */
static const char *addressed_to(const char *s)
{
    static const char *const labels[] = { "till:", "till ", "adressat:", "adressat " };
    static const char *const bodies[] = { "namnd", "styrelse", "fullmaktige", "utskott", "direktion" };
    const char *value = NULL;
    /* "till nämnden" in lower case goes on a wrapped line ("Överföring av ansvaret / till kulturnämnden") */
    for (size_t i = 0; i < G_N_ELEMENTS(labels) && !value && !g_ascii_islower(*s); i++)
        value = folded_prefix_end(s, labels[i]);
    bool alone = folded_equal(s, "Till") || folded_equal(s, "Till:") || folded_equal(s, "Adressat") ||
                 folded_equal(s, "Adressat:");
    value = value ? value + strspn(value, ": ") : alone ? "" : NULL;
    if (!value || !*value)
        return value;
    if (word_count(value) > 7 || strchr(".,;:", last_char(value)))
        return NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(bodies); i++)
        if (folded_contains(value, bodies[i]))
            return value;
    return NULL;
}

/* "… § 47. Diarienummer: KS 2026/133.", "Antagen … § 41 · Dnr KS 2025/684": a diarienummer after its label inside
 * a line. */
static bool dnr_in_line(xctx *x, meta_nodes *m, const xline *l)
{
    static const char *const names[] = { " Diarienummer", " Dnr" };
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        const char *at = strstr(l->text, names[i]);
        size_t n = strlen(names[i]), a, b;
        if (!at || (at[n] != ' ' && at[n] != ':') || !dnr_after_label(x, at, n + 2, &a, &b))
            continue;
        char *dnr = g_strndup(at + a, b - a);
        rn_set_text(m->dnr, dnr), rn_set_prov(m->dnr, &l->prov);
        g_free(dnr);
        return true;
    }
    return false;
}

/* OCR runs a head's columns into one line ("Barn- och utbildningsförvaltningen Datum 2025-01-20 Linnea Åberg
 * Diarienummer BUN 2025/37"): a date after "Datum", a diarienummer after "Diarienummer" or "Dnr", a body
 * after "Till", anywhere in it. Returns whether it found one. */
static bool labels_in_line(xctx *x, meta_nodes *m, bool *seen, const xline *l)
{
    bool found = false;
    const char *at;
    xdate d;
    if (!seen[LABEL_DATE] && (at = strstr(l->text, " Datum ")) && find_date(x, at + 7, 0, &d) && d.start == 0) {
        add_date(x, m->dates, "document", at + 7, &l->prov);
        found = seen[LABEL_DATE] = true;
    }
    if (!m->dnr->text && dnr_in_line(x, m, l))
        found = seen[LABEL_DNR] = true;
    const char *body;
    if (!m->recipients->children->len && (at = strstr(l->text, " Till ")) && (body = addressed_to(at + 1)) && *body) {
        rn_add_text(m->recipients, "recipient", body, &l->prov);
        found = true;
    }
    return found;
}

/* "Upprättad | 2026-10-20 av Mats Öberg, turismutvecklare": the day the document was drawn up is its date, and who
 * drew it up its author. */
static void prepared_on_by(xctx *x, meta_nodes *m, bool *seen, const char *value, const at_provenance *prov)
{
    xdate d;
    if (!find_date(x, value, 0, &d) || d.start != 0 || d.iso[0] == '-')
        return;
    if (!seen[LABEL_DATE] && !has_date(m->dates, "document")) {
        char *day = g_strndup(value, d.end);
        add_date(x, m->dates, "document", day, prov), seen[LABEL_DATE] = true;
        g_free(day);
    }
    char *name = g_str_has_prefix(value + d.end, " av ") && !m->authors->children->len
                     ? author_name(value + d.end + strlen(" av ")) : NULL;
    if (name) {
        at_rnode *a = rn_add(m->authors, "author");
        rn_attr_set(a, "role", "handläggare");
        rn_add_text(a, "name", name, prov);
        seen[LABEL_AUTHOR] = true;
    }
    g_free(name);
}

/* The § after the decided day in a label's `value` ("2026-12-11 § 62"), on the decided date when it has none. */
static void decided_section(xctx *x, meta_nodes *m, const char *value)
{
    at_rnode *decided = date_of(m->dates, "decided");
    xdate d;
    const char *number = decided && !at_rnode_attr(decided, "paragraph") && find_date(x, value, 0, &d)
                             ? section_after(value, &d) : NULL;
    size_t digits = number ? strspn(number, "0123456789") : 0;
    if (digits)
        rn_attr_set(decided, "paragraph", "%.*s", (int)digits, number);
}

/* "Kommunstyrelsen 2027-03-08, § 41" after an adoption's label: the body named before the day is the one that
 * decided, when nothing else gave it. */
static void decided_by(xctx *x, meta_nodes *m, const char *value)
{
    at_rnode *decided = date_of(m->dates, "decided");
    xdate d;
    if (!decided || at_rnode_attr(decided, "by") || !find_date(x, value, 0, &d) || d.start < 2)
        return;
    char *body = g_strchomp(g_strndup(value, d.start));
    if (names_body(body))
        rn_attr_set(decided, "by", "%s", body);
    g_free(body);
}

/* "Nämnd | Barn- och utbildningsnämnden" in a memo's head: the body the case goes to, its recipient; an extract of
 * minutes names the body that met there (head_body_paragraph reads it), a plan's fact box the body that owns it. */
static bool committee_addressed(xctx *x, const char *value)
{
    const char *body, *paragraph;
    return memo_document(x) && names_body(value) && !head_body_paragraph(x, &body, &paragraph);
}

/* "HH 2027/44 2027-03-01": a Dnr label's value of a diarienummer and a day, the " · " between them lost (OCR drops a
 * small dot); the diarienummer's length, or 0 when the value is no such pair. */
static size_t dnr_before_date(xctx *x, const char *value)
{
    size_t a, b;
    xdate d;
    if (!dnr_after_label(x, value, 0, &a, &b) || a != 0 || value[b] != ' ')
        return 0;
    const char *day = value + b + 1;
    return find_date(x, day, 0, &d) && d.start == 0 && d.end == strlen(day) && d.iso[0] != '-' ? b : 0;
}

/* A Dnr label's value, its first `len` bytes (its first field): the diarienummer, and a day after it (dnr_before_date)
 * the document's date, as a day in a field of its own after a " · " is. */
static void label_dnr(xctx *x, meta_nodes *m, bool *seen, const char *value, size_t len, const at_provenance *prov)
{
    size_t n = dnr_before_date(x, value);
    char *dnr = g_strndup(value, n ? n : len);
    rn_set_text(m->dnr, dnr), rn_set_prov(m->dnr, prov), seen[LABEL_DNR] = true;
    g_free(dnr);
    if (n && !has_date(m->dates, "document"))
        add_date(x, m->dates, "document", value + n + 1, prov), seen[LABEL_DATE] = true;
}

/* The value of head label k ("Datum", "Dnr", "Handläggare", "Mottagare"), the first of its kind. */
static void head_value(xctx *x, meta_nodes *m, bool *seen, int k, const char *value, const at_provenance *prov)
{
    if (labels[k].kind == LABEL_AUTHOR && case_number_like(value)) /* "Vår referens" over "MRF 2027-0188" */
        k = label_index(LABEL_DNR);
    if (!*value || seen[labels[k].kind])
        return;
    if (labels[k].kind == LABEL_DATE) {
        add_date(x, m->dates, "document", value, prov), seen[LABEL_DATE] = true;
    } else if (labels[k].kind == LABEL_MEETING) { /* "Sammanträdesdatum 2026-11-24" in a head table's cell */
        add_date(x, m->dates, "meeting", value, prov), seen[LABEL_MEETING] = true;
    } else if (labels[k].kind == LABEL_DECIDED) { /* "Beslutsdatum | 2026-03-25": its body and § come later */
        add_date(x, m->dates, "decided", value, prov), seen[LABEL_DECIDED] = true;
        decided_section(x, m, value); /* "Beslutsdatum 2026-12-11 § 62": the § beside its day */
    } else if (labels[k].kind == LABEL_DNR && !m->dnr->text) {
        label_dnr(x, m, seen, value, strlen(value), prov);
    } else if (labels[k].kind == LABEL_AUTHOR && !m->authors->children->len) {
        char *name = author_name(value);
        if (name) {
            at_rnode *a = rn_add(m->authors, "author");
            rn_attr_set(a, "role", "handläggare");
            rn_add_text(a, "name", name, prov);
        }
        seen[LABEL_AUTHOR] = name != NULL;
        g_free(name);
    } else if ((labels[k].kind == LABEL_RECIPIENT ||
                (labels[k].kind == LABEL_COMMITTEE && committee_addressed(x, value))) &&
               !m->recipients->children->len) {
        rn_add_text(m->recipients, "recipient", value, prov);
        seen[labels[k].kind] = true;
    } else if (labels[k].kind == LABEL_PREPARED) {
        prepared_on_by(x, m, seen, value, prov), seen[LABEL_PREPARED] = true;
    }
}

/* "TJÄNSTESKRIVELSE", "PROMEMORIA": one word in capitals names a memo's kind. */
static bool kind_word(const char *s)
{
    return word_count(s) == 1 && all_capitals(s);
}

/* "Kultur- och fritidsförvaltningen", "Miljöenheten": a line naming an office of the organisation (a letterhead's). */
static bool names_office(const char *s)
{
    static const char *const places[] = { " i ", " på ", " vid ", " hos " };
    const char *space = strrchr(s, ' '), *last = space ? space + 1 : s;
    /* "Ändrade öppettider i medborgarkontoret": the office is where something is, in a phrase, not a name */
    for (size_t i = 0; space && i < G_N_ELEMENTS(places); i++)
        if (space - s >= (ptrdiff_t)strlen(places[i]) - 1 &&
            strncmp(space - strlen(places[i]) + 1, places[i], strlen(places[i])) == 0)
            return false;
    char *f = folded_copy(last);
    bool office = word_count(s) <= 5 && (names_unit(f) || g_str_has_suffix(f, "forvaltningen") ||
                                         g_str_has_suffix(f, "forvaltning"));
    g_free(f);
    return office;
}

/* "3. att uppdra åt förvaltningen att återkomma med en plan …", "2) att ge …": a numbered point going on in lower case
 * (a proposal's decision points), no title though it names a plan; a page's text layer wraps it before its period. */
static bool numbered_point(const char *s)
{
    size_t digits = strspn(s, "0123456789");
    return digits && digits <= 2 && (s[digits] == '.' || s[digits] == ')') && s[digits + 1] == ' ' &&
           g_unichar_islower(g_utf8_get_char(s + digits + 2));
}

/* "Närvarande | Se bilaga till protokollet", "Justerare: Karin Ek": a row of minutes' roll of who took part (its
 * label, then a colon or a field opening with a capital), no title though it names the minutes. */
static bool roll_line(const char *s)
{
    static const char *const labels[] = { "Närvarande", "Övriga närvarande", "Beslutande", "Frånvarande",
                                          "Justerare", "Närvarande ledamöter", "Tjänstgörande ersättare",
                                          "Övriga deltagare" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        const char *rest = folded_prefix_end(s, labels[i]);
        if (rest && (*rest == ':' || (*rest == ' ' && g_unichar_isupper(g_utf8_get_char(rest + 1)))))
            return true;
    }
    return false;
}

/* "§ 87 Renovering av Forsnäsbadet": an item of minutes, its title after the paragraph's number (not "§ 42 Dnr BUN
 * 2026/87", a label, nor a sentence); where its title starts, or NULL. */
static const char *item_title(const char *s)
{
    const char *value;
    s = after_body_initialism(s);
    if (!g_str_has_prefix(s, "§"))
        return NULL;
    s += strlen("§");
    s += strspn(s, " ");
    size_t digits = strspn(s, "0123456789");
    if (!digits || s[digits] != ' ')
        return NULL;
    s += digits + 1;
    bool heading = g_unichar_isupper(g_utf8_get_char(s)) && word_count(s) <= 12 && !strchr(".,;:", last_char(s));
    return heading && find_label(s, &value) < 0 ? s : NULL;
}

/* "§ 178 Dnr KS 2026/341", "§ 12", "Paragraf: § 12", "Förbundsstyrelsen 2027-09-22, § 56": a minutes item's stamp,
 * its § and labels but no heading. */
static bool item_stamp(xctx *x, const char *s)
{
    size_t a, b;
    const char *value;
    xdate d;
    if (paragraph_stamp(s) || body_day_paragraph(x, s, &d, &a))
        return true;
    s = after_body_initialism(s);
    return pat_match(x, PAT_CLAUSE, s, 0) && (!pat_span(x, 2, &a, &b) || a == b || find_label(s + a, &value) >= 0);
}

/* "Beslut", "Ärendet", "Yrkanden": a heading of a memo's or minutes item's own parts, no title. */
static bool minutes_part_heading(const char *s)
{
    static const char *const parts[] = { "Beslut", "Beslutet", "Ärende", "Ärendebeskrivning", "Beslutsgång",
                                         "Yrkande", "Propositionsordning", "Reservation", "Protokollsanteckning",
                                         "Expedieras till", "Skäl för beslutet", "Motivering", "Förslag" };
    for (size_t i = 0; i < G_N_ELEMENTS(parts); i++)
        if (folded_equal(s, parts[i]))
            return true;
    return is_memo_heading(s);
}

/* "Remissvar: Skog och jobb i hela landet (SOU 2026:57)" under the stamp "REMISSVAR", "Yttrande: Detaljplan för
 * …" under "YTTRANDE": a line that opens with the kind the head stamps and a colon names its subject, no label. */
static bool kind_before_colon(xctx *x, const char *s, guint head)
{
    const char *colon = strstr(s, ": ");
    if (!colon || strchr(s, ':') != colon)
        return false;
    char *kind = g_strndup(s, colon - s);
    bool stamped = false;
    for (guint i = 0; i < head && !stamped; i++)
        stamped = kind_word(line_at(x, i)->text) && folded_equal(line_at(x, i)->text, kind);
    g_free(kind);
    return stamped;
}

/* Does `s` hold a colon other than one between digits (a property's "Söderfors 4:12", "SOU 2026:57")? */
static bool label_colon(const char *s)
{
    for (const char *c = strchr(s, ':'); c; c = strchr(c + 1, ':'))
        if (c == s || !g_ascii_isdigit(c[-1]) || !g_ascii_isdigit(c[1]))
            return true;
    return false;
}

/* Can line `i` be a memo's title (see memo_title), `opens` telling whether it opens a paragraph? */
static bool memo_title_line(xctx *x, guint i, guint to, bool opens)
{
    xline *l = line_at(x, i), *next = line_at(x, i + 1);
    bool one_line = (!next || next->para_start) && word_count(l->text) <= 14 &&
                    (!label_colon(l->text) || kind_before_colon(x, l->text, to)) &&
                    !strchr(".,;", last_char(l->text)) && g_unichar_isupper(g_utf8_get_char(l->text));
    bool head = shouted_letterhead(l->text) || is_org_line(l->text) || company_line(l->text) || names_body(l->text) ||
                kind_word(l->text) || names_office(l->text) || noise_line(l->text) ||
                l->fields || l->before_gap || /* a letterhead's halves */
                strstr(l->text, "§") || pat_match(x, PAT_ADOPTED_STAMP, l->text, 0) || /* a decision's stamp */
                place_dated(x, l->text) || distribution_label(l->text);
    return !l->used && !head && opens && (heading_words(l->text, false) || one_line || wrapped_under_kind(x, i)) &&
           !minutes_part_heading(l->text);
}

/* The first of lines from..to that a memo's title can be: a heading, or a paragraph of one line that does not end
 * as a sentence does ("Utbyggnad av förskoleplatser i Järna och Hölö 2025–2027"), no letterhead, body or kind. */
static void memo_title(xctx *x, meta_nodes *m, guint from, guint to)
{
    for (guint i = from; i < to && !m->title->text; i++)
        if (memo_title_line(x, i, to, line_at(x, i)->para_start))
            take_title(x, m->title, i);
}

/* The labels a memo or a form names its subject by, on a line before a colon or in a form's cell. */
static const char *const subject_labels[] = { "ärende", "ärendemening", "ämne",          "angående",
                                              "rubrik", "titel",        "ärendet avser", "beslutet avser" };

/* "Ärende: Bidrag till föreningar", "Ämne: …": the subject after the label naming it, or NULL (a plan's "Avser: Alla
 * förskolor" is no subject; "Ärende: KS 2027/45" a number). */
static const char *subject_value(const char *s)
{
    const char *value = NULL;
    for (size_t k = 0; k < G_N_ELEMENTS(subject_labels) && !value; k++) {
        const char *end = folded_prefix_end(s, subject_labels[k]);
        value = end && *end == ':' ? end + 1 : NULL;
    }
    if (!value || word_count(value += strspn(value, " ")) < 2 || !g_unichar_isupper(g_utf8_get_char(value)) ||
        strpbrk(value, "0123456789/"))
        return NULL;
    return value;
}

/* Set the title to line `l`'s subject (subject_value), its line used; false when it has none. */
static bool take_subject(meta_nodes *m, xline *l)
{
    const char *value = l->used ? NULL : subject_value(l->text);
    if (!value)
        return false;
    rn_set_text(m->title, value);
    rn_set_prov(m->title, &l->prov);
    l->used = true;
    return true;
}

/* The title of a minutes item stamped on line `stamp` (item_stamp): the first free line under the stamp and its
 * labels ("§ 87" over "Dnr: KS 2026/214" over the heading), or its subject ("Ärende: …"), when a memo's title can
 * be one; a heading of the item's parts ("§ 12 Dnr …" over "Beslut") gives none. */
static void stamped_item_title(xctx *x, meta_nodes *m, guint stamp, guint head)
{
    guint i = stamp + 1;
    while (i < head && line_at(x, i)->used)
        i++;
    /* "TN § 77 Dnr …" over "Vinterväghållning …" with no blank line between: the heading opens the item's text */
    if (i < head && !take_subject(m, line_at(x, i)) && memo_title_line(x, i, MIN(head, i + 1), true))
        take_title(x, m->title, i);
}

/* "VA SYD | PROTOKOLLSUTDRAG", "Gästrike Vatten <wide gap> YTTRANDE": a short name beside the document's kind alone,
 * a letterhead whose name has no word for an organisation. */
static bool name_beside_kind(const char *name, const char *kind)
{
    return kind && is_document_type(kind) && word_count(name) <= 3 && !is_document_type(name) &&
           g_unichar_isupper(g_utf8_get_char(name)) && !strpbrk(name, "0123456789:");
}

static char *cell_line(const xrow *r, int c, guint k);

/* "ÖrebroBostäder AB" over "Styrelsen" beside "PROTOKOLLSUTDRAG" over "Sammanträdesdatum …": a born PDF's
 * letterhead table of two cells of lines, the left's first line the organisation when the right's first names the
 * document's kind, or when its own second line does ("MUNKFORS KOMMUN" over "PROTOKOLLSUTDRAG", cells beside). */
static void stacked_letterhead(meta_nodes *m, const xrow *r)
{
    char *name = cell_line(r, 0, 0), *kind = cell_line(r, 0, 1);
    if (!kind || !is_document_type(kind)) {
        g_free(kind);
        kind = r->n_cells == 2 ? cell_line(r, 1, 0) : NULL;
    }
    if (name && kind && is_document_type(kind) && (is_org_line(name) || company_line(name)))
        add_organisation(m->organisations, name, &r->prov);
    g_free(name);
    g_free(kind);
}

/* "Region Gävleborg Kulturnämnden", "Skellefteå kommun Socialnämnden": a body named after its organisation. */
static bool organisation_before_body(const char *s)
{
    char *f = folded_copy(s);
    bool hit = g_str_has_prefix(f, "region ") || strstr(f, " kommun ") || strstr(f, " stad ");
    g_free(f);
    return hit;
}

/* "Socialnämnden <tab> PROTOKOLLSUTDRAG" over "Hallstahammars kommun": a body beside the document's kind opens a
 * minutes' letterhead, no organisation (a line under it may name that). */
static bool body_beside_kind(xctx *x, const xline *l)
{
    const xrow *r = l->fields ? fields_of(x, l) : NULL;
    bool pair = r && r->n_cells == 2 && r->cells[0] && r->cells[1];
    const char *first = l->before_gap ? l->before_gap : pair ? r->cells[0] : NULL;
    const char *kind = l->before_gap ? l->text + l->gap_at : pair ? r->cells[1] : NULL;
    return first && kind && names_body(first) && !organisation_before_body(first) && is_document_type(kind);
}

/* "NSVA", OCR's "N S VA": a logo's capital initials, no word, number or kind of document. */
static bool logo_initials(const char *s)
{
    size_t letters = 0;
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c != ' ' && !g_unichar_isupper(c))
            return false;
        letters += c != ' ';
    }
    return letters >= 2 && letters <= 6 && !is_document_type(s);
}

/* "Bolag | Gävle Hamn AB", "Organisation | Norrby kommun": a fact box's row whose label names the body owning the
 * document, and its value that body; NULL for other rows. */
static const char *owner_cell(const xrow *r)
{
    static const char *const labels[] = { "Bolag", "Organisation" };
    const char *value = r->n_cells == 2 && r->cells[0] ? r->cells[1] : NULL;
    bool owner = false;
    for (size_t k = 0; k < G_N_ELEMENTS(labels) && value; k++)
        owner = owner || folded_equal(r->cells[0], labels[k]);
    return owner && (company_line(value) || is_org_line(value)) ? value : NULL;
}

/* A head table's row "Vallby kommun | Datum: 2027-03-02" or "Ånge kommun | PROTOKOLLSUTDRAG" (a page's table or an
 * export's fields): a letterhead set as a table, its left cell the organisation when a cell right of it holds a label
 * or names the document's kind. */
static void letterhead_row_organisation(xctx *x, meta_nodes *m)
{
    GPtrArray *sources[] = { x->rows, x->text_rows };
    for (size_t s = 0; s < G_N_ELEMENTS(sources); s++)
        for (guint i = 0; i < sources[s]->len && !m->organisations->children->len; i++) {
            const xrow *r = g_ptr_array_index(sources[s], i);
            const char *value;
            bool beside_label = false;
            if (r->prov.page != 1 || r->prov.first_line > HEAD_PROPER || !r->cells[0] ||
                find_label(r->cells[0], &value) >= 0)
                continue;
            const char *owner = owner_cell(r);
            if (owner) {
                add_organisation(m->organisations, owner, &r->prov);
                continue;
            }
            for (int c = 1; c < r->n_cells && !beside_label; c++)
                beside_label = r->cells[c] && (find_label(r->cells[c], &value) >= 0 || is_document_type(r->cells[c]) ||
                                               kind_word(r->cells[c])); /* "TJÄNSTESKRIVELSE" */
            bool named = r->row == 0 && r->n_cells == 2 && name_beside_kind(r->cells[0], r->cells[1]);
            const xrow *above = i ? g_ptr_array_index(sources[s], i - 1) : NULL;
            bool under_logo = above && above->table == r->table && above->row == 0 && r->row == 1 &&
                              above->cells[0] && logo_initials(above->cells[0]) && company_line(r->cells[0]);
            if ((beside_label && (is_org_line(r->cells[0]) || named)) || under_logo) /* a label OCR misread */
                add_organisation(m->organisations, r->cells[0], &r->prov);
            else if (r->row == 0 && r->n_cells >= 2 && cell_last_line(r, 0))
                stacked_letterhead(m, r);
        }
}

/* Is there a title line after line `i`, before the first prose of the head? */
static bool title_below(xctx *x, guint i, guint head)
{
    for (guint k = i + 1; k < head && !prose_line(line_at(x, k)); k++)
        if (is_title_line(line_at(x, k)->text))
            return true;
    return false;
}

/* "Avtal om skolskjutsar Sida 1 av 2" over prose with no title line between: the running header's title, its page
 * number cut. A header of nothing but a name and the page number is no title. */
static void page_header_title(xctx *x, meta_nodes *m, guint head)
{
    for (guint i = 0; i < head && !m->title->text; i++) {
        xline *l = line_at(x, i);
        const char *cut = l->used ? NULL : page_number_at(l->text);
        char *title = cut ? g_strndup(l->text, (gsize)(cut - l->text)) : NULL;
        if (title && is_title_line(title) && !title_below(x, i, head)) {
            rn_set_text(m->title, title);
            rn_set_prov(m->title, &l->prov);
            l->used = true;
        }
        g_free(title);
    }
}

/* "Ärende | Ansvarig nämnd | Datum | Dnr": labels set across a form's columns over their values in the row below — a
 * cell after the first is a label with no value of its own. */
static bool labels_across(const xrow *r)
{
    const char *value;
    for (int c = 1; c < r->n_cells; c++)
        if (r->cells[c] && find_label(r->cells[c], &value) >= 0 && !*value)
            return true;
    return false;
}

/* The cell of row `rows[i]`'s subject: its next filled cell, or under labels set across the columns the first cell of
 * the row below in the same table; NULL when there is none. */
static const char *subject_cell(const GPtrArray *rows, guint i)
{
    const xrow *r = g_ptr_array_index(rows, i);
    if (labels_across(r)) {
        const xrow *below = i + 1 < rows->len ? g_ptr_array_index(rows, i + 1) : NULL;
        return below && below->table == r->table && below->row == r->row + 1 && below->n_cells ? below->cells[0] : NULL;
    }
    int c = 1;
    while (c < r->n_cells && (!r->cells[c] || !*r->cells[c]))
        c++;
    return c < r->n_cells ? r->cells[c] : NULL;
}

/* "Ärende | Driftbidrag till enskild väg 2027", "ÄRENDEMENING | Bygglov för …": a form's row `rows[i]` of its
 * subject's label and the subject beside it or below it; the subject, or NULL (a number: "Ärende | KS 2027/45"). */
static const char *form_subject(xctx *x, const GPtrArray *rows, guint i)
{
    const xrow *r = g_ptr_array_index(rows, i);
    bool labelled = false;
    for (size_t k = 0; k < G_N_ELEMENTS(subject_labels) && r->cells[0] && !labelled; k++)
        labelled = folded_equal(r->cells[0], subject_labels[k]);
    const char *value = labelled ? subject_cell(rows, i) : NULL, *rest = NULL;
    bool bare_label = value && find_label(value, &rest) >= 0 && !*rest; /* "Ärende | Beslutsfattare" */
    bool subject = value && !bare_label && word_count(value) >= 2 && g_unichar_isupper(g_utf8_get_char(value)) &&
                   !pat_match(x, PAT_DIARIENUMMER, value, 0);
    return subject ? value : NULL;
}

/* A memo's title after the label naming its subject, in the head, when no line of the head is a title. */
static void subject_title(xctx *x, meta_nodes *m)
{
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER && !m->title->text; i++)
        take_subject(m, line_at(x, i));
    GPtrArray *sources[] = { x->rows, x->text_rows };
    for (size_t s = 0; s < G_N_ELEMENTS(sources) && !m->title->text; s++)
        for (guint i = 0; i < sources[s]->len && !m->title->text; i++) {
            const xrow *r = g_ptr_array_index(sources[s], i);
            const char *subject =
                r->prov.page <= 1 && r->prov.first_line <= HEAD_PROPER ? form_subject(x, sources[s], i) : NULL;
            if (subject) {
                rn_set_text(m->title, subject);
                rn_set_prov(m->title, &r->prov);
            }
        }
}

/* A head row's "Till: Kulturnämnden" or "Till | Kulturnämnden" (then *c moves on to the body's cell). */
static void head_recipient(meta_nodes *m, const xrow *r, const xrow *below, int *c)
{
    const char *body = addressed_to(r->cells[*c]);
    const char *next = *c + 1 < r->n_cells ? r->cells[*c + 1] : NULL;
    const char *under = below && *c < below->n_cells ? below->cells[*c] : NULL;
    if (body && !*body && under && names_body(under)) /* "Handläggare | … | Till" over "… | Socialnämnden" */
        rn_add_text(m->recipients, "recipient", under, &below->prov);
    else if (body && !*body && next && names_body(next))
        rn_add_text(m->recipients, "recipient", r->cells[++*c], &r->prov);
    else if (body && *body)
        rn_add_text(m->recipients, "recipient", body, &r->prov);
}

/* "Till", "Adressat:": a cell of nothing but the addressee's label. */
static bool addressee_label(const char *s)
{
    const char *to = s ? addressed_to(s) : NULL;
    return to && !*to;
}

/* Does cell `c` of row `r` hold a value, no label? */
static bool value_cell(const xrow *r, int c)
{
    const char *ignored;
    return r && c < r->n_cells && r->cells[c] && find_label(r->cells[c], &ignored) < 0 &&
           !addressee_label(r->cells[c]);
}

/* "Leksands kommun | Datum | Diarienummer": a letterhead's row of bare labels (and the organisation) at the top of
 * the first page, the decision's too when it names the decision's § ("Beslutsinstans | Datum och paragraf |
 * Diarienummer", read by adoption_columns; a bare "Beslutsdatum" there may be a meeting's to come); a table's column
 * headers ("Part | Kontaktperson") name more than labels. */
static bool letterhead_labels(const xrow *r)
{
    bool section = decision_labels((const char *const *)r->cells, r->n_cells);
    int n_labels = 0;
    for (int c = 0; c < r->n_cells; c++) {
        const char *value;
        bool label = r->cells[c] && ((find_label(r->cells[c], &value) >= 0 && !*value) ||
                                     (section && adoption_label(r->cells[c])));
        if (r->cells[c] && !label && !addressee_label(r->cells[c]) && !is_org_line(r->cells[c]))
            return false;
        n_labels += label;
    }
    return r->prov.page == 1 && r->prov.first_line <= HEAD_PROPER && n_labels > 0;
}

/* Could `value` be the value of head label k by its form: a date a date's, a diarienummer a Dnr's? Lines of stacked
 * cells that pair by count alone shift when a value is missing or wraps ("Anna Berg," over "miljöstrateg" under
 * "Handläggare" over "Dnr"). */
static bool value_fits_label(xctx *x, int k, const char *value)
{
    xdate d;
    size_t a, b;
    switch (labels[k].kind) {
    case LABEL_DATE:
    case LABEL_DECIDED:
        return find_date(x, value, 0, &d) && d.start == 0;
    case LABEL_DNR:
        return dnr_after_label(x, value, strlen(value), &a, &b);
    default:
        return true;
    }
}

/* A stacked label line: a label (find_label) or a bare diarienummer's ("Vårt diarienr"), its value beside it. */
static int stacked_label(const char *s, const char **rest)
{
    int k = find_label(s, rest);
    if (k < 0 && names_dnr_label(s))
        k = label_index(LABEL_DNR), *rest = "";
    return k;
}

/* A letterhead box OCR read as one cell holds its labels line by line: each line a label and its value ("Datum:
 * 2026-01-12" over "Dnr: KS 2025/412"), or bare labels ("Datum" over "Dnr") whose values stand on the same lines of
 * the next cell. Returns how many cells from c it took: 0 when cell c is no such stack. */
static int stacked_labels(xctx *x, meta_nodes *m, bool *seen, const xrow *r, int c)
{
    if (!r->cell_lines || c >= r->n_cells || !r->cell_lines[c])
        return 0;
    char **names = g_strsplit(r->cell_lines[c], "\n", -1);
    char **values = c + 1 < r->n_cells && r->cell_lines[c + 1] ? g_strsplit(r->cell_lines[c + 1], "\n", -1) : NULL;
    guint n = g_strv_length(names), bare = 0;
    bool stack = n >= 2;
    const char *rest;
    for (guint i = 0; stack && i < n; i++) {
        stack = stacked_label(names[i], &rest) >= 0;
        bare += stack && !*rest;
    }
    bool beside = bare == n && values && g_strv_length(values) == n;
    for (guint i = 0; beside && i < n; i++)
        beside = *values[i] && find_label(values[i], &rest) < 0 &&
                 value_fits_label(x, stacked_label(names[i], &rest), values[i]);
    stack = stack && (bare == 0 || beside);
    for (guint i = 0; stack && i < n; i++) {
        int k = stacked_label(names[i], &rest);
        head_value(x, m, seen, k, beside ? values[i] : rest, &r->prov);
    }
    g_strfreev(names);
    g_strfreev(values);
    return stack ? 1 + beside : 0;
}

/* A head row's labels: a cell holding a label and its value ("Datum 2025-01-20"), a label cell and the value
 * in the next ("Handläggare | Ingrid Svensson, utredare", "Dokumentansvarig | Jan Ek, strateg"), or a row of
 * labels over the row `below` of their values ("Datum | Diarienummer" over "2026-01-12 | KS 2025/412"). */
static void head_cells(xctx *x, meta_nodes *m, bool *seen, const xrow *r, const xrow *below)
{
    for (int c = 0; c < r->n_cells; c++) {
        int stacked = stacked_labels(x, m, seen, r, c);
        if (stacked) {
            c += stacked - 1;
            continue;
        }
        const char *value;
        int k = r->cells[c] ? find_label(r->cells[c], &value) : -1;
        bool next = value_cell(r, c + 1);
        if (k >= 0 && !*value && !next && value_cell(below, c)) {
            head_value(x, m, seen, k, below->cells[c], &below->prov);
            continue;
        }
        if (k < 0 && r->cells[c] && next && names_author_role(r->cells[c]))
            k = label_index(LABEL_AUTHOR), value = "";
        else if (k < 0 && r->cells[c] && next && names_dnr_label(r->cells[c]))
            k = label_index(LABEL_DNR), value = "";
        if (k >= 0 && !*value && next) {
            value = r->cells[++c];
            if (labels[k].kind == LABEL_DATE && strstr(value, "§")) /* "Datum | 26 februari 2026, § 31": a decision's */
                continue;
        }
        if (k >= 0)
            head_value(x, m, seen, k, value, &r->prov);
        else if (r->cells[c] && !m->recipients->children->len)
            head_recipient(m, r, below, &c);
    }
}

/* "Datum Vår referens Ert ärende": a line of nothing but bare labels; their indices in ks (at most `max`), how many, or
 * 0. */
static int labels_only(const char *s, int *ks, int max)
{
    int n = 0, k;
    const char *value;
    for (; *s && n < max && (k = find_label(s, &value)) >= 0 && value > s; s = value)
        ks[n++] = k;
    return *s ? 0 : n;
}

/* An OCR'd page's reference box ruled under its values only: the line of labels over it ("Datum Vår referens Ert
 * ärende") stays text, its one row of values ("2027-03-30 | MRF 2027-0188 | SBN-2027-00214") a table; each value is
 * its label's when every one fits. */
static void labels_over_row(xctx *x, meta_nodes *m, bool *seen, const xrow *r)
{
    int ks[8];
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER && r->row == 0 && r->prov.page == 1; i++) {
        xline *l = line_at(x, i);
        int gap = r->prov.first_line - l->prov.first_line, n = labels_only(l->text, ks, G_N_ELEMENTS(ks));
        bool fit = l->prov.page == 1 && gap > 0 && gap <= 3 && n == r->n_cells;
        for (int c = 0; c < n && fit; c++)
            fit = value_cell(r, c) && value_fits_label(x, ks[c], r->cells[c]);
        for (int c = 0; c < n && fit; c++)
            head_value(x, m, seen, ks[c], r->cells[c], &r->prov);
        l->used |= fit;
    }
}

/* The head's tab-separated fields ("Barn- och utbildningsförvaltningen | Datum 2025-01-20") and a PDF's
 * table cells there hold labels too, and a memo's head names its recipient with "Till". */
static void head_fields(xctx *x, meta_nodes *m, bool *seen)
{
    GPtrArray *sources[] = { x->rows, x->text_rows };
    for (size_t s = 0; s < G_N_ELEMENTS(sources); s++) {
        GHashTable *signing = signing_tables(sources[s]);
        for (guint i = 0; i < sources[s]->len; i++) {
            const xrow *r = g_ptr_array_index(sources[s], i);
            const xrow *below = i + 1 < sources[s]->len ? g_ptr_array_index(sources[s], i + 1) : NULL;
            if (r->prov.page <= 1 && r->prov.first_line <= HEAD_LINES && !in_tables(signing, r)) {
                head_cells(x, m, seen, r, below && below->table == r->table && below->row == r->row + 1 && letterhead_labels(r) ?
                                              below : NULL);
                labels_over_row(x, m, seen, r);
            }
        }
        /* a metadata table's rows of a label and its value; a document information table may close the document */
        for (guint i = 0; i < sources[s]->len; i++) {
            const xrow *r = g_ptr_array_index(sources[s], i);
            if (r->n_cells % 2 == 0 && r->cells[0] && r->cells[1] && !in_tables(signing, r) &&
                info_table_row(x, sources[s], r))
                head_cells(x, m, seen, r, NULL); /* label | value, two by two */
        }
        g_hash_table_unref(signing);
    }
    for (guint i = 0; i < x->lines->len && i < HEAD_LINES; i++) {
        xline *l = line_at(x, i);
        const char *body = l->used || m->recipients->children->len ? NULL : addressed_to(l->text);
        xline *below = body && !*body ? line_at(x, i + 1) : NULL;
        if (below && !below->used && names_body(below->text)) { /* "Till:" over "Kulturnämnden" */
            rn_add_text(m->recipients, "recipient", below->text, &below->prov);
            l->used = below->used = true;
        } else if (body && *body) {
            rn_add_text(m->recipients, "recipient", body, &l->prov);
            l->used = true;
        } else if (!l->used && i < 12) {
            /* a header line "Knivsta kommun | ... | Dnr ..." still names the organisation, "… · Dnr … · Kontakt: …"
             * its author (OCR reads a small · as -) */
            bool found = labels_in_line(x, m, seen, l);
            l->used = found && !strstr(l->text, " | ") && !strstr(l->text, " · ") && !strstr(l->text, " - ");
        }
    }
}

/* Does the head name a memo's kind ("TJÄNSTESKRIVELSE", "Beslutsunderlag")? Only a memo is addressed to a body
 * by a bare line. A letterhead read half by half names it alone on a line after the left half's lines. */
bool memo_document(xctx *x)
{
    static const char *const kinds[] = { "tjansteskrivelse", "beslutsunderlag", "tjansteutlatande", "promemoria",
                                         "delegationsbeslut", "missiv" };
    for (guint i = 0; i < x->lines->len && i < 4; i++) /* an extract of minutes lists its memo as a document */
        if (folded_contains(line_at(x, i)->text, "protokoll"))
            return false;
    for (guint i = 0; i < x->lines->len && i < 12; i++)
        for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++)
            if ((i < 4 || word_count(line_at(x, i)->text) == 1) && folded_contains(line_at(x, i)->text, kinds[k]))
                return true;
    return false;
}

/* "Natur- och trafiknämnden", "Kommunstyrelsens arbetsutskott": a line that is nothing but a deciding body's name;
 * a preposition makes it a line about a body ("Arbetsutskottets förslag till kommunstyrelsen"). */
static bool names_body(const char *s)
{
    static const char *const ends[] = { "namnden", "styrelsen", "fullmaktige", "utskottet", "utskott", "direktionen" };
    static const char *const about[] = { " till ", " fran ", " av ", " hos ", " om ", " forslag " };
    if (word_count(s) > 6 || strchr(".,;:", last_char(s)) || strchr(s, ':') || !g_unichar_isupper(g_utf8_get_char(s)))
        return false; /* "Till: Kulturnämnden" is a label's line */
    char *f = folded_copy(s);
    bool hit = false;
    for (size_t i = 0; i < G_N_ELEMENTS(ends) && !hit; i++)
        hit = g_str_has_suffix(f, ends[i]);
    for (size_t i = 0; i < G_N_ELEMENTS(about) && hit; i++)
        hit = !strstr(f, about[i]);
    g_free(f);
    return hit;
}

/* "emma.lindahlQsorsele.se": one word ending in a domain's top level, an e-mail address even when OCR misread its
 * '@', or a web address. */
static bool domain_word(const char *s)
{
    static const char *const tops[] = { ".se", ".nu", ".com", ".org", ".net", ".eu" };
    for (size_t i = 0; i < G_N_ELEMENTS(tops) && word_count(s) == 1; i++)
        if (g_str_has_suffix(s, tops[i]) && strlen(s) > strlen(tops[i]))
            return true;
    return false;
}

/* A phone number or an e-mail address: a contact line under a name. */
static bool contact_line(const char *s)
{
    size_t digits = 0;
    for (const char *p = s; *p; p++)
        digits += g_ascii_isdigit(*p) != 0;
    /* a phone number opens with 0 or + ("08-123 45 67", "+46 8 …"); a date or a period does not */
    return (strchr(s, '@') && word_count(s) == 1) || domain_word(s) ||
           ((s[0] == '0' || s[0] == '+') && strspn(s, "0123456789 -+()") == strlen(s) && digits >= 7);
}

/* "TJÄNSTESKRIVELSE 2027-04-06 RÖ 2027-00518", "YTTRANDE · 4 maj 2026 · Dnr MBN 2026/231": a stamp line of a
 * memo's kind in capitals and then only its date and diarienummer, which a PDF sets apart by wide gaps and a text
 * export runs into one line of words. Takes the kind, the document's date and the diarienummer; false when `l` is
 * no such line. */
static bool kind_stamp(xctx *x, meta_nodes *m, bool *seen, xline *l)
{
    const char *s = l->text, *p = s + strcspn(s, " "), *date = NULL, *dnr = NULL;
    char *word = g_strndup(s, p - s), *f = folded_copy(word);
    bool kind = kind_word(word) && (letter_kind_word(f, "") || is_document_type(word));
    size_t dnr_len = 0, a, b;
    xdate d;
    while (kind && *p) {
        p += strspn(p, " ,|");
        if (g_str_has_prefix(p, "·"))
            p += strlen("·");
        else if (!date && find_date(x, p, 0, &d) && d.start == 0 && d.iso[0] != '-')
            date = p, p += d.end;
        else if (folded_starts(p, "dnr ") || folded_starts(p, "dnr: "))
            p += strcspn(p, " ");
        else if (!dnr && dnr_after_label(x, p, 0, &a, &b))
            dnr = p, dnr_len = b, p += b;
        else
            kind = *p == '\0';
    }
    kind = kind && (date || dnr);
    if (kind) {
        if (!m->type->text)
            rn_set_text(m->type, word), rn_set_prov(m->type, &l->prov);
        if (date && !seen[LABEL_DATE])
            add_date(x, m->dates, "document", date, &l->prov), seen[LABEL_DATE] = true;
        if (dnr && !m->dnr->text) {
            char *number = g_strndup(dnr, dnr_len);
            rn_set_text(m->dnr, number), rn_set_prov(m->dnr, &l->prov), seen[LABEL_DNR] = true;
            g_free(number);
        }
        l->used = true;
    }
    g_free(f);
    g_free(word);
    return kind;
}

/* A head without labels: the diarienummer alone on a line ("NTN 2025/118"), the author as a name over a title
 * and a phone or an e-mail, a memo's recipient as a bare line with the body's name. Lines up to the first heading. */
static void bare_head(xctx *x, meta_nodes *m, bool *seen)
{
    bool memo = memo_document(x);
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER; i++) {
        xline *l = line_at(x, i);
        size_t a, b;
        if (is_memo_heading(l->text) || (pat_match(x, PAT_SECTION, l->text, 0) && i > 0))
            break;
        if (l->used || l->fields || kind_stamp(x, m, seen, l))
            continue;
        if (!m->dnr->text && pat_match(x, PAT_DIARIENUMMER, l->text, 0) && pat_span(x, 1, &a, &b) && a == 0 &&
            b == strlen(l->text)) {
            rn_set_text(m->dnr, l->text), rn_set_prov(m->dnr, &l->prov);
            l->used = seen[LABEL_DNR] = true;
        } else if (!m->authors->children->len && name_like(l->text)) {
            guint k = i + 1;
            while (k < i + 3 && line_at(x, k) && !line_at(x, k)->para_start && !contact_line(line_at(x, k)->text))
                k++;
            if (!line_at(x, k) || !contact_line(line_at(x, k)->text))
                continue;
            at_rnode *author = rn_add(m->authors, "author");
            rn_add_text(author, "name", l->text, &l->prov);
            for (guint j = i; j <= k || (line_at(x, j) && contact_line(line_at(x, j)->text)); j++)
                line_at(x, j)->used = true;
            seen[LABEL_AUTHOR] = true;
        } else if (memo && !m->recipients->children->len && l->para_start && names_body(l->text)) {
            rn_add_text(m->recipients, "recipient", l->text, &l->prov);
            l->used = true;
        }
    }
}

/* "182 62 Enebyberg", "SE-103 33 Stockholm": a postal code and its town, alone on a line. */
static bool postal_line(const char *s)
{
    const char *p = g_str_has_prefix(s, "SE-") ? s + 3 : s;
    size_t first = strspn(p, "0123456789");
    if (first != 3 && first != 5)
        return false;
    p += first;
    if (first == 3 && (*p != ' ' || strspn(p + 1, "0123456789") != 2 || (p += 3, false)))
        return false;
    return *p == ' ' && g_unichar_isupper(g_utf8_get_char(p + 1)) && word_count(p) <= 3 && !strpbrk(p, "0123456789:");
}

/* An address's street, box or c/o line ("Ekebyvägen 12", "Storgatan 4 B", "Box 417", "c/o Gunilla Wrede") or its
 * postal line. */
static bool address_line(const char *s)
{
    if (postal_line(s) || folded_starts(s, "c/o ") || (folded_starts(s, "Box ") && g_ascii_isdigit(s[4])))
        return true;
    const char *last = strrchr(s, ' ');
    size_t n = word_count(s);
    if (last && n == 3 && strlen(last + 1) == 1 && g_ascii_isupper(last[1])) /* "Storgatan 4 B" */
        last = g_strrstr_len(s, last - s, " ");
    size_t number = last ? strcspn(last + 1, " ") : 0; /* up to the entrance's letter */
    return last && n >= 2 && n <= 4 && g_unichar_isupper(g_utf8_get_char(s)) && !strchr(s, ':') &&
           g_ascii_isdigit(last[1]) && strspn(last + 1, "0123456789ABCDEFabcdef") == number && number <= 4;
}

/* "Kommunstyrelsens förvaltning", "Danderyds kommun": the sender's own name or office heading its postal address
 * ("Förvaltningsrätten i Göteborg" is a court, the addressee). */
static bool own_office(const char *s)
{
    bool office = folded_contains(s, "forvaltning") && !folded_contains(s, "forvaltningsratt");
    return is_org_line(s) || office || folded_contains(s, "kontoret");
}

/* Does cell `c` of `r` end on a postal line? */
static bool cell_ends_postal(const xrow *r, int c)
{
    const char *cell = r->cell_lines && r->cell_lines[c] ? r->cell_lines[c] : r->cells[c];
    const char *last = cell ? strrchr(cell, '\n') : NULL;
    return cell && postal_line(last ? last + 1 : cell);
}

/* Does a cell of `r` end on a postal line (a PDF's table may hold an address block set beside a label block)? */
static bool row_holds_postal_line(const xrow *r)
{
    for (int c = 0; c < r->n_cells; c++)
        if (cell_ends_postal(r, c))
            return true;
    return false;
}

/* Is line `l` none of an address block's names: a label's or its value, a table's fields, a date alone? */
static bool beside_address(xctx *x, const xline *l)
{
    const char *ignored;
    xdate d;
    return l->used || l->fields || find_label(l->text, &ignored) >= 0 ||
           (find_date(x, l->text, 0, &d) && d.start == 0 && d.end == strlen(l->text));
}

/* "Nybro kommun" over "Box 45" in a head under "Region Kalmar län": line `j` names an organisation (no body of one)
 * other than the first one the head names — the addressee, though an organisation's name over a postal address is
 * else the sender's own. */
static bool other_organisation(xctx *x, guint j)
{
    const char *s = line_at(x, j)->text;
    if (!is_org_line(s) || names_body(s))
        return false;
    for (guint k = 0; k < j; k++) {
        const char *above = line_at(x, k)->text;
        if (is_org_line(above) && !names_body(above))
            return !folded_equal(above, s);
    }
    return false;
}

/* Is the address block whose first name is line `j` the sender's own: that line or a name line right over it in its
 * paragraph names the organisation or an office of it ("Norrby kommun" over "Socialtjänsten" over "Box 100")? A
 * label or a date over the block ends it (a letterhead over the addressee's block). */
static bool senders_block(xctx *x, guint j)
{
    for (guint k = j + 1; k-- > 0;) {
        const char *s = line_at(x, k)->text;
        if (k == j && other_organisation(x, j))
            return false;
        if (own_office(s) || names_office(s))
            return true;
        if (line_at(x, k)->para_start || (k > 0 && beside_address(x, line_at(x, k - 1))))
            break;
    }
    return false;
}

/* Is folded word `f` (with the text after it, `rest`) the name of a letter's kind — what an authority sends to a named
 * addressee: a decision ("beslut" and its compounds: "avgiftsbeslut", "bygglovsbeslut"), a notice, an order, a
 * summons, an answer, a statement, an application, an extract of minutes? "Information" names one only as
 * "Information om …". */
static bool letter_kind_word(const char *f, const char *rest)
{
    static const char *const kinds[] = { "beslutsmeddelande", "meddelande",    "underrattelse",    "forelaggande",
                                         "kallelse",          "besked",        "forfragan",        "inbjudan",
                                         "paminnelse",        "protokollsutdrag", "delgivning",    "remissvar",
                                         "remissyttrande",    "yttrande",      "skrivelse",        "tjansteskrivelse",
                                         "svar",              "brev",          "foljebrev",        "missiv",
                                         "ansokan",           "begaran" };
    if (g_str_has_suffix(f, "beslut"))
        return true;
    if (strcmp(f, "information") == 0)
        return folded_starts(rest, " om ");
    for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++)
        if (strcmp(f, kinds[i]) == 0)
            return true;
    return false;
}

/* "BESLUT", "Remissvar", "Svar på remiss om …", "Yttrande: …", "Avgiftsbeslut för …", "Protokollsutdrag": does `s`
 * open with the name of a letter's kind? The name alone, before a lower-case word (or in a line of capitals), or
 * before a colon and a subject ("Beslut: KF 2026-02-12, § 9" labels a plan's adoption). */
static bool opens_letter_kind(xctx *x, const char *s)
{
    size_t n = strcspn(s, " :\t");
    char *word = g_strndup(s, n), *f = folded_copy(word);
    const char *rest = s + n;
    bool kind = letter_kind_word(f, rest);
    g_free(f);
    g_free(word);
    xdate d;
    if (!kind || !*rest)
        return kind;
    if (*rest == ':')
        return !strstr(rest, "§") && !find_date(x, rest, 0, &d);
    return *rest == ' ' && (g_unichar_islower(g_utf8_get_char(rest + 1)) || all_capitals(s));
}

/* "Expedierad 2027-05-12", "Skickat: 12 maj 2027": the stamp of the day a letter was sent, in its head. */
static bool sent_stamp(xctx *x, const char *s)
{
    static const char *const stamps[] = { "expedierad", "expedierat", "expedierades", "expedierats", "skickad",
                                          "skickat",    "skickades",  "avsand",       "avsant",      "postad",
                                          "postat" };
    xdate d;
    return first_word_among(s, stamps, G_N_ELEMENTS(stamps)) && word_count(s) <= 6 && find_date(x, s, 0, &d);
}

/* Line `k` of cell `c` of row `r` (its lines split at '\n'), or NULL past the cell's last; caller frees. */
static char *cell_line(const xrow *r, int c, guint k)
{
    const char *cell = r->cell_lines && r->cell_lines[c] ? r->cell_lines[c] : r->cells[c];
    char **lines = g_strsplit(cell ? cell : "", "\n", -1);
    char *line = k < g_strv_length(lines) && (cell || k > 0) ? g_strdup(lines[k]) : NULL;
    g_strfreev(lines);
    return line;
}

/* "Tierps kommun · Samhällsbyggnadskontoret · Delegationsbeslut 1 (1)", "Ekby kommun | BESLUT": a running head's
 * parts joined by " · " or " | ", the page's number after the last cut; NULL for a line of one part (else the
 * caller frees with g_strfreev). */
static char **head_parts(const char *s)
{
    const char *page = page_number_at(s);
    size_t n = page ? (size_t)(page - s) : strlen(s), bare = n;
    while (bare > 0 && strchr("0123456789 ()", s[bare - 1]))
        bare--;
    char *cut = g_strndup(s, memchr(s + bare, '(', n - bare) ? bare : n); /* "… Delegationsbeslut 1 (1)" */
    char **parts = g_strsplit(cut, strstr(cut, " · ") ? " · " : " | ", -1);
    g_free(cut);
    if (g_strv_length(parts) < 2)
        g_clear_pointer(&parts, g_strfreev);
    for (char **p = parts; p && *p; p++)
        g_strstrip(*p);
    return parts;
}

/* Does a part of the running head `s` (head_parts) name a letter's kind? */
static bool head_part_names_kind(xctx *x, const char *s)
{
    char **parts = head_parts(s);
    bool kind = false;
    for (char **p = parts; p && *p && !kind; p++)
        kind = opens_letter_kind(x, *p);
    g_strfreev(parts);
    return kind;
}

/* Does the head (its lines before the first heading, a letterhead's right half, a head table's cells) name a
 * letter's kind, or is the document a memo (addressed to a body)? Only a letter's head has an addressee's block. */
bool letter_document(xctx *x)
{
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER; i++) {
        const xline *l = line_at(x, i);
        if (pat_match(x, PAT_SECTION, l->text, 0) && i > 0)
            break;
        if (opens_letter_kind(x, l->text) || (l->before_gap && opens_letter_kind(x, l->text + l->gap_at)) ||
            head_part_names_kind(x, l->text))
            return true;
    }
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        for (int c = 0; c < r->n_cells && r->prov.page <= 1 && r->prov.first_line <= HEAD_PROPER; c++) {
            char *first = cell_line(r, c, 0); /* "DELEGATIONSBESLUT" over the date in its cell */
            bool kind = (r->cells[c] && opens_letter_kind(x, r->cells[c])) || (first && opens_letter_kind(x, first));
            g_free(first);
            if (kind)
                return true;
        }
    }
    return memo_document(x);
}

/* "Sida 1 (2)", "1 (2)", "Sida 2 av 3": a page's number alone on its line. */
static bool page_number_line(const char *s)
{
    char *spaced = g_strconcat(" ", s, NULL);
    bool number = page_number_at(spaced) == spaced ||
                  (g_ascii_isdigit(*s) && strchr(s, '(') && strspn(s, "0123456789 ()") == strlen(s));
    g_free(spaced);
    return number;
}

static bool letter_head_text(xctx *x, const char *s);

/* "Kultur och fritid", "Miljö och hälsa": a name of up to three words, no figures, as an office is named in a head. */
static bool office_like(const char *s)
{
    return word_count(s) <= 3 && g_unichar_isupper(g_utf8_get_char(s)) && !strpbrk(s, "0123456789");
}

/* Is `s` a running head (head_parts) of a letter head's parts: organisation, office ("Socialtjänsten": a name of up
 * to three words), the letter's kind? */
static bool joined_head(xctx *x, const char *s)
{
    char **parts = head_parts(s);
    bool head = parts != NULL;
    for (char **p = parts; p && *p && head; p++)
        head = **p && (letter_head_text(x, *p) || opens_letter_kind(x, *p) || office_like(*p));
    g_strfreev(parts);
    return head;
}

/* Is text `s` a letter head's: the sender's organisation, office or address, a date, a dateline ("Ekby den 12 maj
 * 2027"), a stamp of the day it was sent, a contact, a stamp of the letter's kind, the case's number alone ("KFN
 * 2027/0042"), a page's number, a speck, a running head of such parts? */
static bool letter_head_text(xctx *x, const char *s)
{
    return is_org_line(s) || company_line(s) || own_office(s) || names_office(s) || names_body(s) || address_line(s) ||
           contact_line(s) || looks_like_letterhead(s) || kind_word(s) || place_dated(x, s) || sent_stamp(x, s) ||
           (all_capitals(s) && opens_letter_kind(x, s)) || (word_count(s) <= 2 && case_number_like(s)) ||
           page_number_line(s) || noise_line(s) || joined_head(x, s);
}

/* Is line `l` a letter head's, above its title: a label or its value, a head's text, or one with the page's number
 * after it ("BESLUT Sida 1 (2)")? */
static bool letter_head_line(xctx *x, const xline *l)
{
    const char *page = page_number_at(l->text);
    char *before = page ? g_strndup(l->text, (gsize)(page - l->text)) : NULL;
    bool head = beside_address(x, l) || letter_head_text(x, l->text) || (before && letter_head_text(x, before));
    g_free(before);
    /* "Kommunstyrelsen   Dnr KS 2027/187": a scan's line read across the letterhead's halves, each a head's */
    const char *right = l->before_gap ? l->text + l->gap_at : NULL, *ignored;
    return head || (right && letter_head_text(x, l->before_gap) &&
                    (find_label(right, &ignored) >= 0 || letter_head_text(x, right)));
}

/* Is every line above line `j` (an address block's first) a letter head's? A title, heading or text above puts the
 * block in the body: a contact box, a distribution list, a signer's address. */
static bool above_title(xctx *x, guint j)
{
    for (guint k = 0; k < j; k++) {
        const xline *l = line_at(x, k);
        /* the office under the organisation's name ("Alvesta kommun" over "Miljö och hälsa"), more head below it */
        bool office = k > 0 && k + 1 < j && is_org_line(line_at(x, k - 1)->text) && office_like(l->text);
        if (!office && !letter_head_line(x, l))
            return false;
    }
    return true;
}

/* Is line `l` read across a scan's head, a head text of the left column ("emma.lindahl@ekby.se", a speck after it)
 * far left of the address block's first line on the right? */
static bool head_left_of_gap(xctx *x, const xline *l)
{
    if (!l->before_gap)
        return false;
    char *left = g_strdup(l->before_gap);
    size_t n = strlen(left);
    while (n > 0 && strchr(" -|~.,'", left[n - 1]))
        left[--n] = '\0';
    bool head = n > 0 && letter_head_text(x, left);
    g_free(left);
    return head;
}

/* The recipient an address block names, read up from line `i` (its postal line, or the first line after the table
 * that holds it) over its street, box and c/o lines: the block's first line ("Trafikverket" over "Region Mitt").
 * Whether it named one. */
static bool recipient_above(xctx *x, meta_nodes *m, guint i)
{
    guint j = i;
    while (j-- > 0 && i - j <= 10 && (address_line(line_at(x, j)->text) || beside_address(x, line_at(x, j))))
        ;
    if (j >= i || i - j > 10)
        return false;
    /* a head run together with the block: another organisation's name under the sender's office opens it ("Region
     * Östergötland" / "Regionala utvecklingsnämnden" / "Motala kommun" / "Samhällsbyggnadsförvaltningen" / "591 86
     * Motala"), not a division under the addressee's name ("Trafikverket" / "Region Mitt") */
    while (j > 1 && !line_at(x, j)->para_start && !beside_address(x, line_at(x, j - 1)) &&
           !address_line(line_at(x, j - 1)->text) &&
           !(other_organisation(x, j) && own_office(line_at(x, j - 1)->text)))
        j--;
    xline *l = line_at(x, j);
    const char *name = head_left_of_gap(x, l) ? l->text + l->gap_at : l->text;
    if (j == 0 || !above_title(x, j) || senders_block(x, j) || word_count(name) > 8 ||
        !g_unichar_isupper(g_utf8_get_char(name)))
        return false;
    rn_add_text(m->recipients, "recipient", name, &l->prov);
    l->used = true;
    return true;
}

/* Is every line of row `r`'s cells but cell `c` a letter head's beside the addressee's block: the letter's kind,
 * its date, a label, or none? Its date in *date (the first, if *date is NULL; caller frees). */
static bool head_beside_block(xctx *x, const xrow *r, int c, char **date)
{
    bool head = true;
    for (int o = 0; o < r->n_cells && head; o++) {
        char *line;
        for (guint k = 0; o != c && head && (line = cell_line(r, o, k)); k++, g_free(line)) {
            const char *ignored;
            xdate d;
            bool dated = *line && find_date(x, line, 0, &d) && d.start == 0 && d.end == strlen(line) && d.iso[0] != '-';
            head = !*line || dated || letter_head_text(x, line) || find_label(line, &ignored) >= 0;
            if (dated && !*date)
                *date = g_strdup(line);
        }
    }
    return head;
}

/* "Föreningen X | BESLUT" over "Att: … | 2026-11-12" over "Gruvvägen 7" over "744 71 Tärnsjö": a born PDF's borderless
 * table of the addressee's block beside the letter's kind and date, its lines no lines of the text, only letter
 * head lines above it. The block's first line is the recipient, the date beside it the letter's; the first line
 * after the table, or G_MAXUINT when the table at rows[first] is none such. */
static guint table_block_recipient(xctx *x, meta_nodes *m, guint first)
{
    const xrow *top = g_ptr_array_index(x->rows, first);
    guint above = lines_before(x, &top->prov);
    if (top->row != 0 || top->prov.page > 1 || above >= HEAD_LINES || !above_title(x, above))
        return G_MAXUINT;
    for (int c = 0; c < top->n_cells; c++) {
        char *name = cell_line(top, c, 0), *date = NULL;
        /* a company under head lines is the addressee ("Lindqvists Café och Konditori AB"), a letterhead no sender's */
        bool block = name && word_count(name) <= 8 && g_unichar_isupper(g_utf8_get_char(name)) &&
                     (!own_office(name) || (above > 0 && company_line(name))) && !names_office(name);
        for (guint i = first; block && i < x->rows->len && i - first < 6; i++) {
            const xrow *r = g_ptr_array_index(x->rows, i);
            block = r->table == top->table && c < r->n_cells && head_beside_block(x, r, c, &date);
            if (block && cell_ends_postal(r, c)) {
                rn_add_text(m->recipients, "recipient", name, &top->prov);
                if (date && !has_date(m->dates, "document"))
                    add_date(x, m->dates, "document", date, &top->prov);
                g_free(name);
                g_free(date);
                return lines_before(x, &r->prov);
            }
        }
        g_free(name);
        g_free(date);
    }
    return G_MAXUINT;
}

/* "s.remissvar@regeringskansliet.se" (OCR may misread its '@') under "Socialdepartementet": a ministry's or an
 * authority's inbox closing its address block as a postal line does; a person's address under the name ("Anna Berg"
 * over "anna.berg@kommun.se") is a contact's, and a web address no inbox. */
static bool inbox_under_name(xctx *x, guint i)
{
    const char *s = line_at(x, i)->text;
    return i > 0 && domain_word(s) && !folded_starts(s, "www.") && !line_at(x, i)->para_start &&
           !name_like(line_at(x, i - 1)->text);
}

/* A letter's address block in the head ("Enebybergs Bordtennisklubb / c/o Gunilla Wrede / Ekebyvägen 12 / 182 62
 * Enebyberg", "Trafikverket / Box 417 / 801 05 Gävle") names the recipient. A label block set beside it (read in
 * between on a PDF, or a table with it) is stepped over; the sender's own block (its organisation or office over its
 * postal address) names none. The first line after the block (where the letter's title is), or G_MAXUINT. */
static guint address_block_recipient(xctx *x, meta_nodes *m)
{
    if (!letter_document(x))
        return G_MAXUINT;
    /* a block under a numbered heading ("1. Parter") is a party's of an agreement, no letter's head */
    for (guint i = 1; i < x->lines->len && i < HEAD_LINES && !pat_match(x, PAT_SECTION, line_at(x, i)->text, 0); i++)
        if (line_at(x, i)->prov.page <= 1 && (postal_line(line_at(x, i)->text) || inbox_under_name(x, i)) &&
            recipient_above(x, m, i))
            return i + 1;
    for (guint i = 0; i < x->rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        guint at = lines_before(x, &r->prov), after = G_MAXUINT;
        if (r->prov.page <= 1 && at < HEAD_LINES && row_holds_postal_line(r) && recipient_above(x, m, at))
            return at;
        if ((after = table_block_recipient(x, m, i)) != G_MAXUINT)
            return after;
    }
    return G_MAXUINT;
}

/* "Kopia till: Västerås stad; Polismyndigheten", "För kännedom", "Sändlista:": a copy list's label; where its list
 * starts on the label's line ("" when the list stands under it), or NULL. */
static const char *copy_list(const char *s)
{
    static const char *const labels[] = { "Kopia till", "Kopia", "För kännedom", "Sändlista" };
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        const char *rest = folded_prefix_end(s, labels[i]);
        if (rest && (!*rest || *rest == ':'))
            return rest + strspn(rest, ": ");
    }
    return NULL;
}

/* "Beslutet skickas till", "Sändlista", "Kopia till: …": the label over (or before) the list of those a decision is
 * sent to. */
static bool distribution_label(const char *s)
{
    return folded_starts(s, "Beslutet ska skickas till") || folded_starts(s, "Beslutet expedieras till") ||
           folded_starts(s, "Beslutet skickas till") || folded_starts(s, "Expedieras till") || copy_list(s);
}

/* A line of that list: a few words naming a person or a unit, no heading. */
static bool distribution_item(const char *s)
{
    return word_count(s) <= 8 && !is_memo_heading(s);
}

/* Does line `i` stand in a distribution list: its paragraph, items up to it, right under the list's label? */
static bool in_distribution(xctx *x, guint i)
{
    while (i > 0 && !line_at(x, i)->para_start && distribution_item(line_at(x, i - 1)->text) &&
           !distribution_label(line_at(x, i - 1)->text))
        i--;
    return i > 0 && distribution_label(line_at(x, i - 1)->text);
}

/* Where a copy list on its label's line, and the lines under it that continue it, close the document (after the
 * sign-off: "Kopia till: Västerås stad"); the number of lines else. */
static guint copies_at_end(xctx *x)
{
    guint n = x->lines->len;
    for (guint k = n; k-- > 0 && k + 4 >= n;) {
        const char *list = copy_list(line_at(x, k)->text);
        if (list && *list)
            return k;
        if (line_at(x, k)->para_start || !distribution_item(line_at(x, k)->text))
            break;
    }
    return n;
}

/* A memo's or a motion's sign-off: at most this many signers close it, each a name over a title. */
enum { SIGN_OFF_MAX = 3 };

typedef struct {
    guint names[SIGN_OFF_MAX]; /* each signer's name line, the last first; the title line is right under it */
    guint n;
    guint dated; /* the place-and-day line over the signers ("Ljungbyhed den 12 oktober 2026"), or G_MAXUINT */
} sign_off;

/* "Maria Sjöberg (L)": the person a signer's line names, without the letters of a party after the name; NULL when it
 * names no one. Caller frees. */
static char *signer_name(const char *s)
{
    char *name = g_strdup(s), *paren = strrchr(name, '(');
    size_t letters = paren ? strspn(paren + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") : 0;
    if (paren && paren > name && paren[-1] == ' ' && letters >= 1 && letters <= 3 && strcmp(paren + 1 + letters, ")") == 0)
        paren[-1] = '\0';
    if (!name_like(name))
        g_clear_pointer(&name, g_free);
    return name;
}

/* "Trafikingenjör", "ledamot i kommunfullmäktige": a signer's title under the name, a few words that are neither a
 * sentence, a name, a contact nor a date. */
static bool signer_title(xctx *x, const char *s)
{
    xdate d;
    return word_count(s) <= 6 && !strchr(".:;,", last_char(s)) && !name_like(s) && !strchr(s, '@') &&
           !find_date(x, s, 0, &d) && !g_ascii_isdigit(*s);
}

/* "0932-140 25, ulrika.berglund@bjurholm.se": a signer's phone and e-mail on one line, parted by commas. */
static bool contacts_line(const char *s)
{
    char **parts = g_strsplit(s, ", ", -1);
    bool all = parts[0] && parts[1];
    for (char **p = parts; *p && all; p++)
        all = contact_line(*p);
    g_strfreev(parts);
    return all;
}

/* The signers that close a memo or a motion, each a name line over a title line and nothing after the last but its
 * phone and e-mail or a copy list, and the place and day right over them when there is one. */
static sign_off read_sign_off(xctx *x)
{
    sign_off s = { .n = 0, .dated = G_MAXUINT };
    guint i = copies_at_end(x);
    if (i == x->lines->len && i >= 3 && contacts_line(line_at(x, i - 1)->text))
        i--; /* the last signer's contacts under the title */
    for (char *name; s.n < SIGN_OFF_MAX && i >= 2 && signer_title(x, line_at(x, i - 1)->text) &&
                     (name = signer_name(line_at(x, i - 2)->text));
         i -= 2) {
        s.names[s.n++] = i - 2;
        g_free(name);
    }
    if (s.n && in_distribution(x, i))
        s.n = 0; /* "Beslutet skickas till" over "Karin Holm" over "Ekonomiavdelningen": those the decision goes to */
    if (s.n && i >= 1 && place_dated(x, line_at(x, i - 1)->text))
        s.dated = i - 1;
    return s;
}

/* The head line that names the person of sign-off line `name` too ("Rasmus Ekdahl" under the memo's date: its
 * handläggare), or NULL. */
static xline *named_in_head(xctx *x, guint name)
{
    for (guint i = 0; i < x->lines->len && i < HEAD_PROPER && i < name; i++)
        if (strcmp(line_at(x, i)->text, line_at(x, name)->text) == 0)
            return line_at(x, i);
    return NULL;
}

/* An addressed memo or motion signs off with its author: the signer its head names too, else its only signer, when
 * nothing named an author before. A signer's name in the head is no title. */
static void sign_off_author(xctx *x, meta_nodes *m, const sign_off *s)
{
    guint author = s->n == 1 ? s->names[0] : G_MAXUINT;
    for (guint k = 0; k < s->n; k++) {
        xline *head = named_in_head(x, s->names[k]);
        if (head && !head->used)
            head->used = true, author = s->names[k];
    }
    /* "Malin Sjöberg <tab> Erik Lundgren": two signers side by side (a text export's fields) are no one author */
    bool one = author != G_MAXUINT && !line_at(x, author)->fields;
    char *name = one && !m->authors->children->len ? signer_name(line_at(x, author)->text) : NULL;
    if (name)
        rn_add_text(rn_add(m->authors, "author"), "name", name, &line_at(x, author)->prov);
    g_free(name);
}

/* "- Tjänsteskrivelse från gatuingenjör Emil Forsberg, 2028-03-15": a minutes extract names the memo it decides on
 * among its documents, and the memo's writer, named as a person (not "från fritidschefen", "från förvaltningen"),
 * is the case's author. */
static void memo_writer_author(xctx *x, meta_nodes *m)
{
    static const char *const memos[] = { "tjänsteskrivelse", "tjänsteutlåtande", "tjänsteyttrande" };
    static const char *const bys[] = { " från ", " av " };
    for (guint i = 0; i < x->lines->len && !m->authors->children->len; i++) {
        bool bullet;
        const char *item = strip_bullet(x, line_at(x, i)->text, &bullet), *by = NULL;
        for (size_t k = 0; bullet && k < G_N_ELEMENTS(memos) && !by; k++)
            for (size_t b = 0; folded_starts(item, memos[k]) && b < G_N_ELEMENTS(bys) && !by; b++)
                if (g_str_has_prefix(item + strlen(memos[k]), bys[b]))
                    by = item + strlen(memos[k]) + strlen(bys[b]);
        if (!by)
            continue;
        char *who = g_strndup(by, strcspn(by, ",0123456789")); /* the date after the writer */
        char *name = author_name(g_strchomp(who));
        if (name)
            rn_add_text(rn_add(m->authors, "author"), "name", name, &line_at(x, i)->prov);
        g_free(name);
        g_free(who);
    }
}

/* "kommunfullmäktige i Klippans kommun", "Regionstyrelsen i Region Kalmar": a recipient is the body, without the
 * municipality or region it belongs to; capitalised as a body's name, for it stands alone. "Hyttkällaren AB, org.nr
 * 559401-7716": a company without its number. */
static void recipients_without_place(meta_nodes *m)
{
    for (guint i = 0; i < m->recipients->children->len; i++) {
        at_rnode *r = g_ptr_array_index(m->recipients->children, i);
        char *number = r->text ? strstr(r->text, ", org") : NULL;
        if (number && (folded_starts(number + 2, "org.nr") || folded_starts(number + 2, "organisationsnummer")))
            *number = '\0';
        char *at = r->text ? strstr(r->text, " i ") : NULL;
        const char *place = at ? at + strlen(" i ") : NULL;
        if (!place || word_count(place) > 3 || !g_unichar_isupper(g_utf8_get_char(place)) ||
            !(g_str_has_suffix(place, " kommun") || g_str_has_prefix(place, "Region ")))
            continue;
        char initial[8] = { 0 };
        g_unichar_to_utf8(g_unichar_toupper(g_utf8_get_char(r->text)), initial);
        const char *rest = g_utf8_next_char(r->text);
        char *body = g_strdup_printf("%s%.*s", initial, (int)(at - rest), rest);
        rn_set_text(r, body);
        g_free(body);
    }
}

/* Is line `i` a signer's name or title? */
static bool in_sign_off(const sign_off *s, guint i)
{
    for (guint k = 0; k < s->n; k++)
        if (i == s->names[k] || i == s->names[k] + 1)
            return true;
    return false;
}

/* "Vansbro pensionärsförening" over "Kassör Bertil Ahl": the person in whose hands the item above is sent, no item. */
static bool contact_of_item(const char *s)
{
    const char *space = strchr(s, ' ');
    g_autofree char *role = space ? g_strndup(s, (gsize)(space - s)) : NULL;
    return role && role_like(role) && name_like(space + 1);
}

/* The list under the distribution label on line `label`, up to the sign-off (a name over a title): each item's name before
 * its address ("Länsstyrelsen i Uppsala län, Box 1717, …"), its address lines ("c/o …", "Storgatan 12", the postal
 * line) no items; a further copy list's label ("Kopia till") over its own paragraph goes on with it. */
static void distribution_under(xctx *x, meta_nodes *m, guint label, const sign_off *closing)
{
    for (guint j = label + 1; j < x->lines->len; j++) {
        xline *v = line_at(x, j);
        if (v->para_start && j > label + 1 && copy_list(v->text) && !*copy_list(v->text)) {
            label = j;
            continue;
        }
        const char *last = strrchr(v->text, ',');
        bool addressed = last && postal_line(last + strspn(last, ", ")); /* "…, Box 1717, 751 47 Uppsala" */
        g_autofree char *name = g_strndup(v->text, addressed ? strcspn(v->text, ",") : strlen(v->text));
        xline *next = line_at(x, j + 1);
        /* a name over its title in a paragraph of its own ("Lars Öberg" / "Miljöinspektör"): the signer */
        bool signer = v->para_start && name_like(v->text) && next && !next->para_start;
        if (v->used || signer || !distribution_item(name) || in_sign_off(closing, j))
            break;
        if (!address_line(v->text) && !(j > label + 1 && contact_of_item(v->text)))
            rn_add_text(m->distribution, "recipient", name, &v->prov);
    }
}

/* Once the signatories are read (a name over a title, each with its own line), the sign-off's lines are no
 * headings. */
static void sign_off_no_headings(xctx *x, const sign_off *s)
{
    for (guint k = 0; k < s->n; k++)
        line_at(x, s->names[k])->used = line_at(x, s->names[k] + 1)->used = true;
}

/* Once the head is read (a short motion's sign-off stands within its first lines): the sign-off's place and day
 * date the document when its head does not. */
static void close_sign_off(xctx *x, meta_nodes *m, const sign_off *s)
{
    if (s->dated == G_MAXUINT)
        return;
    add_date(x, m->dates, "document", line_at(x, s->dated)->text, &line_at(x, s->dated)->prov);
    line_at(x, s->dated)->used = true;
}

/* "Samordnare för planen är specialpedagog Maria Ekdahl", "Kontaktperson för programmet är …": a sentence opening
 * with a person's role for the document itself, then "är"; where the words after "är" start, else NULL. */
static const char *role_for_document(const char *part)
{
    const char *for_at = strstr(part, " för "), *doc = for_at ? for_at + strlen(" för ") : NULL;
    if (!doc)
        return NULL;
    size_t n;
    const char *const *documents = document_self_name_list(&n);
    g_autofree char *role = g_strndup(part, (size_t)(for_at - part));
    for (size_t k = 0; k < n && word_count(role) <= 2 && names_author_role(role); k++) {
        size_t len = strlen(documents[k]);
        /* the document's name in lower case: "för planen", "för handlingsplanen" */
        if (!strchr(documents[k], ' ') && folded_starts(doc, documents[k]) && g_unichar_islower(g_utf8_get_char(doc)) &&
            g_str_has_prefix(doc + len, " är "))
            return doc + len + strlen(" är ");
    }
    return NULL;
}

/* "… har tandvårdsdirektör Sara Ekholm deltagit, föredragande", "… har deltagit ekonomichef Per Lind,
 * föredragande" (the words closing the clause), "…, föredragande har varit utredare Anna Ek": the words a sentence
 * names its presenter with (caller frees), else NULL. */
static char *presenter_words(const char *part)
{
    static const char presented[] = "öredragande har varit ";
    const char *mark = strstr(part, ", föredragande"), *was = strstr(part, presented);
    if (was)
        return g_strndup(was + strlen(presented), strcspn(was + strlen(presented), ".;,"));
    const char *end = mark ? mark + strlen(", föredragande") : NULL;
    if (!end || (*end && !strchr(".;)", *end)))
        return NULL;
    char *before = g_strndup(part, (size_t)(mark - part));
    if (g_str_has_suffix(before, " deltagit")) /* the verb after the name: the name after "har" */
        before[strlen(before) - strlen(" deltagit")] = '\0';
    const char *verb = g_strrstr(before, " deltagit "), *has = g_strrstr(before, " har ");
    const char *from = verb ? verb + strlen(" deltagit ") : has ? has + strlen(" har ") : NULL;
    char *who = from ? g_strdup(from) : NULL;
    g_free(before);
    return who;
}

/* Whether `part` names who presents the matter: a minutes item's "Projektchef Anders Holm föredrar ärendet" (the
 * name before the verb), or of those who took part in a reply's decision, the one "föredragande" (the others only
 * "deltagit"); `name` gets the person (NULL when the words name none). */
static bool presenter_in(const char *part, char **name)
{
    const char *presents = strstr(part, " föredrar ärendet");
    presents = presents ? presents : strstr(part, " föredrog ärendet");
    g_autofree char *who = presents ? g_strndup(part, (size_t)(presents - part)) : presenter_words(part);
    *name = who ? author_name(who) : NULL;
    if (*name && (word_count(*name) > 3 || !name_like(*name)))
        g_clear_pointer(name, g_free);
    return who != NULL;
}

/* The person a stretch of a line names as the document's contact: a label in mid-line ("… § 61. Kontaktperson:
 * Jonas Ek, strateg", "Dnr 12 · Programansvarig: Karin Ask"; a bare "Ansvarig:" only on a line of metadata, as an
 * adoption stamp's: else it is an activity's) or a sentence ("Frågor om planen besvaras av samordnare Petra
 * Alm.", "Ärendet har beretts av fritidschef Lars Nyström.", a colophon's "Programmet har tagits fram av Linnea
 * Brodin, utvecklingsledare", a minutes item's "Projektchef Anders Holm föredrar ärendet"); NULL when none. */
static char *contact_in(const char *part, bool metadata_line)
{
    static const char *const answers[] = { "besvaras av ", "lämnas av ", "kontaktperson är ", "kontaktperson för planen är ",
                                           "under ledning av ", "handläggare ", "har beretts av ", "har handlagts av ",
                                           "har tagits fram av ", "Kontaktperson ", "Handläggare i ärendet ",
                                           "Handläggare för ärendet ", "föredras av ", "föredrogs av " };
    const char *value;
    char *label;
    if (author_labelled(part, &value))
        return author_name(value);
    char *name;
    if (presenter_in(part, &name))
        return name;
    if (metadata_line && labelled(part, &label, &value)) { /* "Antaget … § 31. Ansvarig: Riitta Niemi, samordnare" */
        /* "Ansvarig för planen: Ingrid Mattsson, brandskyddssamordnare" too: the label goes on in lower case */
        bool responsible = folded_equal(label, "Ansvarig") ||
                           (folded_starts(label, "Ansvarig ") && g_unichar_islower(g_utf8_get_char(label + strlen("Ansvarig "))));
        g_free(label);
        name = responsible ? author_name(value) : NULL;
        if (name && name_like(name))
            return name;
        g_free(name);
    }
    const char *after = role_for_document(part);
    for (size_t i = 0; i < G_N_ELEMENTS(answers) && !after; i++) {
        const char *at = strstr(part, answers[i]);
        after = at ? at + strlen(answers[i]) : NULL;
    }
    if (!after)
        return NULL;
    char *rest = g_strndup(after, strcspn(after, ".;,"));
    name = author_name(rest);
    g_free(rest);
    /* "en arbetsgrupp med Anna Ek", "Gamla Stans Företagarförening": no person's name alone */
    if (name && (word_count(name) > 3 || is_org_line(name) || names_body(name) || folded_contains(name, "forening") ||
                 folded_contains(name, "forbund")))
        g_clear_pointer(&name, g_free);
    return name;
}

/* The document's contact named inside a line of its head or of its last lines, when no label line named one. */
static char *contact_in_line(GRegex *parts, const char *text, bool metadata_line)
{
    char **split = g_regex_split(parts, text, 0), *name = NULL;
    for (char **p = split; p && *p && !name; p++) /* NULL: text not valid UTF-8 */
        name = contact_in(*p, metadata_line);
    g_strfreev(split);
    return name;
}

/* "Nordlund", "Berg Lindgren": a word or two in capitals that name no office, the surname a PDF wrapped. */
static bool wrapped_surname(const char *s)
{
    bool surname = *s && word_count(s) <= 2 && !names_office(s);
    for (const char *w = s; surname && w; w = strchr(w, ' ')) {
        w += *w == ' ';
        surname = g_unichar_isupper(g_utf8_get_char(w));
    }
    return surname;
}

/* Line `i`, with what a PDF wrapped of a stamp's last part onto the next line of its paragraph: after a comma the
 * part goes on ("Ansvarig: Ingrid Mattsson," over "samordnare. …"), else only a surname ("… · Kontaktperson Ingrid"
 * over "Nordlund, …"; "Miljökontoret · Dnr …" is a part of its own). Caller frees. */
static char *with_wrapped_contact(xctx *x, guint i)
{
    const char *line = line_at(x, i)->text;
    const xline *next = i + 1 < x->lines->len ? line_at(x, i + 1) : NULL;
    bool goes_on = last_char(line) == ',';
    char *first = NULL;
    if (next && !next->para_start) { /* its first part: up to a separator, by character (· and • are two bytes or more) */
        const char *end = next->text;
        for (gunichar c; *end && (c = g_utf8_get_char(end)) != 0xB7 && c != '|' && c != 0x2022 &&
                         (goes_on || (c != ',' && c != '('));
             end = g_utf8_next_char(end))
            ;
        first = g_strndup(next->text, (gsize)(end - next->text));
    }
    if (first)
        g_strchomp(first);
    char *text = first && *first && (goes_on || wrapped_surname(first)) ? g_strconcat(line, " ", first, NULL) : g_strdup(line);
    g_free(first);
    return text;
}

/* Lines first (a label in mid-line), then sentences wrapped over a PDF's lines ("handläggare enhetschef
 * Malin / Persson."). In a stamp's line a capitalised label in mid-line opens a part of its own: OCR may drop the ·
 * before it; in running text ("… varje sommar Kontakt: X.") it is no head's label. */
static void inline_author(xctx *x, at_rnode *authors)
{
    GRegex *parts = g_regex_new("(?<=\\.) |\\s+[·|•]\\s+|\\s[-–]\\s", 0, 0, NULL); /* OCR reads a small · as - */
    GRegex *stamp_parts = g_regex_new("(?<=\\.) |\\s+[·|•]\\s+|\\s[-–]\\s|\\s(?=\\p{Lu}\\p{L}+:\\s)", 0, 0, NULL);
    char *name = NULL;
    const at_provenance *at = NULL;
    for (guint i = 0; i < x->lines->len && parts && stamp_parts && !name; i++) {
        bool stamp = pat_match(x, PAT_OPENS_STAMP, line_at(x, i)->text, 0);
        char *text = with_wrapped_contact(x, i);
        if (in_head_or_tail(x, i) && (name = contact_in_line(stamp ? stamp_parts : parts, text, stamp)))
            at = &line_at(x, i)->prov;
        g_free(text);
    }
    GPtrArray *sentences = name || !parts ? NULL : prose_sentences(x);
    for (guint i = 0; sentences && i < sentences->len && !name; i++) {
        const xsentence *sentence = g_ptr_array_index(sentences, i);
        if (in_head_or_tail(x, lines_before(x, &sentence->prov)) && (name = contact_in_line(parts, sentence->text, false)))
            at = &sentence->prov;
    }
    if (name)
        rn_add_text(rn_add(authors, "author"), "name", name, at);
    g_free(name);
    if (sentences)
        g_ptr_array_unref(sentences);
    if (parts)
        g_regex_unref(parts);
    if (stamp_parts)
        g_regex_unref(stamp_parts);
}

/* How many lines start with `prefix`. */
static guint lines_starting(xctx *x, const char *prefix)
{
    guint n = 0;
    for (guint i = 0; i < x->lines->len; i++)
        n += g_str_has_prefix(line_at(x, i)->text, prefix);
    return n;
}

const xrow *fields_of(xctx *x, const xline *l)
{
    for (guint i = 0; l->fields && i < x->text_rows->len; i++) {
        const xrow *r = g_ptr_array_index(x->text_rows, i);
        if (r->prov.page == l->prov.page && r->prov.first_line == l->prov.first_line)
            return r;
    }
    return NULL;
}

/* "Annika Strand <tab> Fredrik Holm" over "Samhällsbyggnadschef <tab> Bygglovschef": signers side by side in an
 * export, one a field; each signs with the role under the name. */
static bool side_by_side(xctx *x, const meta_nodes *m, const xline *names, const xline *roles)
{
    const xrow *n = fields_of(x, names), *r = fields_of(x, roles);
    if (!n || !r || n->n_cells != r->n_cells)
        return false;
    for (int c = 0; c < n->n_cells; c++)
        if (!n->cells[c] || !r->cells[c] || !name_like(n->cells[c]) || !role_like(r->cells[c]))
            return false;
    for (int c = 0; c < n->n_cells; c++) {
        at_rnode *s = rn_add(m->signatories, "signatory");
        rn_add_text(s, "name", n->cells[c], &names->prov);
        rn_add_text(s, "role", r->cells[c], &roles->prov);
    }
    return true;
}

/* "Petra Wahlgren," over "Handläggare klimatstrateg": a head table's label, set level with the middle of a value that
 * wraps over two lines, is read on the value's second line; the person is named on the line above it. */
static char *author_around_label(xctx *x, guint i, const char *value)
{
    xline *l = line_at(x, i), *above = i ? line_at(x, i - 1) : NULL;
    const char *ignored;
    if (!above || l->para_start || above->used || last_char(above->text) != ',' ||
        !g_unichar_islower(g_utf8_get_char(value)) || find_label(above->text, &ignored) >= 0)
        return NULL;
    char *joined = g_strdup_printf("%s %s", above->text, value);
    char *name = author_name(joined);
    g_free(joined);
    /* the name is the line above whole, its comma the title's: "Karin Holm, Ola Ek," over "Kontakt sker via ..." is a
     * list running on into a sentence, and no name ends at that comma */
    if (name && strlen(name) + 1 != strlen(above->text))
        g_clear_pointer(&name, g_free);
    above->used = name != NULL;
    return name;
}

/* A company's name on the first line, or on the second under a logo's initials ("NSVA"): the letterhead, above
 * the kind and date; further down a company heads the address block. */
static bool letterhead_company(xctx *x, guint i)
{
    const char *first = line_at(x, 0)->text;
    return company_line(line_at(x, i)->text) &&
           (i == 0 || (i == 1 && word_count(first) == 1 && !is_document_type(first) && !strpbrk(first, "0123456789")));
}

void extract_metadata(xctx *x)
{
    meta_nodes m;
    m.type = rn_add(x->metadata, "documentType");
    m.title = rn_add(x->metadata, "title");
    m.organisations = rn_add(x->metadata, "organisations");
    m.period = rn_add(x->metadata, "period");
    m.dates = rn_add(x->metadata, "dates");
    m.dnr = rn_add(x->metadata, "diarienummer");
    m.authors = rn_add(x->metadata, "authors");
    m.recipients = rn_add(x->metadata, "recipients");
    m.status = rn_add(x->metadata, "status");
    m.proposal = rn_add(x->metadata, "proposal");
    m.summary = rn_add(x->metadata, "summary");
    m.signatories = rn_add(x->metadata, "signatories");
    m.distribution = rn_add(x->metadata, "distribution");

    /* Label blocks (Datum, Diarienummer, Handläggare ...): the first of each kind is metadata,
     * repeats are page headers, and letterheads are page furniture. */
    bool seen[LABEL_LETTERHEAD + 1] = { false };
    head_fields(x, &m, seen); /* a cell "Diarienummer: X" ends where its cell does, not at the line's end */
    GPtrArray *values = g_ptr_array_new();
    GHashTable *signing = signing_tables(x->text_rows);
    guint first_item = first_minutes_item(x);
    for (guint i = 0; i < x->lines->len;) {
        xline *l = line_at(x, i);
        const char *value;
        int k = find_label(l->text, &value);
        /* "Heby kommun … Dokumentdatum 2026-03-02": a label block's line read across from the letterhead's left half,
         * which stays free for the organisation */
        const char *right_value;
        int right = k < 0 && l->before_gap ? find_label(l->text + l->gap_at, &right_value) : -1;
        bool right_half = right >= 0 && *right_value;
        if (right_half)
            k = right, value = right_value;
        if (k < 0)
            k = role_before_person(l->text, &value);
        if (k < 0 || in_tables(signing, l->fields ? fields_of(x, l) : NULL)) {
            if (looks_like_letterhead(l->text) && i > 0)
                l->used = true;
            i++;
            continue;
        }
        /* "Besök" and "Datum" open sentences too; a label's value follows at once or on the next line. */
        if (*value && labels[k].kind != LABEL_DECIDED && labels[k].kind != LABEL_DATE &&
            labels[k].kind != LABEL_MEETING && labels[k].kind != LABEL_DNR &&
            word_count(value) > 6 && !(labels[k].kind == LABEL_AUTHOR && names_person(value))) {
            i++;
            continue;
        }
        if (labels[k].kind == LABEL_VALIDITY && (!*value || !pat_match(x, PAT_YEAR, value, 0))) {
            /* "Giltig" fills no field: bare, the lines under it (a scan's box, its values in another order) are the
             * other labels', and it may head a clause ("Giltighetstid"); with no year after it, it opens prose */
            i++;
            continue;
        }
        g_ptr_array_set_size(values, 0);
        guint next = label_block(x, i, value, values);
        l->used = l->used && !right_half;
        /* Labels deep in the text belong to an item ("Dnr" of one § in minutes), not to the document. */
        /* a contact for the document may close it ("Kontaktperson: …" on the last page) */
        bool in_head = i < HEAD_LINES || (labels[k].kind == LABEL_AUTHOR && i + TAIL_LINES >= x->lines->len);
        /* "Ansvarig: Maria Ek, utvecklingsledare" names the document's contact in its head proper or its last
         * lines, once; further down, or one for each of a list of activities, it is an activity's */
        if (strcmp(labels[k].label, "Ansvarig") == 0)
            in_head = (i < HEAD_PROPER || i + TAIL_LINES >= x->lines->len) && lines_starting(x, "Ansvarig") == 1;
        in_head = in_head && i < first_item; /* a protocol's "Dnr" under a § item is the item's */
        if (values->len && !seen[labels[k].kind] && in_head) {
            seen[labels[k].kind] = true;
            xline *v0 = g_ptr_array_index(values, 0);
            const char *first = v0 == l ? value : v0->text;
            switch (labels[k].kind) {
            case LABEL_DATE:
                add_date(x, m.dates, "document", first, &v0->prov);
                break;
            case LABEL_MEETING:
                add_date(x, m.dates, "meeting", first, &v0->prov);
                break;
            case LABEL_DECIDED:
                add_date(x, m.dates, "decided", first, &v0->prov);
                decided_section(x, &m, first);
                decided_by(x, &m, first);
                if (!m.status->text)
                    rn_set_text(m.status, labels[k].label), rn_set_prov(m.status, &l->prov);
                break;
            case LABEL_DNR:
                /* a label column read before its values ("Paragraf", "Diarienummer" over "§ 14", "VS 2027-0311"):
                 * a bare § is the decision's, no case number */
                for (guint j = 1; j < values->len && v0 != l && paragraph_stamp(first); j++)
                    first = ((xline *)g_ptr_array_index(values, j))->text;
                if (!m.dnr->text && !paragraph_stamp(first)) {
                    char *whole = v0 == l ? dnr_wrapped(x, i, first) : NULL;
                    label_dnr(x, &m, seen, whole ? whole : first, field_length(whole ? whole : first), &v0->prov);
                    g_free(whole);
                }
                break;
            case LABEL_AUTHOR: {
                char *name = author_name(first);
                name = name || v0 != l ? name : author_around_label(x, i, first);
                if (!name)
                    break;
                at_rnode *a = rn_add(m.authors, "author");
                rn_attr_set(a, "role", "handläggare");
                rn_add_text(a, "name", name, &v0->prov);
                g_free(name);
                for (guint j = 1; j < values->len; j++) {
                    xline *v = g_ptr_array_index(values, j);
                    if (strchr(v->text, '@'))
                        rn_add_text(a, "email", v->text, &v->prov);
                    else if (strspn(v->text, "0123456789 -+") == strlen(v->text))
                        rn_add_text(a, "phone", v->text, &v->prov);
                }
                break;
            }
            case LABEL_RECIPIENT:
                for (guint j = 0; j < values->len; j++) {
                    xline *v = g_ptr_array_index(values, j);
                    rn_add_text(m.recipients, "recipient", v == l ? value : v->text, &v->prov);
                }
                break;
            case LABEL_PREPARED:
                prepared_on_by(x, &m, seen, first, &v0->prov);
                break;
            case LABEL_COMMITTEE:
                if (!m.recipients->children->len && committee_addressed(x, first))
                    rn_add_text(m.recipients, "recipient", first, &v0->prov);
                break;
            case LABEL_ADDRESSEE:
            case LABEL_DOCTYPE:
            case LABEL_VALIDITY:
            case LABEL_LETTERHEAD:
                break;
            }
        }
        i = next;
    }
    g_ptr_array_free(values, TRUE);
    g_hash_table_unref(signing);
    bare_head(x, &m, seen);
    guint after_block = address_block_recipient(x, &m);
    if (!m.authors->children->len)
        inline_author(x, m.authors);
    sign_off closing = { .n = 0, .dated = G_MAXUINT };
    if (memo_document(x) || m.recipients->children->len) /* addressed: a memo or a motion */
        closing = read_sign_off(x);
    sign_off_author(x, &m, &closing);
    const char *head_body, *head_paragraph;
    if (!m.authors->children->len && (memo_document(x) || head_body_paragraph(x, &head_body, &head_paragraph)))
        memo_writer_author(x, &m);

    /* The head of the document: status, title, organisation, a date. */
    guint head = MIN(x->lines->len, (guint)HEAD_PROPER);
    const char *ignored_body, *ignored_paragraph;
    bool minutes_extract = head_body_paragraph(x, &ignored_body, &ignored_paragraph);
    page_header_title(x, &m, head);
    bool memo_body = false; /* under "Beslutsunderlag", "Bakgrund": a line citing minutes is no title */
    for (guint i = 0; i < head; i++) {
        xline *l = line_at(x, i);
        if (pat_match(x, PAT_SECTION, l->text, 0) && i > 0)
            break;
        memo_body = memo_body || is_memo_heading(l->text);
        /* under an agreement's kind, "§ 1 Parter" is its first clause, no minutes item's title */
        if (m.type->text && names_agreement_kind(m.type->text) && pat_match(x, PAT_CLAUSE, l->text, 0))
            break;
        /* under a memo's heading, "Protokollsutdrag … / § 112" cites a document (an "Underlag" list): no item */
        if (!m.title->text && minutes_extract && !memo_body && item_stamp(x, l->text))
            stamped_item_title(x, &m, i, head);
        const char *st = find_status(l->text);
        if (st && !m.status->text) {
            rn_set_text(m.status, st);
            rn_set_prov(m.status, &l->prov);
            add_date(x, m.dates, "document", l->text, &l->prov);
        }
        if (l->used)
            continue;
        xline *next = line_at(x, i + 1);
        size_t dot = ocr_dot_at(x, l);
        const char *kind = m.type->text ? NULL : document_type_value(l->text), *item;
        if (kind) {
            rn_set_text(m.type, kind);
            rn_set_prov(m.type, &l->prov);
            l->used = true;
        } else if (!m.type->text && (is_document_type(l->text) || /* "UTDRAG UR SAMMANTRÄDESPROTOKOLL" */
                                     (names_minutes(l->text) == MINUTES_EXTRACT && word_count(l->text) <= 5 && !l->fields &&
                                      !l->before_gap && !memo_body))) {
            rn_set_text(m.type, l->text);
            rn_set_prov(m.type, &l->prov);
            l->used = true;
            /* "SAMVERKANSAVTAL / om allmän kollektivtrafik": the type begins the title */
            if (!m.title->text && next && !next->used && /* a line in lower case goes on, paragraph or not */
                g_unichar_islower(g_utf8_get_char(next->text)) && word_count(next->text) <= 12) {
                char *title = g_strconcat(l->text, " ", next->text, NULL);
                rn_set_text(m.title, title);
                rn_set_prov(m.title, &l->prov);
                rn_extend_prov(m.title, &next->prov);
                next->used = true;
                g_free(title);
            }
        } else if (!m.title->text && (item = item_title(l->text)) && first_item == G_MAXUINT) {
            /* an extract of minutes: its item's title (a whole protocol's items are many), wrapped as a title wraps
             * ("§ 42 Utbyggnad av laddplatser för" / "elbil i bostadsområdena" in a born PDF's large type) */
            bool wraps = continues_title(x, l, next);
            char *title = wraps ? g_strconcat(item, " ", next->text, NULL) : g_strdup(item);
            rn_set_text(m.title, title);
            rn_set_prov(m.title, &l->prov);
            l->used = true;
            if (wraps) {
                rn_extend_prov(m.title, &next->prov);
                next->used = true;
            }
            g_free(title);
        } else if (!m.title->text && !(memo_body && names_minutes(l->text) != MINUTES_NONE) && is_title_line(l->text) && !st && !shouted_letterhead(l->text) &&
                   !is_document_type(l->text) && /* "att se över … Uppdraget hänger samman": prose going on */
                   !g_unichar_islower(g_utf8_get_char(l->text)) && !l->in_margin && /* a running header */
                   !header_halves(x, l) && !goes_on_prose(x, i) && !numbered_point(l->text) && !roll_line(l->text) &&
                   !fact_box(l->text) && !about_box(x, i)) {
            take_title(x, m.title, i);
        } else if (m.organisations->children->len == 0 && !body_beside_kind(x, l) &&
                   (is_org_line(past_brand_mark(l->text, i)) || letterhead_company(x, i) ||
                    (federation_line(l->text) && !m.type->text && (i < 2 || !has_date(m.dates, "document"))))) {
            /* "Medelpads Räddningstjänstförbund <wide gap> YTTRANDE": the letterhead's left half; "Förbundsstyrelsen,
             * Jämtlands gymnasieförbund": the body that met, then its organisation */
            bool left = l->before_gap && is_org_line(l->before_gap);
            size_t body = body_before_comma(l->text);
            const char *after_body = body ? l->text + body + strlen(", ") : NULL;
            add_organisation(m.organisations,
                             left                                      ? l->before_gap
                             : after_body && is_org_line(after_body) ? after_body
                                                                       : past_brand_mark(l->text, i),
                             &l->prov);
        } else if (m.organisations->children->len == 0 && !body_beside_kind(x, l) &&
                   (strstr(l->text, " | ") || strstr(l->text, " · ") || l->fields || l->before_gap || dot)) {
            /* "Åre kommun <tab or wide gap> Kommunstyrelsens förvaltning": a letterhead's halves, the first the
             * organisation */
            const xrow *r = fields_of(x, l);
            char *first = l->before_gap ? g_strdup(l->before_gap)
                          : r           ? g_strdup(r->cells[0] ? r->cells[0] : "")
                          : dot && !strpbrk(l->text, "|·") ? g_strndup(l->text, dot)
                                        : g_strndup(l->text, strcspn(l->text, "|·"));
            const char *value;
            bool named = l->before_gap && i < 2 && name_beside_kind(first, l->text + l->gap_at);
            bool federation = federation_line(g_strstrip(first)) && !m.type->text && i < 2;
            if ((is_org_line(first) || named || federation) && find_label(first, &value) < 0) /* "Ansvarig nämnd": a label */
                add_organisation(m.organisations, first, &l->prov);
            g_free(first);
        }
    }
    /* Table documents: a row above the column headers holds status, date and title. */
    if (x->rows->len) {
        xrow *r = g_ptr_array_index(x->rows, 0);
        const char *longest = NULL;
        for (int c = 0; c < r->n_cells; c++) {
            const char *cell = r->cells[c];
            if (!cell)
                continue;
            const char *st = find_status(cell);
            if (st && !m.status->text) {
                rn_set_text(m.status, st);
                rn_set_prov(m.status, &r->prov);
                add_date(x, m.dates, "document", cell, &r->prov);
            } else if (is_title_line(cell) && word_count(cell) > 1 && /* one word: a column header ("Tidsplan") */
                       (!longest || strlen(cell) > strlen(longest))) {
                longest = cell;
            }
        }
        if (longest && !m.title->text) {
            rn_set_text(m.title, longest);
            rn_set_prov(m.title, &r->prov);
        }
    }
    /* Letterheads name the organisation when the head does not: a line of them, or a table's left cell beside labels. */
    letterhead_row_organisation(x, &m);
    for (guint i = 0; i < x->lines->len && m.organisations->children->len == 0; i++) {
        xline *l = line_at(x, i);
        if (looks_like_letterhead(l->text) && is_org_line(l->text))
            add_organisation(m.organisations, l->text, &l->prov);
    }
    organisation_name_above(x, &m);
    /* "Kulturstrategi" over no other title: the one word naming the kind of document is the title too; an agreement's
     * kind in capitals ("ARRENDEAVTAL", "HYRESKONTRAKT") too, where a memo's ("TJÄNSTESKRIVELSE") heads another line */
    if (!m.title->text && m.type->text &&
        (!g_unichar_isupper(g_utf8_get_char(g_utf8_next_char(m.type->text))) || names_agreement_kind(m.type->text))) {
        rn_set_text(m.title, m.type->text);
        rn_set_prov(m.title, &m.type->prov);
    }
    subject_title(x, &m);
    /* A memo's title: a free line right under its kind ("ÄRENDESKRIVELSE" over the title over the label block), or
     * the first free line after its label blocks. */
    if (!m.title->text && seen[LABEL_DNR]) {
        guint after = 0, kind = head;
        for (guint i = 0; i < head; i++) {
            after = line_at(x, i)->used ? i + 1 : after;
            kind = kind == head && kind_word(line_at(x, i)->text) ? i : kind;
        }
        if (kind < after)
            memo_title(x, &m, kind + 1, after);
        memo_title(x, &m, after, head);
    }
    /* a letter's title: the first free line under the addressee's block, none of the head's lines above it */
    if (!m.title->text && after_block < head)
        memo_title(x, &m, after_block, head);
    if (!m.title->text) {
        for (guint i = 0; i < head; i++) {
            xline *l = line_at(x, i);
            if (!l->used && word_count(l->text) <= 12 && !find_status(l->text) && !noise_line(l->text)) {
                set_title(x, m.title, i); /* with the line it wraps over; both stay free for the body */
                m.title->prov.confidence = 0.5;
                break;
            }
        }
    }

    find_adoption(x, &m);
    complete_decision(x, &m);
    delegation_decision_date(x, &m);
    find_period(x, &m);
    find_header_dnr(x, &m);
    /* "Antagen av kommunfullmäktige … · Dnr KS 2025/684": a closing line names it when the head does not */
    for (guint i = x->lines->len > HEAD_LINES ? x->lines->len - HEAD_LINES : 0; i < x->lines->len && !m.dnr->text; i++)
        dnr_in_line(x, &m, line_at(x, i));
    find_head_date(x, &m);
    dated_fields_no_meeting(x, &m);
    close_sign_off(x, &m, &closing);
    recipients_without_place(&m);

    /* Decision memo parts. */
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = line_at(x, i);
        at_provenance prov;
        if ((folded_equal(l->text, "Förslag till beslut") || folded_equal(l->text, "Beslutsförslag")) && !m.proposal->text) {
            char *t = text_after(x, i, &prov);
            if (t)
                rn_set_text(m.proposal, t), rn_set_prov(m.proposal, &prov);
            g_free(t);
        } else if (folded_equal(l->text, "Sammanfattning") && !m.summary->text) {
            char *t = text_after(x, i, &prov);
            if (t)
                rn_set_text(m.summary, t), rn_set_prov(m.summary, &prov);
            g_free(t);
        } else if (distribution_label(l->text) && m.distribution->children->len == 0) {
            const char *list = copy_list(l->text);
            g_auto(GStrv) copies = list && *list ? g_strsplit(list, ";", -1) : NULL;
            for (guint k = 0; copies && copies[k]; k++) /* "Kopia till: Västerås stad; Polismyndigheten" */
                if (*g_strstrip(copies[k]))
                    rn_add_text(m.distribution, "recipient", copies[k], &l->prov);
            if (!copies)
                distribution_under(x, &m, i, &closing);
        }
    }
    /* Signatures in the second half: a name line over a role line as their own paragraph, or
     * (minutes) a role, a dotted line to sign on, and the name. */
    for (guint i = x->lines->len / 2; i + 1 < x->lines->len; i++) {
        xline *n = line_at(x, i), *r = line_at(x, i + 1), *third = line_at(x, i + 2);
        if (n->para_start && !r->para_start && !n->used && side_by_side(x, &m, n, r)) {
            i++;
        } else if (n->para_start && !r->para_start && !n->used && !n->fields && name_like(n->text) &&
                   role_like(r->text)) { /* a field line's names joined are no one: the blocks' table reads them */
            at_rnode *s = rn_add(m.signatories, "signatory");
            rn_add_text(s, "name", n->text, &n->prov);
            rn_add_text(s, "role", r->text, &r->prov);
            i++;
        } else if (n->para_start && r->para_start && third && !third->para_start && role_like(n->text) &&
                   word_count(n->text) <= 3 && strspn(r->text, "._-") == strlen(r->text) && name_like(third->text)) {
            at_rnode *s = rn_add(m.signatories, "signatory");
            rn_add_text(s, "name", third->text, &third->prov);
            rn_add_text(s, "role", n->text, &n->prov);
            i += 2;
        }
    }
    sign_off_no_headings(x, &closing);
}

/* ---- sections and attachments ---- */

/* The number of numbered line `i` ("2.1" of "2.1 Text"), or NULL when it is not a free numbered line. Caller frees. */
static char *section_number(xctx *x, guint i)
{
    const xline *l = i < x->lines->len ? line_at(x, i) : NULL;
    return l && !l->used && pat_match(x, PAT_SECTION, l->text, 0) ? pat_group(x, l->text, 1) : NULL;
}

/* Which lines have a table right under them? Caller frees the array. */
static bool *lines_over_tables(xctx *x)
{
    bool *over = g_new0(bool, x->lines->len + 1);
    for (guint r = 0; r < x->rows->len; r++) {
        guint above = lines_before(x, &((const xrow *)g_ptr_array_index(x->rows, r))->prov);
        over[above ? above - 1 : x->lines->len] = true;
    }
    return over;
}

/* Does numbered line `number` go on the run of numbered lines that `prev` ended? Not across a table, nor where
 * the numbers start anew lower down ("1" after "2": a list, then the text's own headings). */
static bool runs_on(const char *prev, const char *number, bool table_between)
{
    return prev && number && !table_between && atoi(number) >= atoi(prev);
}

/* Is `number` a subheading's number under `parent` ("2.1" under "2")? */
static bool numbered_under(const char *number, const char *parent)
{
    size_t n = strlen(parent);
    return strncmp(number, parent, n) == 0 && number[n] == '.';
}

/* How deep a number is ("2" 0, "2.1" 1). */
static size_t number_depth(const char *number)
{
    size_t dots = 0;
    for (; *number; number++)
        dots += *number == '.';
    return dots;
}

/* Is line `i` running text, not a numbered line ("2.1 Alla lärare har …" is a list's item, however long)? */
static bool unnumbered_prose(xctx *x, guint i)
{
    const xline *l = line_at(x, i);
    return prose_line(l) && !pat_match(x, PAT_SECTION, l->text, 0);
}

/* Is numbered line `i` a heading of a level above the run before it, with prose under it ("3 Ekonomi" after goals
 * "2.1"–"2.3")? It ends that run, as a list's own item would not. */
static bool heads_prose_above(xctx *x, guint i, const char *prev, const char *number)
{
    return number_depth(number) < number_depth(prev) && unnumbered_prose(x, i + 1);
}

/* Is line `i` the rest of the numbered line above it that a page wrapped: in its paragraph, going on in lower case? */
static bool wraps_numbered(xctx *x, guint i)
{
    const xline *l = line_at(x, i);
    return !l->para_start && !l->fields && g_unichar_islower(g_utf8_get_char(l->text));
}

/* Numbered lines one under the other, where one is followed by another that is not its own subheading ("1.1" by
 * "1.2", "1.2" by "2"), are a list (a table of contents, numbered goals), not headings over text: each line of such
 * a run is marked. A heading and its first subheading ("1 X" over "1.1 Y") keep theirs, as does a heading after
 * prose over a list of its own subheadings. Caller frees the array. */
static bool *numbered_lists(xctx *x)
{
    bool *listed = g_new0(bool, x->lines->len + 1), *over_table = lines_over_tables(x);
    guint start = 0, prev_at = 0; /* prev_at: the line of `prev` */
    bool list = false, under_first = false;
    char *prev = NULL, *first = NULL;
    for (guint i = 0; i <= x->lines->len; i++) {
        char *number = section_number(x, i);
        /* a run of numbered lines goes on past the wrap of its second or later line, as a page sets them ("1.1.1
         * Varje grundskola … årskurs 4" over "och 7."); a run's first line wrapped ends it, as before (a goal
         * over a note a page sets beside it, then a heading: "1.2.1 … på" over "webben", "2 Kulturarvet") */
        if (!number && prev && prev_at > start && i < x->lines->len && wraps_numbered(x, i))
            continue;
        if (runs_on(prev, number, i && over_table[i - 1]) && !heads_prose_above(x, i, prev, number)) {
            list = list || !numbered_under(number, prev);
            under_first = under_first && numbered_under(number, first);
        } else {
            /* "2 Mål" after prose, over its goals "2.1"–"2.3" only: a heading over its list. */
            bool heading_first = under_first && start && unnumbered_prose(x, start - 1);
            for (guint k = start + heading_first; list && k < i; k++)
                listed[k] = true;
            start = i;
            list = false;
            under_first = true;
            g_free(first);
            first = g_strdup(number);
        }
        g_free(prev);
        prev = number;
        prev_at = i;
    }
    g_free(prev);
    g_free(first);
    g_free(over_table);
    return listed;
}

static guint below_title(xctx *x);

/* Does line `i` ask a question under a number ("2.1 Behövs fler öppna kvällar?")? */
static bool numbered_question(xctx *x, guint i)
{
    return last_char(line_at(x, i)->text) == '?' && pat_match(x, PAT_SECTION, line_at(x, i)->text, 0);
}

/* "2020." under "1 ArtDatabanken, Rödlistade arter i Sverige" in its paragraph: a footnote's sentence wrapped in a
 * narrow box, its end a few words opening in lower case or a digit; a heading's paragraph goes on with a sentence of
 * its own. */
static bool sentence_end_below(const xline *next)
{
    gunichar c = g_utf8_get_char(next->text);
    return (g_unichar_islower(c) || g_unichar_isdigit(c)) && last_char(next->text) == '.' && word_count(next->text) <= 3;
}

/* Are the numbered questions ("1. Hur bör fonden styras?") the ones a remiss or a survey asks, each over its answer:
 * two or more, set under a heading of the document's own ("Svar på frågorna", "2. Frågor och svar")? Questions that
 * are the document's first headings ("1. Vad är en översiktsplan?") are its sections, a guide's. */
static bool questions_posed(xctx *x)
{
    guint n = 0, first = x->lines->len;
    for (guint i = 0; i < x->lines->len; i++)
        if (numbered_question(x, i))
            n++, first = MIN(first, i);
    for (guint i = below_title(x); n >= 2 && i < first; i++) {
        const xline *l = line_at(x, i), *next = line_at(x, i + 1);
        bool alone = l->para_start && (!next || next->para_start);
        if (alone && (heading_words(l->text, true) || pat_match(x, PAT_SECTION, l->text, 0)))
            return true;
    }
    return false;
}

void extract_sections(xctx *x)
{
    at_rnode *current = NULL;
    int last_top = 0;
    bool appendices = false; /* in the list under "Bilagor" */
    bool *in_list = numbered_lists(x);
    /* two or more numbered questions are the ones a remiss or a survey asks, each over its answer: no headings */
    bool posed = questions_posed(x);
    /* a reply numbers its headings by the chapters of the report it answers ("5.3 …", "7.2 …", "9 …"): rising */
    const at_rnode *title = at_rnode_find(x->metadata, "title");
    bool reply = title && title->text && reply_title(title->text);
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = line_at(x, i);
        if (current && is_closing_heading(l->text)) {
            rn_extend_prov(current, &line_at(x, i - 1)->prov);
            current = NULL;
        }
        bool numbered = !l->used && pat_match(x, PAT_SECTION, l->text, 0);
        appendices = numbered && (i && lists_appendices(line_at(x, i - 1)->text) ? lists_at(x, i) : appendices);
        if (!numbered || appendices)
            continue;
        char *number = pat_group(x, l->text, 1), *heading = pat_group(x, l->text, 2);
        int top = atoi(number);
        /* Numbers run 1, 2, 3 (a repeat is allowed): footnotes ("2 Ska uppdateras") and list items are no sections. */
        xline *next = line_at(x, i + 1);
        /* A run of numbered lines is a table of contents, not the sections themselves. */
        xline *prev = i ? line_at(x, i - 1) : NULL;
        bool listed = in_list[i] || (next && !next->para_start && pat_match(x, PAT_SECTION, next->text, 0)) ||
                      (prev && !l->para_start && pat_match(x, PAT_SECTION, prev->text, 0));
        bool ok = !listed && word_count(heading) <= 12 && !strchr(".,", last_char(heading)) &&
                  !(posed && last_char(heading) == '?') &&
                  (!next || next->para_start || (word_count(heading) <= 5 && !sentence_end_below(next))) &&
                  (top == last_top + 1 || top == last_top || (reply && top > last_top));
        if (ok) {
            if (current)
                rn_extend_prov(current, &line_at(x, i - 1)->prov);
            current = rn_add(x->sections, "section");
            rn_attr_set(current, "number", "%s", number);
            rn_set_prov(current, &l->prov);
            rn_add_text(current, "heading", heading, &l->prov);
            last_top = top;
        }
        g_free(number);
        g_free(heading);
    }
    g_free(in_list);
    if (current && x->lines->len)
        rn_extend_prov(current, &line_at(x, x->lines->len - 1)->prov);
}

/* Is line `l` one of the recipients read under "Beslutet ska skickas till" (a list, no headings)? */
static bool distribution_line(const xctx *x, const xline *l)
{
    const at_rnode *d = at_rnode_find(x->metadata, "distribution");
    if (!d || !d->children->len)
        return false;
    const at_rnode *first = g_ptr_array_index(d->children, 0), *last = g_ptr_array_index(d->children, d->children->len - 1);
    return l->prov.page == first->prov.page && l->prov.first_line >= first->prov.first_line &&
           l->prov.first_line <= last->prov.last_line;
}

/* The first line under the document's title (0 without one): head lines above it are no headings. A title in a
 * form's row ("Ärende | …") is no line: the first line below that row. */
static guint below_title(xctx *x)
{
    const at_rnode *title = at_rnode_find(x->metadata, "title");
    for (guint i = 0; title && title->text && i < x->lines->len; i++)
        if (line_at(x, i)->prov.page == title->prov.page && line_at(x, i)->prov.last_line == title->prov.last_line)
            return i + 1;
    for (guint i = 0; title && title->text && i < x->lines->len; i++) {
        const at_provenance *p = &line_at(x, i)->prov;
        if (p->page > title->prov.page || (p->page == title->prov.page && p->first_line > title->prov.last_line))
            return i;
    }
    return 0;
}

/* Documents without numbered sections: minutes' § items, else one-line paragraphs that look like
 * headings (the paragraph after a heading is its content, even when short). */
static void extract_unnumbered_sections(xctx *x)
{
    at_rnode *current = NULL;
    size_t paragraphs = 0;
    for (guint i = 0; i < x->lines->len; i++)
        paragraphs += minutes_item(x, i);
    bool after_heading = false;
    guint start = below_title(x);
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = line_at(x, i), *next = line_at(x, i + 1);
        if (current && is_closing_heading(l->text)) {
            rn_extend_prov(current, &line_at(x, i - 1)->prov);
            current = NULL;
        }
        bool heading;
        size_t ha, hb;
        if (paragraphs >= 2)
            heading = pat_match(x, PAT_CLAUSE, l->text, 0) && word_count(l->text) > 2 && pat_span(x, 2, &ha, &hb) &&
                      g_unichar_isalpha(g_utf8_get_char(l->text + ha));
        else
            heading = i >= start && !l->used && l->para_start && (!next || next->para_start || opens_block(l, next)) &&
                      heading_words(l->text, false) && !reads_as_name(l, next) && !distribution_line(x, l) && !after_heading;
        if (l->para_start)
            after_heading = heading;
        if (!heading)
            continue;
        if (current)
            rn_extend_prov(current, &line_at(x, i - 1)->prov);
        current = rn_add(x->sections, "section");
        rn_set_prov(current, &l->prov);
        if (paragraphs >= 2) {
            char *number = pat_group(x, l->text, 1), *title = pat_group(x, l->text, 2);
            rn_attr_set(current, "number", "%s", number);
            rn_add_text(current, "heading", title, &l->prov);
            g_free(number);
            g_free(title);
        } else {
            rn_add_text(current, "heading", l->text, &l->prov);
        }
    }
    if (current)
        rn_extend_prov(current, &line_at(x, x->lines->len - 1)->prov);
}


static void xsentence_free(gpointer p)
{
    xsentence *s = p;
    g_free(s->text);
    g_free(s);
}

bool sentence_ends_at(const char *s, size_t i)
{
    /* not "m.m.", "m.fl.", "osv.": they often end a sentence */
    static const char *const abbreviations[] = { "enl", "jfr", "bl.a", "t.ex", "ca", "resp", "kap", "inkl", "exkl",
                                                 "f.d", "s.k", "p.g.a", "st", "nr", "ang", "t.o.m", "fr.o.m", "dvs",
                                                 "d.v.s" };
    if (!s[i] || !strchr(".!?", s[i]) || s[i + 1] != ' ')
        return false;
    if (s[i] != '.')
        return true;
    size_t word = i;
    while (word > 0 && s[word - 1] != ' ')
        word--;
    char *w = g_ascii_strdown(s + word, (gssize)(i - word));
    bool abbreviated = false;
    for (size_t k = 0; k < G_N_ELEMENTS(abbreviations) && !abbreviated; k++)
        abbreviated = strcmp(w, abbreviations[k]) == 0;
    g_free(w);
    return !abbreviated;
}

/* Cut a paragraph at a sentence's end before a capital letter; `starts` maps its offsets to its lines. */
static void split_sentences(GPtrArray *out, const GString *para, GArray *starts, GPtrArray *para_lines)
{
    size_t from = 0;
    guint first = 0; /* the line the next sentence starts on: sentences come in order, so lines are walked once */
    for (size_t i = 0; i <= para->len; i++) {
        bool end = i == para->len;
        if (!end && !(sentence_ends_at(para->str, i) && g_unichar_isupper(g_utf8_get_char(para->str + i + 2))))
            continue;
        size_t stop = end ? i : i + 1;
        if (stop > from) {
            xsentence *s = g_new0(xsentence, 1);
            s->text = g_strndup(para->str + from, stop - from);
            while (first + 1 < starts->len && g_array_index(starts, size_t, first + 1) <= from)
                first++;
            guint last = first;
            while (last + 1 < starts->len && g_array_index(starts, size_t, last + 1) < stop)
                last++;
            const xline *a = g_ptr_array_index(para_lines, first), *b = g_ptr_array_index(para_lines, last);
            s->prov = (at_provenance){ a->prov.page, a->prov.first_line, b->prov.page == a->prov.page ? b->prov.last_line : a->prov.last_line, NULL, NULL, -1 };
            g_ptr_array_add(out, s);
        }
        from = stop + 1;
    }
}

/* The sentences of the clauses an export's table holds ("4 | Samråd" over " | Parterna möts … Det första mötet hålls
 * den 21 april 2027."): running text in a cell, no line of prose; a page's clauses are read in its lines. */
static void clause_cell_sentences(xctx *x, GPtrArray *out)
{
    for (guint a = 0; a < x->agreements->children->len; a++) {
        const at_rnode *agreement = g_ptr_array_index(x->agreements->children, a);
        for (guint c = 0; c < agreement->children->len; c++) {
            const at_rnode *clause = g_ptr_array_index(agreement->children, c);
            const at_rnode *text = strcmp(clause->name, "clause") == 0 ? at_rnode_find(clause, "text") : NULL;
            guint at = text && text->text ? lines_before(x, &text->prov) : x->lines->len;
            if (at >= x->lines->len || !line_at(x, at)->fields)
                continue;
            char **sentences = text_sentences(text->text);
            for (char **t = sentences; *t; t++) {
                xsentence *sentence = g_new0(xsentence, 1);
                sentence->text = g_strdup(*t);
                sentence->prov = text->prov;
                g_ptr_array_add(out, sentence);
            }
            g_strfreev(sentences);
        }
    }
}

GPtrArray *prose_sentences(xctx *x)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(xsentence_free), *para_lines = g_ptr_array_new();
    GString *para = g_string_new(NULL);
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(size_t));
    for (guint i = 0; i <= x->lines->len; i++) {
        xline *l = i < x->lines->len ? g_ptr_array_index(x->lines, i) : NULL;
        bool item = false; /* a list item is a sentence of its own, a heading over its paragraph none */
        if (l)
            strip_bullet(x, l->text, &item);
        if ((!l || l->para_start || l->used || l->fields || item) && para->len) {
            split_sentences(out, para, starts, para_lines);
            g_string_truncate(para, 0);
            g_array_set_size(starts, 0);
            g_ptr_array_set_size(para_lines, 0);
        }
        if (!l || l->used || l->fields ||
            (l->para_start && opens_block(l, line_at(x, i + 1)) && heading_words(l->text, false) && !strchr(l->text, ':')))
            continue;
        if (para->len)
            g_string_append_c(para, ' ');
        g_array_append_val(starts, para->len);
        g_ptr_array_add(para_lines, l);
        g_string_append(para, l->text);
    }
    g_string_free(para, TRUE);
    g_array_free(starts, TRUE);
    g_ptr_array_free(para_lines, TRUE);
    clause_cell_sentences(x, out);
    return out;
}

/* "Beslut", "Beslutet", "Nämndens beslut", "Delegationsbeslut": the label of a form's decision, the one cell that
 * says what is granted ("Ärende", "Motivering" tell what was asked for and why). */
static bool decision_label(const char *label)
{
    const char *last = strrchr(label, ' ');
    char *word = folded_copy(last ? last + 1 : label);
    bool decision = word_headed_by(word, "beslut");
    g_free(word);
    return decision;
}

/* "Beslut | Föreningen beviljas bidrag med 12 000 kr. Resten avslås.": a form's row of a decision's label and the
 * one cell after it, written as whole sentences (a row of two labels and values, "Dnr | X | Datum | Y", is none). */
static const char *prose_value(const xrow *r)
{
    int label = 0, value = -1;
    while (label < r->n_cells && !(r->cells[label] && *r->cells[label]))
        label++;
    for (int c = label + 1; c < r->n_cells; c++)
        if (r->cells[c] && *r->cells[c]) {
            if (value >= 0)
                return NULL;
            value = c;
        }
    if (value < 0 || word_count(r->cells[label]) > 4 || strchr(r->cells[label], '.') || !decision_label(r->cells[label]))
        return NULL;
    const char *v = r->cells[value];
    return strchr(".!?", last_char(v)) && word_count(v) >= 5 ? v : NULL;
}

GPtrArray *form_value_sentences(xctx *x)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(xsentence_free), *para_lines = g_ptr_array_new();
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(size_t));
    const size_t zero = 0;
    GPtrArray *sources[] = { x->rows, x->text_rows };
    const xrow *head = NULL; /* the first row of r's table */
    for (size_t k = 0; k < G_N_ELEMENTS(sources); k++)
        for (guint i = 0; i < sources[k]->len; i++) {
            const xrow *r = g_ptr_array_index(sources[k], i);
            if (r->row == 0 || !head || head->table != r->table)
                head = r;
            const char *value = prose_value(r);
            if (!value || plan_header_row(head)) /* "Aktivitet | Beskrivning": an activity's row, no form's */
                continue;
            xline line = { .prov = r->prov };
            GString para = { (char *)value, strlen(value), 0 };
            g_array_set_size(starts, 0);
            g_array_append_val(starts, zero);
            g_ptr_array_set_size(para_lines, 0);
            g_ptr_array_add(para_lines, &line);
            split_sentences(out, &para, starts, para_lines);
        }
    g_array_free(starts, TRUE);
    g_ptr_array_free(para_lines, TRUE);
    return out;
}

/* Is the line's text on another line too (a running header or footer)? Counted once for all lines: asking
 * line by line would be quadratic in a long document. */
bool repeated(xctx *x, guint i)
{
    if (!x->line_counts) {
        x->line_counts = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint k = 0; k < x->lines->len; k++) {
            char *t = line_at(x, k)->text;
            guint n = GPOINTER_TO_UINT(g_hash_table_lookup(x->line_counts, t));
            g_hash_table_insert(x->line_counts, t, GUINT_TO_POINTER(n + 1));
        }
    }
    return GPOINTER_TO_UINT(g_hash_table_lookup(x->line_counts, line_at(x, i)->text)) > 1;
}

/* Is line i a paragraph of its own that reads like a heading? */
static bool heading_paragraph(xctx *x, guint i)
{
    const xline *l = line_at(x, i), *next = line_at(x, i + 1);
    return l->para_start && !l->fields && (!next || next->para_start || opens_block(l, next)) &&
           heading_words(l->text, false) && !strchr(l->text, ':');
}

/* Themes are the headings right over a repeated heading (the first sub-heading) that are not repeated themselves;
 * a repeated heading is a sub-heading when it stands under two themes or more, at most once under each, always over
 * text (a running header stands under no heading, or repeats without themes between; a card's last label and value
 * stand over the next card's title). */
static void classify_subheadings(xctx *x, guint8 *roles)
{
    guint themes = 0;
    for (guint i = 1; i < x->lines->len; i++)
        if (repeated(x, i) && heading_paragraph(x, i) && !repeated(x, i - 1) && heading_paragraph(x, i - 1)) {
            roles[i - 1] = LINE_THEME;
            themes++;
        }
    if (themes < 2) {
        memset(roles, LINE_OTHER, x->lines->len);
        return;
    }
    GHashTable *last_theme = g_hash_table_new(g_str_hash, g_str_equal); /* text -> 1 + theme line it was last under */
    GHashTable *refused = g_hash_table_new(g_str_hash, g_str_equal);
    guint theme = 0;
    for (guint i = 0; i < x->lines->len; i++) {
        const char *t = line_at(x, i)->text;
        theme = roles[i] == LINE_THEME ? i + 1 : theme;
        if (roles[i] == LINE_THEME || !repeated(x, i) || !heading_paragraph(x, i))
            continue;
        guint before = GPOINTER_TO_UINT(g_hash_table_lookup(last_theme, t));
        if (!theme || before == theme || i + 1 == x->lines->len || heading_paragraph(x, i + 1))
            g_hash_table_add(refused, (gpointer)t);
        g_hash_table_insert(last_theme, (gpointer)t, GUINT_TO_POINTER(theme));
    }
    for (guint i = 0; i < x->lines->len; i++) {
        const char *t = line_at(x, i)->text;
        if (roles[i] != LINE_THEME && repeated(x, i) && heading_paragraph(x, i) && !g_hash_table_contains(refused, t))
            roles[i] = LINE_SUBHEADING;
    }
    g_hash_table_destroy(last_theme);
    g_hash_table_destroy(refused);
}

line_role line_role_of(xctx *x, guint i)
{
    if (!x->line_roles) {
        x->line_roles = g_new0(guint8, x->lines->len + 1);
        classify_subheadings(x, x->line_roles);
    }
    return i < x->lines->len ? (line_role)x->line_roles[i] : LINE_OTHER;
}

guint subheading_theme(xctx *x, guint i)
{
    for (guint k = i; k-- > 0;)
        if (line_role_of(x, k) == LINE_THEME)
            return k;
    return i;
}

/* Does `s` end in a page's number and the count of pages, " 2 (2)", with more before it? */
static bool ends_in_page_of_pages(const char *s)
{
    size_t n = strlen(s);
    if (n < 7 || s[n - 1] != ')')
        return false;
    size_t k = n - 1;
    while (k > 0 && g_ascii_isdigit(s[k - 1]))
        k--;
    if (k == n - 1 || k < 3 || s[k - 1] != '(' || s[k - 2] != ' ')
        return false;
    long count = strtol(s + k, NULL, 10);
    size_t end = k - 2, m = end;
    while (m > 0 && g_ascii_isdigit(s[m - 1]))
        m--;
    if (m == end || m < 2 || s[m - 1] != ' ' || end - m > 2)
        return false;
    long page = strtol(s + m, NULL, 10);
    return page >= 1 && page <= count && count <= 99;
}

/* "Aneby kommun Digitaliseringsstrategi 2028-2030 2 (2)": a later page's running header, opened by the
 * organisation's name and closed by the page's number of the pages; no heading reads so. */
static bool organisation_page_head(xctx *x, const char *s)
{
    const at_rnode *orgs = at_rnode_find(x->metadata, "organisations");
    const at_rnode *org = orgs && orgs->children->len ? g_ptr_array_index(orgs->children, 0) : NULL;
    if (!org || !org->text || word_count(s) > 12 || !ends_in_page_of_pages(s))
        return false;
    char *name = g_utf8_casefold(org->text, -1), *line = g_utf8_casefold(s, -1);
    bool opens = g_str_has_prefix(line, name) && line[strlen(name)] == ' ';
    g_free(name);
    g_free(line);
    return opens;
}

/* Is line i page furniture, no heading: a page's number ("Sida 2", a running header's "… · sida 2"), a page's head
 * naming the diarienummer (printed once past the first page's letterhead), a line repeated on the pages or as the
 * label of the kind of goal under each theme ("Inriktningsmål")? Sub-headings repeated under every theme ("Nuläge",
 * "Vårt mål") are the document's sections. */
static bool page_furniture(xctx *x, guint i)
{
    const char *s = line_at(x, i)->text;
    return folded_starts(s, "Sida ") || running_page_number(s) || running_header(x, s) ||
           organisation_page_head(x, s) || (repeated(x, i) && (line_role_of(x, i) != LINE_SUBHEADING || labels_goal_kind(s)));
}

/* Where the text of item `s` starts after its marker ("1. ", "2) ", "- ", "– "); `s` itself when it has none. */
static const char *after_item_marker(const char *s)
{
    const char *p = s + strspn(s, "0123456789");
    p = p > s && (*p == '.' || *p == ')') ? p + 1 : g_str_has_prefix(s, "- ") ? s + 1
                                                  : g_str_has_prefix(s, "– ") ? s + strlen("–")
                                                                               : s;
    return p == s ? s : p + strspn(p, " ");
}

/* "1. att godkänna ...", "- att ge ...", "– att uppdra ...", "a) att ...": an item that carries on the line above
 * ("Nämnden beslutar"); "a. Vapnet återges …" is a lettered item of its own. */
static bool continues_above(const char *s)
{
    bool lettered = g_ascii_islower(s[0]) && (s[1] == '.' || s[1] == ')') && s[2] == ' ';
    return g_unichar_islower(g_utf8_get_char(lettered ? s + 3 : after_item_marker(s)));
}

/* Is `next` the first item of a list in capitals set in one block with the line over it ("Planens mål" over "1. Fler
 * unga ska …": a scan's box of goals, a text with no blank line after its heading)? */
static bool opens_list(xctx *x, const xline *next)
{
    bool bullet;
    const char *item = strip_bullet(x, next->text, &bullet);
    item = bullet ? item : after_item_marker(next->text);
    return !next->para_start && item != next->text && g_unichar_isupper(g_utf8_get_char(item));
}

/* Does a table stand right under line `i` on its page ("Bilaga – Indikatorer", the document's last running line,
 * over its table of indicators)? */
static const xrow *row_under(xctx *x, guint i)
{
    const xline *l = line_at(x, i);
    for (guint k = 0; k < x->rows->len; k++) {
        const xrow *r = g_ptr_array_index(x->rows, k);
        if (r->prov.page == l->prov.page && lines_before(x, &r->prov) == i + 1)
            return r;
    }
    return NULL;
}

static bool over_table(xctx *x, guint i)
{
    return row_under(x, i) != NULL;
}

/* The length of `s`'s leading run of capitalised words: "Anna Berg" of "Anna Berg kommunstyrelsens ordförande". */
static size_t capitalised_prefix(const char *s)
{
    const char *p = s;
    while ((p = strchr(p, ' ')) && !g_unichar_islower(g_utf8_get_char(p + 1)))
        p++;
    return p ? (size_t)(p - s) : strlen(s);
}

/* "För Storumans kommun" over "Tomas Mattsson <tab> Elin Persson" (or a PDF's table of the names): a sign-off's line
 * of the party its signers sign for, no heading. */
static bool signs_for_party(xctx *x, guint i)
{
    const xline *next = line_at(x, i + 1);
    const xrow *r = row_under(x, i);
    g_autofree char *first = r && r->n_cells && r->cells[0] ? g_strdup(r->cells[0])
                             : next         ? g_strndup(next->text, strcspn(next->text, "\t"))
                                            : NULL;
    /* a PDF's cell holds the name over its title ("Anna Berg kommunstyrelsens ordförande"); prose is no title */
    size_t n = first ? capitalised_prefix(first) : 0;
    bool title = first && (!first[n] || (word_count(first + n) <= 4 && last_char(first) != '.'));
    if (first)
        first[n] = '\0';
    return title && is_for_party(line_at(x, i)->text) && name_like(first);
}

/* An unnumbered heading below the title: a one-line paragraph that reads like one ("Bakgrund",
 * "Koppling till andra styrdokument"), followed by text or a table; no name, title, label or page furniture. */
static bool plain_heading(xctx *x, guint i)
{
    xline *l = line_at(x, i), *next = line_at(x, i + 1);
    if (!next && l->para_start && !l->used && heading_words(l->text, true) && over_table(x, i))
        return !signs_for_party(x, i);
    const char *v;
    bool goals = names_goal_heading(l->text); /* "Strategiska mål" is no role for all its "strateg" */
    /* a heading of goals over its list in one block: other lines over a list lead in to it ("Nämnden beslutar") */
    return (!l->used || goals) && !l->fields && l->para_start && next &&
           (next->para_start || opens_block(l, next) || (goals && opens_list(x, next))) &&
           heading_words(l->text, false) && !strchr(l->text, ':') && !reads_as_name(l, next) &&
           (goals || body_part_heading(l->text) || !role_like(l->text)) &&
           find_label(l->text, &v) < 0 && !fact_box(l->text) && !about_box(x, i) && !roll_line(l->text) &&
           !signs_for_party(x, i) &&
           !page_furniture(x, i) && !is_closing_heading(l->text) &&
           !folded_equal(l->text, "Innehåll") && !folded_equal(l->text, "Innehållsförteckning") && /* contents */
           !g_str_has_suffix(l->text, " kr") && !g_str_has_suffix(l->text, " kronor") &&
           !pat_match(x, PAT_SECTION, l->text, 0) && !pat_match(x, PAT_CLAUSE, l->text, 0) &&
           !continues_above(next->text);
}

static gint by_position(gconstpointer a, gconstpointer b)
{
    const at_rnode *p = *(const at_rnode *const *)a, *q = *(const at_rnode *const *)b;
    if (p->prov.page != q->prov.page)
        return p->prov.page < q->prov.page ? -1 : 1;
    return (p->prov.first_line > q->prov.first_line) - (p->prov.first_line < q->prov.first_line);
}

/* A one-line paragraph "Delmål A: X", "Mål 2 – X" is a section of the document headed X (its goal is read
 * by the goals). NULL: no such heading. */
static const char *goal_section(const xline *l, const xline *next)
{
    bool one_line = l->para_start && (!next || next->para_start) && !l->fields && last_char(l->text) != '.';
    return one_line ? labelled_goal_heading(l->text) : NULL;
}

/* "Insatsområde 2: Dagvatten", "Målområde 1 Besök året runt", "Fokusområde B – Unga", "Prioritering 1 – Handel": a
 * one-line heading numbering an area of the plan is a section headed with the area's name. NULL: no such heading. */
static const char *area_section(const xline *l, const xline *next)
{
    static const char *const seps[] = { ": ", " – ", " - ", " " };
    if (!l->para_start || (next && !next->para_start) || l->fields || last_char(l->text) == '.')
        return NULL;
    const char *label = area_label_end(l->text);
    size_t word = label ? (size_t)(label - l->text) : 0;
    if (!label || *label != ' ' || folded_starts(l->text, "Område "))
        return NULL;
    const char *code = label + 1;
    size_t n = strspn(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.");
    if (!n || n > 3)
        return NULL;
    /* after a bare space the name is told from the text only where the label numbers the plan's own areas:
     * "Bostadsområde 2 Norr om järnvägen" is a place, kept as printed */
    static const char *const plan_areas[] = { "Insats", "Mål", "Fokus", "Utvecklings", "Åtgärds", "Strategi", "Tema" };
    /* a label without "område" ("Tema", "Prioritering") or with its adjective ("Prioriterat område") numbers them */
    bool compound = word > strlen("område") && strncmp(label - strlen("område"), "område", strlen("område")) == 0;
    bool plans = !compound || strchr(l->text, ' ') < label;
    for (size_t k = 0; k < G_N_ELEMENTS(plan_areas) && !plans; k++)
        plans = word == strlen(plan_areas[k]) + strlen("område") && g_str_has_prefix(l->text, plan_areas[k]);
    for (size_t k = 0; k < G_N_ELEMENTS(seps); k++) {
        const char *name = g_str_has_prefix(code + n, seps[k]) ? code + n + strlen(seps[k]) : NULL;
        if (name && (plans || strcmp(seps[k], " ") != 0) && g_unichar_isupper(g_utf8_get_char(name)) &&
            word_count(name) <= 8)
            return name;
    }
    return NULL;
}

/* "SM1", "A.2", "M3": a code alone on its line, over the goal or item it numbers, heads no section. */
static bool bare_code(const char *s)
{
    static const char *const capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.");
    return n == strlen(s) && n <= 6 && strpbrk(s, "0123456789") && strpbrk(s, capitals); /* "2027" may head a year */
}

/* "Mål 1", "FOKUSOMRÅDE 2", "Aktivitet 4", "B", "SM1": a code, alone or after its label, numbers the item under it
 * and heads no section ("Vision 2040" does: a year is no code). */
static bool numbers_alone(const char *s)
{
    if (bare_code(s))
        return true;
    const char *space = strrchr(s, ' '), *code = space ? space + 1 : s;
    if (space && (word_count(s) != 2 || !g_unichar_isalpha(g_utf8_get_char(s))))
        return false;
    size_t digits = strspn(code, "0123456789");
    return (strlen(code) == 1 && g_ascii_isupper(*code)) || (digits && digits <= 2 && !code[digits]);
}

/* The length of `s` without the count of the whole after its code ("Mål 1 av 3", "DEL 2 AV 4": "Mål 1"). */
static size_t uncounted_length(const char *s)
{
    const char *count = strrchr(s, ' ');
    size_t n = count ? (size_t)(count - s) : 0, digits = count ? strspn(count + 1, "0123456789") : 0;
    bool of = n > 3 && (strncmp(s + n - 3, " av", 3) == 0 || strncmp(s + n - 3, " AV", 3) == 0);
    return of && digits && digits <= 2 && !count[1 + digits] ? n - 3 : strlen(s);
}

/* Is `s` a numbering line, the count of the whole after its code set aside ("MÅL 1 AV 3")? */
static bool numbering_line(const char *s)
{
    char *code = g_strndup(s, uncounted_length(s));
    bool numbering = numbers_alone(code);
    g_free(code);
    return numbering;
}

/* The line under a numbering line is the item it numbers ("Mål 2" over its goal sentence): it heads a section only
 * with prose under it, as an area's name over its paragraph does. */
static bool numbered_item(xctx *x, guint i)
{
    return i && numbering_line(line_at(x, i - 1)->text) && !prose_line(line_at(x, i + 1));
}

/* "Tabell 1. Åtgärder 2026–2027", "Figur 2": a caption names its table or figure, no part of the text. */
static bool caption(const char *s)
{
    static const char *const kinds[] = { "Tabell ", "Figur ", "Diagram " };
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++)
        if (folded_starts(s, kinds[k]) && g_ascii_isdigit(s[strlen(kinds[k])]))
            return true;
    return false;
}

/* "A. Åre året runt": a heading lettered as numbered headings are numbered is headed by its words. */
static const char *unlettered(const char *s)
{
    bool lettered = g_ascii_isupper(s[0]) && (s[1] == '.' || s[1] == ')') && s[2] == ' ' &&
                    g_unichar_isupper(g_utf8_get_char(s + 3));
    return lettered ? s + 3 : s;
}

/* The letters of the code leading `s` ("M" for "M3 Vårdrelaterade …"), as a length; 0 when no letters lead a code. */
static size_t code_letters(const char *s)
{
    return after_item_code(s) != s ? strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") : 0;
}

/* The depth of the code leading `s`: 1 for "A1", 2 for "A1.1" (a dot between its digits per level). */
static size_t code_depth(const char *s)
{
    size_t depth = 1;
    for (const char *p = s + strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"); g_ascii_isdigit(*p) || *p == '.'; p++)
        depth += *p == '.' && g_ascii_isdigit(p[1]);
    return depth;
}

/* Is line `i` an item of a list coded by the same letters ("M1 …", "M2 …" over "procent", "M3 …": goals under
 * their heading), not a heading? The item above or below it, past the lines an item wraps onto, has its letters
 * and its depth: "A1 Trygg uppväxt" over "A1.1 …" heads its items. */
static bool in_coded_list(xctx *x, guint i)
{
    const char *t = line_at(x, i)->text;
    size_t letters = code_letters(t);
    for (int step = -1; letters && step <= 1; step += 2) {
        guint k = i + (guint)step;
        while (k < x->lines->len && k != i && g_unichar_islower(g_utf8_get_char(line_at(x, k)->text)))
            k += (guint)step;
        const char *n = k < x->lines->len ? line_at(x, k)->text : "";
        if (k != i && code_letters(n) == letters && strncmp(n, t, letters) == 0 && code_depth(n) == code_depth(t))
            return true;
    }
    return false;
}

/* The heading of the section line `i` opens, or NULL: a goal's or an area's heading names its goal or area; a
 * numbering line, the item it numbers, a caption, a recipient and the title head none. */
static const char *plain_section_heading(xctx *x, guint i)
{
    const xline *l = line_at(x, i), *next = line_at(x, i + 1);
    const at_rnode *title = at_rnode_find(x->metadata, "title");
    const char *goal = goal_section(l, next);
    if (goal && next && !next->fields && coded_under_goal(l->text, goal, next->text))
        return NULL; /* a goal over the goals breaking it down */
    goal = goal ? goal : area_section(l, next);
    if (goal)
        return goal;
    const char *above = i ? line_at(x, i - 1)->text : "", *above_goal = labelled_goal_heading(above);
    /* "B1 X" right under "Huvudmål B: Y": the first goal breaking Y down */
    bool under_goal = above_goal && coded_under_goal(above, above_goal, l->text);
    bool none = numbering_line(l->text) || numbered_item(x, i) || in_coded_list(x, i) || under_goal || caption(l->text) ||
                distribution_line(x, l) || !plain_heading(x, i) || (title && title->text && strcmp(l->text, title->text) == 0);
    return none ? NULL : unlettered(l->text);
}

/* Plans, programmes and memos: unnumbered headings join the numbered sections, in document order. */
static void extract_plain_sections(xctx *x)
{
    bool added = false;
    for (guint i = below_title(x); i < x->lines->len; i++) {
        xline *l = line_at(x, i);
        if (is_closing_heading(l->text))
            break;
        const char *heading = plain_section_heading(x, i);
        if (!heading)
            continue;
        /* Under numbered headings that come first, a heading without a number is a subheading. */
        const at_rnode *first = x->sections->children->len ? g_ptr_array_index(x->sections->children, 0) : NULL;
        if (!added && first && (first->prov.page < l->prov.page ||
                                (first->prov.page == l->prov.page && first->prov.first_line < l->prov.first_line)))
            break;
        at_rnode *section = rn_add(x->sections, "section");
        rn_set_prov(section, &l->prov);
        rn_add_text(section, "heading", heading, &l->prov);
        added = true;
    }
    if (added)
        g_ptr_array_sort(x->sections->children, by_position);
}

void extract_attachments(xctx *x)
{
    GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = line_at(x, i);
        if (word_count(l->text) > 14 || !pat_match(x, PAT_ATTACHMENT, l->text, 0))
            continue;
        char *number = pat_group(x, l->text, 1), *title = pat_group(x, l->text, 2);
        int n = atoi(number);
        if (*title && !g_hash_table_contains(seen, GINT_TO_POINTER(n))) {
            g_hash_table_add(seen, GINT_TO_POINTER(n));
            /* A title wrapped onto the next lines of its paragraph. */
            GString *full = g_string_new(title);
            at_provenance prov = l->prov;
            l->used = true;
            for (xline *c; (c = line_at(x, i + 1)) && !c->para_start && !pat_match(x, PAT_ATTACHMENT, c->text, 0);
                 i++) {
                g_string_append_printf(full, " %s", c->text);
                prov.last_line = c->prov.last_line;
                prov.alto_last = c->prov.alto_last;
                c->used = true;
            }
            at_rnode *a = rn_add(x->attachments, "attachment");
            rn_attr_set(a, "number", "%d", n);
            rn_set_prov(a, &prov);
            rn_add_text(a, "title", full->str, &prov);
            g_string_free(full, TRUE);
        }
        g_free(number);
        g_free(title);
    }
    g_hash_table_destroy(seen);
}

/* The year the document is about: the one it names most often (a plan's own year recurs;
 * a vision's target year or a history's years less so), else its date's. */
static int document_year(xctx *x)
{
    int counts[200] = { 0 }, best = 0;
    for (guint i = 0; i < x->lines->len; i++) {
        const char *t = line_at(x, i)->text;
        for (size_t from = 0; pat_match(x, PAT_YEAR, t, from);) {
            size_t a, b;
            pat_span(x, 1, &a, &b);
            int y = atoi(t + a) - 1900;
            if (y >= 0 && y < 200 && ++counts[y] >= counts[best])
                best = y;
            from = b;
        }
    }
    if (counts[best])
        return best + 1900;
    const at_rnode *dates = at_rnode_find(x->metadata, "dates");
    const at_rnode *date = dates ? at_rnode_find(dates, "date") : NULL;
    return date ? atoi(at_rnode_attr(date, "value")) : 0;
}

/* ---- kind ---- */

static size_t count_goals(const at_rnode *n)
{
    size_t count = strcmp(n->name, "subGoal") == 0;
    for (guint i = 0; i < n->children->len; i++)
        count += count_goals(g_ptr_array_index(n->children, i));
    return count;
}

/* An extract of minutes that records its item's decision is a decision memo, whatever its item's words look like
 * ("Förbundets budget för 2028" a plan's title); told after the sections, which its first kind chose. */
static void minutes_extract_kind(xctx *x, at_record *rec)
{
    const char *body, *paragraph;
    if ((strcmp(rec->kind, "generic") != 0 && strcmp(rec->kind, "plan") != 0) ||
        !date_of(at_rnode_find(x->metadata, "dates"), "decided") || !head_body_paragraph(x, &body, &paragraph))
        return;
    g_free(rec->kind);
    rec->kind = g_strdup("decision-memo");
    rec->kind_confidence = 0.8;
}

static void decide_kind(xctx *x, at_record *rec)
{
    const at_rnode *meta = x->metadata;
    int memo = 0;
    memo += at_rnode_find(at_rnode_find(meta, "dates"), "date") != NULL;
    memo += at_rnode_find(meta, "diarienummer")->text != NULL;
    memo += at_rnode_find(at_rnode_find(meta, "authors"), "author") != NULL;
    memo += at_rnode_find(at_rnode_find(meta, "recipients"), "recipient") != NULL;
    memo += at_rnode_find(meta, "proposal")->text != NULL;
    size_t activities = x->activities->children->len;
    size_t clauses = 0, subgoals = 0;
    for (guint i = 0; i < x->agreements->children->len; i++) {
        const at_rnode *a = g_ptr_array_index(x->agreements->children, i);
        for (guint j = 0; j < a->children->len; j++)
            clauses += strcmp(((const at_rnode *)g_ptr_array_index(a->children, j))->name, "clause") == 0;
    }
    subgoals = count_goals(x->goals);
    const char *title = at_rnode_find(meta, "title")->text;
    bool agreement_title = title && names_agreement_kind(title);
    const char *kind = "generic";
    double confidence = 0.3;
    if (memo >= 4) {
        kind = "decision-memo", confidence = 0.6 + 0.08 * memo;
    } else if (agreement_title && clauses >= 2) { /* a clause may time the work in stages, an agreement still */
        kind = "agreement", confidence = 0.95;
    } else if (activities >= 2) {
        kind = "action-plan", confidence = activities >= 5 ? 0.95 : 0.75;
    } else if (subgoals >= 1 || (title && is_title_line(title) && !agreement_title)) {
        kind = "plan", confidence = subgoals >= 1 && title ? 0.85 : 0.6;
    } else if (clauses >= 2 || agreement_title) {
        kind = "agreement", confidence = clauses >= 2 ? 0.8 : 0.5;
    }
    rec->kind = g_strdup(kind);
    rec->kind_confidence = MIN(confidence, 1.0);
    /* An agreement belongs to all its parties: the one a letterhead or signature block names is not its owner. */
    if (strcmp(kind, "agreement") == 0)
        g_ptr_array_set_size(((at_rnode *)at_rnode_find(meta, "organisations"))->children, 0);
}

int at_extractor_new(at_extractor **out, at_error *err)
{
    if (!out)
        return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "no output for the extractor");
    at_extractor *ex = g_new0(at_extractor, 1);
    int rc = patterns_compile(ex, err);
    if (rc < 0) {
        at_extractor_free(ex);
        return rc;
    }
    *out = ex;
    return 0;
}

void at_extractor_free(at_extractor *ex)
{
    if (!ex)
        return;
    patterns_free(ex);
    g_free(ex);
}

int at_extract(const at_doc *doc, const at_extract_options *opts, at_record **out, at_error *err)
{
    at_extractor *ex = NULL;
    int rc = at_extractor_new(&ex, err);
    if (rc == 0)
        rc = at_extractor_run(ex, doc, opts, out, err);
    at_extractor_free(ex);
    return rc;
}

/* Does the date `end` of an agreement's term (its ISO value) fall in `year`? */
static bool term_end_in(const at_rnode *a, const char *end, const char *year)
{
    const at_rnode *day = at_rnode_find(a, end);
    const char *iso = day ? at_rnode_attr(day, "value") : NULL;
    return iso && year && g_str_has_prefix(iso, year);
}

/* An agreement's time is its term ("gäller från och med … till och med …"); its title's years ("Överenskommelse om
 * sommarjobb 2031–2032") name that term again, not a plan's period, when the term starts and ends in them. A term
 * with no end, or other years ("från och med den 1 januari 2031" under "2031–2034"), leaves the title's years. */
static void term_over_title_period(xctx *x, const at_record *rec)
{
    at_rnode *period = (at_rnode *)at_rnode_find(x->metadata, "period");
    if (strcmp(rec->kind, "agreement") != 0 || !period || !period->text)
        return;
    const char *from = at_rnode_attr(period, "from"), *to = at_rnode_attr(period, "to");
    bool termed = false;
    for (guint i = 0; i < x->agreements->children->len && !termed; i++) {
        const at_rnode *a = g_ptr_array_index(x->agreements->children, i);
        termed = term_end_in(a, "validFrom", from) && term_end_in(a, "validTo", to);
    }
    if (!termed)
        return;
    rn_set_text(period, NULL);
    rn_attr_unset(period, "from");
    rn_attr_unset(period, "to");
}

int at_extractor_run(const at_extractor *ex, const at_doc *doc, const at_extract_options *opts, at_record **out,
                     at_error *err)
{
    at_extract_options defaults = AT_EXTRACT_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (!ex || !doc || !out)
        return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "no extractor or no document to extract from");
    if (opts->version != AT_EXTRACT_OPTIONS_VERSION && opts->version != 1)
        return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "unsupported extract options version %d",
                            opts->version);
    *out = NULL;
    xctx x = { .doc = doc };
    bool limits = opts->version >= 2;
    int rc = patterns_attach(&x, ex, limits ? opts->match_limit : 0, limits ? opts->depth_limit : 0, err);
    if (rc < 0) {
        patterns_detach(&x);
        return rc;
    }
    view_build(&x);
    list_items_to_rows(&x);
    bullet_items_to_rows(&x);
    card_tables_to_rows(&x);
    across_tables_to_rows(&x);
    at_record *rec = g_new0(at_record, 1);
    rec->root = x.root = rn_new("record");
    x.metadata = rn_add(x.root, "metadata");
    x.sections = rn_add(x.root, "sections");
    x.goals = rn_add(x.root, "goals");
    x.activities = rn_add(x.root, "activities");
    x.agreements = rn_add(x.root, "agreements");
    x.budgets = rn_add(x.root, "budgets");
    x.events = rn_add(x.root, "events");
    x.attachments = rn_add(x.root, "attachments");
    x.warnings = rn_add(x.root, "warnings");

    extract_metadata(&x);
    x.year = document_year(&x);
    extract_table_plan(&x);
    extract_sections(&x);
    extract_prose_goals(&x);
    extract_agreements(&x);
    extract_signature_blocks(&x);
    date_signed_validity(&x);
    extract_budgets(&x);
    extract_budget_tables(&x);
    extract_budget_sentences(&x);
    extract_attachments(&x);
    extract_events(&x);
    extract_meetings(&x);
    decide_kind(&x, rec);
    term_over_title_period(&x, rec);
    /* a whole protocol's § items are its sections, whatever its kind; their sub-headings ("Beslut") none */
    bool minutes = strcmp(rec->kind, "agreement") != 0 && first_minutes_item(&x) != G_MAXUINT;
    if ((strcmp(rec->kind, "generic") == 0 || minutes) && x.sections->children->len == 0)
        extract_unnumbered_sections(&x);
    else if (strcmp(rec->kind, "agreement") != 0)
        extract_plain_sections(&x);
    minutes_extract_kind(&x, rec);
    if (x.match_errors)
        warn(&x, NULL, "%zu pattern %s stopped at PCRE2's limits (first: %s); what %s say may be missing",
             x.match_errors, x.match_errors == 1 ? "match" : "matches", x.first_match_error,
             x.match_errors == 1 ? "that line has to" : "those lines have to");
    if (x.lines->len == 0 && x.rows->len == 0)
        warn(&x, NULL, "the document has no text");
    else if (!at_rnode_find(x.metadata, "title")->text)
        warn(&x, NULL, "no title found");

    rn_attr_set(x.root, "version", "1");
    rn_attr_set(x.root, "kind", "%s", rec->kind);
    char num[G_ASCII_DTOSTR_BUF_SIZE]; /* numbers in files keep their '.' under any locale */
    rn_attr_set(x.root, "kindConfidence", "%s", g_ascii_formatd(num, sizeof num, "%.2f", rec->kind_confidence));
    rn_attr_set(x.root, "source", "%s", opts->source ? opts->source : at_doc_name(doc));
    rn_attr_set(x.root, "generator", "arkivtext %s", at_version());
    rn_prune_empty(x.root);
    /* An empty document still yields a record: its metadata says so. */
    if (!at_rnode_find(x.root, "metadata"))
        g_ptr_array_insert(x.root->children, 0, rn_new("metadata"));
    view_free(&x);
    patterns_detach(&x);
    *out = rec;
    return 0;
}
