/* Agreements (parties, validity, notice, § clauses, bodies, working groups, signatures),
 * budgets (lines and totals, checked) and events (calendars, host lists).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "extract/extract_private.h"

#include <stdlib.h>
#include <string.h>

enum { WINDOW_LINES = 3, SENTENCE_MAX_LINES = 6, PREAMBLE_MAX_LINES = 8, LAST_CLAUSE_MAX_LINES = 40, BUDGET_MAX_LINES = 30 };

static xline *aline(xctx *x, guint i)
{
    return i < x->lines->len ? g_ptr_array_index(x->lines, i) : NULL;
}

/* Line i and the next few joined, so that a sentence wrapped over lines can be matched. */
static char *window(xctx *x, guint i, guint n)
{
    GString *s = g_string_new(NULL);
    for (guint k = i; k < i + n && k < x->lines->len; k++) {
        if (s->len)
            g_string_append_c(s, ' ');
        g_string_append(s, aline(x, k)->text);
    }
    return g_string_free(s, FALSE);
}

static bool ends_sentence(const char *text)
{
    size_t n = strlen(text);
    return n && strchr(".!?:", text[n - 1]);
}

/* Line i and the next, and more lines of its paragraph until a sentence ends: a born-digital PDF's or a scan's
 * short lines ("senast sex" / "kalendermånader") hold a term's sentence over three lines or more. */
static char *sentence_window(xctx *x, guint i)
{
    guint n = 2;
    while (n < SENTENCE_MAX_LINES && i + n < x->lines->len && !aline(x, i + n)->para_start &&
           !ends_sentence(aline(x, i + n - 1)->text))
        n++;
    return window(x, i, n);
}

/* The line of a window opened at line i (window(), sentence_window()) that holds the window's byte `offset`: where a
 * length found in a heading's window stands, so that its provenance cites the sentence, not the heading. */
static guint window_line(xctx *x, guint i, size_t offset)
{
    for (size_t len; i + 1 < x->lines->len && offset > (len = strlen(aline(x, i)->text)); i++)
        offset -= len + 1;
    return i;
}

/* ---- parties, validity, notice ---- */

static bool org_kind_word(const char *name, bool bodies);

/* A party's name: capitalised words, the lower-case words that say what kind of organisation it is
 * ("kommun", "kommunalförbund", "ekonomisk förening") and the few small words names have; any words after a kind
 * that heads the name and a capitalised one ("Föreningen Fjällens folkhögskola", "Stiftelsen Ekbackens gård"). */
static bool party_name(const char *s)
{
    static const char *const lower_ok[] = { "län", "och", "i", "för", "vid", "av", "ekonomisk", "ideell" };
    char **words = g_strsplit(s, " ", -1);
    guint n = g_strv_length(words);
    bool ok = n >= 1 && n <= 6 && g_unichar_isupper(g_utf8_get_char(words[0]));
    char *head = n ? g_utf8_strdown(words[0], -1) : NULL;
    bool headed = ok && n >= 3 && (g_str_has_suffix(head, "föreningen") || strcmp(head, "stiftelsen") == 0) &&
                  g_unichar_isupper(g_utf8_get_char(words[1]));
    g_free(head);
    for (guint k = 1; k < n && ok; k++) {
        ok = g_unichar_isupper(g_utf8_get_char(words[k])) || g_unichar_isdigit(g_utf8_get_char(words[k])) ||
             org_kind_word(words[k], true) || headed;
        for (size_t j = 0; j < G_N_ELEMENTS(lower_ok) && !ok; j++)
            ok = strcmp(words[k], lower_ok[j]) == 0;
    }
    g_strfreev(words);
    return ok;
}

static bool heads_any(const char *w, const char *const *nouns, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (word_headed_by(w, nouns[i]))
            return true;
    return false;
}

/* "tekniska nämnden", "socialtjänsten", "Räddningstjänsten Syd", "miljöförbundet": a body a party acts through has
 * an organ's noun as a word or a compound's head; a title's noun ("förvaltningschefen Lena Sund", "Enhetschef Per
 * Holm", "nämndens ordförande") or a person's name (two capitalised words, neither an organ: "Fredrik Olausson")
 * makes it a person. An organ's noun after the title's word heads the phrase: "kommunstyrelsens verkställande
 * utskott", "ansvarig nämnd" are bodies; so is a parish's council ("kyrkorådet"). */
static bool names_organ(const char *body)
{
    static const char *const organs[] = { "namnd",     "styrelse",  "forvaltning", "utskott", "fullmaktige",
                                          "direktion", "beredning", "kontor",      "avdelning", "enhet",
                                          "sektor",    "tjanst",    "forbund",     "kansli",    "myndighet",
                                          "radet" /* "kyrkorådet": a council, named definite ("rad" is a row too) */ };
    size_t n_titles;
    const char *const *titles = person_title_nouns(&n_titles);
    char *folded = folded_copy(body);
    char **words = g_strsplit_set(folded, " ,", -1), **given = g_strsplit(body, " ", -1);
    bool organ = false, person = false;
    for (guint k = 0; words[k]; k++) {
        bool is_organ = heads_any(words[k], organs, G_N_ELEMENTS(organs));
        organ = organ || is_organ;
        person = heads_any(words[k], titles, n_titles) || (person && !is_organ);
    }
    for (guint k = 0; given[k] && given[k + 1] && !person; k++) {
        char *a = folded_copy(given[k]), *b = folded_copy(given[k + 1]);
        person = g_unichar_isupper(g_utf8_get_char(given[k])) && g_unichar_isupper(g_utf8_get_char(given[k + 1])) &&
                 !heads_any(a, organs, G_N_ELEMENTS(organs)) && !heads_any(b, organs, G_N_ELEMENTS(organs));
        g_free(a);
        g_free(b);
    }
    g_strfreev(words);
    g_strfreev(given);
    g_free(folded);
    return organ && !person;
}

/* ". o Årjängs kommun": a speck or a logo's mark OCR read before a party's name (words of punctuation or one
 * lower-case letter before a capitalised word) is no part of it; cut off in place. */
static void drop_leading_specks(char *name)
{
    const char *p = name;
    for (;;) {
        size_t len = strcspn(p, " "), letters = 0;
        bool lower = true;
        for (const char *c = p; c < p + len; c = g_utf8_next_char(c)) {
            gunichar u = g_utf8_get_char(c);
            letters += g_unichar_isalnum(u);
            lower = lower && !g_unichar_isupper(u) && !g_unichar_isdigit(u);
        }
        if (!p[len] || letters > 1 || !lower)
            break;
        p += len + 1;
    }
    if (p != name && g_unichar_isupper(g_utf8_get_char(p)))
        memmove(name, p, strlen(p) + 1);
}

static bool municipal_board(const char *name);
static const char *last_word(const char *s);

/* "Förbundsstyrelsen i Samordningsförbundet Östersund": a federation's board named with it. */
static bool board_of_federation(const char *board, const char *whole)
{
    static const char federation[] = "förbundet";
    size_t head = strcspn(whole, " "), n = strlen(federation);
    return folded_equal(board, "forbundsstyrelsen") && whole[head] && head > n &&
           memcmp(whole + head - n, federation, n) == 0;
}

/* "Tekniska nämnden i Östersunds kommun": a municipality's or region's board named with it is the body it acts
 * through; `name` is cut to the municipality in place and the board put in `*body`. */
static void board_of_municipality(char *name, char **body)
{
    const char *in = strstr(name, " i ");
    if (!in || !g_unichar_isupper(g_utf8_get_char(in + 3)))
        return;
    char *board = g_strndup(name, (size_t)(in - name)), *whole = g_utf8_strdown(in + 3, -1);
    const char *last = last_word(whole);
    bool municipality = strcmp(last, "kommun") == 0 || strcmp(last, "stad") == 0 || g_str_has_prefix(whole, "region ");
    municipality = (municipality && municipal_board(board)) || board_of_federation(board, whole);
    if (municipality && party_name(in + 3) && word_count(board) <= 4) {
        *body = board;
        memmove(name, in + 3, strlen(in + 3) + 1);
    } else
        g_free(board);
    g_free(whole);
}

/* "Region Uppsala genom kollektivtrafiknämnden" -> the party and the body it acts through
 * ("Huddinge kommun, genom kommunstyrelsen (värdkommun)" too); NULL body when none is named. */
static char *split_acting_body(const char *s, char **body)
{
    size_t act = 0;
    const char *g = find_acting_body(s, &act);
    *body = NULL;
    char *name = g_strndup(s, g ? (size_t)(g - s) : strlen(s));
    g_strchomp(name);
    drop_leading_specks(name);
    if (g_str_has_suffix(name, ",")) /* "X, företrädd av Y" */
        name[strlen(name) - 1] = '\0';
    if (g) {
        const char *b = g + act;
        *body = g_strstrip(g_strndup(b, strcspn(b, "(,.;")));
        /* "Region Stockholm genom hälso- och sjukvårdsnämnden och Huddinge kommun ...": cut before the next party */
        if (g_str_has_suffix(*body, " och") || g_str_has_suffix(*body, " samt"))
            (*body)[strlen(*body) - (g_str_has_suffix(*body, " och") ? 4 : 5)] = '\0';
        if (!**body || word_count(*body) > 4 || !names_organ(*body))
            g_clear_pointer(body, g_free);
    }
    name[strcspn(name, "(")] = '\0';
    char *comma = strstr(name, ", "); /* "Knivsta kommun, org.nr 212000-0290" */
    if (comma && !*body) { /* "Ljusdals kommun, barn- och utbildningsnämnden, org.nr ..." */
        char *next = g_strndup(comma + 2, strcspn(comma + 2, ",.;("));
        g_strstrip(next);
        char *f = g_utf8_strdown(next, -1);
        bool names = g_unichar_islower(g_utf8_get_char(next)) && word_count(next) <= 4 &&
                     (g_str_has_suffix(f, "nämnden") || g_str_has_suffix(f, "styrelsen"));
        g_free(f);
        if (names)
            *body = next;
        else
            g_free(next);
    }
    if (comma)
        *comma = '\0';
    g_strstrip(name);
    if (!*body)
        board_of_municipality(name, body);
    size_t n = strlen(name);
    while (n && (name[n - 1] == ',' || name[n - 1] == '.' || name[n - 1] == ':')) /* "För Lindesbergs kommun:" */
        name[--n] = '\0';
    return name;
}

/* Does `s` give a party a short name ("nedan kallad Kommunen", "i det följande benämnd Bolaget")? */
static bool has_designation(const char *s)
{
    return folded_contains(s, "kallad") || folded_contains(s, "kallat") || folded_contains(s, "benamnd") ||
           folded_contains(s, "benamnt") || folded_contains(s, "nedan ") || folded_contains(s, " sidan");
}

static char *without_designated_names(const char *s);

/* `s` without the short names it gives its parties: "Knivsta kommun (nedan kallad Kommunen) och X AB, nedan kallat
 * Bolaget," reads "Knivsta kommun och X AB,". */
static char *without_designations(const char *s)
{
    /* "X, org.nr 212000-0000;", "X (org.nr 212000-0000)", "X, 212000-0000,": the number is said of the party before
     * it, no party of its own; so is its address ("X AB Storgatan 14, 598 71 Södra Vi", "Box 56, 820 40 Bergsjö", a
     * postcode and town alone: "X kommun, 382 80 Nybro, företrädd av …"), and the person its mail goes to ("X
     * förening c/o Eva Ek, Byvägen 3, …": an association without an office of its own) */
    GRegex *org = g_regex_new(",?\\s*\\(?(?:(?:org\\.?\\s*nr|organisationsnummer)\\.?:?\\s*)?\\d{6}\\s*-?\\s*\\d{4}\\)?|"
                              ",?\\s*c/o\\s+\\p{Lu}[^\\s,;()]*(?:\\s+\\p{Lu}[^\\s,;()]*)*|"
                              ",?\\s+\\p{Lu}\\S*\\s+\\d+\\w?,\\s*\\d{3}\\s?\\d{2}(?:\\s+\\p{Lu}\\S*)+|"
                              ",\\s*\\d{3}\\s?\\d{2}(?:\\s+\\p{Lu}[^\\s,]*)+(?=,)",
                              G_REGEX_CASELESS, 0, NULL);
    char *plain = org ? g_regex_replace_literal(org, s, -1, 0, "", 0, NULL) : NULL;
    if (org)
        g_regex_unref(org);
    if (plain) {
        char *out = without_designated_names(plain);
        g_free(plain);
        return out;
    }
    return without_designated_names(s);
}

static char *without_designated_names(const char *s)
{
    if (!has_designation(s))
        return g_strdup(s);
    /* "(nedan kallad Kommunen)", ", nedan benämnt Bolaget", ", nedan Bolaget", ", å ena sidan" */
    GRegex *re = g_regex_new("\\s*\\((?:nedan|i det följande|härefter|i detta avtal)\\s[^)]*\\)|"
                             ",?\\s*(?:nedan|i det följande|härefter)\\s+(?:(?:kallad|kallat|kallade|benämnd|benämnt|benämnda)\\s+)?"
                             "[^,;.()]*?(?=,|;|\\.|\\s+och\\s+\\p{Lu}|\\s+samt\\s|$)|,?\\s*å\\s+(?:ena|andra)\\s+sidan",
                             G_REGEX_CASELESS, 0, NULL);
    char *out = re ? g_regex_replace_literal(re, s, -1, 0, "", 0, NULL) : NULL;
    if (re)
        g_regex_unref(re);
    return out ? out : g_strdup(s);
}

/* Does a word of `name` say what kind of organisation it is ("kommun", "AB", "Bostadsrättsföreningen",
 * "Räddningstjänstförbundet", "Polismyndigheten"; with `bodies`, "Socialnämnden", "Kommunstyrelsen" too)? Names of
 * people, places and addresses have none. */
static bool org_kind_word(const char *name, bool bodies)
{
    static const char *const whole[] = { "kommun", "stad", "region", "landsting", "ab", "hb", "kb", "brf", "ek.", "if", "ik", "bk",
                                         "aktiebolag", "kooperativ", "universitet", "högskola" };
    static const char *const endings[] = { "förbund", "förbundet", "stiftelse", "stiftelsen", "förening",
                                           "föreningen", "myndighet", "myndigheten", "verket", "bolag", "bolaget",
                                           "samfällighet", "klubb", "klubben", "sällskap", "sällskapet", "församling",
                                           "församlingen", "brandförsvar", "brandförsvaret", "räddningstjänst",
                                           "räddningstjänsten" };
    /* the bodies a municipality or region acts through: no legal persons of their own */
    static const char *const body_endings[] = { "nämnd", "nämnden", "styrelse", "styrelsen" };
    char *lower = g_utf8_strdown(name, -1);
    char **words = g_strsplit_set(lower, " ,()", -1);
    bool hit = false;
    for (char **w = words; *w && !hit; w++) {
        for (size_t i = 0; i < G_N_ELEMENTS(whole) && !hit; i++)
            hit = strcmp(*w, whole[i]) == 0;
        for (size_t i = 0; i < G_N_ELEMENTS(endings) && !hit; i++)
            hit = g_str_has_suffix(*w, endings[i]);
        for (size_t i = 0; bodies && i < G_N_ELEMENTS(body_endings) && !hit; i++)
            hit = g_str_has_suffix(*w, body_endings[i]);
    }
    g_strfreev(words);
    g_free(lower);
    return hit;
}

/* "Stadshusgatan 1", "Box 56": the address under a party, no party ("Bostadsrättsföreningen Ekorren 12" is one). */
static bool address_like(const char *name)
{
    const char *last = strrchr(name, ' ');
    return g_str_has_prefix(name, "Box ") || (last && g_ascii_isdigit(last[1]) && !org_kind_word(name, true));
}

/* "Kommunen", "Leverantören", "Uppdragstagaren", "Bolaget": the definite word for a party's role in an agreement,
 * an agent noun or a bare kind of organisation ("Polisen" in "Polisen Region Bergslagen" and "Tullverket" are
 * neither: they are part of the name). */
static bool role_word(const char *word)
{
    static const char *const agents[] = { "aren", "ören", "ären", "anten", "enten", "mannen", "gästen", "värden",
                                          "parten", "kommunen", "regionen" };
    static const char *const kinds[] = { "staden", "landstinget", "bolaget", "förbundet", "föreningen", "stiftelsen",
                                         "myndigheten", "nämnden", "styrelsen" };
    char *lower = g_utf8_strdown(word, -1);
    bool role = false;
    for (size_t i = 0; i < G_N_ELEMENTS(agents) && !role; i++)
        role = g_str_has_suffix(lower, agents[i]);
    for (size_t i = 0; i < G_N_ELEMENTS(kinds) && !role; i++)
        role = strcmp(lower, kinds[i]) == 0;
    g_free(lower);
    return role;
}

/* "Kommunen Nykvarns kommun", "Leverantören Norrvatten AB": a role table read as lines, the role in the definite
 * form before the party's name; the name is kept. */
/* "Stiftelsen" before "Hembygdsgården i Ragunda kommun": a foundation's or association's form heads its name when the
 * rest names a legal person only in the place after "i". */
static bool form_of_name_in_place(const char *role, const char *rest)
{
    const char *in = strstr(rest, " i ");
    if ((!folded_equal(role, "stiftelsen") && !folded_equal(role, "foreningen")) || !in ||
        !g_unichar_isupper(g_utf8_get_char(in + 3)))
        return false;
    char *head = g_strndup(rest, (size_t)(in - rest));
    bool place = !names_legal_person(head);
    g_free(head);
    return place;
}

