// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/case_audit/case_audit_report.h"

#include "reports/case_audit/case_audit_words.h"

#include "reports/meetings/meeting_reports.h"
#include "reports/spreadsheet.h"

#include "core/case_audit/case_numbers.h"
#include "core/clock.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/storage_error.h"
#include "storage/workspace_repository.h"

#include "qtsupport/dates.h"
#include "qtsupport/text.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <map>

namespace konvergensi::reports {

namespace {

QString q(const std::string &text)
{
    return qs(text);
}

QVariant dateCell(const std::optional<boost::gregorian::date> &date)
{
    return date ? QVariant(toQDate(*date)) : QVariant(QString());
}

void sortByCaseNumber(std::vector<storage::CaseDetail> &details)
{
    std::stable_sort(details.begin(), details.end(), [](const auto &a, const auto &b) {
        return core::caseNumberLess(a.entry.caseNumber, b.entry.caseNumber);
    });
}

QString dateText(const std::optional<boost::gregorian::date> &date, core::Language language)
{
    return date && !date->is_special() ? q(core::formatDate(*date, language)) : QString();
}

QString ageText(const core::CaseListEntry &e, core::Language language)
{
    return e.ageMonths ? q(core::ageLabelFromMonths(*e.ageMonths, language)) : QString();
}

QString desaText(const storage::CaseDetail &d)
{
    const QString desa = q(d.entry.villageName.empty() ? d.entry.villageCode : d.entry.villageName);
    return d.kecamatanName.empty() ? desa : desa + QStringLiteral(", ") + q(d.kecamatanName);
}

std::map<std::int64_t, QString> opdNames(storage::Database &db)
{
    std::map<std::int64_t, QString> names;
    for (const auto &opd : storage::DirectoryRepository(db).opds())
        names[opd.id] = q(opd.shortName);
    return names;
}

QString responsibleText(const core::FollowUp &f, const std::map<std::int64_t, QString> &opds)
{
    QString text;
    if (f.responsibleOpdId)
        if (const auto it = opds.find(*f.responsibleOpdId); it != opds.end())
            text = it->second;
    if (!f.responsibleOther.empty())
        text = text.isEmpty() ? q(f.responsibleOther)
                              : text + QStringLiteral(" / ") + q(f.responsibleOther);
    return text;
}

QString joined(const std::vector<std::string> &texts, const QString &separator)
{
    QStringList list;
    for (const auto &t : texts)
        list << q(t);
    return list.join(separator);
}

core::AuditRound roundOrThrow(storage::CaseAuditRepository &repo, std::int64_t roundId)
{
    const auto round = repo.findRound(roundId);
    if (!round)
        throw storage::StorageError(
            storage::StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The audit round no longer exists."));
    return *round;
}

} // namespace

ReportDocument caseAuditRoundReport(storage::Database &db, std::int64_t roundId,
                                    core::Language language)
{
    storage::CaseAuditRepository repo(db);
    const auto round = roundOrThrow(repo, roundId);
    auto details = repo.caseDetails(roundId, false);
    sortByCaseNumber(details);
    const auto summary = repo.summary(roundId);
    const auto letterhead = storage::WorkspaceRepository(db).letterhead();
    const auto opds = opdNames(db);
    std::map<std::int64_t, std::string> riskLabels;
    for (const auto &f : repo.riskFactors())
        riskLabels[f.id] = f.label;

    ReportDocument document(letterhead, language);
    document.setLandscape(true);
    document.setTitle(QCoreApplication::translate("CaseAudit", "Stunting Case Audit Report"),
                      q(round.title) + QStringLiteral(" (")
                          + auditRoundLabel(round.year, round.semester) + QStringLiteral(")"));

    QString body;
    std::vector<std::pair<QString, QString>> facts;
    facts.emplace_back(QCoreApplication::translate("CaseAudit", "Round"),
                       auditRoundLabel(round.year, round.semester));
    facts.emplace_back(QCoreApplication::translate("CaseAudit", "District"),
                       q(letterhead.districtName));
    if (round.disseminationMeetingId) {
        if (const auto m = storage::MeetingRepository(db).find(*round.disseminationMeetingId))
            facts.emplace_back(QCoreApplication::translate("CaseAudit", "Disseminated at"),
                               q(core::formatLongDate(m->date, language)) + QStringLiteral(", ")
                                   + q(m->title));
    } else {
        facts.emplace_back(QCoreApplication::translate("CaseAudit", "Disseminated at"),
                           QCoreApplication::translate("CaseAudit", "not yet linked to a meeting"));
    }
    facts.emplace_back(QCoreApplication::translate("CaseAudit", "Cases audited"),
                       QString::number(summary.cases));
    if (!round.notes.empty())
        facts.emplace_back(QCoreApplication::translate("CaseAudit", "Notes"), q(round.notes));
    body += html::facts(facts);

    body += html::heading(QCoreApplication::translate("CaseAudit", "Audit team and expert panel"));
    std::vector<QStringList> team;
    int n = 0;
    for (const auto &m : round.team)
        team.push_back({QString::number(++n), q(m.name), q(m.role),
                        m.expert ? QCoreApplication::translate("CaseAudit", "Expert panel")
                                 : QCoreApplication::translate("CaseAudit", "Audit team")});
    body += html::table({QCoreApplication::translate("CaseAudit", "No"),
                         QCoreApplication::translate("CaseAudit", "Name"),
                         QCoreApplication::translate("CaseAudit", "Role"),
                         QCoreApplication::translate("CaseAudit", "Member of")},
                        team, {0}, {6, 38, 36, 20});

    body += html::heading(QCoreApplication::translate("CaseAudit", "Schedule"));
    std::vector<QStringList> steps;
    for (const auto &st : round.steps)
        steps.push_back({auditStepName(st.kind), dateText(st.plannedDate, language),
                         auditStepStatusName(st.status), dateText(st.doneDate, language)});
    body += html::table({QCoreApplication::translate("CaseAudit", "Step"),
                         QCoreApplication::translate("CaseAudit", "Planned"),
                         QCoreApplication::translate("CaseAudit", "Status"),
                         QCoreApplication::translate("CaseAudit", "Done on")},
                        steps);

    body += html::heading(QCoreApplication::translate("CaseAudit", "Summary"));
    std::vector<QStringList> groups;
    for (auto g : core::allAuditTargetGroups()) {
        const auto it = summary.byTargetGroup.find(g);
        groups.push_back({auditTargetGroupName(g),
                          QString::number(it == summary.byTargetGroup.end() ? 0 : it->second)});
    }
    body += html::heading(QCoreApplication::translate("CaseAudit", "Cases by target group"), 3);
    body += html::table({QCoreApplication::translate("CaseAudit", "Target group"),
                         QCoreApplication::translate("CaseAudit", "Cases")},
                        groups, {1}, {70, 30});
    std::map<std::string, QString> kecamatanNames;
    for (const auto &d : details)
        kecamatanNames[core::kecamatanOf(d.entry.villageCode)] = q(d.kecamatanName);
    std::vector<QStringList> kecamatan;
    for (const auto &[code, count] : summary.byKecamatan) {
        const QString name = kecamatanNames[code];
        kecamatan.push_back({name.isEmpty() ? q(code) : name, QString::number(count)});
    }
    body += html::heading(QCoreApplication::translate("CaseAudit", "Cases by kecamatan"), 3);
    body += html::table({QCoreApplication::translate("CaseAudit", "Kecamatan"),
                         QCoreApplication::translate("CaseAudit", "Cases")},
                        kecamatan, {1}, {70, 30});
    std::vector<QStringList> risks;
    for (const auto &[id, count] : summary.topRiskFactors)
        risks.push_back({q(riskLabels[id]), QString::number(count)});
    body += html::heading(QCoreApplication::translate("CaseAudit", "Most frequent risk factors"),
                          3);
    body += html::table({QCoreApplication::translate("CaseAudit", "Risk factor"),
                         QCoreApplication::translate("CaseAudit", "Cases")},
                        risks, {1}, {70, 30});
    const auto completion = summary.completionPercent();
    body += html::paragraph(
        QCoreApplication::translate(
            "CaseAudit",
            "Follow-ups: %1 in all, %2 done, %3 still running, %4 overdue, %5 dropped. "
            "Completion: %6.")
            .arg(summary.followUps)
            .arg(summary.followUpsDone)
            .arg(summary.followUpsPending)
            .arg(summary.followUpsOverdue)
            .arg(summary.followUpsDropped)
            .arg(completion ? q(core::formatPercent(*completion, 0, language))
                            : QCoreApplication::translate("CaseAudit", "none")));

    body += html::heading(QCoreApplication::translate("CaseAudit", "Cases"));
    body += html::paragraph(
        QCoreApplication::translate("CaseAudit", "Cases are shown with initials and age only."));
    std::vector<QStringList> cases;
    for (const auto &d : details)
        cases.push_back({q(d.entry.caseNumber), auditTargetGroupName(d.entry.targetGroup),
                         desaText(d), q(d.entry.initials), ageText(d.entry, language),
                         q(d.auditCase.finding), joined(d.riskFactorLabels, QStringLiteral("; ")),
                         q(d.auditCase.causes), q(d.auditCase.recommendations)});
    body += html::table({QCoreApplication::translate("CaseAudit", "No"),
                         QCoreApplication::translate("CaseAudit", "Target group"),
                         QCoreApplication::translate("CaseAudit", "Desa"),
                         QCoreApplication::translate("CaseAudit", "Initials"),
                         QCoreApplication::translate("CaseAudit", "Age"),
                         QCoreApplication::translate("CaseAudit", "Finding"),
                         QCoreApplication::translate("CaseAudit", "Risk factors"),
                         QCoreApplication::translate("CaseAudit", "Causes (expert panel)"),
                         QCoreApplication::translate("CaseAudit", "Recommendations")},
                        cases, {}, {4, 9, 10, 6, 7, 14, 17, 17, 16});

    body += html::heading(QCoreApplication::translate("CaseAudit", "Follow-up plan"));
    std::vector<QStringList> followUps;
    for (const auto &d : details)
        for (const auto &f : d.followUps)
            followUps.push_back({q(d.entry.caseNumber), q(f.action), responsibleText(f, opds),
                                 dateText(f.dueDate, language), followUpStatusName(f.status),
                                 q(f.progressNotes)});
    body += html::table({QCoreApplication::translate("CaseAudit", "Case"),
                         QCoreApplication::translate("CaseAudit", "Follow-up"),
                         QCoreApplication::translate("CaseAudit", "Responsible"),
                         QCoreApplication::translate("CaseAudit", "Due"),
                         QCoreApplication::translate("CaseAudit", "Status"),
                         QCoreApplication::translate("CaseAudit", "Result")},
                        followUps, {}, {6, 32, 16, 11, 10, 25});
    document.setBodyHtml(body);

    Signature signature;
    signature.place = q(letterhead.city);
    signature.date = q(core::formatLongDate(db.clock().today(), language));
    signature.title = q(letterhead.signatoryTitle);
    signature.name = q(letterhead.signatoryName);
    signature.nip = q(letterhead.signatoryNip);
    if (!signature.name.isEmpty())
        document.setSignature(signature);
    return document;
}

namespace {

struct ExportTable
{
    QStringList headers;
    std::vector<QVariantList> rows;
};

ExportTable caseTable(const std::vector<storage::CaseDetail> &details, bool includeIdentity,
                      core::Language language)
{
    ExportTable table;
    const auto columns = core::caseExportColumns(includeIdentity);
    for (auto c : columns)
        table.headers << caseColumnName(c);
    for (const auto &d : details) {
        QVariantList row;
        const core::CaseIdentity none;
        const auto &who = d.auditCase.identity ? *d.auditCase.identity : none;
        int done = 0;
        for (const auto &f : d.followUps)
            done += f.status == core::FollowUpStatus::Done ? 1 : 0;
        for (auto c : columns) {
            switch (c) {
            case core::CaseColumn::Number:
                row << q(d.entry.caseNumber);
                break;
            case core::CaseColumn::TargetGroup:
                row << auditTargetGroupName(d.entry.targetGroup);
                break;
            case core::CaseColumn::Kecamatan:
                row << q(d.kecamatanName);
                break;
            case core::CaseColumn::Desa:
                row << q(d.entry.villageName.empty() ? d.entry.villageCode : d.entry.villageName);
                break;
            case core::CaseColumn::Initials:
                row << q(d.entry.initials);
                break;
            case core::CaseColumn::Age:
                row << ageText(d.entry, language);
                break;
            case core::CaseColumn::Sex:
                row << (d.entry.sex ? sexName(*d.entry.sex) : QString());
                break;
            case core::CaseColumn::Name:
                row << q(who.name);
                break;
            case core::CaseColumn::Nik:
                row << q(who.nik);
                break;
            case core::CaseColumn::BirthDate:
                row << dateCell(who.birthDate);
                break;
            case core::CaseColumn::ParentsOrPartner:
                row << q(who.parentsOrPartner);
                break;
            case core::CaseColumn::Finding:
                row << q(d.auditCase.finding);
                break;
            case core::CaseColumn::RiskFactors:
                row << joined(d.riskFactorLabels, QStringLiteral("; "));
                break;
            case core::CaseColumn::Causes:
                row << q(d.auditCase.causes);
                break;
            case core::CaseColumn::Recommendations:
                row << q(d.auditCase.recommendations);
                break;
            case core::CaseColumn::FollowUps:
                row << static_cast<int>(d.followUps.size());
                break;
            case core::CaseColumn::FollowUpsDone:
                row << done;
                break;
            }
        }
        table.rows.push_back(row);
    }
    return table;
}

} // namespace

RoundExport loadRoundExport(storage::Database &db, std::int64_t roundId, bool withIdentity)
{
    storage::CaseAuditRepository repo(db);
    RoundExport data;
    data.round = roundOrThrow(repo, roundId);
    data.withIdentity = withIdentity;
    data.details = repo.caseDetails(roundId, withIdentity);
    sortByCaseNumber(data.details);
    data.summary = repo.summary(roundId);
    for (const auto &f : repo.riskFactors())
        data.riskLabels[f.id] = f.label;
    data.opdNames = opdNames(db);
    return data;
}

void writeCaseAuditXlsx(const RoundExport &data, const QString &path, core::Language language)
{
    const auto &round = data.round;
    XlsxWriter xlsx(path);
    // Every sheet of a file with identity starts with the notice.
    const auto startSheet = [&](const QString &name) {
        xlsx.addSheet(name);
        if (data.withIdentity)
            xlsx.addNote(personalDataNotice());
    };

    startSheet(QCoreApplication::translate("CaseAudit", "Cases"));
    xlsx.addNote(q(round.title) + QStringLiteral(" (") + auditRoundLabel(round.year, round.semester)
                 + QStringLiteral(")"));
    const auto cases = caseTable(data.details, data.withIdentity, language);
    xlsx.addHeader(cases.headers);
    for (const auto &row : cases.rows)
        xlsx.addRow(row);

    startSheet(QCoreApplication::translate("CaseAudit", "Follow-ups"));
    xlsx.addHeader({QCoreApplication::translate("CaseAudit", "Case"),
                    QCoreApplication::translate("CaseAudit", "Follow-up"),
                    QCoreApplication::translate("CaseAudit", "Responsible"),
                    QCoreApplication::translate("CaseAudit", "Person"),
                    QCoreApplication::translate("CaseAudit", "Due"),
                    QCoreApplication::translate("CaseAudit", "Status"),
                    QCoreApplication::translate("CaseAudit", "Done on"),
                    QCoreApplication::translate("CaseAudit", "Result")});
    for (const auto &d : data.details)
        for (const auto &f : d.followUps)
            xlsx.addRow({q(d.entry.caseNumber), q(f.action), responsibleText(f, data.opdNames),
                         q(f.responsiblePerson), dateCell(f.dueDate), followUpStatusName(f.status),
                         dateCell(f.doneDate), q(f.progressNotes)});

    const auto &summary = data.summary;
    startSheet(QCoreApplication::translate("CaseAudit", "Summary"));
    xlsx.addHeader({QCoreApplication::translate("CaseAudit", "Item"),
                    QCoreApplication::translate("CaseAudit", "Cases")});
    for (auto g : core::allAuditTargetGroups()) {
        const auto it = summary.byTargetGroup.find(g);
        xlsx.addRow({auditTargetGroupName(g), it == summary.byTargetGroup.end() ? 0 : it->second});
    }
    for (const auto &[id, count] : summary.topRiskFactors) {
        const auto label = data.riskLabels.find(id);
        xlsx.addRow({QCoreApplication::translate("CaseAudit", "Risk factor: %1")
                         .arg(label == data.riskLabels.end() ? QString() : q(label->second)),
                     count});
    }
    xlsx.addRow({QCoreApplication::translate("CaseAudit", "Follow-ups"), summary.followUps});
    xlsx.addRow(
        {QCoreApplication::translate("CaseAudit", "Follow-ups done"), summary.followUpsDone});
    xlsx.addRow(
        {QCoreApplication::translate("CaseAudit", "Follow-ups overdue"), summary.followUpsOverdue});
    xlsx.close();
}

void writeCaseAuditCsv(const RoundExport &data, const QString &path, core::Language language)
{
    const auto table = caseTable(data.details, data.withIdentity, language);
    writeCsv(path, table.headers, table.rows, data.withIdentity ? personalDataNotice() : QString());
}

} // namespace konvergensi::reports
