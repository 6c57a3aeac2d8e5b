// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/workspace/first_steps.h"

#include "core/letterhead.h"
#include "core/text.h"
#include "storage/directory/directory_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/workspace_repository.h"

#include <QCoreApplication>

namespace konvergensi::usecases::workspace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::usecases::workspace", text);
}

const QString kHidden = QStringLiteral("first_steps.hidden");

bool hasRegions(storage::Database &db)
{
    return storage::RegionRepository(db).count(core::RegionLevel::Village) > 0;
}

} // namespace

bool isEmptyWorkspace(storage::Database &db)
{
    return !hasRegions(db);
}

bool showFirstSteps(storage::Database &db)
{
    if (storage::WorkspaceRepository(db).text(kHidden).value_or(QString()) == QLatin1String("1"))
        return false;
    for (const FirstStepState &step : firstSteps(db)) {
        if (!step.done)
            return true;
    }
    return false;
}

void hideFirstSteps(storage::Database &db)
{
    storage::WorkspaceRepository(db).setText(kHidden, QStringLiteral("1"));
}

Topics firstStepTopics()
{
    return Topic::Regions | Topic::Settings | Topic::Directory | Topic::Prevalence
           | Topic::Meetings;
}

std::vector<FirstStepState> firstSteps(storage::Database &db)
{
    const core::Letterhead letterhead = storage::WorkspaceRepository(db).letterhead();
    const bool letterheadSet = !core::trimmed(letterhead.agency).empty()
                               && !core::trimmed(letterhead.signatoryName).empty();
    return {
        {FirstStep::ImportRegions, hasRegions(db), tr("Import the regions"),
         tr("The kecamatan and desa/kelurahan of the district, from a CSV file (columns kode, "
            "nama, tingkat, jenis or code, name, level, kind)."),
         QStringLiteral("regions")},
        {FirstStep::SetLetterhead, letterheadSet, tr("Set the letterhead"),
         tr("The agency, address, logo and signatory printed on every document."),
         QStringLiteral("settings")},
        {FirstStep::AddOpd, !storage::DirectoryRepository(db).opds().empty(),
         tr("Add the district agencies (OPD)"),
         tr("The OPD that attend meetings and are responsible for follow-ups."),
         QStringLiteral("regions")},
        {FirstStep::AddFigures, storage::PrevalenceRepository(db).count() > 0,
         tr("Import prevalence figures"),
         tr("Stunting figures per desa or kecamatan (SSGI, e-PPGBM) for the dashboard."),
         QStringLiteral("dashboard")},
        {FirstStep::FirstMeeting, !storage::MeetingRepository(db).list().empty(),
         tr("Record the first TPPS meeting"), tr("Its attendance, decisions and follow-ups."),
         QStringLiteral("meetings")},
    };
}

} // namespace konvergensi::usecases::workspace