static void drop_role(char *name)
{
    /* "1.2 Trosa kommun": the number of the item that names the party */
    size_t num = strspn(name, "0123456789.");
    if (num && num <= 5 && name[num] == ' ' && g_unichar_isupper(g_utf8_get_char(name + num + 1))) {
        memmove(name, name + num + 1, strlen(name + num + 1) + 1);
        return;
    }
    /* "Beställare: Ljusdals kommun", "Part A: Vännäs kommun" */
    char *label;
    const char *value;
    if (labelled(name, &label, &value)) {
        bool role_label = word_count(label) <= 2 && word_count(value) >= 2;
        g_free(label);
        if (role_label) {
            memmove(name, value, strlen(value) + 1);
            return;
        }
    }
    const char *space = strchr(name, ' ');
    if (!space || word_count(space + 1) < 2 || !names_legal_person(space + 1))
        return;
    char *role = g_strndup(name, (size_t)(space - name));
    bool definite = role_word(role) && !form_of_name_in_place(role, space + 1);
    g_free(role);
    if (definite)
        memmove(name, space + 1, strlen(space + 1) + 1);
}

static bool names_organisation(const char *s, bool bodies);

/* Does `name` end in a municipality's or region's board ("Socialnämnden", "Kommunstyrelsen", "Regionstyrelsen"),
 * not in a state agency's name ("Länsstyrelsen", "Socialstyrelsen": parties of their own)? */
static bool municipal_board(const char *name)
{
    const char *space = strrchr(name, ' '), *last = space ? space + 1 : name;
    return folded_contains(last, "namnden") || folded_equal(last, "kommunstyrelsen") || folded_equal(last, "regionstyrelsen");
}

/* "Socialnämnden", "Barn- och utbildningsnämnden": a municipality's board named alone, no legal person. Listed right
 * after a party that names no acting body and is no board itself ("Parter: Norrby kommun, Socialnämnden och …") it is
 * the body that party acts through: true, and made so. Anywhere else it stays a party (an agreement between two
 * boards has only boards). */
static bool board_of_party(at_rnode *agreement, const char *name)
{
    bool capitalised_after_first = false;
    for (const char *w = strchr(name, ' '); w; w = strchr(w + 1, ' '))
        capitalised_after_first = capitalised_after_first || g_unichar_isupper(g_utf8_get_char(w + 1));
    if (capitalised_after_first || names_legal_person(name) || !municipal_board(name) || !names_organisation(name, true))
        return false;
    at_rnode *last = NULL;
    for (guint i = 0; i < agreement->children->len; i++) {
        at_rnode *c = g_ptr_array_index(agreement->children, i);
        last = strcmp(c->name, "party") == 0 ? c : last;
    }
    if (!last || at_rnode_attr(last, "actingBody") || (last->text && municipal_board(last->text))) /* boards: two parties */
        return false;
    rn_attr_set(last, "actingBody", "%s", name);
    return true;
}

/* Add the party named by `text` (with its acting body) unless the agreement has it already. */
static bool add_named_party(at_rnode *agreement, const char *given, const at_provenance *prov, bool any_name)
{
    char *text = without_designations(given);
    char *body, *name = split_acting_body(text, &body);
    g_free(text);
    drop_role(name);
    if (!body && board_of_party(agreement, name)) { /* named in the list, though no party: the list goes on */
        g_free(name);
        return true;
    }
    bool ok = (any_name || party_name(name)) && !address_like(name) && *name;
    for (guint i = 0; ok && i < agreement->children->len; i++) {
        const at_rnode *c = g_ptr_array_index(agreement->children, i);
        ok = strcmp(c->name, "party") != 0 || !folded_equal(c->text, name);
    }
    if (ok) {
        at_rnode *p = rn_add_text(agreement, "party", name, prov);
        if (body)
            rn_attr_set(p, "actingBody", "%s", body);
    }
    g_free(name);
    g_free(body);
    return ok;
}

static bool add_party(at_rnode *agreement, const char *given, const at_provenance *prov)
{
    return add_named_party(agreement, given, prov, false);
}

/* A heading over a paragraph: "1. Parter", "§ 2 Uppdrag", or a short capitalised line without a stop. */
static bool heads_paragraph(xctx *x, const xline *l)
{
    return l->para_start && ((word_count(l->text) <= 6 && heading_words(l->text, true)) ||
                             pat_match(x, PAT_CLAUSE, l->text, 0) || pat_match(x, PAT_CLAUSE_NUMBERED, l->text, 0) ||
                             pat_match(x, PAT_CLAUSE_WORD, l->text, 0));
}

static const char *last_word(const char *s)
{
    const char *space = strrchr(s, ' ');
    return space ? space + 1 : s;
}

static bool ends_with_mellan(const char *s)
{
    return folded_equal(last_word(s), "mellan");
}

/* Lines i.. of a preamble joined; a paragraph a party ("Norrby kommun genom kommunstyrelsen" over "Västmo kommun")
 * is an item of its list, as if a comma ended the one before. */
static char *preamble_window(xctx *x, guint i, guint n)
{
    GString *s = g_string_new(NULL);
    for (guint k = i; k < i + n && k < x->lines->len; k++) {
        const xline *l = aline(x, k);
        bool item = k > i && l->para_start && g_unichar_isupper(g_utf8_get_char(l->text)) &&
                    g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(s->str + s->len))) &&
                    !ends_with_mellan(s->str) && strcmp(last_word(s->str), "och") != 0;
        if (s->len)
            g_string_append(s, item ? ", " : " ");
        g_string_append(s, l->text);
    }
    return g_string_free(s, FALSE);
}

/* The parties: a list after "mellan". Outside an agreement's own text (a memo about one), only
 * in a sentence that names the agreement. */
static bool parties_between(xctx *x, at_rnode *agreement, guint from, guint to, bool own_text)
{
    for (guint i = from; i < to; i++) {
        /* a preamble wrapped over more lines (five parties with their org.nr) is read to its paragraph's end */
        guint span = 1;
        while (span < PREAMBLE_MAX_LINES && i + span < x->lines->len && !aline(x, i + span)->para_start)
            span++;
        /* "Mellan" alone over the parties, a paragraph each, and "har följande avtal träffats.": to the sentence's end */
        if (ends_with_mellan(aline(x, i + span - 1)->text))
            while (span < PREAMBLE_MAX_LINES && i + span < x->lines->len && !ends_sentence(aline(x, i + span - 1)->text))
                span++;
        /* OCR may break a sentence's paragraph; a heading below ends it ("… mellan X och Y" over "1. Parter") */
        while (span < WINDOW_LINES && i + span < x->lines->len && !heads_paragraph(x, aline(x, i + span)))
            span++;
        char *lines = preamble_window(x, i, span), *w = without_designations(lines);
        g_free(lines);
        size_t a, b;
        bool found = false;
        if (folded_contains(w, "mellan") && (own_text || names_agreement_kind(w)) && pat_match(x, PAT_PARTIES, w, 0) && pat_span(x, 0, &a, &b) &&
            a < strlen(aline(x, i)->text)) {
            char *list = pat_group(x, w, 1);
            char **parties = split_parties(list);
            guint n = g_strv_length(parties);
            bool names = n >= 2;
            for (guint k = 0; k < n && names; k++) {
                char *body, *name = split_acting_body(parties[k], &body);
                names = party_name(name);
                g_free(name);
                g_free(body);
            }
            if (names) {
                /* Each party's provenance is the line that names it. */
                guint at = i;
                for (guint k = 0; k < n; k++) {
                    for (guint m = at; m < i + span && m < x->lines->len; m++)
                        if (strstr(aline(x, m)->text, parties[k])) {
                            at = m;
                            break;
                        }
                    add_party(agreement, parties[k], &aline(x, at)->prov);
                }
                found = true;
            }
            g_strfreev(parties);
            g_free(list);
        }
        g_free(w);
        if (found)
            return true;
    }
    return false;
}

/* "Föreningen X, företrädd av styrelsens ordförande Lisa Ek": does the item from `from` to `at` say whom its party
 * acts through, and is what follows `at` (to a comma or bracket) that one's name, a person's, no party's? */
static bool represented_by_person(const char *from, const char *at)
{
    size_t len;
    char *item = g_strndup(from, (size_t)(at + 1 - from)), *next = g_strndup(at + 1, strcspn(at + 1, ",;("));
    g_strchomp(next);
    bool person = find_acting_body(item, &len) && name_like(next) && !names_legal_person(next);
    g_free(item);
    g_free(next);
    return person;
}

/* Does the item from `from` to `at` end in an organisation, or a name of one word, and "i" ("Tekniska nämnden i"
 * before "Östersunds kommun", "Länsstyrelsen i" before "Norrby län", "Länstrafiken i" before "Jämtlands län AB"):
 * where it is comes next, no party of its own? */
static bool board_in(const char *from, const char *at)
{
    char *item = g_strndup(from, (size_t)(at - from));
    bool in = g_str_has_suffix(item, " i");
    if (in)
        item[strlen(item) - 2] = '\0';
    in = in && !strchr(item, ',') && (names_organisation(item, true) || word_count(item) == 1);
    g_free(item);
    return in;
}

/* "Botkyrka kommun, genom kommunstyrelsen Haninge kommun, genom kommunstyrelsen": items cut where a
 * capitalised name follows a lower-case word (not a person the party acts through); returns how many were
 * parties. */
static int run_together_parties(at_rnode *agreement, const char *line, const at_provenance *prov)
{
    int added = 0;
    char *text = without_designations(line); /* "nedan kallad Kommunen" names no party "Kommunen" */
    drop_role(text);
    const char *from = text;
    for (const char *p = text;; p++) {
        bool cut = *p == '\0';
        if (*p == ' ' && p > text && g_unichar_isupper(g_utf8_get_char(p + 1))) {
            /* after a lower-case word ("kommun", "kommunstyrelsen"), not inside "Siljans Maskin AB" */
            const char *prev = g_utf8_prev_char(p), *word = p;
            while (word > from && word[-1] != ' ')
                word--;
            /* "Jämtlands län AB": a company's form ends its name */
            bool form = g_str_has_prefix(p + 1, "AB") && strchr(" ,", p[3]);
            cut = (g_unichar_islower(g_utf8_get_char(word)) || *prev == ')') && !represented_by_person(from, p) &&
                  !board_in(from, p) && !form;
        }
        if (!cut)
            continue;
        char *item = g_strndup(from, (size_t)(p - from));
        added += add_party(agreement, item, prov);
        g_free(item);
        if (!*p)
            break;
        from = p + 1;
    }
    g_free(text);
    return added;
}

/* Does `s` carry an organisation number ("802470-3318")? */
static bool has_org_number(const char *s)
{
    for (; *s; s++)
        if (strspn(s, "0123456789") == 6 && s[6] == '-' && strspn(s + 7, "0123456789") == 4)
            return true;
    return false;
}

/* "Föreningen Flatruets" over "Fäbodvänner, org.nr 802470-3318": a name cut after a genitive, with no comma or
 * number of its own, goes on on the line that carries its organisation number. */
static bool genitive_name_wrapped(const char *s, const char *next)
{
    const char *last = last_word(s);
    return !strchr(s, ',') && !strpbrk(s, "0123456789") && g_utf8_strlen(last, -1) >= 4 &&
           g_str_has_suffix(last, "s") && g_unichar_isupper(g_utf8_get_char(last)) && has_org_number(next);
}

/* Line *k with the lines of its paragraph it wraps onto before `to` that go on in lower case (a PDF's "X kommun,
 * genom kultur- och" over "fritidsnämnden"); *k and *prov move to the last. Caller frees. */
static char *with_wrapped_words(xctx *x, guint *k, guint to, at_provenance *prov)
{
    GString *s = g_string_new(aline(x, *k)->text);
    for (const xline *n; *k + 1 < to && !ends_sentence(s->str) && (n = aline(x, *k + 1), !n->para_start) &&
                         (g_unichar_islower(g_utf8_get_char(n->text)) || genitive_name_wrapped(s->str, n->text));) {
        g_string_append_printf(s, " %s", n->text);
        prov->last_line = n->prov.last_line;
        prov->alto_last = n->prov.alto_last;
        ++*k;
    }
    return g_string_free(s, FALSE);
}

/* "Följande kommuner är parter i detta avtal:", or a heading "Parter" ("1. Parter", "Avtalsparter", "Punkt 1
 * Parter", "Artikel 1: Avtalets parter"). */
static bool introduces_parties(xctx *x, const char *t)
{
    size_t n = strlen(t), a, b;
    const char *heading = t + strspn(t, "0123456789.§ ");
    if (pat_match(x, PAT_CLAUSE_WORD, t, 0) && pat_span(x, 2, &a, &b))
        heading = t + a;
    /* "Parterna är", "Parterna i avtalet": a short line over the list */
    bool short_line = word_count(t) <= 4 && folded_starts(t, "parterna") && !strchr(".;,", last_char(t));
    return (n && t[n - 1] == ':' && folded_contains(t, "parter")) || folded_equal(heading, "parter") || short_line ||
           folded_equal(heading, "avtalsparter") || folded_equal(heading, "avtalets parter");
}

/* A list item's text after its bullet or number ("1. Haninge kommun, genom ..."); `numbered` tells which. */
static const char *item_text(xctx *x, const char *s, bool *had, bool *numbered)
{
    const char *t = strip_bullet(x, s, had);
    size_t digits = strspn(s, "0123456789");
    *numbered = !*had && digits && digits <= 2 && (s[digits] == '.' || s[digits] == ')') && s[digits + 1] == ' ';
    *had = *had || *numbered;
    return *numbered ? s + digits + 2 : t;
}

/* The sentence that starts line i, with the lines of its paragraph it wraps onto before `to` (a PDF's "X genom Y,
 * Z AB och" over "W."). Caller frees. */
static char *sentence_lines(xctx *x, guint i, guint to)
{
    guint n = 1;
    while (n < SENTENCE_MAX_LINES && i + n < to && !aline(x, i + n)->para_start && !ends_sentence(aline(x, i + n - 1)->text))
        n++;
    return window(x, i, n);
}

/* "Region Stockholm genom hälso- och sjukvårdsnämnden och Huddinge kommun genom äldreomsorgsnämnden.": a
 * sentence naming the parties, cut at ", " or " och " before a capital; how many were parties. */
static int parties_in_sentence(at_rnode *agreement, const char *sentence, const at_provenance *prov)
{
    GRegex *cut = g_regex_new("(?:,| och| samt) (?=\\p{Lu})", 0, 0, NULL);
    char *text = without_designations(sentence);
    char **items = g_regex_split(cut, text, 0);
    g_free(text);
    int n = (int)g_strv_length(items), added = 0;
    for (int k = 0; n >= 2 && k < n; k++)
        added += add_party(agreement, items[k], prov);
    g_strfreev(items);
    g_regex_unref(cut);
    return added;
}

/* A parties table's header cell ("Part", "Organisationsnummer", "Företrädd genom"); `body` when its column
 * names the body a party acts through. */
static bool party_header(const char *cell, bool *body)
{
    static const char *const words[] = { "part", "parter", "avtalspart", "avtalsparter", "namn", "kommun", "organisation",
                                         "organisationsnummer", "org.nr", "org. nr", "adress", "kontaktperson" };
    *body = word_count(cell) <= 3 && (folded_contains(cell, "genom") || folded_contains(cell, "foretrad"));
    for (size_t i = 0; i < G_N_ELEMENTS(words) && !*body; i++)
        if (folded_equal(cell, words[i]))
            return true;
    return *body;
}

/* "Part", "Avtalsparter", "Organisation": a header over the parties themselves ("Namn", "Kontaktperson", "Adress"
 * head a contacts table as well). */
static bool names_parties_column(const char *cell)
{
    static const char *const words[] = { "part", "parter", "avtalspart", "avtalsparter", "kommun", "organisation" };
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (folded_equal(cell, words[i]))
            return true;
    return false;
}

/* "Vimmerby kommun org.nr … genom kommunstyrelsen nedan kallad Kommunen | Södra Vi Lanthandel AB org.nr …": a row of
 * two or more cells, each a party's block (its name, number, address, short name); "För X" heads a signature. */
static bool blocks_side_by_side(const xrow *row)
{
    int parties = 0;
    for (int c = 0; c < row->n_cells; c++) {
        if (!row->cells[c])
            continue;
        if (g_str_has_prefix(row->cells[c], "För ") || last_char(row->cells[c]) == ':')
            return false; /* "Klubben: | X": a role's label beside its party */
        char *text = without_designations(row->cells[c]);
        bool party = names_legal_person(text);
        g_free(text);
        if (!party)
            return false;
        parties++;
    }
    return parties >= 2;
}

static const char *cell_at(GPtrArray *table, guint r, int c)
{
    const xrow *row = g_ptr_array_index(table, r);
    return c < row->n_cells && row->cells[c] && *row->cells[c] ? row->cells[c] : NULL;
}

/* Column c of a row of blocks side by side (row r) read down: the party, and the body it acts through when a line
 * under it names one ("Region Sydmark" over "org.nr … genom regionstyrelsen", "Företrädd av" over "miljönämnden": a
 * line of a narrow block may be a row of its own, a lower-case row going on the one above), up to the next row of
 * parties. */
