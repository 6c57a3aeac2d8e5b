// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/measurements/families_import.h"

#include "core/measurements/measurements.h"
#include "io/csv_reader.h"
#include "io/number_text.h"
#include "io/xlsx_reader.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace konvergensi::io::measurements {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::io::measurements", text);
}

const std::vector<CsvColumn> &columns()
{
    static const std::vector<CsvColumn> known = {
        {QStringLiteral("desa_code"),
         {QStringLiteral("kode_desa"), QStringLiteral("kode"), QStringLiteral("kode_wilayah"),
          QStringLiteral("kode_desa_kelurahan"), QStringLiteral("kode_kelurahan"),
          QStringLiteral("code")}},
        {QStringLiteral("kecamatan"), {QStringLiteral("nama_kecamatan"), QStringLiteral("kec")}},
        {QStringLiteral("desa"),
         {QStringLiteral("desa_kelurahan"), QStringLiteral("kelurahan"),
          QStringLiteral("nama_desa"), QStringLiteral("desa/kelurahan"),
          QStringLiteral("desa/kel")}},
        {QStringLiteral("families"),
         {QStringLiteral("keluarga"), QStringLiteral("jumlah_keluarga"),
          QStringLiteral("jml_keluarga"), QStringLiteral("jumlah_kk"), QStringLiteral("kk")}},
        {QStringLiteral("families_at_risk"),
         {QStringLiteral("keluarga_berisiko"), QStringLiteral("keluarga_berisiko_stunting"),
          QStringLiteral("jumlah_keluarga_berisiko_stunting"), QStringLiteral("krs"),
          QStringLiteral("jumlah_krs"), QStringLiteral("jml_krs")}},
    };
    return known;
}

QString key(const QString &text)
{
    return QString::fromStdString(core::measurements::regionNameKey(text.toStdString()));
}

} // namespace

FamiliesFile readFamiliesFile(const QString &path, const std::vector<core::Region> &regions)
{
    FamiliesFile out;
    const CsvTable table = readTableFile(path);
    if (!table.fileError.isEmpty()) {
        out.error = table.fileError;
        return out;
    }
    const CsvHeaderMap header(table.header.fields, columns());
    const bool byCode = header.has(QStringLiteral("desa_code"));
    const bool byName = header.has(QStringLiteral("desa"))
                        && header.has(QStringLiteral("kecamatan"));
    if (!byCode && !byName) {
        out.error = tr("The file has no desa column: it needs \"kode_desa\", or \"kecamatan\" and "
                       "\"desa\" (found: %1).")
                        .arg(table.header.fields.join(QStringLiteral(", ")));
        return out;
    }
    if (!header.has(QStringLiteral("families"))
        && !header.has(QStringLiteral("families_at_risk"))) {
        out.error = tr("The file has no families column: it needs \"keluarga\" or \"keluarga "
                       "berisiko stunting\" (found: %1).")
                        .arg(table.header.fields.join(QStringLiteral(", ")));
        return out;
    }

    std::set<QString> villages;
    std::map<QString, QString> kecamatanNames; // code -> name key
    for (const core::Region &region : regions) {
        const QString code = QString::fromStdString(region.code.toString());
        if (region.level() == core::RegionLevel::Village)
            villages.insert(code);
        else if (region.level() == core::RegionLevel::Kecamatan)
            kecamatanNames[code] = key(QString::fromStdString(region.name));
    }
    std::map<std::pair<QString, QString>, QString> byNames; // (kecamatan, desa) keys -> code
    for (const core::Region &region : regions) {
        if (region.level() != core::RegionLevel::Village)
            continue;
        const auto parent = region.code.parent();
        const QString kecamatan = parent
                                      ? kecamatanNames[QString::fromStdString(parent->toString())]
                                      : QString();
        byNames[{kecamatan, key(QString::fromStdString(region.name))}] = QString::fromStdString(
            region.code.toString());
    }

    std::map<QString, int> seen;
    for (const CsvRow &row : table.rows) {
        const auto problem = [&](const QString &reason) {
            out.problems.push_back({row.line, reason});
        };
        QString code;
        if (byCode && !header.value(row, QStringLiteral("desa_code")).trimmed().isEmpty()) {
            code = header.value(row, QStringLiteral("desa_code")).trimmed();
            if (!villages.count(code)) {
                problem(tr("the workspace holds no desa/kelurahan %1").arg(code));
                continue;
            }
        } else if (byName) {
            const QString kecamatan = header.value(row, QStringLiteral("kecamatan"));
            const QString desa = header.value(row, QStringLiteral("desa"));
            const auto it = byNames.find({key(kecamatan), key(desa)});
            if (it == byNames.end()) {
                problem(tr("no desa/kelurahan \"%1\" in kecamatan \"%2\"")
                            .arg(desa.trimmed(), kecamatan.trimmed()));
                continue;
            }
            code = it->second;
        } else {
            problem(tr("the desa code is empty"));
            continue;
        }
        if (const auto earlier = seen.find(code); earlier != seen.end()) {
            problem(tr("desa %1 again (first on line %2)").arg(code).arg(earlier->second));
            continue;
        }
        seen[code] = row.line;

        FamiliesRow kept{row.line, code, std::nullopt, std::nullopt};
        bool bad = false;
        const auto readCount = [&](const QString &column, const QString &what,
                                   std::optional<int> &into) {
            bool ok = true;
            const auto value = parseCount(header.value(row, column).trimmed(), ok);
            if (!ok) {
                problem(tr("%1 is not a whole number: \"%2\"")
                            .arg(what, header.value(row, column).trimmed()));
                bad = true;
            } else if (value && *value < 0) {
                problem(tr("%1 is negative").arg(what));
                bad = true;
            } else if (value && *value > 10000000) {
                problem(tr("%1 is implausibly large: %2").arg(what).arg(*value));
                bad = true;
            } else if (value) {
                into = static_cast<int>(*value);
            }
        };
        readCount(QStringLiteral("families"), tr("the number of families"), kept.families);
        readCount(QStringLiteral("families_at_risk"), tr("the number of families at risk"),
                  kept.familiesAtRisk);
        if (bad)
            continue;
        if (kept.families && kept.familiesAtRisk && *kept.familiesAtRisk > *kept.families) {
            problem(tr("more families at risk (%1) than families (%2)")
                        .arg(*kept.familiesAtRisk)
                        .arg(*kept.families));
            continue;
        }
        out.rows.push_back(kept);
    }
    if (out.rows.empty() && out.problems.empty())
        out.error = tr("The file holds no rows.");
    return out;
}

} // namespace konvergensi::io::measurements
