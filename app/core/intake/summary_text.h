// A summary as a readable outline, in any language: every label comes from
// the content and the catalogs in that language, never from the document, so
// the same summary reads in Dutch for the regievoerder and in the person's
// own language for them. Only the person's own words (a name, another
// language, their own topic) are as they typed them.
#pragma once
#include <string>

#include "intake/bundle.h"
#include "intake/intake_summary.h"

namespace wegwijs::intake {

// `locale` is a language code of the catalogs. `content_fingerprint` is the
// fingerprint of the bundle's content; when the summary's differs the outline opens by
// saying it was made with other content.
std::string SummaryText(const IntakeSummary& s, const Bundle& bundle, const std::string& locale,
                        const std::string& content_fingerprint);

}  // namespace wegwijs::intake