static char *block_party(GPtrArray *table, guint r, int c)
{
    const char *name = cell_at(table, r, c);
    size_t len, n = strlen(name);
    if (find_acting_body(name, &len))
        return g_strdup(name);
    for (guint k = r + 1; k < table->len && !blocks_side_by_side(g_ptr_array_index(table, k)); k++) {
        const char *cell = cell_at(table, k, c);
        if (!cell)
            continue;
        /* "Företrädd av …" opening the line reads as the phrase does after a name */
        char *first = g_utf8_strdown(cell, g_utf8_next_char(cell) - cell);
        GString *text = g_string_new(name);
        g_string_append_printf(text, " %s%s", first, g_utf8_next_char(cell));
        g_free(first);
        for (const char *more; k + 1 < table->len && (more = cell_at(table, k + 1, c)) &&
                               g_unichar_islower(g_utf8_get_char(more));
             k++)
            g_string_append_printf(text, " %s", more);
        if (find_acting_body(text->str + n, &len))
            return g_string_free(text, FALSE);
        g_string_free(text, TRUE);
    }
    return g_strdup(name);
}

/* A parties table on its side, a party a column: the first column labels every row ("Part" over
 * "Organisationsnummer", "Adress", "Företräds genom"), the top row names the parties, a "genom" row their acting
 * bodies ("–": none). How many were parties; 0 when `table` is no such table (a header row "Part | Organisationsnummer"
 * labels columns, not rows). */
static int parties_by_column(at_rnode *agreement, GPtrArray *table)
{
    const xrow *names = g_ptr_array_index(table, 0);
    bool body;
    if (table->len < 2 || names->n_cells < 3 || !cell_at(table, 0, 0) || !names_parties_column(cell_at(table, 0, 0)))
        return 0;
    for (int c = 1; c < names->n_cells; c++)
        if (cell_at(table, 0, c) && party_header(cell_at(table, 0, c), &body))
            return 0;
    int body_row = -1;
    for (guint r = 1; r < table->len; r++) {
        if (!cell_at(table, r, 0) || !party_header(cell_at(table, r, 0), &body))
            return 0;
        body_row = body ? (int)r : body_row;
    }
    int added = 0;
    for (int c = 1; c < names->n_cells; c++) {
        const char *party = cell_at(table, 0, c), *by = body_row >= 0 ? cell_at(table, (guint)body_row, c) : NULL;
        if (!party)
            continue;
        bool acts = by && g_unichar_isalpha(g_utf8_get_char(by));
        char *text = acts ? g_strconcat(party, " genom ", by, NULL) : g_strdup(party);
        added += add_named_party(agreement, text, &names->prov, true);
        g_free(text);
    }
    return added;
}

/* The rows of a table of the parties (a party a row, maybe its organisation number and the body it acts through)
 * that stands between lines `after` and `before`; how many were parties. With `roles_only` (no line introduced the
 * table), only rows that give a party's role or sit under a header naming the parties' column. */
static int parties_in_table(xctx *x, at_rnode *agreement, const xline *after, const xline *before, bool roles_only)
{
    GPtrArray *tables = view_tables(x);
    int added = 0;
    for (guint t = 0; t < tables->len && !added; t++) {
        GPtrArray *table = g_ptr_array_index(tables, t);
        const xrow *top = g_ptr_array_index(table, 0);
        if (!prov_before(&after->prov, &top->prov) || (before && !prov_before(&top->prov, &before->prov)))
            continue;
        if ((added = parties_by_column(agreement, table)) > 0)
            continue;
        int body_col = -1;
        guint r0 = 0;
        bool named_column = false; /* the header names the first column, the parties' */
        for (int c = 0; c < top->n_cells; c++) {
            bool body;
            if (top->cells[c] && party_header(top->cells[c], &body)) {
                r0 = 1;
                body_col = body ? c : body_col;
                named_column |= c == 0 && !body && names_parties_column(top->cells[c]);
            }
        }
        for (guint r = r0; r < table->len; r++) {
            const xrow *row = g_ptr_array_index(table, r);
            if (roles_only && blocks_side_by_side(row)) {
                for (int c = 0; c < row->n_cells; c++) {
                    char *text = row->cells[c] ? block_party(table, r, c) : NULL;
                    /* a line under the name that is no acting body of it ("Fakturor skickas via …"): the name alone */
                    added += text && (add_party(agreement, text, &row->prov) || add_party(agreement, row->cells[c], &row->prov));
                    g_free(text);
                }
                continue;
            }
            if (row->n_cells < 1 || !row->cells[0])
                continue;
            /* "Kommunen | Nykvarns kommun, org.nr ...": the role a party has in the agreement, then the party */
            const char *party = row->cells[0];
            bool label = last_char(party) == ':'; /* "Klubben:": a role, though its word names a kind of body */
            if (row->n_cells >= 2 && row->cells[1] && word_count(party) <= 2 && (label || !names_legal_person(party)) &&
                names_legal_person(row->cells[1]))
                party = row->cells[1];
            else if (roles_only && !named_column)
                continue;
            const char *body = body_col >= 0 && body_col < row->n_cells ? row->cells[body_col] : NULL;
            if (body && !g_unichar_isalpha(g_utf8_get_char(body))) /* "–": acts through no body */
                body = NULL;
            char *text = body && !strstr(party, " genom ") ? g_strconcat(party, " genom ", body, NULL) : g_strdup(party);
            /* under a header naming the parties' column, a row is a party whatever its name looks like */
            added += add_named_party(agreement, text, &row->prov, r0 == 1 && party == row->cells[0]);
            g_free(text);
        }
    }
    g_ptr_array_unref(tables);
    return added;
}

/* Lines from..to that each name a party and give it a short name ("X AB, nedan kallat Bolaget"). */
static int parties_designated(at_rnode *agreement, xctx *x, guint from, guint to)
{
    int added = 0;
    for (guint k = from; k < to; k++)
        if (has_designation(aline(x, k)->text) && word_count(aline(x, k)->text) <= 16)
            added += add_party(agreement, aline(x, k)->text, &aline(x, k)->prov);
    return added;
}

/* Does `s` name one party, the body it acts through in lower case ("X kommun, genom kommunstyrelsen"), not two run
 * together ("X kommun, genom kommunstyrelsen Y kommun")? */
static bool names_one_party(const char *s)
{
    char *body, *name = split_acting_body(s, &body);
    bool one = true;
    for (const char *p = body ? g_utf8_next_char(body) : ""; *p && one; p = g_utf8_next_char(p))
        one = !g_unichar_isupper(g_utf8_get_char(p));
    g_free(name);
    g_free(body);
    return one;
}

/* Is `s` a label and its value ("Postadress: Kommunstyrelsen, Norrby kommun, …"): a party's address or contact,
 * no party? */
static bool label_line(const char *s)
{
    char *label;
    const char *value;
    if (!labelled(s, &label, &value))
        return false;
    g_free(label);
    return true;
}

/* Paragraphs from..to whose first line names a legal person, up to the next clause heading; how many were added. A
 * line naming one under such a line is a party's too (a PDF's text layer set two items close, as one paragraph). */
static int parties_by_paragraph(xctx *x, at_rnode *agreement, guint from, guint to)
{
    int added = 0;
    bool one_above = false; /* the line above names one party, no more ("X, genom Y Z kommun" runs two together) */
    for (guint k = from; k < to; k++) {
        const xline *l = aline(x, k);
        if (k > from && (pat_match(x, PAT_CLAUSE, l->text, 0) || pat_match(x, PAT_CLAUSE_NUMBERED, l->text, 0)))
            break;
        bool party = !l->fields && !label_line(l->text) && word_count(l->text) <= 20 && names_legal_person(l->text);
        bool one = party && names_one_party(l->text);
        if (party && (l->para_start || (one_above && one)))
            added += add_party(agreement, l->text, &l->prov);
        one_above = one && (l->para_start || one_above);
    }
    return added;
}

/* Forget the parties added since the agreement had `n` children (a guess that named too few). */
static void drop_parties_since(at_rnode *agreement, guint n)
{
    g_ptr_array_set_size(agreement->children, n); /* add_party appends nothing but parties */
}

/* The parties listed under a line that introduces them, one an item (numbered items only in the
 * paragraph right after it: "1. Bakgrund" further on is the next clause). */
/* Take the parties an earlier introducing line left (from `before` on) out of the agreement, so that the
 * next list may name them again (add_party skips a name already there). */
static GPtrArray *take_parties(at_rnode *agreement, guint before)
{
    GPtrArray *taken = g_ptr_array_new_with_free_func((GDestroyNotify)rn_free);
    while (agreement->children->len > before)
        g_ptr_array_add(taken, g_ptr_array_steal_index(agreement->children, before));
    return taken;
}

/* Put taken parties back in front of what a list that named too few added. */
static void restore_parties(at_rnode *agreement, guint before, GPtrArray *taken)
{
    for (guint k = before; taken->len > 0; k++)
        g_ptr_array_insert(agreement->children, (gint)k, g_ptr_array_steal_index(taken, 0));
    g_ptr_array_unref(taken);
}

static int parties_before_verb(xctx *x, at_rnode *agreement, guint from, guint to);

static bool parties_listed(xctx *x, at_rnode *agreement, guint from, guint to)
{
    guint before = agreement->children->len;
    for (guint i = from; i + 1 < to; i++) {
        if (!introduces_parties(x, aline(x, i)->text))
            continue;
        GPtrArray *earlier = take_parties(agreement, before);
        bool any = false, bullet = true, numbered = false;
        int listed = 0;
        /* a heading "Parter" over "Avtalet ingås mellan följande kommuner:" and the list */
        guint first = i + 1;
        if (!g_str_has_suffix(aline(x, i)->text, ":") && g_str_has_suffix(aline(x, i + 1)->text, ":"))
            first = i + 2;
        guint below = first;
        while (below < to && aline(x, below)->fields)
            below++;
        listed = parties_in_table(x, agreement, aline(x, first - 1), below < to ? aline(x, below) : NULL, false);
        bool tabled = listed > 0;
        for (guint k = first; k < to && bullet && !tabled; k++) {
            const char *item = item_text(x, aline(x, k)->text, &bullet, &numbered);
            if (numbered && k > first && aline(x, k)->para_start)
                break;
            if (bullet)
                listed += add_party(agreement, item, &aline(x, k)->prov);
        }
        any = listed >= 2; /* one party is no list (a PDF's items broken apart): the signatures may tell more */
        guint listed_to = agreement->children->len;
        /* a sentence naming them ("X och Y i Tierp AB ingår detta avtal"), or OCR that lost the bullets and ran the
         * items together: the paragraph after the line */
        int found = any || i + 1 >= to ? 0 : parties_before_verb(x, agreement, i + 1, i + 2);
        if (!any && !found && i + 1 < to) {
            char *sentence = sentence_lines(x, i + 1, to);
            found = parties_in_sentence(agreement, sentence, &aline(x, i + 1)->prov);
            g_free(sentence);
        }
        any = any || found >= 2;
        /* ... and the lines after it that name a party each ("Parter:" over two items set close and a third apart) */
        bool first_paragraph = true;
        for (guint k = i + 1; !any && k < to; k++) {
            first_paragraph = first_paragraph && (k == i + 1 || !aline(x, k)->para_start);
            bool labelled_line = label_line(aline(x, k)->text);
            if (!first_paragraph && (labelled_line || !names_legal_person(aline(x, k)->text)))
                break;
            if (labelled_line)
                continue;
            at_provenance prov = aline(x, k)->prov;
            char *line = with_wrapped_words(x, &k, to, &prov);
            found += run_together_parties(agreement, line, &prov);
            g_free(line);
        }
        any = any || found >= 2;
        if (!any) /* "Knivsta kommun, 212000-0290, nedan kallad Kommunen": a paragraph a party */
            any = found + parties_designated(agreement, x, i + 1, MIN(to, i + 12)) >= 2;
        if (!any) /* "HUDIKSVALLS KOMMUN" over its org.nr and address: a paragraph a party, named on its first line */
            any = found + parties_by_paragraph(x, agreement, i + 1, MIN(to, i + 16)) >= 2;
        if (any) {
            g_ptr_array_unref(earlier); /* what an earlier introducing line left is no party of this list */
            return true;
        }
        drop_parties_since(agreement, listed_to); /* words of a sentence that named one "party" */
        restore_parties(agreement, before, earlier);
    }
    return false;
}

/* "Vaxholms stad", "Roslagsvatten AB", "Region Uppsala genom kollektivtrafiknämnden": a legal person's name (a
 * municipality, region, company, association, foundation, authority); with `bodies`, any organisation's, a bare
 * "Socialnämnden" too (it acts for its municipality, no party of its own). */
static bool names_organisation(const char *s, bool bodies)
{
    char *body, *name = split_acting_body(s, &body);
    bool hit = org_kind_word(name, bodies) && party_name(name);
    g_free(name);
    g_free(body);
    return hit;
}

bool names_legal_person(const char *s)
{
    return names_organisation(s, false);
}

/* "För Åre kommun:" over a signature: the party without "För". */
static const char *without_for(const char *cell)
{
    return g_str_has_prefix(cell, "För ") ? cell + strlen("För ") : cell;
}

/* Does a row of a signature table hold a place to sign in ("Ort och datum | Ort och datum")? */
static bool signing_row(xctx *x, const xrow *row)
{
    bool signs = false;
    for (int c = 0; c < row->n_cells && !signs; c++)
        signs = row->cells[c] && signing_marker(x, row->cells[c]);
    return signs;
}

/* A signature table's row naming a party in each column ("Sollefteå kommun | Ramsele vägsamfällighet", "För X: |
 * För Y:") over a row to sign in ("Ort och datum | Ort och datum"), or "För X | För Y" under one (the place and
 * date over the party), between lines `from` and `to`. */
static void parties_signing_table(xctx *x, at_rnode *agreement, guint from, guint to)
{
    GPtrArray *tables = view_tables(x);
    for (guint t = 0; t < tables->len; t++) {
        GPtrArray *table = g_ptr_array_index(tables, t);
        for (guint r = 0; r < table->len; r++) {
            const xrow *row = g_ptr_array_index(table, r);
            if (prov_before(&row->prov, &aline(x, from)->prov) || (to < x->lines->len && prov_before(&aline(x, to)->prov, &row->prov)))
                continue;
            bool names = true, fors = true;
            int filled = 0;
            for (int c = 0; c < row->n_cells && names; c++) {
                filled += row->cells[c] != NULL;
                bool for_cell = row->cells[c] && g_str_has_prefix(row->cells[c], "För ");
                /* "För X" says X signs, not that X is a party: "För Beställaren" names a role, "För Västra
                 * Götalandsregionen" (a proper name of capitalised words) a party */
                names = !row->cells[c] || names_legal_person(without_for(row->cells[c])) ||
                        (for_cell && g_regex_match_simple("^För \\p{Lu}\\w*(?:\\s+\\p{Lu}[\\w-]*)+:?$", row->cells[c], 0, 0));
                fors = fors && (!row->cells[c] || for_cell);
            }
            bool signs = (r + 1 < table->len && signing_row(x, g_ptr_array_index(table, r + 1))) ||
                         (fors && r > 0 && signing_row(x, g_ptr_array_index(table, r - 1)));
            for (int c = 0; names && signs && filled >= 2 && c < row->n_cells; c++)
                if (row->cells[c])
                    add_party(agreement, without_for(row->cells[c]), &row->prov);
        }
    }
    g_ptr_array_unref(tables);
}

static void parties_signing(xctx *x, at_rnode *agreement, guint from, guint to)
{
    parties_signing_table(x, agreement, from, to);
    for (guint i = from; i < to; i++) {
        const char *t = aline(x, i)->text;
        if (word_count(t) > 16)
            continue;
        /* a block headed by the party's name, over its place and date or the line to sign on */
        if (!aline(x, i)->fields && !g_str_has_prefix(t, "För ") && names_legal_person(t) &&
            !strchr(".:;", last_char(t)) && i + 1 < to && signing_marker(x, aline(x, i + 1)->text)) {
            add_party(agreement, t, &aline(x, i)->prov);
            continue;
        }
        char **parts = g_regex_split_simple("(?:^|\\s)För\\s+", t, 0, 0);
        bool for_lines = g_strv_length(parts) > 1 && g_str_has_prefix(t, "För ");
        for (char **p = parts; for_lines && *p; p++)
            if (**p)
                add_party(agreement, *p, &aline(x, i)->prov);
        g_strfreev(parts);
    }
}

/* "Övertorneå kommun och Pajala kommun (nedan kallade parterna) har i dag ingått följande avtal": the parties
 * before the verb that makes the agreement, in any tense; how many were added (none unless all named legal persons). */
static int parties_before_verb(xctx *x, at_rnode *agreement, guint from, guint to)
{
    /* "X och Y ingår följande avtal", "Parterna, X och Y, är överens om", "X, genom Z, och Y sluter härmed";
     * "X och Y ingår i förbundet" (are members of) is no agreement made */
    GRegex *re = g_regex_new("^(?:(?:parterna|undertecknade(?:\\s+parter)?),\\s*)?(.+?),?\\s+(?:har\\s+|är\\s+)?(?:(?:denna dag|i dag|idag|härmed)\\s+)?"
                             "(?:ingått(?!\\s+i\\b)|ingår(?!\\s+i\\b)|slutit|sluter|träffat|träffar|tecknat|tecknar|kommit överens|kommer överens|"
                             "överens|enats|enas)\\b",
                             G_REGEX_CASELESS, 0, NULL);
    int added = 0;
    for (guint i = from; i < to && i < from + 15 && !added && re; i++) {
        if (!aline(x, i)->para_start)
            continue;
        char *lines = window(x, i, WINDOW_LINES), *w = without_designations(lines);
        GMatchInfo *mi = NULL;
        if (g_regex_match(re, w, 0, &mi)) {
            char *list = g_match_info_fetch(mi, 1);
            char **parties = split_parties(list);
            bool all = g_strv_length(parties) >= 2;
            for (char **p = parties; *p && all; p++)
                all = names_legal_person(*p);
            for (char **p = parties; *p && all; p++)
                added += add_party(agreement, *p, &aline(x, i)->prov);
            g_strfreev(parties);
            g_free(list);
        }
        g_match_info_free(mi);
        g_free(lines);
        g_free(w);
    }
    if (re)
        g_regex_unref(re);
    return added;
}

