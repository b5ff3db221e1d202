/* The package validator's internals, shared by its files (validate.c, validate_xml.c, validate_mets.c).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_VALIDATE_PRIVATE_H
#define ARKIVTEXT_VALIDATE_PRIVATE_H

#include "package/package_private.h"

#include <libxml/tree.h>

#define METS_NS "http://www.loc.gov/METS/"
#define XLINK_NS "http://www.w3.org/1999/xlink"
#define CSIP_NS "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
#define SIP_NS "https://DILCIS.eu/XML/METS/SIPExtensionMETS"
#define XSD_NS "http://www.w3.org/2001/XMLSchema"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

/** The IANA media type names arkivtext knows (schemas/, found with at_schema_path). */
#define AT_MEDIA_TYPES_LIST "media-types.txt"

/** Requirement levels as the profiles state them. */
typedef enum { AT_REQ_MUST, AT_REQ_SHOULD, AT_REQ_MAY } at_req_level;

/** The profile a package claims in mets/@PROFILE. */
typedef struct {
    bool sip;      /* the SIP profile (which extends CSIP) */
    int minor;     /* 1 for 2.1.0, 2 for 2.2.0 */
    bool known;    /* a CSIP or SIP profile URL we know */
} at_profile;

/** Parse mets/@PROFILE (NULL: none); unknown profiles are checked as CSIP 2.1.0. */
at_profile at_profile_of(const char *url);
/** "E-ARK SIP 2.1.0" ... */
const char *at_profile_name(at_profile p);
/** The level of requirement `id` in profile `p`; false if the id is none of its requirements. */
bool at_requirement_level(at_profile p, const char *id, at_req_level *level);
/** Call `fn` for every requirement of `p` in order: specification, id, level. */
void at_requirements_each(at_profile p, void (*fn)(void *data, const char *spec, const char *id, at_req_level level),
                          void *data);

/** What the validator knows about the package being checked. */
typedef struct checker {
    at_package_report *r;
    at_profile profile;
    char *root;               /* the package root folder on disk */
    GHashTable *disk;         /* rel path -> gint64 size: the plain files found by walking the package */
    GHashTable *folders;      /* rel paths of the folders found */
    GHashTable *referenced;   /* rel paths a METS points to */
    GHashTable *schema_cache; /* schema path on disk -> xmlSchemaPtr, or NULL when unusable */
    GPtrArray *schema_docs;   /* package schema documents, kept while their compiled schemas live */
    GHashTable *package_ns;   /* namespace -> rel path of a schema the package carries for it */
    GHashTable *checked;      /* rel paths already validated */
    GPtrArray *rep_mets;      /* rel paths of representation METS files, in order */
    GPtrArray *metadata;      /* rel paths of metadata files (mdRef targets) to validate */
    GPtrArray *unreadable;    /* folder prefixes whose METS could not be read */
    GHashTable *media_types;  /* lower-case IANA media type names, or NULL when the list is missing */
    GHashTable *declared_reps; /* representation folders the package METS names ("representations/rep1") */
} checker;

/** Report a problem under `req` at its level in the package's profile (MUST error, SHOULD warning, MAY info). */
void at_v_problem(checker *c, const char *req, const char *file, long line, const char *fmt, ...) G_GNUC_PRINTF(5, 6);
/** Report a problem at an explicit level (a value outside its vocabulary is an error whatever the level). */
void at_v_problem_at(checker *c, at_package_level level, const char *req, const char *file, long line, const char *fmt,
                     ...) G_GNUC_PRINTF(6, 7);

bool at_v_on_disk(checker *c, const char *rel);
/** The one file on disk whose path equals `rel` but for case, or NULL; caller frees. */
char *at_v_other_case(checker *c, const char *rel);
bool at_v_has(const char *s);
gint at_v_cmp_str(gconstpointer a, gconstpointer b);

/* validate_xml.c */
/** Parse a package file safely (no network, no entities; a DOCTYPE is refused). NULL: reported. */
xmlDocPtr at_v_parse(checker *c, const char *rel);
/** Collect the schemas the package carries (every .xsd under a schemas/ folder) by target namespace. */
void at_v_index_package_schemas(checker *c);
/** Validate a parsed document against the schema for its root namespace (ours, else the package's, else none). */
void at_v_validate_doc(checker *c, xmlDocPtr doc, const char *rel);
/** Parse and validate a metadata or data file; PREMIS fixity is compared with the bytes too. */
void at_v_validate_file(checker *c, const char *rel);
/** A content file: validated only when it is XML of a namespace arkivtext ships a schema for;
 * other content (any XML, broken or not) is the content's own business, not the package's. */
void at_v_validate_content(checker *c, const char *rel);
/** Hex digest of a file in a METS CHECKSUMTYPE; NULL with *why when the type cannot be computed or read. */
char *at_v_digest(const char *path, const char *type, const char **why);

/* validate_schematron.c */
/** A failed Schematron assert (or fired report) on the node at `line`; `id` is the assert's id or NULL. */
typedef void (*at_schematron_fn)(void *data, long line, const char *id, const char *message);
/** Evaluate the Schematron rules in `sch_path` on `doc`, calling `fn` per failure; -1 if the rules cannot be read. */
int at_v_schematron(const char *sch_path, xmlDocPtr doc, at_schematron_fn fn, void *data);

/* validate_mets.c */
/** Check one METS file. False if it could not be read. `root_name` is the package folder's name. */
bool at_v_check_mets(checker *c, const char *rel, bool root, const char *root_name);
/** The profile a package METS claims, read before the checks start. */
at_profile at_v_read_profile(checker *c);

#endif
