/* arkivtext — one include for the whole library.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_H
#define ARKIVTEXT_H

#include "arkivtext/common.h"
#include "arkivtext/error.h"
#include "arkivtext/io.h"
#include "arkivtext/doc.h"
#include "arkivtext/alto.h"
#include "arkivtext/dict.h"
#include "arkivtext/normalize.h"
#include "arkivtext/eval.h"
#include "arkivtext/ingest.h"
#include "arkivtext/extract.h"
#include "arkivtext/package.h"
#include "arkivtext/pipeline.h"
#include "arkivtext/search.h"
#include "arkivtext/pdfa.h"
#include "arkivtext/review.h"

#endif