/* "Tjänande fastighet", "Fastighet", "Fastighetsbeteckning": a label naming a property, not a role about one
 * ("Fastighetsförvaltare"). */
static bool property_label(const char *label)
{
    char *f = g_utf8_strdown(label, -1);
    bool property = word_count(f) <= 2 && (g_str_has_suffix(f, "fastighet") || strcmp(f, "fastighetsbeteckning") == 0);
    g_free(f);
    return property;
}

/* "Ägare: Anders Berg, Bo gård, 590 40 Kisa" right under "Tjänande fastighet: Kinda Bo 2:4": the owner of a property
 * that a servitude or lease binds, a party though a private person (the name before the address); "Per Ek och Eva
 * Ek" two owners. Their names, or NULL: an owner under no property's line ("Ägare: Anna Berg" of a document, a
 * process) is none. */
static char **property_owners(xctx *x, guint i, guint from, const char *label, const char *value)
{
    char *above;
    const char *property;
    if (i == from || (!folded_equal(label, "Ägare") && !folded_equal(label, "Fastighetsägare")) ||
        !labelled(aline(x, i - 1)->text, &above, &property))
        return NULL;
    bool under = property_label(above);
    g_free(above);
    char *name = g_strndup(value, strcspn(value, ",("));
    char **names = g_strsplit(name, " och ", -1);
    g_free(name);
    for (char **n = names; *n && under; n++)
        under = name_like(g_strstrip(*n));
    if (!under)
        g_clear_pointer(&names, g_strfreev);
    return names;
}

/* Add each of a property's owners as a party; how many were added. */
static int add_owners(at_rnode *agreement, char **owners, const at_provenance *prov)
{
    int added = 0;
    for (char **o = owners; *o; o++)
        added += add_named_party(agreement, *o, prov, true);
    g_strfreev(owners);
    return added;
}

/* Labelled lines in the head of an agreement: "Parter: X och Y" naming them all, or a line a party ("Beställare:
 * X, nämnden", "Utförare: Y AB", a property's owner); how many were added (none unless two or more). */
static int parties_labelled(xctx *x, at_rnode *agreement, guint from, guint to)
{
    guint before = agreement->children->len;
    int added = 0;
    for (guint i = from; i < to && i < from + 20; i++) {
        const xline *l = aline(x, i);
        char *label, **owners;
        const char *value;
        if (!labelled(l->text, &label, &value))
            continue;
        if (folded_equal(label, "parter") || folded_equal(label, "parterna") || folded_equal(label, "avtalsparter"))
            added += parties_in_sentence(agreement, value, &l->prov);
        else if (word_count(label) <= 2 && names_legal_person(value))
            added += add_party(agreement, l->text, &l->prov);
        else if ((owners = property_owners(x, i, from, label, value)))
            added += add_owners(agreement, owners, &l->prov);
        g_free(label);
    }
    if (added < 2)
        drop_parties_since(agreement, before);
    return added < 2 ? 0 : added;
}

/* Does the word before space `w` in `body` place what follows ("i" in "socialnämnden i Ekby")? */
static bool after_preposition(const char *body, const char *w)
{
    static const char *const prepositions[] = { "i", "för", "inom", "vid" };
    const char *word = w;
    while (word > body && word[-1] != ' ')
        word--;
    for (size_t i = 0; i < G_N_ELEMENTS(prepositions); i++)
        if ((size_t)(w - word) == strlen(prepositions[i]) && strncmp(word, prepositions[i], (size_t)(w - word)) == 0)
            return true;
    return false;
}

/* `body` up to its first word that is no body's ("arbetsmarknadsnämnden Box 14": an address in the next column); a
 * name after a preposition is the body's own ("socialnämnden i Ekby"). */
static void cut_at_capital(char *body)
{
    for (char *w = strchr(body, ' '); w; w = strchr(w + 1, ' '))
        if (!g_unichar_islower(g_utf8_get_char(w + 1)) && !after_preposition(body, w)) {
            *w = '\0';
            return;
        }
}

/* "genom sin styrelse": the party's own organ, named by a pronoun, is no body of its own. */
static bool own_organ(const char *body)
{
    static const char *const pronouns[] = { "sin ", "sitt ", "sina ", "dess ", "deras " };
    for (size_t i = 0; i < G_N_ELEMENTS(pronouns); i++)
        if (g_str_has_prefix(body, pronouns[i]))
            return true;
    return false;
}

/* The body party `party` acts through when text `t` starts with its name and names one ("X kommun, org.nr …, genom
 * socialnämnden"), else NULL; caller frees. */
static char *body_named(const char *t, const char *party)
{
    if (!g_str_has_prefix(t, party) || !strchr(", ", t[strlen(party)]) || !strstr(t, " genom "))
        return NULL;
    char *line = g_strndup(t, strcspn(t, "\t")), *body, *name = split_acting_body(line, &body);
    if (body && (!g_unichar_islower(g_utf8_get_char(body)) || own_organ(body) || !folded_equal(name, party)))
        g_clear_pointer(&body, g_free);
    if (body)
        cut_at_capital(body);
    g_free(line);
    g_free(name);
    return body;
}

/* Where `line` names `party` after an earlier one ("…, och Sundsvalls kommun (org.nr …) genom …", "… samt Ekby
 * kommun genom …"): in a PDF the second party starts mid-line. NULL when it does not. */
static const char *party_mid_line(const char *line, const char *party)
{
    static const char *const joins[] = { "och ", "samt ", ", " };
    for (const char *p = strstr(line, party); p; p = strstr(p + 1, party))
        for (size_t k = 0; k < G_N_ELEMENTS(joins); k++) {
            size_t n = strlen(joins[k]);
            if ((size_t)(p - line) >= n && strncmp(p - n, joins[k], n) == 0)
                return p;
        }
    return NULL;
}

/* body_named() of line i, or of it with the words it wraps onto before `to` (a PDF's "… genom regionala" over
 * "utvecklingsnämnden, och"), from the start or from the party named mid-line: the line alone first, as "… genom
 * kommunstyrelsen" over "har träffat …" names it. */
static char *body_named_at(xctx *x, guint i, guint to, const char *party)
{
    char *body = body_named(aline(x, i)->text, party);
    if (body)
        return body;
    guint k = i;
    at_provenance prov = aline(x, i)->prov;
    char *line = with_wrapped_words(x, &k, to, &prov);
    const char *mid = party_mid_line(line, party);
    body = body_named(line, party);
    if (!body && mid)
        body = body_named(mid, party);
    g_free(line);
    return body;
}

/* "Avtal mellan X kommun och Y" names the parties; a line or table cell of the text starting with a party's name and
 * the body it acts through (as a clause on the parties lists them) adds that body. */
static void bodies_named_later(xctx *x, at_rnode *agreement, guint from, guint to)
{
    for (guint k = 0; k < agreement->children->len; k++) {
        at_rnode *p = g_ptr_array_index(agreement->children, k);
        if (strcmp(p->name, "party") != 0 || at_rnode_attr(p, "actingBody"))
            continue;
        char *body = NULL;
        for (guint i = from; i < to && !body; i++)
            body = body_named_at(x, i, to, p->text);
        for (guint i = 0; i < x->rows->len && !body; i++) {
            const xrow *r = g_ptr_array_index(x->rows, i);
            for (int c = 0; c < r->n_cells && !body; c++)
                body = r->cells[c] ? body_named(r->cells[c], p->text) : NULL;
        }
        if (body)
            rn_attr_set(p, "actingBody", "%s", body);
        g_free(body);
    }
}

/* Did the parties from `before` on come from the document's title, one of them named by its place alone
 * ("Överenskommelse om skolskjuts mellan Ragunda och Bräcke"), no legal person's name? */
static bool places_in_title(xctx *x, const at_rnode *agreement, guint before)
{
    const at_rnode *title = at_rnode_find(x->metadata, "title");
    bool placed = false;
    for (guint k = before; title && title->text && k < agreement->children->len; k++) {
        const at_rnode *p = g_ptr_array_index(agreement->children, k);
        if (p->prov.page != title->prov.page || p->prov.first_line != title->prov.first_line)
            return false;
        placed = placed || !names_organisation(p->text, false);
    }
    return placed;
}

static void find_parties(xctx *x, at_rnode *agreement, guint from, guint to, bool own_text)
{
    guint first = agreement->children->len;
    if (parties_between(x, agreement, from, to, own_text)) {
        /* a list under "Parter" names the legal persons the title named by their places, and their bodies */
        if (own_text && places_in_title(x, agreement, first)) {
            GPtrArray *taken = take_parties(agreement, first);
            if (parties_listed(x, agreement, from, to)) {
                g_ptr_array_unref(taken);
                return;
            }
            restore_parties(agreement, first, taken);
        }
        bodies_named_later(x, agreement, from, to);
        return;
    }
    if (!own_text || parties_listed(x, agreement, from, to))
        return;
    if (parties_before_verb(x, agreement, from, to) >= 2 || parties_labelled(x, agreement, from, to))
        return;
    guint before = agreement->children->len;
    /* "Huvudman | X genom Y", "Utförare | Z AB": a table of the parties' roles without a heading */
    if (parties_in_table(x, agreement, aline(x, from), NULL, true) >= 2)
        return;
    drop_parties_since(agreement, before);
    parties_signing(x, agreement, from, to);
    /* "Kund / X kommun, org.nr …, genom regionstyrelsen" in the head: the body the party signing acts through */
    bodies_named_later(x, agreement, from, to);
}

/* "med ett år i taget", "två år åt gången": does the sentence from `s` on give each renewal's period? */
static bool period_each_time(const char *s)
{
    static const char *const each[] = { " i taget", " åt gången", " i sänder", " per gång", " varje gång" };
    char *sentence = g_strndup(s, strcspn(s, ".;"));
    bool given = false;
    for (size_t k = 0; k < G_N_ELEMENTS(each) && !given; k++)
        given = strstr(sentence, each[k]) != NULL;
    g_free(sentence);
    return given;
}

/* "förlängs därefter tills vidare", "förnyas den sedan tills vidare": where a renewal verb of `s` is followed, at
 * most three words on, by "tills vidare" (an open-ended renewal, of no length, after a fixed first term), or NULL. */
static const char *open_renewal(const char *s)
{
    static const char *const verbs[] = { "örläng", "örnya" };
    for (size_t v = 0; v < G_N_ELEMENTS(verbs); v++)
        for (const char *at = strstr(s, verbs[v]); at; at = strstr(at + 1, verbs[v])) {
            const char *p = strchr(at, ' ');
            for (int words = 0; p && words < 4; words++, p = strchr(p + 1, ' '))
                if (g_str_has_prefix(p + 1, "tills vidare") || g_str_has_prefix(p + 1, "tillsvidare"))
                    return at;
        }
    return NULL;
}

/* "gäller fr o m den 1 januari 2000 och tills vidare", "gäller från undertecknande till 2025-12-31" */
/* "2026-01-01–2029-12-31", "1 mars 2026 – 28 februari 2036": the first date of `s` with a dash to a second one. */
static void date_range(xctx *x, at_rnode *agreement, const char *s, const at_provenance *prov, at_rnode **vf,
                       at_rnode **vt)
{
    static const char *const dashes[] = { "–", " – ", "-", " - " };
    xdate d1, d2;
    if (!find_date(x, s, 0, &d1) || d1.iso[0] == '-')
        return;
    const char *after = s + d1.end;
    for (size_t k = 0; k < G_N_ELEMENTS(dashes); k++) {
        if (!g_str_has_prefix(after, dashes[k]))
            continue;
        const char *second = after + strlen(dashes[k]);
        if (g_str_has_prefix(second, "den ")) /* "den 1 maj 2027 – den 30 april 2030" */
            second += strlen("den ");
        if (!find_date(x, second, 0, &d2) || d2.start != 0 || d2.iso[0] == '-')
            return;
        char *a = g_strndup(s + d1.start, d1.end - d1.start), *b = g_strndup(second, d2.end);
        *vf = rn_add_text(agreement, "validFrom", a, prov);
        rn_attr_set(*vf, "value", "%s", d1.iso);
        *vt = rn_add_text(agreement, "validTo", b, prov);
        rn_attr_set(*vt, "value", "%s", d2.iso);
        g_free(a);
        g_free(b);
        return;
    }
}

/* Does line text `t` speak of the agreement's term: "Avtalet gäller", "Avtalet löper" (`pass` 0), failing those
 * "Avtalsperioden är A–B", "Avtalstiden är", "giltigt från" (pass 1; a heading "Avtalstid" comes before its sentence)? */
static bool names_term(const char *t, int pass)
{
    /* the term of each kind of agreement: "Avtalstiden", "Arrendetiden", "Hyresperioden", "Upplåtelsetiden" … */
    static const char *const terms[] = { "avtalstid",     "avtalsperiod",     "arrendetid",   "arrendeperiod",
                                         "hyrestid",      "hyresperiod",      "upplatelsetid", "upplatelseperiod",
                                         "nyttjandetid",  "nyttjandeperiod",  "lanetid",      "laneperiod",
                                         "kontraktstid",  "kontraktsperiod" };
    if (pass == 0)
        return folded_contains(t, "galler") || folded_contains(t, "galla ") || folded_contains(t, "avtalet loper");
    bool found = folded_contains(t, "giltig");
    for (size_t k = 0; k < G_N_ELEMENTS(terms) && !found; k++)
        found = folded_contains(t, terms[k]);
    return found;
}

/* "ett år i sänder", "två år i taget", "ett år åt gången": the length of each extension, not a notice period. */
static bool is_extension(const char *after)
{
    while (*after == ' ')
        after++;
    return g_str_has_prefix(after, "i sänder") || g_str_has_prefix(after, "i taget") ||
           g_str_has_prefix(after, "åt gången") || g_str_has_prefix(after, "per gång") ||
           g_str_has_prefix(after, "varje gång");
}

/* Do the words `after` a length lead straight to the term's first day `from_iso` ("från och med den 14 mars 2027"),
 * not to another day it is counted from ("från uppsägningsdagen", "från fakturadatum", "från den dag …")? */
static bool from_first_day(xctx *x, const char *after, const char *from_iso)
{
    size_t start, end;
    if (!pat_match(x, PAT_VALID_FROM, after, 0) || !pat_span(x, 0, &start, &end) || start != 0)
        return false;
    char *rest = pat_group(x, after, 1);
    xdate d;
    bool same = find_date(x, rest, 0, &d) && d.start == 0 && strcmp(d.iso, from_iso) == 0;
    g_free(rest);
    return same;
}

/* "från den 1 mars 2030 i två år", "från 2031-07-01 under 36 månader": does the length at `s[start]` follow the
 * term's first day `from_iso` straight? */
static bool after_first_day(xctx *x, const char *s, size_t start, const char *from_iso)
{
    static const char *const joins[] = { " i ", " under ", " och i ", " och under ", ", i ", ", under " };
    xdate d;
    for (size_t from = 0; find_date(x, s + from, 0, &d) && from + d.end <= start; from += d.end) {
        if (strcmp(d.iso, from_iso) != 0)
            continue;
        for (size_t k = 0; k < G_N_ELEMENTS(joins); k++)
            if (from + d.end + strlen(joins[k]) == start && strncmp(s + from + d.end, joins[k], strlen(joins[k])) == 0)
                return true;
    }
    return false;
}

/* "fem år räknat från och med den 14 mars 2027", "tre år från den 1 april", "från den 1 april i tre år": a term given
 * as its length counted from its first day `from_iso` ends the day before that length has passed; its last day in
 * `out` and the length's words in `*words` (caller frees), or false when no length is counted from that day. */
