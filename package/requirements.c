/* The requirements of the E-ARK CSIP and SIP profiles, 2.1.0 and 2.2.0, with their levels.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ids and levels (REQLEVEL) are those of the machine-readable METS profiles
 * E-ARK-CSIP-v2-1-0.xml / -v2-2-0.xml (DILCISBoard/E-ARK-CSIP @ 9ad7e2257e8e)
 * and E-ARK-SIP-v2-1-0.xml / -v2-2-0.xml (DILCISBoard/E-ARK-SIP @ 56c705c83dad),
 * CC BY 4.0; the folder requirements CSIPSTR1-16 from the CSIP text
 * (specification/implementation/structure), which the profiles leave out.
 * REF_* entries of the profiles only point to other sections and are not
 * requirements of their own.
 */
#include "package/validate_private.h"

#include <string.h>

typedef struct {
    const char *id;
    at_req_level v21, v22; /* level in 2.1.0 and in 2.2.0 */
} req_def;

static const req_def structure_requirements[] = {
    { "CSIPSTR1", AT_REQ_MUST, AT_REQ_MUST },     { "CSIPSTR2", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIPSTR3", AT_REQ_MAY, AT_REQ_MAY },       { "CSIPSTR4", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIPSTR5", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIPSTR6", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIPSTR7", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIPSTR8", AT_REQ_MAY, AT_REQ_MAY },
    { "CSIPSTR9", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIPSTR10", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIPSTR11", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIPSTR12", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIPSTR13", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIPSTR14", AT_REQ_MAY, AT_REQ_MAY },
    { "CSIPSTR15", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIPSTR16", AT_REQ_SHOULD, AT_REQ_SHOULD },
};

static const req_def csip_requirements[] = {
    { "CSIP1", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP2", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP3", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP4", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP5", AT_REQ_MAY, AT_REQ_MAY }, { "CSIP6", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP117", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP7", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP8", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP9", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP10", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP11", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP12", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP13", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP14", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP15", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP16", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP17", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP18", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP19", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP20", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP21", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP22", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP23", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP24", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP25", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP26", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP27", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP28", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP29", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP30", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP31", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP32", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP33", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP34", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP35", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP36", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP37", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP38", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP39", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP40", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP41", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP42", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP43", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP44", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP45", AT_REQ_MAY, AT_REQ_MAY },
    { "CSIP46", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP47", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP48", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP49", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP50", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP51", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP52", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP53", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP54", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP55", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP56", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP57", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP58", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP59", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP60", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP113", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP114", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP61", AT_REQ_MAY, AT_REQ_MAY },
    { "CSIP62", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP63", AT_REQ_MAY, AT_REQ_MAY },
    { "CSIP64", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP65", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP66", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP67", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP68", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP69", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP70", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP71", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP72", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP73", AT_REQ_MAY, AT_REQ_MAY },
    { "CSIP74", AT_REQ_MAY, AT_REQ_MAY }, { "CSIP75", AT_REQ_MAY, AT_REQ_MAY },
    { "CSIP76", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP77", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP78", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP79", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP80", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP81", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP82", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP83", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP84", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP85", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP88", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP89", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP90", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP91", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP92", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP93", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP94", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP95", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP96", AT_REQ_MUST, AT_REQ_SHOULD }, { "CSIP116", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP97", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP98", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP99", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP100", AT_REQ_MUST, AT_REQ_SHOULD },
    { "CSIP118", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP101", AT_REQ_SHOULD, AT_REQ_SHOULD },
    { "CSIP102", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP103", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP104", AT_REQ_MUST, AT_REQ_SHOULD }, { "CSIP119", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP105", AT_REQ_SHOULD, AT_REQ_SHOULD }, { "CSIP106", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP107", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP108", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP109", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP110", AT_REQ_MUST, AT_REQ_MUST },
    { "CSIP111", AT_REQ_MUST, AT_REQ_MUST }, { "CSIP112", AT_REQ_MUST, AT_REQ_MUST },
};
static const req_def sip_requirements[] = {
    { "SIP1", AT_REQ_MAY, AT_REQ_MAY }, { "SIP2", AT_REQ_MUST, AT_REQ_MUST }, { "SIP3", AT_REQ_MAY, AT_REQ_MAY },
    { "SIP4", AT_REQ_MUST, AT_REQ_MUST }, { "SIP5", AT_REQ_MAY, AT_REQ_MAY }, { "SIP6", AT_REQ_MAY, AT_REQ_MAY },
    { "SIP7", AT_REQ_MAY, AT_REQ_MAY }, { "SIP8", AT_REQ_MAY, AT_REQ_MAY }, { "SIP9", AT_REQ_MAY, AT_REQ_MAY },
    { "SIP10", AT_REQ_MUST, AT_REQ_MUST }, { "SIP11", AT_REQ_MUST, AT_REQ_MUST },
    { "SIP12", AT_REQ_MAY, AT_REQ_MUST }, { "SIP13", AT_REQ_MAY, AT_REQ_MAY }, { "SIP14", AT_REQ_MUST, AT_REQ_MUST },
    { "SIP15", AT_REQ_MUST, AT_REQ_MUST }, { "SIP16", AT_REQ_MUST, AT_REQ_MUST },
    { "SIP17", AT_REQ_MUST, AT_REQ_MUST }, { "SIP18", AT_REQ_MAY, AT_REQ_MUST }, { "SIP19", AT_REQ_MAY, AT_REQ_MAY },
    { "SIP20", AT_REQ_MUST, AT_REQ_MUST }, { "SIP21", AT_REQ_MAY, AT_REQ_MAY }, { "SIP22", AT_REQ_MUST, AT_REQ_MUST },
    { "SIP23", AT_REQ_MUST, AT_REQ_MUST }, { "SIP24", AT_REQ_MUST, AT_REQ_MUST }, { "SIP25", AT_REQ_MAY, AT_REQ_MAY },
    { "SIP26", AT_REQ_MAY, AT_REQ_MAY }, { "SIP27", AT_REQ_MUST, AT_REQ_MUST }, { "SIP28", AT_REQ_MUST, AT_REQ_MUST },
    { "SIP29", AT_REQ_MAY, AT_REQ_MUST }, { "SIP30", AT_REQ_MAY, AT_REQ_MAY }, { "SIP31", AT_REQ_MUST, AT_REQ_MUST },
    { "SIP32", AT_REQ_MAY, AT_REQ_MAY }, { "SIP33", AT_REQ_MAY, AT_REQ_MAY }, { "SIP34", AT_REQ_MAY, AT_REQ_MAY },
    { "SIP35", AT_REQ_MAY, AT_REQ_MAY },
};

static const char *const profile_urls[][2] = {
    /* CSIP 2.1.0 and 2.2.0 share one URL, so a CSIP package is read as 2.1.0;
     * SIP 2.2.0 has its own, and its CSIP part is then 2.2.0 too */
    { "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml", "C1" },
    { "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml", "S1" },
    { "https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml", "S2" },
};

at_profile at_profile_of(const char *url)
{
    at_profile p = { false, 1, false };
    for (size_t i = 0; url && i < G_N_ELEMENTS(profile_urls); i++)
        if (strcmp(url, profile_urls[i][0]) == 0) {
            p.sip = profile_urls[i][1][0] == 'S';
            p.minor = profile_urls[i][1][1] - '0';
            p.known = true;
        }
    return p;
}

const char *at_profile_name(at_profile p)
{
    static const char *const names[2][2] = { { "E-ARK CSIP 2.1.0", "E-ARK CSIP 2.2.0" },
                                             { "E-ARK SIP 2.1.0", "E-ARK SIP 2.2.0" } };
    return names[p.sip][p.minor == 2];
}

static const req_def *find_in(const req_def *t, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i].id, id) == 0)
            return &t[i];
    return NULL;
}

bool at_requirement_level(at_profile p, const char *id, at_req_level *level)
{
    const req_def *d = find_in(structure_requirements, G_N_ELEMENTS(structure_requirements), id);
    if (!d)
        d = find_in(csip_requirements, G_N_ELEMENTS(csip_requirements), id);
    if (!d && p.sip)
        d = find_in(sip_requirements, G_N_ELEMENTS(sip_requirements), id);
    if (d)
        *level = p.minor == 2 ? d->v22 : d->v21;
    return d != NULL;
}

void at_requirements_each(at_profile p, void (*fn)(void *data, const char *spec, const char *id, at_req_level level),
                          void *data)
{
    static const struct {
        const req_def *t;
        size_t n;
        const char *spec;
        bool sip_only;
    } tables[] = {
        { structure_requirements, G_N_ELEMENTS(structure_requirements), "CSIP", false },
        { csip_requirements, G_N_ELEMENTS(csip_requirements), "CSIP", false },
        { sip_requirements, G_N_ELEMENTS(sip_requirements), "SIP", true },
    };
    for (size_t k = 0; k < G_N_ELEMENTS(tables); k++)
        for (size_t i = 0; i < tables[k].n && (p.sip || !tables[k].sip_only); i++)
            fn(data, tables[k].spec, tables[k].t[i].id, p.minor == 2 ? tables[k].t[i].v22 : tables[k].t[i].v21);
}
