// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/child_list.h"

#include "reports/spreadsheet.h"
#include "usecases/progress.h"

#include <QCoreApplication>

namespace konvergensi::usecases::measurements {

QVariant numberCell(double value)
{
    return core::anthro::isMissing(value) ? QVariant(QString()) : QVariant(value);
}

QVariant zScoreCell(double z, int flag)
{
    if (core::anthro::isMissing(z))
        return QString();
    return flag == 1 ? QVariant(QStringLiteral("flag")) : QVariant(z);
}

QString sexCell(int sex)
{
    return sex == 1 ? QStringLiteral("L") : sex == 2 ? QStringLiteral("P") : QString();
}

FileIdentities::FileIdentities(storage::Database &db, const std::vector<qint64> &childIds,
                               bool withIdentity, const QString &purpose)
    : m_withIdentity(withIdentity)
{
    if (withIdentity)
        m_identities = storage::MeasurementRepository(db).revealIdentities(childIds, purpose);
}

void FileIdentities::append(QVariantList &row, qint64 childId) const
{
    if (!m_withIdentity)
        return;
    const auto it = m_identities.find(childId);
    const storage::ChildIdentity who = it == m_identities.end() ? storage::ChildIdentity{}
                                                                : it->second;
    row << who.name << who.nik << who.parents << who.address;
}

QStringList childListColumns(bool withIdentity)
{
    QStringList columns = {QStringLiteral("desa_code"),    QStringLiteral("puskesmas"),
                           QStringLiteral("posyandu"),     QStringLiteral("initials"),
                           QStringLiteral("sex"),          QStringLiteral("age_months"),
                           QStringLiteral("measure_date"), QStringLiteral("weight"),
                           QStringLiteral("lenhei"),       QStringLiteral("zlen"),
                           QStringLiteral("zwei"),         QStringLiteral("zwfl"),
                           QStringLiteral("eppgbm_zlen"),  QStringLiteral("eppgbm_zwei"),
                           QStringLiteral("eppgbm_zwfl"),  QStringLiteral("invented")};
    if (withIdentity)
        columns << QStringLiteral("name") << QStringLiteral("nik") << QStringLiteral("parents")
                << QStringLiteral("address");
    return columns;
}

QString personalDataNotice()
{
    return QCoreApplication::translate(
        "konvergensi::usecases::measurements",
        "CONFIDENTIAL: this file contains personal data (names, NIK, parents, addresses) of "
        "measured children. Keep it safe and do not share it.");
}

void writeChildList(storage::Database &db, const std::vector<storage::MeasuredChild> &children,
                    bool withIdentity, const QString &path, Progress &progress)
{
    std::vector<qint64> ids;
    ids.reserve(children.size());
    for (const auto &child : children)
        ids.push_back(child.childId);
    progress.check();
    const FileIdentities identities(db, ids, withIdentity,
                                    QStringLiteral("export of the child list"));
    std::vector<QVariantList> rows;
    rows.reserve(children.size());
    const auto total = static_cast<qint64>(children.size());
    for (const storage::MeasuredChild &c : children) {
        if (rows.size() % 1000 == 0) {
            progress.check();
            progress.report(static_cast<qint64>(rows.size()), total);
        }
        QVariantList row = {c.villageCode,
                            c.puskesmas,
                            c.posyandu,
                            c.initials,
                            sexCell(c.sex),
                            c.ageMonths,
                            c.measureDate,
                            numberCell(c.weight),
                            numberCell(c.lenhei),
                            zScoreCell(c.judgement.zlen, c.judgement.flen),
                            zScoreCell(c.judgement.zwei, c.judgement.fwei),
                            zScoreCell(c.judgement.zwfl, c.judgement.fwfl),
                            numberCell(c.typed.zlen),
                            numberCell(c.typed.zwei),
                            numberCell(c.typed.zwfl),
                            c.invented ? 1 : 0};
        identities.append(row, c.childId);
        rows.push_back(std::move(row));
    }
    progress.check();
    reports::writeCsv(path, childListColumns(withIdentity), rows,
                      withIdentity ? personalDataNotice() : QString());
    progress.report(total, total);
}

} // namespace konvergensi::usecases::measurements