static bool term_end_from_length(xctx *x, const char *s, const char *from_iso, char out[32], char **words)
{
    char length[16];
    size_t start, end;
    for (size_t at = 0; find_duration(x, s, at, length) && pat_span(x, 0, &start, &end); at = end) {
        const char *after = s + end + strspn(s + end, " ");
        after = g_str_has_prefix(after, "räknat ") ? after + strlen("räknat ") : after;
        if (!(from_first_day(x, after, from_iso) || after_first_day(x, s, start, from_iso)) || is_extension(s + end))
            continue;
        int y, m, d, n = atoi(length + 1);
        char unit = length[strlen(length) - 1];
        if (sscanf(from_iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
            return false;
        GDate *date = g_date_new_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
        if (unit == 'Y')
            g_date_add_years(date, (guint)n);
        else if (unit == 'M')
            g_date_add_months(date, (guint)n);
        else
            g_date_add_days(date, (guint)(unit == 'W' ? 7 * n : n));
        g_date_subtract_days(date, 1);
        snprintf(out, 32, "%04d-%02d-%02d", g_date_get_year(date), g_date_get_month(date), g_date_get_day(date));
        g_date_free(date);
        *words = g_strndup(s + start, end - start);
        return true;
    }
    return false;
}

/* The term's sentence on line i from its verb on ("äller från …" of "gäller"; the whole sentence without one) in
 * `*sentence`, within `*window` (caller frees), and the words after its "från" ("dagen efter undertecknandet"; caller
 * frees), or NULL. */
static char *term_start(xctx *x, guint i, char **window, const char **sentence)
{
    *window = sentence_window(x, i);
    const char *f = strstr(*window, "äll");
    *sentence = f ? f : *window;
    return pat_match(x, PAT_VALID_FROM, *sentence, 0) ? pat_group(x, *sentence, 1) : NULL;
}

static void find_validity(xctx *x, at_rnode *agreement, guint from, guint to)
{
    for (guint k = 0; k < 2 * (to - from); k++) {
        guint i = from + k % (to - from);
        xline *l = aline(x, i);
        if (!names_term(l->text, (int)(k / (to - from))))
            continue;
        char *w;
        const char *s;
        char *rest = term_start(x, i, &w, &s);
        at_rnode *vf = NULL, *vt = NULL;
        xdate d;
        if (rest && find_date(x, rest, 0, &d) && d.start == 0 && d.iso[0] != '-') {
            char *original = g_strndup(rest, d.end);
            vf = rn_add_text(agreement, "validFrom", original, &l->prov);
            rn_attr_set(vf, "value", "%s", d.iso);
            g_free(original);
        } else if (rest && folded_contains(rest, "underteckna")) { /* "undertecknandet", "det att parterna undertecknat" */
            vf = rn_add_text(agreement, "validFrom", "från undertecknande", &l->prov);
            rn_attr_set(vf, "event", "signature");
        }
        g_free(rest);
        size_t from_end = 0, ignored;
        if (vf)
            pat_span(x, 0, &ignored, &from_end);
        if (pat_match(x, PAT_VALID_TO, s, 0)) {
            char *rest = pat_group(x, s, 1);
            if (find_date(x, rest, 0, &d) && d.start == 0 && d.iso[0] != '-') {
                char *original = g_strndup(rest, d.end);
                vt = rn_add_text(agreement, "validTo", original, &l->prov);
                rn_attr_set(vt, "value", "%s", d.iso);
                g_free(original);
            }
            g_free(rest);
        }
        if (!vf && !vt) /* "under perioden 2026-01-01–2029-12-31" */
            date_range(x, agreement, s, &l->prov, &vf, &vt);
        if (!vt && folded_contains(s, "tills vidare") && !open_renewal(s)) {
            vt = rn_add_text(agreement, "validTo", "tills vidare", &l->prov);
            rn_attr_set(vt, "open", "true");
        }
        char last[32], *words;
        if (!vt && vf && at_rnode_attr(vf, "value") &&
            term_end_from_length(x, s, at_rnode_attr(vf, "value"), last, &words)) {
            vt = rn_add_text(agreement, "validTo", words, &l->prov);
            rn_attr_set(vt, "value", "%s", last);
            g_free(words);
        }
        g_free(w);
        if (vf || vt)
            return;
    }
}

/* "tre månader före avtalstidens slut", "tolv månader innan": a deadline counted back, no length of a period. */
static bool is_deadline(const char *after)
{
    while (*after == ' ')
        after++;
    return g_str_has_prefix(after, "före") || g_str_has_prefix(after, "innan") || g_str_has_prefix(after, "räknat");
}

/* What a duration after a word is taken for: a notice period (no extension), an extension marked as one ("i
 * sänder"), or any period that is no deadline ("förlängs med två år, om ..."). */
typedef enum { DURATION_NOTICE, DURATION_EXTENSION, DURATION_PERIOD } duration_kind;

static bool duration_fits(const char *after, duration_kind kind)
{
    return kind == DURATION_NOTICE ? !is_extension(after) : kind == DURATION_EXTENSION ? is_extension(after)
                                                                                       : !is_deadline(after);
}

/* Does the sentence before `s[at]` terminate the agreement ("Avtalet kan sägas upp … och gäller i tre månader")? */
static bool terminated_before(const char *s, size_t at)
{
    static const char *const verbs[] = { "säger upp", "sägs upp", "säga upp", "sägas upp" };
    const char *stop = g_strrstr_len(s, (gssize)at, ". ");
    const char *start = stop ? stop + 2 : s;
    bool found = false;
    for (size_t k = 0; k < G_N_ELEMENTS(verbs) && !found; k++)
        found = g_strstr_len(start, (gssize)(s + at - start), verbs[k]) != NULL;
    return found;
}

/* Does the length at `s[at]` measure the agreement itself ("Avtalet gäller i 36 månader", "löper under två år")? A
 * heading "Avtalstid och uppsägning" opens a window on the term's sentence before the notice's. After a termination
 * in its sentence the verb's subject is the notice ("kan sägas upp och gäller i tre månader efter …"). */
static bool term_length(const char *s, size_t at)
{
    static const char *const verbs[] = { "gäller i ", "gäller under ", "löper i ", "löper under " };
    for (size_t k = 0; k < G_N_ELEMENTS(verbs); k++) {
        size_t n = strlen(verbs[k]);
        if (at >= n && strncmp(s + at - n, verbs[k], n) == 0)
            return !terminated_before(s, at - n);
    }
    return false;
}

/* The first duration in line i's window (from `word` on) of the kind wanted; a notice is no length of the term. */
static at_rnode *add_duration(xctx *x, at_rnode *agreement, guint i, const char *word, duration_kind kind,
                              const char *element)
{
    char *w = sentence_window(x, i);
    const char *at = strstr(w, word);
    char duration[16];
    at_rnode *n = NULL;
    for (size_t pos = 0; !n && at && find_duration(x, at, pos, duration);) {
        size_t a, b;
        pat_span(x, 0, &a, &b);
        pos = b;
        if (!duration_fits(at + b, kind) || (kind == DURATION_NOTICE && term_length(at, a)))
            continue;
        char *original = g_strndup(at + a, b - a);
        n = rn_add_text(agreement, element, original, &aline(x, window_line(x, i, (size_t)(at - w) + a))->prov);
        rn_attr_set(n, "duration", "%s", duration);
        g_free(original);
    }
    g_free(w);
    return n;
}

/* " skriftlig uppsägningstid", " ömsesidig uppsägningstid": `after` past the words that say how a notice is given. */
static const char *past_notice_manner(const char *after)
{
    static const char *const manners[] = { " skriftlig ", " skriftligt ", " skriftliga ", " ömsesidig ", " ömsesidigt ",
                                           " ömsesidiga ", " ensidig ", " ensidigt " };
    for (size_t k = 0; k < G_N_ELEMENTS(manners); k++)
        if (g_str_has_prefix(after, manners[k]))
            return past_notice_manner(after + strlen(manners[k]) - 1);
    return after;
}

/* Does `after` (the words after a length in the genitive) name a notice: "uppsägningstid", "skriftlig uppsägning",
 * "ömsesidig uppsägningstid", or, with `varsel`, "(skriftligt) varsel" in a sentence `w` about ending or leaving the
 * agreement ("kan frånträda avsiktsförklaringen med tre månaders skriftligt varsel"; "med en veckas varsel" alone is a
 * meeting's notice)? */
static bool names_notice(const char *w, const char *after, bool varsel)
{
    static const char *const leaving[] = { "frantrad", "uttrad", "saga upp", "sagas upp", "sager upp", "sags upp" };
    after = past_notice_manner(after);
    if (g_str_has_prefix(after, " uppsägning"))
        return true;
    bool leaves = false;
    for (size_t k = 0; k < G_N_ELEMENTS(leaving) && !leaves; k++)
        leaves = folded_contains(w, leaving[k]);
    return varsel && leaves && g_str_has_prefix(after, " varsel");
}

/* Does line text `t` hold a notice's noun after a genitive ("månaders uppsägningstid", "skriftligt varsel")? */
static bool names_notice_noun(const char *t)
{
    return strstr(t, " uppsägning") || strstr(t, "varsel");
}

/* "kan sägas upp med tre månaders uppsägningstid", "frånträda avtalet med sex månaders skriftligt varsel": a length in
 * the genitive right before a notice is the notice period, whatever lengths the sentence gives after it. */
static bool genitive_notice(xctx *x, at_rnode *agreement, guint i, bool varsel)
{
    char *w = sentence_window(x, i);
    char duration[16];
    bool found = false;
    for (size_t pos = 0; !found && find_duration(x, w, pos, duration);) {
        size_t a, b;
        pat_span(x, 0, &a, &b);
        pos = b;
        if (w[b - 1] != 's' || !names_notice(w, w + b, varsel))
            continue;
        char *original = g_strndup(w + a, b - a);
        const at_provenance *prov = &aline(x, window_line(x, i, a))->prov;
        rn_attr_set(rn_add_text(agreement, "noticePeriod", original, prov), "duration", "%s", duration);
        g_free(original);
        found = true;
    }
    g_free(w);
    return found;
}

/* "Uppsägningstiden är sex månader", "med en uppsägningstid på tolv månader": a notice period stated as such, the
 * first length after the noun. */
static bool stated_notice(xctx *x, at_rnode *agreement, guint from, guint to)
{
    for (guint i = from; i < to; i++)
        if (strstr(aline(x, i)->text, "ppsägningstid") &&
            add_duration(x, agreement, i, "ppsägningstid", DURATION_NOTICE, "noticePeriod"))
            return true;
    return false;
}

/* The first `word` of `s` that no "utan" denies ("upphör utan uppsägning", "utan föregående uppsägning": the
 * agreement ends with no notice, and a length after it is another's), or NULL. */
static const char *notice_word(const char *s, const char *word)
{
    for (const char *at = strstr(s, word); at; at = strstr(at + 1, word)) {
        const char *start = at; /* back over the word's own letters ("u" of "uppsägning") and two words before it */
        for (int words = 0; words < 3 && start > s; words++) {
            while (start > s && start[-1] == ' ')
                start--;
            while (start > s && start[-1] != ' ')
                start--;
        }
        char *before = g_strndup(start, (size_t)(at - start));
        bool denied = g_str_has_prefix(before, "utan ") || strstr(before, " utan ");
        g_free(before);
        if (!denied)
            return at;
    }
    return NULL;
}

/* The notice period: in a sentence on "uppsägningstid", failing that one on "uppsägning", failing that one where
 * a party "säger upp" the agreement ("senast sex (6) månader före avtalstidens utgång"; the verb first in a clause
 * of condition: "Sägs avtalet inte upp senast nio månader före ..."). */
static void find_notice(xctx *x, at_rnode *agreement, guint from, guint to)
{
    static const char *const words[] = { "ppsägningstid", "ppsägning", "säger upp", "sägs upp", "säga upp",
                                         "sägas upp", "Sägs avtalet", "sägs avtalet", "Sägs överenskommelsen",
                                         "sägs överenskommelsen" };
    enum { FIRST_VERB = 2 };
    /* "Uppsägningstiden är sex månader" wins over a "varsel" in a sentence on something else (the second pass) */
    for (int varsel = 0; varsel < 2; varsel++) {
        if (varsel && stated_notice(x, agreement, from, to))
            return;
        for (guint i = from; i < to; i++) /* the notice's noun on the line or the next (a PDF's line may break first) */
            if ((names_notice_noun(aline(x, i)->text) || (i + 1 < to && names_notice_noun(aline(x, i + 1)->text))) &&
                genitive_notice(x, agreement, i, varsel))
                return;
    }
    for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
        for (guint i = from; i < to; i++) {
            const char *at = notice_word(aline(x, i)->text, words[k]);
            if (!at)
                continue;
            /* after the verb, a notice is a time limit ("senast sex månader före"), not any period ("om avtalet sägs
             * upp i förtid ska bolaget inom två månader …") */
            char *w = k >= FIRST_VERB ? sentence_window(x, i) : NULL;
            bool limit = k < FIRST_VERB || strstr(strstr(w, at), "senast ");
            g_free(w);
            if (limit && add_duration(x, agreement, i, at, DURATION_NOTICE, "noticePeriod"))
                return;
        }
}

/* "förlängs inte automatiskt", "förnyas ej": the verb at `at` denied right after it. */
static bool denied(const char *at)
{
    const char *space = strchr(at, ' ');
    return space && (g_str_has_prefix(space + 1, "inte") || g_str_has_prefix(space + 1, "ej "));
}

/* "löper det därefter vidare två år i sänder", "gäller sedan vidare ett år i taget": the term going on after its end,
 * a verb of the term at most three words before "vidare" (not "tills vidare", which has no length); the rest of the
 * sentence of `s` from "vidare" on (free it), or NULL. */
static char *runs_on(const char *s)
{
    static const char *const verbs[] = { "löper ", "gäller " };
    for (const char *at = strstr(s, " vidare "); at; at = strstr(at + 1, " vidare ")) {
        if (at - s >= 5 && strncmp(at - 5, "tills", 5) == 0)
            continue;
        const char *start = at;
        for (int words = 0; words < 3 && start > s; words++) {
            while (start > s && start[-1] == ' ')
                start--;
            while (start > s && start[-1] != ' ')
                start--;
        }
        for (size_t v = 0; v < G_N_ELEMENTS(verbs); v++)
            if (g_strstr_len(start, at + 1 - start, verbs[v]))
                return g_strndup(at + 1, strcspn(at + 1, ".;"));
    }
    return NULL;
}

/* A renewal told by the term running on ("löper vidare"), its length marked as each extension's ("två år i sänder"). */
static bool renewal_running_on(xctx *x, at_rnode *agreement, guint i)
{
    char *w = sentence_window(x, i), *rest = runs_on(w);
    bool found = rest && add_duration(x, agreement, i, rest, DURATION_EXTENSION, "renewal");
    g_free(rest);
    g_free(w);
    return found;
}

/* The first renewal verb of `s` with stem `stem` ("örläng") that renews the agreement by itself ("förlängs",
 * "förnyas", "förlängas"), or NULL: in the active voice ("Kommunstyrelsen kan förlänga tiden med högst sex månader",
 * "Bolaget förnyar licensen") a party extends something at its will, no automatic renewal; the reflexive ("förlänger
 * sig") is the agreement's own. */
static const char *renewal_verb(const char *s, const char *stem)
{
    static const char *const active[] = { "", "a", "r", "er" }; /* "förnya", "förlänga", "förnyar", "förlänger" */
    for (const char *at = strstr(s, stem); at; at = strstr(at + 1, stem)) {
        const char *end = at + strlen(stem);
        bool acts = false;
        for (size_t k = 0; k < G_N_ELEMENTS(active) && !acts; k++) {
            size_t n = strlen(active[k]);
            /* reflexive "förlänger sig": the agreement renews itself, automatic */
            acts = strncmp(end, active[k], n) == 0 && !g_unichar_isalpha(g_utf8_get_char(end + n)) &&
                   !(strncmp(end + n, " sig", 4) == 0 && !g_unichar_isalpha(g_utf8_get_char(end + n + 4)));
        }
        if (!acts)
            return at;
    }
    return NULL;
}

/* "förlängs därefter med ett år i sänder", "förnyas för trettiosex månader i taget": the length of each automatic
 * extension; failing one marked as such, the first period after the verb that is no deadline ("förlängs löpande
 * med två år, om det inte sägs upp"). An agreement that "löper vidare" gives only a marked one. */
static void find_renewal(xctx *x, at_rnode *agreement, guint from, guint to)
{
    static const char *const verbs[] = { "örläng", "örnya" };
    static const duration_kind kinds[] = { DURATION_EXTENSION, DURATION_PERIOD };
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++)
        for (guint i = from; i < to; i++) {
            if (kinds[k] == DURATION_EXTENSION && renewal_running_on(x, agreement, i))
                return;
            for (size_t v = 0; v < G_N_ELEMENTS(verbs); v++) {
                const char *at = renewal_verb(aline(x, i)->text, verbs[v]);
                /* renewed without a length: the lengths after it are the notice's ("tills vidare med ett år i taget"
                 * gives one) */
                if (at && open_renewal(at) == at && !period_each_time(at))
                    return;
                if (at && !denied(at) && add_duration(x, agreement, i, at, kinds[k], "renewal"))
                    return;
            }
        }
}

/* ---- bodies and working groups ---- */

/* "styrgrupp" -> "Styrgruppen": sentences about a body start with its definite form. */
static char *definite(const char *body)
{
    char *name = g_strdup(body);
    size_t n = strlen(name);
    if (n > 4 && g_str_has_suffix(name, "er"))
        name[n - 2] = '\0'; /* arbetsgrupper -> arbetsgrupp */
    char *upper = g_utf8_strup(name, 1 + (g_utf8_next_char(name) - name - 1));
    gunichar first = g_unichar_toupper(g_utf8_get_char(name));
    char buf[8] = { 0 };
    g_unichar_to_utf8(first, buf);
    const char *suffix = g_str_has_suffix(name, "e") ? "n" : "en";
    char *out = g_strconcat(buf, g_utf8_next_char(name), suffix, NULL);
    g_free(upper);
    g_free(name);
    return out;
}

static void find_bodies(xctx *x, at_rnode *agreement, guint from, guint to)
{
    for (guint i = from; i < to; i++) {
        char *w = window(x, i, 2);
        if (!folded_contains(aline(x, i)->text, "organiseras") || !pat_match(x, PAT_ORGANISED, w, 0)) {
            g_free(w);
            continue;
        }
        char *list = pat_group(x, w, 1);
        char **bodies = split_parties(list);
        for (char **b = bodies; *b; b++) {
            const char *name = *b;
            if (g_str_has_prefix(name, "en ") || g_str_has_prefix(name, "ett "))
                name = strchr(name, ' ') + 1;
            char *the = definite(name);
            if (g_str_has_prefix(the, "Arbetsgrupp")) {
                g_free(the);
                continue; /* working groups are listed on their own */
            }
            at_rnode *body = rn_add(agreement, "body");
            rn_set_prov(body, &aline(x, i)->prov);
            rn_add_text(body, "name", name, &aline(x, i)->prov);
            /* Its tasks: the sentences that start with its name. */
            for (guint k = from; k < to; k++) {
                xline *l = aline(x, k);
                if (!g_str_has_prefix(l->text, the))
                    continue;
                char *sentence = window(x, k, 2);
                char *stop = strstr(sentence, ". ");
                if (stop)
                    stop[1] = '\0';
                rn_add_text(body, "task", sentence, &l->prov);
                g_free(sentence);
            }
            g_free(the);
        }
        g_strfreev(bodies);
        g_free(list);
        g_free(w);
        return;
    }
}

static void find_working_groups(xctx *x, at_rnode *agreement, guint from, guint to)
{
    for (guint i = from; i < to; i++) {
        xline *l = aline(x, i);
        if (!pat_match(x, PAT_WORKING_GROUP, l->text, 0))
            continue;
        char *name = pat_group(x, l->text, 1);
        at_rnode *g = rn_add(agreement, "workingGroup");
        rn_set_prov(g, &l->prov);
        rn_add_text(g, "name", name, &l->prov);
        g_free(name);
        GString *description = g_string_new(NULL);
        at_provenance dprov = { .confidence = -1 };
        guint j = i + 1;
        for (xline *n; (n = aline(x, j)) && j < to; j++) {
            bool bullet;
            const char *task = strip_bullet(x, n->text, &bullet);
            if (pat_match(x, PAT_WORKING_GROUP, n->text, 0) || (!bullet && g->children->len > 1))
                break;
            if (bullet) {
                if (description->len) {
                    rn_add_text(g, "description", description->str, &dprov);
                    g_string_truncate(description, 0);
                }
                rn_add_text(g, "task", task, &n->prov);
            } else if (word_count(n->text) <= 40) {
                if (description->len)
                    g_string_append_c(description, ' ');
                else
                    dprov = n->prov;
                g_string_append(description, n->text);
                dprov.last_line = n->prov.last_line;
            }
        }
        g_string_free(description, TRUE);
        i = j - 1;
    }
}

static bool is_weekday(const char *s)
{
    static const char *const days[] = { "mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag" };
    for (size_t i = 0; i < G_N_ELEMENTS(days); i++)
        if (folded_starts(s, days[i]))
            return true;
    return false;
}

/* "För Ekby Energi AB, Åsby den 3 maj 2027": the `at` bytes before a signature's place name whom it signs for. */
static bool signs_for(const char *s, size_t at)
{
    return at > strlen("För , ") && g_str_has_prefix(s, "För ") && strncmp(s + at - 2, ", ", 2) == 0;
}

static void find_signatures(xctx *x, at_rnode *agreement, guint from, guint to)
{
    for (guint i = from; i < to; i++) {
        xline *l = aline(x, i);
        if (word_count(l->text) > 12 || !strstr(l->text, " den "))
            continue;
        size_t pos = 0;
        while (pat_match(x, PAT_SIGNATURE, l->text, pos)) {
            size_t a, b;
            pat_span(x, 0, &a, &b);
            if (pos == 0 && a > 0 && !signs_for(l->text, a))
                break; /* a signature line starts with its place; this is prose */
            char *place = pat_group(x, l->text, 1), *date = pat_group(x, l->text, 2);
            pos = b;
            if (is_weekday(place)) {
                g_free(place);
                g_free(date);
                continue;
            }
            at_rnode *s = rn_add(agreement, "signature");
            rn_attr_set(s, "place", "%s", place);
            xdate d;
            if (find_date(x, date, 0, &d) && d.iso[0] != '-')
                rn_attr_set(s, "date", "%s", d.iso);
            char *signed_text = g_strndup(l->text + a, b - a);
            rn_set_text(s, signed_text);
            g_free(signed_text);
            rn_set_prov(s, &l->prov);
            g_free(place);
            g_free(date);
        }
    }
}

static bool is_signature_line(xctx *x, const xline *l)
{
    return word_count(l->text) <= 12 && strstr(l->text, " den ") && pat_match(x, PAT_SIGNATURE, l->text, 0);
}

/* "§ 4 Arbetsutskott", "§ 5 Sekretariat": a clause about a body; its tasks are the sentences
 * of the clause that start with the body's name ("Arbetsutskottet bereder ärenden ..."). */
static bool body_word(const char *s)
{
    static const char *const words[] = { "utskott", "sekretariat", "grupp", "kommitte", "rad", "styrelse",
                                         "namnd", "beredning", "ledning" };
    if (word_count(s) > 3)
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (folded_contains(s, words[i]))
            return true;
    return false;
}

static void bodies_from_clauses(xctx *x, at_rnode *agreement)
{
    (void)x;
    for (guint c = 0; c < agreement->children->len; c++) {
        const at_rnode *clause = g_ptr_array_index(agreement->children, c);
        const at_rnode *heading = at_rnode_find(clause, "heading"), *text = at_rnode_find(clause, "text");
        if (strcmp(clause->name, "clause") != 0 || !heading || !text || !body_word(heading->text))
            continue;
        at_rnode *body = rn_add(agreement, "body");
        rn_set_prov(body, &clause->prov);
        rn_add_text(body, "name", heading->text, &heading->prov);
        char *stem = g_utf8_strdown(heading->text, -1);
        char **sentences = g_regex_split_simple("(?<=\\.)\\s+", text->text, 0, 0);
        for (char **s = sentences; *s; s++) {
            char *lower = g_utf8_strdown(*s, -1);
            if (g_str_has_prefix(lower, stem))
                rn_add_text(body, "task", *s, &text->prov);
            g_free(lower);
        }
        g_strfreev(sentences);
        g_free(stem);
    }
}

/* Roman numerals' spellings of tens and units, 0 to 9. */
static const char *const roman_tens[] = { "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC" };
static const char *const roman_units[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };

/* A clause heading: its line, number (0: unnumbered), where its heading starts and ends (0: at the line's end; a
 * run-in heading "Avtalstid. Avtalet gäller …" ends before its text), and whether its § was misread. */
typedef struct {
    guint line;
    int number;
    guint heading;
    guint heading_end;
    bool misread;
    guint roman;     /* the length of a Roman numeral opening the line ("IV. Ersättning"), kept as written; 0: digits */
    const xrow *row; /* a table's row: cell `head_cell` the heading (from `heading` on), the next the text; or, with
                      * `heading_end`, the heading that cell's first line and the text its other lines */
    int head_cell;
} clause_at;

/* A clause's heading on the line under its bare number. */
static bool heading_below(xctx *x, const xline *l)
{
    return heading_words(l->text, true) && !is_signature_line(x, l);
}

/* A clause headed on line `at` (its text up to line `end`). */
static void fill_clause(xctx *x, at_rnode *clause, const clause_at *at, guint end)
{
    guint i = at->line;
    xline *h = aline(x, i);
    size_t len = strlen(h->text);
    char *heading = g_strndup(h->text + at->heading, (at->heading_end ? at->heading_end : len) - at->heading);
    rn_set_prov(clause, &h->prov);
    if (at->misread)
        clause->prov.confidence = 0.8;
    guint body = i + 1;
    GString *text = g_string_new(NULL);
    at_provenance tprov = { .confidence = -1 };
    if (at->heading_end) { /* the run-in heading's text goes on after it */
        const char *rest = h->text + at->heading_end + 1;
        g_string_append(text, rest + strspn(rest, " "));
        tprov = h->prov;
    }
    if (*heading) {
        rn_add_text(clause, "heading", heading, &h->prov);
    } else if (body < end && heading_below(x, aline(x, body))) { /* "§ 4" over "Styrgrupp" */
        rn_add_text(clause, "heading", aline(x, body)->text, &aline(x, body)->prov);
        rn_extend_prov(clause, &aline(x, body)->prov);
        body++;
    }
    g_free(heading);
    for (guint k = body; k < end; k++) {
        xline *l = aline(x, k);
        if (is_signature_line(x, l) || pat_match(x, PAT_ATTACHMENT, l->text, 0) || is_closing_heading(l->text) ||
            opens_signing_log(x, l))
            break;
        if (text->len)
            g_string_append_c(text, ' ');
        else
            tprov = l->prov;
        g_string_append(text, l->text);
        tprov.last_line = l->prov.last_line;
        tprov.alto_last = l->prov.alto_last;
        rn_extend_prov(clause, &l->prov);
    }
    if (text->len)
        rn_add_text(clause, "text", text->str, &tprov);
    g_string_free(text, TRUE);
}

/* Are some of `clauses` numbered in Arabic? Then the Roman ones over them head parts ("I. Allmänt"). */
static bool has_arabic_clauses(GArray *clauses)
{
    for (guint c = 0; clauses && c < clauses->len; c++)
        if (g_array_index(clauses, clause_at, c).number && !g_array_index(clauses, clause_at, c).roman)
            return true;
    return false;
}

/* The parts of an agreement in the schema's order, from lines [from, to). */
static void fill_agreement(xctx *x, at_rnode *agreement, guint from, guint to, GArray *clause_lines)
{
    find_parties(x, agreement, from, to, clause_lines != NULL);
    find_validity(x, agreement, from, to);
    find_notice(x, agreement, from, to);
    find_renewal(x, agreement, from, to);
    bool parts = has_arabic_clauses(clause_lines);
    for (guint c = 0; clause_lines && c < clause_lines->len; c++) {
        const clause_at *at = &g_array_index(clause_lines, clause_at, c);
        guint end = c + 1 < clause_lines->len ? g_array_index(clause_lines, clause_at, c + 1).line
                                              : MIN(to, at->line + LAST_CLAUSE_MAX_LINES);
        if (parts && at->roman)
            continue; /* a part's heading ends the clause above it, and is none itself */
        at_rnode *clause = rn_add(agreement, "clause");
        if (at->roman && at->misread) /* "Il." as the run's III */
            rn_attr_set(clause, "number", "%s%s", roman_tens[at->number / 10 % 10], roman_units[at->number % 10]);
        else if (at->roman)
            rn_attr_set(clause, "number", "%.*s", (int)at->roman, aline(x, at->line)->text);
        else if (at->number)
            rn_attr_set(clause, "number", "%d", at->number);
        if (at->row) {
            const char *cell = at->row->cells[at->head_cell];
            char *heading = at->heading_end ? g_strndup(cell + at->heading, at->heading_end - at->heading)
                                            : g_strdup(cell + at->heading);
            rn_set_prov(clause, &at->row->prov);
            rn_add_text(clause, "heading", heading, &at->row->prov);
            rn_add_text(clause, "text", at->heading_end ? cell + at->heading_end + 1 : at->row->cells[at->head_cell + 1],
                        &at->row->prov);
            g_free(heading);
        } else {
            fill_clause(x, clause, at, end);
        }
    }
    find_bodies(x, agreement, from, to);
    bodies_from_clauses(x, agreement);
    find_working_groups(x, agreement, from, to);
    find_signatures(x, agreement, from, to);
}

/* Does title `t` name an agreement itself ("Avtal om …", "Samverkansavtal för …"), not something about one, the
 * agreement the object of a preposition ("Yttrande över förslag till avtal om …", "Riktlinjer för avtalshantering")?
 * An addition to or extension of an agreement is one too ("Tillägg till avtal om …", "Förlängning av avtal …"). */
static bool names_agreement_itself(const char *t)
{
    static const char *const prepositions[] = { "över", "till", "om", "för", "av", "kring", "angående", "gällande",
                                                "avseende", "rörande", "inför", "med", "vid", "i" };
    static const char *const amendments[] = { "tillägg", "ändring", "förlängning", "förnyelse", "addendum" };
    char **words = g_strsplit(t, " ", -1);
    bool about = false;
    char *head = words[0] ? g_utf8_strdown(words[0], -1) : NULL;
    for (size_t k = 0; head && k < G_N_ELEMENTS(amendments); k++)
        if (strcmp(head, amendments[k]) == 0) {
            g_free(head);
            g_strfreev(words);
            return names_agreement_kind(t);
        }
    g_free(head);
    for (char **w = words; *w && !names_agreement_kind(*w) && !about; w++)
        for (size_t k = 0; k < G_N_ELEMENTS(prepositions) && !about; k++)
            about = strcmp(*w, prepositions[k]) == 0;
    g_strfreev(words);
    return names_agreement_kind(t) && !about;
}

/* Does the document call itself an agreement in its head (its title)? Which line does. Under a long letterhead or
 * head grid (past its first 12 lines) the title is a heading of its own: a paragraph of one line, no sentence. */
static bool agreement_title_line(xctx *x, guint *at)
{
    enum { HEAD_SHORT = 12, HEAD_LONG = 40 };
    /* A title on the first line may be long ("Överenskommelse om samverkan kring hälso- och sjukvård i ..."). */
    for (guint i = 0; i < x->lines->len && i < HEAD_LONG; i++) {
        const xline *l = aline(x, i), *next = aline(x, i + 1);
        bool heading = i < HEAD_SHORT || ((!next || next->para_start) && !ends_sentence(l->text));
        bool bullet; /* "- skötselavtal med föreningarna": a list's item, no title */
        if (strip_bullet(x, l->text, &bullet) == l->text && names_agreement_itself(l->text) && word_count(l->text) <= (i == 0 ? 16u : 12u) && l->para_start && heading) {
            *at = i;
            return true;
        }
    }
    return false;
}

/* The value of Roman numeral s[0..n) in its usual spelling (tens, then units: "XIV", not "XIIII"), or 0. */
static int roman_value(const char *s, size_t n)
{
    const char *const *digits[] = { roman_tens, roman_units };
    size_t at = 0;
    int value = 0;
    for (size_t d = 0; d < G_N_ELEMENTS(digits); d++) {
        size_t best = 0, len = 0; /* the longest spelling that opens the rest */
        for (size_t k = 1; k < 10; k++) {
            size_t m = strlen(digits[d][k]);
            if (m > len && m <= n - at && strncmp(s + at, digits[d][k], m) == 0)
                best = k, len = m;
        }
        value = value * 10 + (int)best;
        at += len;
    }
    return at == n ? value : 0;
}

/* Is Roman numeral s[0..n) with an `l` in it, as OCR misreads an I or two run together ("Il." for "III."),
 * `want` when each l is read as one I or as two? */
static bool roman_misread_as(const char *s, size_t n, int want)
{
    guint ls = 0;
    for (size_t i = 0; i < n; i++)
        ls += s[i] == 'l';
    for (guint two = 0; ls && two < 1u << ls; two++) { /* bit k set: the k-th l is two I's */
        char spelled[2 * 7 + 1];
        size_t m = 0;
        for (size_t i = 0, k = 0; i < n; i++) {
            spelled[m++] = s[i] == 'l' ? 'I' : s[i];
            if (s[i] == 'l' && (two >> k++ & 1u))
                spelled[m++] = 'I';
        }
        if (roman_value(spelled, m) == want)
            return true;
    }
    return false;
}

/* "Avtalstid. Avtalet gäller …", "Avtalstid: Avtalet …": text opened by at most `most` capitalised words and a stop
 * or a colon, a sentence of three words or more after it; where the stop is, or 0. */
static guint run_in_end(const char *text, guint most)
{
    const char *dot = strstr(text, ". "), *colon = strstr(text, ": ");
    const char *stop = dot && (!colon || dot < colon) ? dot : colon;
    if (!stop || !g_unichar_isupper(g_utf8_get_char(stop + 2)) || word_count(stop + 2) < 3)
        return 0;
    char *head = g_strndup(text, (size_t)(stop - text));
    bool ok = word_count(head) <= most && heading_words(head, true) && !names_organisation(head, true);
    g_free(head);
    return ok ? (guint)(stop - text) : 0;
}

/*
 * Is line i a clause heading following clause `last`? "§ 4 Ekonomi" always; "3 4 Ekonomi", "$4" over
 * its heading, "4 & Ekonomi", "48" (OCR read the § as 3, 8, $, S, & or £) only as the next number of a
 * run, so that one misread heading never drops the clause; "4. Ekonomi" only in an agreement whose clauses are numbered that way
 * (`numbered`), as a heading standing alone, and so "IV. Ekonomi"; "Punkt 4 Ekonomi", "Artikel 4" in any, as the next of a run.
 * A bare number ("4.", "4 §", "Artikel 4") has its heading on the line below. Roman numerals count a run of their
 * own (`lasts[1]`; `lasts[0]` the other numbers'): "I. Allmänt" over "1. Parter" is a part over its clauses.
 */
static bool clause_heading(xctx *x, guint i, const int lasts[2], bool numbered, clause_at *out)
{
    xline *l = aline(x, i);
    pattern_id kinds[] = { PAT_CLAUSE,          PAT_CLAUSE_OCR,  PAT_CLAUSE_OCR_AFTER,
                           PAT_CLAUSE_NUMBERED, PAT_CLAUSE_WORD, PAT_CLAUSE_ROMAN, PAT_CLAUSE_DECIMAL };
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        size_t a, b;
        /* a text export's tab-separated row ("1 <tab> 8 Anständiga villkor") was never OCR'd: no § misread there */
        bool ocr_only = kinds[k] == PAT_CLAUSE_OCR || kinds[k] == PAT_CLAUSE_OCR_AFTER;
        if ((ocr_only && l->fields) || !pat_match(x, kinds[k], l->text, 0) || !pat_span(x, 1, &a, &b))
            continue;
        bool roman = kinds[k] == PAT_CLAUSE_ROMAN;
        int last = lasts[roman];
        bool misread = kinds[k] == PAT_CLAUSE_OCR || kinds[k] == PAT_CLAUSE_OCR_AFTER ||
                       (roman && memchr(l->text + a, 'l', b - a));
        int n = roman ? roman_value(l->text + a, b - a) : 0;
        if (roman && misread) /* only as the next of its run */
            n = roman_misread_as(l->text + a, b - a, last + 1) ? last + 1 : 0;
        for (size_t d = a; d < b && !roman; d++) /* the group's digits only: "18" is "1" and a misread § */
            n = n * 10 + (l->text[d] - '0');
        char expected[16];
        g_snprintf(expected, sizeof expected, "%d", last + 1);
        /* a worn scan's noise adds digits to a worded heading's number ("Moment 535." for 5): the run's next number
         * opening it is that one */
        if (kinds[k] == PAT_CLAUSE_WORD && last > 0 && n != last + 1 && b - a > strlen(expected) &&
            strncmp(l->text + a, expected, strlen(expected)) == 0)
            n = last + 1;
        guint numeral = roman ? (guint)(b - a) : 0;
        if (!pat_span(x, 2, &a, &b))
            a = strlen(l->text);
        /* "§ 4 Avgifter. Föreningen betalar …": the § marks the heading, so its text may run on after it */
        guint run_in = kinds[k] == PAT_CLAUSE && l->para_start ? run_in_end(l->text + a, 6) : 0;
        *out = (clause_at){ i, n, (guint)a, run_in ? (guint)a + run_in : 0, misread, numeral, NULL, 0 };
        if (word_count(l->text) > 12 && !run_in)
            return false;
        if (kinds[k] == PAT_CLAUSE)
            return n > 0;
        xline *next = aline(x, i + 1);
        bool has_heading = l->text[a] || (next && heading_below(x, next));
        /* a heading stands alone, or (a PDF's text layer) opens its paragraph as a short line */
        bool opens = next && !next->para_start && word_count(l->text + a) <= 6 && strlen(l->text) * 3 < strlen(next->text) * 2;
        bool alone = l->para_start && (l->text[a] ? !strchr(".,;", last_char(l->text)) && (!next || next->para_start || opens)
                                                  : next && heading_below(x, next));
        bool in_run = n == last + 1 || (last == 0 && n == 1);
        if (kinds[k] == PAT_CLAUSE_OCR)
            return (n == last + 1 || n == last + 2) && (last > 0 || alone) && has_heading;
        if (kinds[k] == PAT_CLAUSE_OCR_AFTER) { /* "18" is clause 1 only where 1 comes next; else try it as 18 */
            if (in_run && has_heading && (last > 0 || alone))
                return true;
            continue;
        }
        /* "2.1 Ersättning" only as a heading of its own in an agreement, the next of its run: "2.1 Kommunen betalar"
         * is an item, and a plan's goals are numbered so too */
        if (kinds[k] == PAT_CLAUSE_DECIMAL)
            return numbered && in_run && alone && word_count(l->text + a) <= 6 && heading_words(l->text + a, true);
        /* the word marks a heading, as § does, even with its text right under it; and even with no blank line above
         * (lost in OCR) where it goes on a run after a sentence's end ("… svenska." over "Moment 4. Ersättning") */
        if (kinds[k] == PAT_CLAUSE_WORD) {
            const xline *above = i ? aline(x, i - 1) : NULL;
            bool after_sentence = last > 0 && l->text[a] && word_count(l->text + a) <= 6 && above &&
                                  last_char(above->text) == '.';
            return in_run && (l->para_start || after_sentence) &&
                   (l->text[a] ? !strchr(".,;", last_char(l->text)) : alone);
        }
        /* OCR loses the blank line under a heading: within a run, a short capitalised line is one too, unless it
         * names a party ("2. Håbo kommun genom kommunstyrelsen, nedan kallad Håbo" in a list of the parties) or
         * goes on a numbered list ("2. Sandning" over "3. Halkbekämpning" inside clause 2) */
        xline *prev = i ? aline(x, i - 1) : NULL;
        bool listed = prev && !l->para_start && pat_match(x, PAT_CLAUSE_NUMBERED, prev->text, 0);
        return numbered && in_run &&
               (alone || (last > 0 && !listed && heading_words(l->text + a, true) && !names_organisation(l->text + a, true)));
    }
    return false;
}

