// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/session_locus_villages.h"

#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "storage/locus/locus_repository.h"
#include "storage/storage_error.h"

#include <algorithm>

namespace konvergensi::gui {

SessionLocusVillages::SessionLocusVillages(const WorkspaceSession &session)
    : m_session(session)
{
}

std::optional<std::set<std::string>> SessionLocusVillages::villages(int year) const
{
    if (!m_session.isOpen())
        return std::nullopt;
    try {
        storage::LocusRepository repository(m_session.database());
        const std::vector<int> years = repository.years();
        if (std::find(years.begin(), years.end(), year) == years.end())
            return std::nullopt;
        std::set<std::string> codes;
        for (const core::RegionCode &code : repository.locusCodes(year))
            codes.insert(code.toString());
        return codes;
    } catch (const storage::StorageError &error) {
        qCWarning(lcGui) << "locus villages not read:" << error.what();
        return std::nullopt;
    }
}

} // namespace konvergensi::gui
