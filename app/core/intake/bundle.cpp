#include "intake/bundle.h"

#include "intake/calc_facts_reader.h"

namespace wegwijs::intake {

bool LoadBundle(const BundleDirs& dirs, Bundle& out, Problems& problems) {
    const size_t before = problems.size();
    out.catalogs_loaded = out.catalogs.Load(dirs.i18n, problems);
    if (!out.catalogs_loaded) return false;
    out.keyboards.Load(dirs.i18n, problems);
    // The calculators' figures too: nothing may start without them.
    out.content_dir = dirs.content;
    if (out.content.Load(dirs.content, out.catalogs, problems)) out.facts = ReadCalcFacts(out.content, problems);
    return problems.size() == before;
}

}  // namespace wegwijs::intake