/* Sections the section finder took from clause headings ("1. Parter") belong to the clauses. */
static void drop_clause_sections(xctx *x, const at_rnode *agreement)
{
    for (guint c = 0; c < agreement->children->len; c++) {
        const at_rnode *clause = g_ptr_array_index(agreement->children, c);
        if (strcmp(clause->name, "clause") != 0)
            continue;
        for (guint s = 0; s < x->sections->children->len; s++) {
            at_rnode *sec = g_ptr_array_index(x->sections->children, s);
            if (sec->prov.page == clause->prov.page && sec->prov.first_line == clause->prov.first_line) {
                g_ptr_array_remove_index(x->sections->children, s);
                break;
            }
        }
    }
}

/* An agreement of the clauses at `clauses` (its last ends before line `end`), from the nearest line above them
 * naming an agreement (its title): a heading of its own, or the document's title under its kind's word in one
 * paragraph ("ÖVERENSKOMMELSE" / "Överenskommelse om gemensam skolskjuts …"). */
static void add_agreement(xctx *x, GArray *clauses, guint end)
{
    guint first = g_array_index(clauses, clause_at, 0).line;
    guint start = first > 40 ? first - 40 : 0;
    at_rnode *agreement = rn_add(x->agreements, "agreement");
    guint nearest = first > 12 ? first - 12 : 0;
    const at_rnode *meta_title = at_rnode_find(x->metadata, "title");
    const char *doc_title = meta_title ? meta_title->text : NULL;
    for (guint k = first; k-- > start;) {
        xline *t = aline(x, k), *after = aline(x, k + 1);
        size_t len = strlen(t->text);
        bool heading = t->para_start && (!after || after->para_start) && !strchr(".,;:", t->text[len - 1]) &&
                       word_count(t->text) <= 10;
        heading |= doc_title && strcmp(t->text, doc_title) == 0;
        /* "Denna överenskommelse har ingåtts mellan" over the parties leads in to them: no title */
        if (heading && names_agreement_kind(t->text) && !folded_starts(t->text, "Bilaga") &&
            !ends_with_mellan(t->text)) {
            rn_add_text(agreement, "title", t->text, &t->prov);
            nearest = k;
            break;
        }
    }
    start = nearest;
    rn_set_prov(agreement, &aline(x, start)->prov);
    rn_extend_prov(agreement, &aline(x, end - 1)->prov);
    fill_agreement(x, agreement, start, end, clauses);
    drop_clause_sections(x, agreement);
}

