// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/actions/action_checklist.h"

#include "qtsupport/text.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/workspace_repository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace konvergensi::usecases::actions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::usecases::actions", text);
}

QString changeWord(storage::AuditLog::Action action)
{
    switch (action) {
    case storage::AuditLog::Action::Insert:
        return tr("added");
    case storage::AuditLog::Action::Update:
        return tr("changed");
    case storage::AuditLog::Action::Delete:
        return tr("removed");
    case storage::AuditLog::Action::View:
        return tr("viewed");
    }
    return {};
}

QString stateWord(const QString &stored)
{
    const auto state = core::outputStateFromString(stored.toStdString());
    return state ? reports::outputStateText(*state) : stored;
}

void throwOnProblems(const std::vector<core::ActionProblem> &problems)
{
    if (!problems.empty())
        throw ChecklistError(problems.front());
}

} // namespace

ChecklistError::ChecklistError(core::ActionProblem problem)
    : std::runtime_error(problemText(problem).toStdString())
    , m_problem(problem)
{
}

QString ChecklistError::message() const
{
    return problemText(m_problem);
}

QString problemText(core::ActionProblem problem)
{
    switch (problem) {
    case core::ActionProblem::EmptyKey:
        return tr("An action needs a key (such as 3).");
    case core::ActionProblem::EmptyName:
        return tr("An action needs a name.");
    case core::ActionProblem::DueEndBeforeStart:
        return tr("The due period ends before it starts.");
    case core::ActionProblem::DueOutsideYear:
        return tr("The due period must start in the action's year and end by the end of the "
                  "next year.");
    case core::ActionProblem::OutputEmptyName:
        return tr("An output needs a name.");
    case core::ActionProblem::OutputDoneWithoutDate:
        return tr("Give the date the output was done.");
    }
    return {};
}

QString historyLine(const storage::AuditLog::Entry &entry)
{
    const QJsonObject &json = entry.after.isEmpty() ? entry.before : entry.after;
    QString what;
    if (entry.table == QLatin1String("action_item")) {
        what = tr("Action %1").arg(changeWord(entry.action));
        if (entry.action == storage::AuditLog::Action::Update) {
            QStringList fields;
            for (auto it = entry.after.begin(); it != entry.after.end(); ++it) {
                if (entry.before.value(it.key()) != it.value())
                    fields << it.key();
            }
            if (!fields.isEmpty())
                what += QStringLiteral(" (") + fields.join(QStringLiteral(", "))
                        + QStringLiteral(")");
        }
    } else if (entry.table == QLatin1String("action_output")) {
        what = tr("Output \u201c%1\u201d %2")
                   .arg(json.value(QStringLiteral("name")).toString(), changeWord(entry.action));
        const QString before = entry.before.value(QStringLiteral("state")).toString();
        const QString after = entry.after.value(QStringLiteral("state")).toString();
        if (entry.action == storage::AuditLog::Action::Update && before != after)
            what += QStringLiteral(": ") + stateWord(before) + QStringLiteral(" \u2192 ")
                    + stateWord(after);
    } else {
        what = tr("Evidence \u201c%1\u201d %2")
                   .arg(json.value(QStringLiteral("file_name")).toString(),
                        changeWord(entry.action));
    }
    QString at = entry.at;
    at.replace(u'T', u' ');
    return at.left(16) + QStringLiteral("  ") + entry.actor + QStringLiteral("  ") + what;
}

std::vector<int> checklistYears(storage::Database &db)
{
    return storage::ActionRepository(db).years();
}

std::vector<core::Action> checklist(storage::Database &db, int year)
{
    if (year <= 0)
        return {};
    return storage::ActionRepository(db).actions(year);
}

std::optional<int> copySourceFor(storage::Database &db, int year)
{
    return storage::ActionRepository(db).copySourceFor(year);
}

std::vector<core::Action> startYear(storage::Database &db, int year)
{
    return storage::ActionRepository(db).startYear(year);
}

core::ActionOutput saveOutput(storage::Database &db, const core::ActionOutput &output)
{
    throwOnProblems(core::validate(output));
    storage::ActionRepository repo(db);
    return output.id == 0 ? repo.addOutput(output) : repo.updateOutput(output);
}

void removeOutput(storage::Database &db, std::int64_t outputId)
{
    storage::ActionRepository(db).removeOutput(outputId);
}

core::Action saveAction(storage::Database &db, const core::Action &action)
{
    throwOnProblems(core::validate(action));
    return storage::ActionRepository(db).updateAction(action);
}

QString evidenceKind()
{
    return QStringLiteral("evidence");
}

reports::ActionReportData loadReport(storage::Database &db, int year, Progress &progress)
{
    progress.report(
        0, 3,
        QCoreApplication::translate("konvergensi::usecases::actions", "Reading the checklist of %1")
            .arg(year));
    progress.check();
    reports::ActionReportData data;
    data.letterhead = storage::WorkspaceRepository(db).letterhead();
    data.year = year;
    data.today = db.clock().today();
    data.actions = storage::ActionRepository(db).actions(year);
    storage::DocumentStore documents(db);
    storage::MeetingRepository meetings(db);
    for (const core::Action &action : data.actions) {
        progress.check();
        for (const core::ActionOutput &output : action.outputs) {
            if (output.evidenceCount == 0)
                continue;
            QStringList names;
            for (const storage::StoredDocument &document :
                 documents.list(storage::ActionRepository::kEvidenceOwnerType, output.id))
                names << document.fileName;
            data.evidenceByOutput[output.id] = names;
        }
        for (const storage::MeetingReference &meeting :
             meetings.meetingsServingAction(year, action.key))
            data.meetingsByAction[action.id].push_back({meeting.date, qs(meeting.title)});
    }
    progress.check();
    return data;
}

reports::ActionReportData loadReport(storage::Database &db, int year)
{
    Progress progress;
    return loadReport(db, year, progress);
}

reports::ReportDocument buildReport(storage::Database &db, int year, core::Language language,
                                    reports::Paper paper, Progress &progress)
{
    const auto data = loadReport(db, year, progress);
    progress.report(
        1, 3,
        QCoreApplication::translate("konvergensi::usecases::actions", "Laying out the report"));
    auto document = reports::buildActionReport(data, language, paper);
    progress.check();
    return document;
}

int writeReportPdf(storage::Database &db, int year, core::Language language, reports::Paper paper,
                   const QString &path, Progress &progress)
{
    const auto document = buildReport(db, year, language, paper, progress);
    progress.report(
        2, 3, QCoreApplication::translate("konvergensi::usecases::actions", "Writing the PDF"));
    progress.check();
    document.writePdf(path);
    progress.report(3, 3);
    return document.pageCount();
}

void exportChecklistXlsx(storage::Database &db, int year, core::Language language,
                         const QString &path, Progress &progress)
{
    const auto data = loadReport(db, year, progress);
    progress.report(
        2, 3,
        QCoreApplication::translate("konvergensi::usecases::actions", "Writing the workbook"));
    progress.check();
    reports::exportActionChecklistXlsx(data, language, path);
    progress.report(3, 3);
}

QString fileBaseName(int year)
{
    return QCoreApplication::translate("konvergensi::usecases::actions", "convergence-actions-%1")
        .arg(year);
}

} // namespace konvergensi::usecases::actions
