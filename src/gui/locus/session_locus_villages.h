// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#endif

namespace konvergensi::gui {

class WorkspaceSession;

/// The locus villages of each year as the open workspace's locus lists hold them, for the
/// dashboard's locus flag and locus vs non-locus comparison. A year without a list gives
/// nullopt ("no locus data"), not an empty set.
class SessionLocusVillages final : public core::LocusVillages
{
public:
    explicit SessionLocusVillages(const WorkspaceSession &session);
    std::optional<std::set<std::string>> villages(int year) const override;

private:
    const WorkspaceSession &m_session;
};

} // namespace konvergensi::gui