/* Where the signatures begin: the first line from `from` on that is a place and date, a line to sign on or a
 * heading over them. */
static guint signing_start(xctx *x, guint from)
{
    guint i = from;
    while (i < x->lines->len && !is_signature_line(x, aline(x, i)) && !signing_marker(x, aline(x, i)->text) &&
           !is_closing_heading(aline(x, i)->text))
        i++;
    return i;
}

/* A clause heading without a number: a short capitalised line of its own, no sentence, over the clause's text (prose
 * or a table), naming no party ("Ljusdals kommun" over its signature) and no page's running header or footer. */
static bool bare_heading(xctx *x, guint i)
{
    const xline *l = aline(x, i), *next = aline(x, i + 1);
    if (!next || l->used || l->fields || !l->para_start || word_count(l->text) > 6 || !heading_words(l->text, true) ||
        names_organisation(l->text, true) || repeated(x, i))
        return false;
    return next->fields || strchr(next->text, '.') || word_count(next->text) > 8;
}

/* A paragraph opened by a run-in heading of up to three words (run_in_end); where it stops, or 0. */
static guint run_in_heading(xctx *x, guint i)
{
    const xline *l = aline(x, i);
    return l->used || l->fields || !l->para_start ? 0 : run_in_end(l->text, 3);
}

/* The clauses of an agreement without numbers: headings that stand alone or run into their text, the one way or the
 * other all through it (three or more), between its title (line `title`) and its signatures. */
static bool unnumbered_clauses(xctx *x, guint title, GArray *clauses)
{
    GArray *bare = g_array_new(FALSE, FALSE, sizeof(clause_at)), *run_in = g_array_new(FALSE, FALSE, sizeof(clause_at));
    guint prose = 0, end = signing_start(x, title + 1);
    for (guint i = title + 1; i < end; i++) {
        const xline *l = aline(x, i);
        guint stop = run_in_heading(x, i);
        if (bare_heading(x, i))
            g_array_append_val(bare, ((clause_at){ i, 0, 0, 0, false, 0, NULL, 0 }));
        else if (stop)
            g_array_append_val(run_in, ((clause_at){ i, 0, 0, stop, false, 0, NULL, 0 }));
        prose += l->para_start && !l->fields && word_count(l->text) > 6;
    }
    /* run-in headings open most paragraphs: a short first sentence here and there is none */
    GArray *best = bare->len >= run_in->len ? bare : run_in;
    bool found = best->len >= 3 && (best == bare || 2 * run_in->len >= prose);
    if (found)
        g_array_append_vals(clauses, best->data, best->len);
    g_array_free(bare, TRUE);
    g_array_free(run_in, TRUE);
    return found;
}

/* Clauses numbered on round badges that OCR read as round glyphs ("QÖ UPPLÅTELSENS ÄNDAMÅL", "€O AVTALSTID"): three
 * or more short headings so marked between the agreement's title (line `title`) and its signatures, numbered in their
 * order (badges count up from 1; each number's reading is lost, so each is marked misread). */
static bool badge_clauses(xctx *x, guint title, GArray *clauses)
{
    guint end = signing_start(x, title + 1), before = clauses->len;
    for (guint i = title + 1; i < end; i++) {
        const xline *l = aline(x, i);
        size_t mark = lost_number_len(l->text);
        const char *heading = l->text + mark;
        /* a heading stands over its text; round marks on lines in a row are a list's boxes ("O Faktura", "O Autogiro") */
        bool listed = (i > title + 1 && lost_number_len(aline(x, i - 1)->text)) ||
                      (i + 1 < end && lost_number_len(aline(x, i + 1)->text));
        if (mark && !listed && !l->fields && word_count(heading) <= 6 && heading_words(heading, true) && !names_organisation(heading, true))
            g_array_append_val(clauses, ((clause_at){ i, (int)(clauses->len - before + 1), (guint)mark, 0, true, 0, NULL, 0 }));
    }
    if (clauses->len - before >= 3)
        return true;
    g_array_set_size(clauses, before);
    return false;
}

/* Is a table cell a clause's text: a sentence or more? "Anna Berg, tel. 0123-456 78, anna.berg@ekby.se" is a contact. */
static bool clause_text(const char *cell)
{
    return (last_char(cell) == '.' && word_count(cell) >= 3) || word_count(cell) > 8;
}

/* The clause number a table cell holds alone ("3", "3.", "§ 3", "3 §"), or 0. */
static int number_cell(const char *s)
{
    bool par = g_str_has_prefix(s, "§");
    const char *p = par ? s + strlen("§") + strspn(s + strlen("§"), " ") : s;
    size_t digits = strspn(p, "0123456789");
    if (digits == 0 || digits > 2)
        return 0;
    int n = atoi(p);
    p += digits;
    if (*p == '.')
        p++;
    else if (!par && g_str_has_prefix(p, " §"))
        p += strlen(" §");
    return *p ? 0 : n;
}

/* Is the `len` bytes at `s` a clause's heading: a few capitalised words, no sentence? */
static bool short_heading(const char *s, size_t len)
{
    char *h = g_strndup(s, len);
    bool ok = *h && word_count(h) <= 6 && last_char(h) != '.' && heading_words(h, true);
    g_free(h);
    return ok;
}

/* A table's row giving its clause's number in a cell of its own, beside the heading and the text in cells of their
 * own ("3 | Ersättning | Kommunen betalar …") or in one, the heading its first line ("3 | Ersättning / Kommunen
 * betalar …"): the clause into `*at`. */
static bool numbered_row(const xrow *row, clause_at *at)
{
    int number = row->n_cells >= 2 && row->n_cells <= 3 && row->cells[0] && row->cells[1] ? number_cell(row->cells[0]) : 0;
    if (!number)
        return false;
    const char *head = row->cells[1];
    size_t n = strlen(head);
    if (row->n_cells == 3 && (!row->cells[2] || !clause_text(row->cells[2])))
        return false;
    if (row->n_cells == 2) {
        const char *lines = row->cell_lines ? row->cell_lines[1] : NULL, *nl = lines ? strchr(lines, '\n') : NULL;
        n = nl ? (size_t)(nl - lines) : 0;
        /* the text a sentence of its own under the heading, not the heading's line wrapped */
        if (!nl || strncmp(head, lines, n) != 0 || head[n] != ' ' || !g_unichar_isupper(g_utf8_get_char(head + n + 1)) ||
            !clause_text(head + n + 1))
            return false;
    }
    if (!short_heading(head, n))
        return false;
    at->number = number;
    at->head_cell = 1;
    at->heading_end = row->n_cells == 2 ? (guint)n : 0;
    return true;
}

/* Clauses in a table of two columns, a heading and its text ("Avtalstid | Avtalet gäller …"): the rows of the
 * first such table from line `from` on with three or more; a heading cell may give the clause's number ("3.
 * Ersättning", "§ 3 Ersättning"), or a cell of its own before it, numbering the rows from 1 up (numbered_row). */
static bool table_clauses(xctx *x, guint from, GArray *clauses)
{
    static const pattern_id numbered[] = { PAT_CLAUSE, PAT_CLAUSE_NUMBERED, PAT_CLAUSE_WORD };
    GPtrArray *tables = view_tables(x);
    for (guint t = 0; t < tables->len && !clauses->len; t++) {
        GPtrArray *table = g_ptr_array_index(tables, t);
        GArray *rows = g_array_new(FALSE, FALSE, sizeof(clause_at));
        for (guint r = 0; r < table->len; r++) {
            const xrow *row = g_ptr_array_index(table, r);
            clause_at at = { lines_before(x, &row->prov), 0, 0, 0, false, 0, row, 0 };
            if (numbered_row(row, &at)) {
                if (at.number == (int)rows->len + 1)
                    g_array_append_val(rows, at);
                continue;
            }
            if (row->n_cells != 2 || !row->cells[0] || !row->cells[1] || !clause_text(row->cells[1]))
                continue;
            for (size_t k = 0; k < G_N_ELEMENTS(numbered) && !at.number; k++) {
                size_t a, b, h, e;
                if (pat_match(x, numbered[k], row->cells[0], 0) && pat_span(x, 1, &a, &b) && pat_span(x, 2, &h, &e)) {
                    at.number = atoi(row->cells[0] + a);
                    at.heading = (guint)h;
                }
            }
            if (heading_words(row->cells[0] + at.heading, true))
                g_array_append_val(rows, at);
        }
        if (rows->len >= 3 && g_array_index(rows, clause_at, 0).line >= from)
            g_array_append_vals(clauses, rows->data, rows->len);
        g_array_free(rows, TRUE);
    }
    g_ptr_array_unref(tables);
    return clauses->len > 0;
}

void extract_agreements(xctx *x)
{
    /* § clauses, numbered upwards; a restart at 1 begins another agreement. */
    GArray *clauses = g_array_new(FALSE, FALSE, sizeof(clause_at));
    guint title_line = 0;
    bool numbered = agreement_title_line(x, &title_line);
    int lasts[2] = { 0, 0 }; /* the last number of the run, Arabic and Roman */
    for (guint i = 0; i <= x->lines->len; i++) {
        xline *l = aline(x, i);
        clause_at at = { 0 };
        int n = l && clause_heading(x, i, lasts, numbered, &at) ? at.number : 0;
        int *last = &lasts[at.roman > 0];
        bool next = n > *last && n <= *last + 3;
        if ((l == NULL || (n == 1 && *last > 0)) && clauses->len >= 2) {
            add_agreement(x, clauses, i < x->lines->len ? i : x->lines->len);
            g_array_set_size(clauses, 0);
            lasts[0] = lasts[1] = 0;
        }
        if (n && (next || n == 1)) {
            if (n == 1 && *last > 0 && clauses->len < 2)
                g_array_set_size(clauses, 0);
            g_array_append_val(clauses, at);
            *last = n;
        }
    }
    /* a memo proposing an agreement has headings of its own ("Sammanfattning", "Bakgrund"), no clauses */
    bool memo = at_rnode_find(x->metadata, "proposal")->text != NULL;
    if (numbered && !memo && !x->agreements->children->len &&
        (badge_clauses(x, title_line, clauses) || unnumbered_clauses(x, title_line, clauses) ||
         table_clauses(x, title_line + 1, clauses)))
        add_agreement(x, clauses, x->lines->len);
    g_array_free(clauses, TRUE);
    if (x->agreements->children->len)
        return;
    /* A memo about an agreement: the agreement is described in prose. */
    bool validity = false, named = false;
    for (guint i = 0; i < x->lines->len; i++) {
        const char *t = aline(x, i)->text;
        validity |= names_agreement_kind(t) && (folded_contains(t, "galler") || folded_contains(t, "galla "));
        named |= names_agreement_kind(t);
    }
    /* Minutes and plans mention agreements in passing; a memo or a document named after one describes it. */
    const at_rnode *title = at_rnode_find(x->metadata, "title");
    const at_rnode *dnr = at_rnode_find(x->metadata, "diarienummer");
    bool about = (title && title->text && names_agreement_kind(title->text)) ||
                 (dnr && dnr->text && at_rnode_find(x->metadata, "proposal")->text);
    if (!validity || !named || !about)
        return;
    at_rnode *agreement = rn_add(x->agreements, "agreement");
    if (title && title->text && names_agreement_kind(title->text))
        rn_add_text(agreement, "title", title->text, &title->prov);
    agreement->prov.confidence = 0.7;
    fill_agreement(x, agreement, 0, x->lines->len, NULL);
}

