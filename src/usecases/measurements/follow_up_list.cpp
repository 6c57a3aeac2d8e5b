// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/follow_up_list.h"

#include "core/case_audit/case_audit.h"
#include "qtsupport/text.h"
#include "reports/spreadsheet.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/regions/region_repository.h"
#include "usecases/case_audit/case_audit_rounds.h"
#include "usecases/measurements/child_list.h"
#include "usecases/progress.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QCoreApplication>
#include <QDate>

#include <map>

namespace konvergensi::usecases::measurements {

namespace cm = core::measurements;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::usecases::measurements", text);
}

/// "-3,41" in the interface language.
QString zText(double z, core::Language language)
{
    return qs(core::formatDecimal(z, 2, language));
}

} // namespace

std::vector<ChildToFollowUp> childrenToFollowUp(storage::Database &db, const QString &period,
                                                const std::vector<storage::MeasuredChild> &children)
{
    const auto previous = storage::previousWeights(db, period);
    std::vector<ChildToFollowUp> out;
    for (const storage::MeasuredChild &child : children) {
        const auto it = previous.find(child.childId);
        const double before = it == previous.end() ? core::anthro::kMissing : it->second.weight;
        const auto reasons = cm::followUpReasons(child.judgement, child.weight, before);
        if (!reasons.any())
            continue;
        ChildToFollowUp entry{child, reasons, std::nullopt};
        if (it != previous.end())
            entry.previous = it->second;
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<ChildToFollowUp> childrenToFollowUp(storage::Database &db, const QString &period)
{
    return childrenToFollowUp(db, period, storage::MeasurementRepository(db).children(period));
}

bool childInArea(const storage::MeasuredChild &child, const cm::AreaSummary &area)
{
    const std::string desa = ss(child.villageCode);
    switch (area.level) {
    case cm::AreaLevel::District:
        return true;
    case cm::AreaLevel::Kecamatan:
        return desa.starts_with(area.code + '.');
    case cm::AreaLevel::Desa:
    case cm::AreaLevel::Kelurahan:
        return desa == area.code;
    case cm::AreaLevel::Posyandu:
        return desa == area.code
               && cm::posyanduKey(ss(child.posyandu)) == cm::posyanduKey(area.name);
    case cm::AreaLevel::Puskesmas:
        return cm::regionNameKey(ss(child.puskesmas)) == cm::regionNameKey(area.name);
    }
    return false;
}

QString reasonsText(const cm::FollowUpReasons &reasons)
{
    QStringList parts;
    if (reasons.severelyStunted)
        parts << tr("severely stunted");
    if (reasons.severelyWasted)
        parts << tr("severely wasted");
    if (reasons.noWeightGain)
        parts << tr("weight not gained");
    return parts.join(QStringLiteral(", "));
}

QStringList followUpColumns(bool withIdentity)
{
    QStringList columns = {QStringLiteral("desa_code"),
                           QStringLiteral("desa"),
                           QStringLiteral("puskesmas"),
                           QStringLiteral("posyandu"),
                           QStringLiteral("initials"),
                           QStringLiteral("sex"),
                           QStringLiteral("age_months"),
                           QStringLiteral("measure_date"),
                           QStringLiteral("weight"),
                           QStringLiteral("previous_weight"),
                           QStringLiteral("previous_round"),
                           QStringLiteral("lenhei"),
                           QStringLiteral("zlen"),
                           QStringLiteral("zwfl"),
                           QStringLiteral("severely_stunted"),
                           QStringLiteral("severely_wasted"),
                           QStringLiteral("no_weight_gain"),
                           QStringLiteral("reasons"),
                           QStringLiteral("invented")};
    if (withIdentity)
        columns << QStringLiteral("name") << QStringLiteral("nik") << QStringLiteral("parents")
                << QStringLiteral("address");
    return columns;
}

void writeFollowUpList(storage::Database &db, const std::vector<ChildToFollowUp> &children,
                       bool withIdentity, const QString &path, Progress &progress)
{
    std::map<std::string, std::string> desaNames;
    for (const core::Region &region : storage::RegionRepository(db).all())
        desaNames[region.code.toString()] = region.name;
    std::vector<qint64> ids;
    ids.reserve(children.size());
    for (const auto &entry : children)
        ids.push_back(entry.child.childId);
    progress.check();
    const FileIdentities identities(db, ids, withIdentity,
                                    QStringLiteral("export of the children to follow up"));
    std::vector<QVariantList> rows;
    rows.reserve(children.size());
    const auto total = static_cast<qint64>(children.size());
    for (const ChildToFollowUp &entry : children) {
        if (rows.size() % 1000 == 0) {
            progress.check();
            progress.report(static_cast<qint64>(rows.size()), total);
        }
        const storage::MeasuredChild &c = entry.child;
        const auto desa = desaNames.find(ss(c.villageCode));
        QVariantList row = {c.villageCode,
                            desa == desaNames.end() ? QString() : qs(desa->second),
                            c.puskesmas,
                            c.posyandu,
                            c.initials,
                            sexCell(c.sex),
                            c.ageMonths,
                            c.measureDate,
                            numberCell(c.weight),
                            entry.previous ? QVariant(entry.previous->weight) : QVariant(QString()),
                            entry.previous ? entry.previous->period : QString(),
                            numberCell(c.lenhei),
                            zScoreCell(c.judgement.zlen, c.judgement.flen),
                            zScoreCell(c.judgement.zwfl, c.judgement.fwfl),
                            entry.reasons.severelyStunted ? 1 : 0,
                            entry.reasons.severelyWasted ? 1 : 0,
                            entry.reasons.noWeightGain ? 1 : 0,
                            reasonsText(entry.reasons),
                            c.invented ? 1 : 0};
        identities.append(row, c.childId);
        rows.push_back(std::move(row));
    }
    progress.check();
    reports::writeTable(path, tr("To follow up"), followUpColumns(withIdentity), rows,
                        withIdentity ? personalDataNotice() : QString());
    progress.report(total, total);
}

CaseFromChild auditCaseFromChild(storage::Database &db, const ChildToFollowUp &entry,
                                 core::Language language)
{
    const storage::MeasuredChild &child = entry.child;
    const QDate measured = QDate::fromString(child.measureDate, Qt::ISODate);
    const boost::gregorian::date day(measured.year(), measured.month(), measured.day());
    CaseFromChild out;
    out.year = measured.year();
    out.semester = core::semesterOf(day);
    out.auditCase.roundId = auditRoundFor(db, out.year, out.semester, false);
    out.auditCase.targetGroup = child.ageDays < 731 ? core::AuditTargetGroup::Baduta
                                                    : core::AuditTargetGroup::Balita;
    out.auditCase.villageCode = ss(child.villageCode);
    out.auditCase.assessedOn = day;

    // The finding, named as the regulation names the indicators at this age.
    const bool lying = child.ageDays < 731;
    QStringList finding;
    if (!core::anthro::isMissing(child.judgement.zlen) && child.judgement.flen == 0)
        finding << QStringLiteral("%1 %2 SD")
                       .arg(lying ? QStringLiteral("PB/U") : QStringLiteral("TB/U"),
                            zText(child.judgement.zlen, language));
    if (!core::anthro::isMissing(child.judgement.zwfl) && child.judgement.fwfl == 0)
        finding << QStringLiteral("%1 %2 SD")
                       .arg(lying ? QStringLiteral("BB/PB") : QStringLiteral("BB/TB"),
                            zText(child.judgement.zwfl, language));
    if (entry.reasons.noWeightGain && entry.previous)
        finding << tr("weight not gained (%1 -> %2 kg)")
                       .arg(qs(core::formatDecimal(entry.previous->weight, 1, language)),
                            qs(core::formatDecimal(child.weight, 1, language)));
    out.auditCase.finding = ss(finding.join(QStringLiteral("; ")));

    core::CaseIdentity identity;
    identity.birthDate = day - boost::gregorian::days(child.ageDays);
    if (child.sex == 1)
        identity.sex = core::Sex::Male;
    else if (child.sex == 2)
        identity.sex = core::Sex::Female;
    const auto who = storage::MeasurementRepository(db).revealIdentity(
        child.childId, QStringLiteral("stunting case audit case"));
    if (who) {
        identity.name = ss(who->name);
        if (const auto nik = cm::fullNik(ss(who->nik)))
            identity.nik = *nik;
        identity.parentsOrPartner = ss(who->parents);
    }
    out.auditCase.identity = identity;
    return out;
}

std::int64_t auditRoundFor(storage::Database &db, int year, int semester, bool create)
{
    for (const storage::AuditRoundEntry &round : storage::CaseAuditRepository(db).rounds()) {
        if (round.year == year && round.semester == semester)
            return round.id;
    }
    if (!create)
        return 0;
    const boost::gregorian::date inSemester(year, semester == 1 ? 1 : 7, 1);
    return case_audit::saveRound(db, case_audit::proposeRound(inSemester)).id;
}

} // namespace konvergensi::usecases::measurements