/* "Västby den ..............": a place's signing line whose date was left blank. */
static bool undated_signing_line(const char *t)
{
    const char *den = strstr(t, " den ");
    if (!den || word_count(t) > 4 || !g_unichar_isupper(g_utf8_get_char(t)))
        return false;
    const char *p = den + strlen(" den ");
    bool blank = false;
    for (; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c != ' ' && c != '.' && c != '_' && c != 0x2026) /* … */
            return false;
        blank = blank || c != ' ';
    }
    return blank;
}

/* Does the term start on the signing day itself ("från det att parterna har undertecknat"), not on a day counted
 * from it ("från dagen efter undertecknandet", "från månaden efter att det undertecknats")? */
static bool starts_on_signing(xctx *x, const at_rnode *vf)
{
    char *w;
    const char *s;
    char *rest = term_start(x, lines_before(x, &vf->prov), &w, &s);
    const char *sign = rest ? strstr(rest, "underteckna") : NULL;
    bool on_it = sign && !g_strstr_len(rest, sign - rest, "efter");
    g_free(rest);
    g_free(w);
    return on_it;
}

/* The last day any party signed the agreement, or NULL when a party's signature has no day (fewer dated signatures
 * than parties, or a signing line left blank): then the day the agreement was signed is not known. */
static const char *last_signing_day(xctx *x, const at_rnode *agreement)
{
    const char *last = NULL;
    guint parties = 0, dated = 0;
    for (guint i = 0; i < agreement->children->len; i++) {
        const at_rnode *c = g_ptr_array_index(agreement->children, i);
        const char *day = strcmp(c->name, "signature") == 0 ? at_rnode_attr(c, "date") : NULL;
        parties += strcmp(c->name, "party") == 0;
        dated += day != NULL;
        if (day && (!last || strcmp(day, last) > 0))
            last = day;
    }
    for (guint i = lines_before(x, &agreement->prov); i < x->lines->len; i++) {
        const xline *l = aline(x, i);
        if (l->prov.page > agreement->prov.page ||
            (l->prov.page == agreement->prov.page && l->prov.first_line > agreement->prov.last_line))
            break;
        if (undated_signing_line(l->text))
            return NULL;
    }
    return dated >= parties ? last : NULL;
}

/* An agreement valid from its signing ("från det att samtliga parter har undertecknat den") is valid from the day
 * its last party signed, when every party's signature has a day. */
void date_signed_validity(xctx *x)
{
    for (guint a = 0; a < x->agreements->children->len; a++) {
        const at_rnode *agreement = g_ptr_array_index(x->agreements->children, a);
        at_rnode *vf = (at_rnode *)at_rnode_find(agreement, "validFrom");
        if (!vf || g_strcmp0(at_rnode_attr(vf, "event"), "signature") != 0 || at_rnode_attr(vf, "value") ||
            !starts_on_signing(x, vf))
            continue;
        const char *last = last_signing_day(x, agreement);
        if (last)
            rn_attr_set(vf, "value", "%s", last);
    }
}

/* ---- budgets ---- */

/* "cal476 600": OCR read "ca 1" as "cal". */
static char *repair_amount_text(const char *s)
{
    GString *out = g_string_new(NULL);
    for (const char *p = s; *p; p++) {
        g_string_append_c(out, *p);
        if ((p == s || p[-1] == ' ') && (p[0] == 'c' || p[0] == 'C') && p[1] == 'a' &&
            (p[2] == 'l' || p[2] == 'I' || p[2] == '|') && g_ascii_isdigit(p[3])) {
            g_string_append(out, "a 1");
            p += 2;
        }
    }
    return g_string_free(out, FALSE);
}

static bool budget_label(const char *s, const char **type)
{
    if (folded_equal(s, "Intäkter") || folded_equal(s, "Intäkter:")) {
        *type = "income";
        return true;
    }
    if (folded_equal(s, "Kostnader") || folded_equal(s, "Kostnader:") || folded_equal(s, "Utgifter")) {
        *type = "cost";
        return true;
    }
    return false;
}

/* "Godsstudie E4/E20 och väg 73 450 000 kr": a number before the amount can be read as part of it.
 * When the stated total says so, the shorter reading wins. */
static long long settle_ambiguous(at_rnode *section, long long sum, long long stated)
{
    for (guint i = 0; i < section->children->len && sum != stated; i++) {
        at_rnode *line = g_ptr_array_index(section->children, i);
        const char *original = at_rnode_attr(line, "original");
        const char *space = original ? strchr(original, ' ') : NULL;
        if (strcmp(line->name, "line") != 0 || !space || space - original > 3)
            continue;
        long long amount = g_ascii_strtoll(at_rnode_attr(line, "amount"), NULL, 10);
        long long scale = 1;
        for (const char *p = space; *p; p++)
            scale *= g_ascii_isdigit(*p) ? 10 : 1;
        long long shorter = amount % scale;
        if (sum - amount + shorter != stated)
            continue;
        at_rnode *label = (at_rnode *)at_rnode_find(line, "label");
        char *joined = g_strdup_printf("%s %.*s", label->text, (int)(space - original), original);
        rn_set_text(label, joined);
        g_free(joined);
        rn_attr_set(line, "amount", "%lld", shorter);
        rn_attr_set(line, "original", "%s", space + 1);
        line->prov.confidence = 0.8;
        sum = stated;
    }
    return sum;
}

void close_budget_section(xctx *x, at_rnode *section, long long sum, int n_lines)
{
    if (!section)
        return;
    at_rnode *total = NULL;
    for (guint i = 0; i < section->children->len; i++) {
        at_rnode *c = g_ptr_array_index(section->children, i);
        if (strcmp(c->name, "total") == 0)
            total = c;
    }
    if (!total || n_lines == 0)
        return;
    long long stated = g_ascii_strtoll(at_rnode_attr(total, "amount"), NULL, 10);
    sum = settle_ambiguous(section, sum, stated);
    rn_attr_set(total, "computed", "%lld", sum);
    rn_attr_set(total, "consistent", "%s", stated == sum ? "true" : "false");
    if (stated != sum)
        warn(x, &total->prov, "budget total %lld differs from the sum of its lines, %lld", stated, sum);
}

void extract_budgets(xctx *x)
{
    at_rnode *budget = NULL;
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = aline(x, i);
        const char *type;
        if (!budget_label(l->text, &type))
            continue;
        if (!budget) {
            budget = rn_add(x->budgets, "budget");
            /* The year of the nearest "Budget 2019" above. */
            for (guint k = i; k-- > 0 && k + 60 > i;) {
                const char *t = aline(x, k)->text;
                const char *b = strstr(t, "Budget ");
                if (b && g_ascii_isdigit(b[7]) && g_ascii_isdigit(b[10])) {
                    rn_attr_set(budget, "year", "%.4s", b + 7);
                    break;
                }
            }
            rn_set_prov(budget, &l->prov);
        }
        at_rnode *section = rn_add(budget, "section");
        rn_attr_set(section, "type", "%s", type);
        rn_set_prov(section, &l->prov);
        GString *label = g_string_new(NULL);
        at_provenance lprov = { .confidence = -1 };
        long long sum = 0;
        int n_lines = 0;
        guint j = i + 1;
        for (; j < x->lines->len && j < i + BUDGET_MAX_LINES; j++) {
            xline *n = aline(x, j);
            const char *next_type;
            if (budget_label(n->text, &next_type) || word_count(n->text) > 14)
                break;
            char *text = repair_amount_text(n->text);
            long long amount;
            size_t a, b;
            /* Label text left over before a total finishes the line above ("... för 50 000" / "kontorsservice"). */
            bool total_line = folded_starts(text, "summa") || folded_starts(text, "totalt");
            at_rnode *prev_line = section->children->len ? g_ptr_array_index(section->children, section->children->len - 1) : NULL;
            if (total_line && label->len && prev_line) {
                at_rnode *prev_label = (at_rnode *)at_rnode_find(prev_line, "label");
                char *joined = g_strconcat(prev_label->text, " ", label->str, NULL);
                rn_set_text(prev_label, joined);
                g_free(joined);
                rn_extend_prov(prev_label, &lprov);
                rn_extend_prov(prev_line, &lprov);
                g_string_truncate(label, 0);
            }
            bool has = find_amount(x, text, true, &amount, &a, &b) && strlen(text) - b <= 3 && a > 0;
            if (!has) {
                if (label->len)
                    g_string_append_c(label, ' ');
                else
                    lprov = n->prov;
                g_string_append_len(label, text, (gssize)strlen(text));
                g_free(text);
                if (word_count(label->str) > 16)
                    break;
                continue;
            }
            if (!label->len)
                lprov = n->prov;
            if (label->len)
                g_string_append_c(label, ' ');
            g_string_append_len(label, text, (gssize)a);
            lprov.last_line = n->prov.last_line;
            char *original = g_strndup(text + a, b - a);
            bool is_total = folded_starts(label->str, "summa") || folded_starts(label->str, "totalt");
            at_rnode *item = rn_add(section, is_total ? "total" : "line");
            rn_attr_set(item, "amount", "%lld", amount);
            rn_attr_set(item, "original", "%s", original);
            rn_set_prov(item, &lprov);
            if (!is_total) {
                rn_add_text(item, "label", label->str, &lprov);
                sum += amount;
                n_lines++;
            }
            rn_extend_prov(section, &n->prov);
            g_free(original);
            g_free(text);
            g_string_truncate(label, 0);
            if (is_total)
                break;
        }
        close_budget_section(x, section, sum, n_lines);
        rn_extend_prov(budget, &section->prov);
        g_string_free(label, TRUE);
        i = j;
    }
}

/* ---- events ---- */

static bool is_sentence(const char *s)
{
    size_t n = strlen(s);
    return n && s[n - 1] == '.';
}

/* "Stadshuset i Nacka, onsdagen den" -> "Stadshuset i Nacka": words that only led up to the date. */
static void trim_lead_in(char *s)
{
    for (bool changed = true; changed;) {
        changed = false;
        g_strstrip(s);
        size_t n = strlen(s);
        while (n && (s[n - 1] == ',' || s[n - 1] == ':')) {
            s[--n] = '\0';
            changed = true;
        }
        char *last = strrchr(s, ' ');
        const char *word = last ? last + 1 : s;
        if (*word && (strcmp(word, "den") == 0 || is_weekday(word))) {
            *(last ? last : s) = '\0';
            changed = true;
        }
    }
}

static at_rnode *add_event(xctx *x, const xline *l, const xdate *d, const char *series)
{
    at_rnode *e = rn_add(x->events, "event");
    rn_attr_set(e, "date", "%s", d->iso);
    if (d->end_iso[0])
        rn_attr_set(e, "end", "%s", d->end_iso);
    if (series)
        rn_attr_set(e, "series", "%s", series);
    rn_set_prov(e, &l->prov);
    /* The year came from the document, not from the line. */
    if (d->iso[0] != '-' && !strstr(l->text + d->start, d->iso) && !g_ascii_isdigit(l->text[d->end - 1]))
        e->prov.confidence = 0.8;
    return e;
}

/* "29 januari, 5 mars, 16 april ... och 26 november": a calendar line listing dates, maybe wrapped. Days as of
 * which something holds ("gäller från och med den 1 april 2026 till och med den 31 mars 2028") are no list's. */
static bool date_list(xctx *x, guint i, const char *series)
{
    char *w = window(x, i, 2);
    size_t first_len = strlen(aline(x, i)->text);
    GArray *dates = g_array_new(FALSE, FALSE, sizeof(xdate));
    for (size_t from = 0; from < first_len && pat_match(x, PAT_LONG_DATE, w, from);) {
        size_t a, b;
        pat_span(x, 0, &a, &b);
        xdate d;
        if (a < first_len && find_date(x, w + a, x->year, &d) && d.start == 0 && !date_as_of(w, a))
            g_array_append_val(dates, d);
        from = b;
    }
    bool list = dates->len >= 3;
    for (guint k = 0; list && k < dates->len; k++)
        add_event(x, aline(x, i), &g_array_index(dates, xdate, k), series);
    g_array_free(dates, TRUE);
    g_free(w);
    return list;
}

/* A narrow column's "Avtalet gäller från den 1 maj 2027 till" over "och med den 30 september 2029.": a date as of
 * which something holds, the sentence going on in lower case on the paragraph's next line, is a term, no entry. */
static bool term_in_column(xctx *x, guint i, const xdate *d)
{
    const xline *l = aline(x, i), *next = i + 1 < x->lines->len ? aline(x, i + 1) : NULL;
    return next && !next->para_start && g_unichar_islower(g_utf8_get_char(next->text)) &&
           date_as_of(l->text, d->start);
}

/* "2025-01-20 · BUN 2025/37", "Ekby kommun · Plan 2028–2031 BUN 2027/0219": a page's running header, which names the
 * document's diarienummer. */
bool running_header(xctx *x, const char *s)
{
    const at_rnode *dnr = at_rnode_find(x->metadata, "diarienummer");
    return dnr && dnr->text && word_count(s) <= 10 && strstr(s, dnr->text);
}

void extract_events(xctx *x)
{
    const char *series = NULL;
    bool hosts = false;
    for (guint i = 0; i < x->lines->len; i++) {
        xline *l = aline(x, i);
        xdate d;
        size_t words = word_count(l->text);
        if (l->used || pat_match(x, PAT_CLAUSE, l->text, 0) || running_header(x, l->text))
            continue;
        /* Lists of hosts by year under a heading naming them. */
        if (folded_contains(l->text, "vardkommun") && words <= 8 && !is_sentence(l->text)) {
            hosts = true;
            series = l->text;
            continue;
        }
        if (hosts && pat_match(x, PAT_HOST_YEAR, l->text, 0)) {
            char *year = pat_group(x, l->text, 1), *names = pat_group(x, l->text, 2);
            at_rnode *e = rn_add(x->events, "event");
            rn_attr_set(e, "year", "%s", year);
            rn_attr_set(e, "series", "%s", series);
            rn_set_prov(e, &l->prov);
            char **parties = split_parties(names);
            for (char **p = parties; *p; p++) {
                /* "Södertälje (inställt)": a remark, not part of the name */
                char *paren = strstr(*p, " (");
                if (paren && g_str_has_suffix(*p, ")")) {
                    *paren = '\0';
                    at_rnode *h = rn_add_text(e, "host", *p, &l->prov);
                    paren[strlen(paren + 2) + 1] = '\0';
                    rn_attr_set(h, "note", "%s", paren + 2);
                } else {
                    rn_add_text(e, "host", *p, &l->prov);
                }
            }
            g_strfreev(parties);
            g_free(year);
            g_free(names);
            continue;
        }
        /* signature blocks side by side ("Lidköping den 20 november 2026 Götene den 24 november 2026"): no series */
        if (x->agreements->children->len && places_and_dates(x, l->text))
            continue;
        if (series && date_list(x, i, series))
            continue;
        bool dated = find_date(x, l->text, x->year, &d) && (d.start == 0 || pat_match(x, PAT_LONG_DATE, l->text, 0));
        if (!dated) {
            if (words <= 8 && !is_sentence(l->text) && !pat_match(x, PAT_HOST_YEAR, l->text, 0)) {
                hosts = false;
                series = l->text;
            }
            continue;
        }
        /* an agreement's place and day of signing ("Bålsta, 11 december 2024") is no meeting */
        if (is_signature_line(x, l) || (x->agreements->children->len && signing_marker(x, l->text)))
            continue;
        /* A calendar entry is short and no sentence; a sentence counts when something "äger rum". */
        bool entry = words <= 9 && !is_sentence(l->text);
        bool happens = folded_contains(l->text, "ager rum");
        /* Calendars are runs of short lines; a date opening a wrapped line of prose is none. */
        xline *prev = i ? aline(x, i - 1) : NULL;
        entry = entry && (l->para_start || !prev || word_count(prev->text) <= 9) &&
                !g_unichar_islower(g_utf8_get_char(l->text)) && /* a wrapped sentence's next line */
                !term_in_column(x, i, &d);
        if (!entry && !happens)
            continue;
        at_rnode *e = add_event(x, l, &d, entry ? series : NULL);
        char *before = g_strndup(l->text, d.start);
        char *after = g_strstrip(g_strdup(l->text + d.end));
        if (happens) {
            char *cut = strstr(before, "äger rum");
            if (cut)
                *cut = '\0';
        }
        trim_lead_in(before);
        /* "2021-04-22 Näringslivsdagen, Haninge": what happens, then where. */
        char *comma = strrchr(after, ',');
        if (!*before && comma && entry) {
            *comma = '\0';
            g_free(before);
            before = g_strstrip(g_strdup(after));
            memmove(after, comma + 1, strlen(comma + 1) + 1);
            g_strstrip(after);
        }
        if (*before)
            rn_add_text(e, "title", before, &l->prov);
        if (*after && entry)
            rn_add_text(e, "place", after, &l->prov);
        g_free(before);
        g_free(after);
    }
}
