// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/locus/locus_report.h"

#include "reports/spreadsheet.h"

#include "core/clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace konvergensi::reports {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

const QString kDash = QStringLiteral("\u2013");

QVariant optionalCell(const std::optional<std::int64_t> &value)
{
    return value ? QVariant::fromValue(static_cast<qint64>(*value)) : QVariant(QString());
}

QVariant optionalCell(const std::optional<double> &value, int decimals = 1)
{
    if (!value)
        return QVariant(QString());
    double factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    return QVariant(std::round(*value * factor) / factor);
}

} // namespace

QString regentTitle(const QString &districtName)
{
    const QString name = districtName.trimmed();
    if (name.startsWith(QLatin1String("Kabupaten "), Qt::CaseInsensitive))
        return QCoreApplication::translate("LocusReport", "Bupati %1").arg(name.mid(10));
    if (name.startsWith(QLatin1String("Kota "), Qt::CaseInsensitive))
        return QCoreApplication::translate("LocusReport", "Wali Kota %1").arg(name.mid(5));
    return QCoreApplication::translate("LocusReport", "Bupati %1").arg(name);
}

std::vector<LocusListRow> rowsByKecamatan(const LocusListData &data)
{
    std::vector<LocusListRow> rows = data.rows;
    std::stable_sort(rows.begin(), rows.end(), [](const LocusListRow &a, const LocusListRow &b) {
        if (a.kecamatanCode != b.kecamatanCode)
            return a.kecamatanCode < b.kecamatanCode;
        return a.entry.rank < b.entry.rank;
    });
    return rows;
}

ReportDocument buildLocusAttachment(const LocusListData &data, core::Language language, Paper paper)
{
    using namespace html;
    const QString regent = regentTitle(data.districtName);
    // The decree's own heading: the regent with the emblem, no agency.
    core::Letterhead kop;
    kop.government = regent.toUpper().toStdString();
    kop.logoPng = data.letterhead.logoPng;
    ReportDocument document(kop, language);
    document.setPaper(paper);
    // Eight columns with region codes do not fit portrait A4 at the body's type size.
    document.setLandscape(true);

    const QString number = data.decree && !data.decree->number.empty()
                               ? q(data.decree->number)
                               : QStringLiteral("....................");
    const QString date = data.decree && data.decree->date
                             ? q(core::formatDate(*data.decree->date, language))
                             : QStringLiteral("....................");
    const QString about =
        QCoreApplication::translate(
            "LocusReport",
            "DETERMINATION OF THE LOCUS VILLAGES FOR THE ACCELERATION OF STUNTING REDUCTION IN %1 "
            "IN %2")
            .arg(data.districtName.toUpper())
            .arg(data.year);
    QString body;
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>"
                           "<td width=\"55%\"></td><td width=\"45%\">");
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    body += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td></tr>")
                .arg(escape(
                    QCoreApplication::translate("LocusReport", "ATTACHMENT TO THE DECREE OF THE %1")
                        .arg(regent.toUpper())));
    body += QStringLiteral("<tr><td width=\"22%\">%1</td><td width=\"3%\">:</td>"
                           "<td width=\"75%\">%2</td></tr>")
                .arg(escape(QCoreApplication::translate("LocusReport", "NUMBER")), escape(number));
    body += QStringLiteral("<tr><td>%1</td><td>:</td><td>%2</td></tr>")
                .arg(escape(QCoreApplication::translate("LocusReport", "DATE")), escape(date));
    body += QStringLiteral(
                "<tr><td valign=\"top\">%1</td><td valign=\"top\">:</td><td>%2</td></tr>")
                .arg(escape(QCoreApplication::translate("LocusReport", "ABOUT")), escape(about));
    body += QStringLiteral("</table></td></tr></table><br/>");
    body += QStringLiteral("<h1>%1</h1>")
                .arg(escape(QCoreApplication::translate(
                    "LocusReport", "LIST OF LOCUS VILLAGES FOR STUNTING REDUCTION")));
    body += QStringLiteral("<p class=\"subtitle\">%1</p>")
                .arg(escape(QCoreApplication::translate("LocusReport", "%1 \u2013 year %2")
                                .arg(data.districtName.toUpper())
                                .arg(data.year)));

    std::vector<QStringList> rows;
    std::map<QString, std::pair<QString, int>> perKecamatan;
    QString lastKecamatan;
    int number_ = 0;
    for (const LocusListRow &row : rowsByKecamatan(data)) {
        const bool first = row.kecamatanCode != lastKecamatan;
        lastKecamatan = row.kecamatanCode;
        auto &count = perKecamatan[row.kecamatanCode];
        count.first = row.kecamatanName;
        ++count.second;
        const core::LocusEvidence &e = row.entry.evidence;
        rows.push_back(
            {QString::number(++number_), first ? row.kecamatanName : QString(),
             row.entry.village.villageKind() == core::VillageKind::Kelurahan
                 ? row.villageName + QStringLiteral(" (") + row.kindName + QStringLiteral(")")
                 : row.villageName,
             q(row.entry.village.toString()), countOrDash(e.childrenMeasured, language),
             countOrDash(e.stunted, language), percentOrDash(e.prevalence(), language),
             q(row.entry.reason)});
    }
    body += table({QCoreApplication::translate("LocusReport", "No"),
                   QCoreApplication::translate("LocusReport", "Kecamatan"),
                   QCoreApplication::translate("LocusReport", "Desa/Kelurahan"),
                   QCoreApplication::translate("LocusReport", "Code"),
                   QCoreApplication::translate("LocusReport", "Measured"),
                   QCoreApplication::translate("LocusReport", "Stunted"),
                   QCoreApplication::translate("LocusReport", "Prevalence"),
                   QCoreApplication::translate("LocusReport", "Reason")},
                  rows, {0, 4, 5, 6}, {4, 13, 17, 15, 9, 8, 10, 24});
    if (rows.empty())
        body += paragraph(QCoreApplication::translate(
            "LocusReport", "No villages are on the list for this year yet."));

    body += heading(
        QCoreApplication::translate("LocusReport", "Number of locus villages per kecamatan"), 3);
    std::vector<QStringList> counts;
    int index = 0;
    for (const auto &[code, entry] : perKecamatan)
        counts.push_back({QString::number(++index), entry.first, QString::number(entry.second)});
    counts.push_back({QString(), QCoreApplication::translate("LocusReport", "Total"),
                      QString::number(data.rows.size())});
    body += table({QCoreApplication::translate("LocusReport", "No"),
                   QCoreApplication::translate("LocusReport", "Kecamatan"),
                   QCoreApplication::translate("LocusReport", "Locus villages")},
                  counts, {0, 2}, {8, 60, 32});
    document.setBodyHtml(body);

    Signature signature;
    signature.title = regent.toUpper() + QStringLiteral(",");
    signature.name = data.decree && !data.decree->signedBy.empty()
                         ? q(data.decree->signedBy).toUpper()
                         : QStringLiteral("....................");
    document.setSignature(signature);
    return document;
}

namespace {

QStringList listHeaders()
{
    return {QCoreApplication::translate("LocusReport", "Rank"),
            QCoreApplication::translate("LocusReport", "Kecamatan code"),
            QCoreApplication::translate("LocusReport", "Kecamatan"),
            QCoreApplication::translate("LocusReport", "Village code"),
            QCoreApplication::translate("LocusReport", "Desa/Kelurahan"),
            QCoreApplication::translate("LocusReport", "Origin"),
            QCoreApplication::translate("LocusReport", "Reason"),
            QCoreApplication::translate("LocusReport", "Children measured"),
            QCoreApplication::translate("LocusReport", "Stunted children"),
            QCoreApplication::translate("LocusReport", "Prevalence (%)"),
            QCoreApplication::translate("LocusReport", "1,000-HPK households"),
            QCoreApplication::translate("LocusReport", "Poverty (%)"),
            QCoreApplication::translate("LocusReport", "Score")};
}

std::vector<QVariantList> listRows(const LocusListData &data)
{
    std::vector<QVariantList> rows;
    for (const LocusListRow &row : data.rows) {
        const core::LocusEvidence &e = row.entry.evidence;
        rows.push_back({row.entry.rank, row.kecamatanCode, row.kecamatanName,
                        q(row.entry.village.toString()), row.villageName,
                        originText(row.entry.origin), q(row.entry.reason),
                        optionalCell(e.childrenMeasured), optionalCell(e.stunted),
                        optionalCell(e.prevalence()), optionalCell(e.targetHouseholds),
                        optionalCell(e.povertyPercent), optionalCell(row.entry.score)});
    }
    return rows;
}

QString decreeNote(const LocusListData &data, core::Language language)
{
    QString note = QCoreApplication::translate("LocusReport", "Locus villages %1, %2")
                       .arg(data.year)
                       .arg(data.districtName);
    if (data.decree && !data.decree->number.empty())
        note += QStringLiteral(" \u2013 ")
                + QCoreApplication::translate("LocusReport", "decree No %1")
                      .arg(q(data.decree->number));
    if (data.decree && data.decree->date)
        note += QStringLiteral(", ") + q(core::formatDate(*data.decree->date, language));
    return note;
}

} // namespace

void exportLocusListXlsx(const LocusListData &data, core::Language language, const QString &path)
{
    XlsxWriter writer(path);
    writer.addSheet(QCoreApplication::translate("LocusReport", "Locus villages %1").arg(data.year));
    writer.addNote(decreeNote(data, language));
    writer.addHeader(listHeaders());
    for (const QVariantList &row : listRows(data))
        writer.addRow(row);
    const std::vector<double> widths = {8, 12, 18, 15, 22, 14, 45, 12, 12, 12, 14, 12, 8};
    for (std::size_t i = 0; i < widths.size(); ++i)
        writer.setColumnWidth(static_cast<int>(i), widths[i]);

    writer.addSheet(QCoreApplication::translate("LocusReport", "Per kecamatan"));
    writer.addHeader({QCoreApplication::translate("LocusReport", "Kecamatan code"),
                      QCoreApplication::translate("LocusReport", "Kecamatan"),
                      QCoreApplication::translate("LocusReport", "Locus villages")});
    std::map<QString, std::pair<QString, int>> perKecamatan;
    for (const LocusListRow &row : data.rows) {
        perKecamatan[row.kecamatanCode].first = row.kecamatanName;
        ++perKecamatan[row.kecamatanCode].second;
    }
    for (const auto &[code, entry] : perKecamatan)
        writer.addRow({code, entry.first, entry.second});
    writer.setColumnWidth(1, 24);
    writer.close();
}

void exportLocusListCsv(const LocusListData &data, core::Language language, const QString &path)
{
    Q_UNUSED(language);
    writeCsv(path, listHeaders(), listRows(data));
}

ReportDocument buildScorecardSummary(const ScorecardSummaryData &data, core::Language language,
                                     Paper paper)
{
    using namespace html;
    ReportDocument document(data.letterhead, language);
    document.setPaper(paper);
    document.setLandscape(true);
    document.setTitle(
        QCoreApplication::translate("LocusReport", "VILLAGE CONVERGENCE SCORECARD SUMMARY"),
        QCoreApplication::translate("LocusReport", "%1 \u2013 year %2")
            .arg(data.districtName)
            .arg(data.year));
    QString body;
    body += paragraph(QCoreApplication::translate(
        "LocusReport", "Coverage is the share of the target (1,000-HPK households, mothers or "
                       "children) that received the service: the sum achieved over the sum of "
                       "targets of the package's indicators. Locus villages are marked *."));
    QStringList headers{QCoreApplication::translate("LocusReport", "No"),
                        QCoreApplication::translate("LocusReport", "Kecamatan"),
                        QCoreApplication::translate("LocusReport", "Desa/Kelurahan")};
    for (const core::ServicePackage package : core::kServicePackages)
        headers << packageShortName(package);
    headers << QCoreApplication::translate("LocusReport", "Overall")
            << QCoreApplication::translate("LocusReport", "APBDes for stunting");
    std::vector<QStringList> rows;
    int index = 0;
    for (const ScorecardSummaryRow &row : data.rows) {
        QStringList cells{QString::number(++index), row.kecamatanName,
                          row.villageName + (row.locus ? QStringLiteral(" *") : QString())};
        for (const core::PackageCoverage &p : row.coverage.packages)
            cells << percentOrDash(p.percent, language);
        cells << percentOrDash(row.coverage.overall, language);
        cells << (row.scorecard.apbdesStunting
                      ? q(core::formatRupiah(*row.scorecard.apbdesStunting, language))
                      : kDash);
        rows.push_back(cells);
    }
    body += table(headers, rows, {0, 3, 4, 5, 6, 7, 8, 9}, {4, 11, 15, 8, 8, 9, 9, 8, 11, 17});
    if (rows.empty())
        body += paragraph(
            QCoreApplication::translate("LocusReport", "No scorecards are held for this year."));
    document.setBodyHtml(body);
    if (!data.letterhead.signatoryName.empty()) {
        Signature signature;
        signature.place = q(data.letterhead.city);
        signature.title = q(data.letterhead.signatoryTitle);
        signature.name = q(data.letterhead.signatoryName);
        signature.nip = q(data.letterhead.signatoryNip);
        document.setSignature(signature);
    }
    return document;
}

namespace {

/// One row per village: the coverage of each package and overall, and the APBDes allocation.
QStringList summaryHeaders()
{
    QStringList headers{QCoreApplication::translate("LocusReport", "Village code"),
                        QCoreApplication::translate("LocusReport", "Desa/Kelurahan"),
                        QCoreApplication::translate("LocusReport", "Kecamatan"),
                        QCoreApplication::translate("LocusReport", "Locus")};
    for (const core::ServicePackage package : core::kServicePackages)
        headers << QCoreApplication::translate("LocusReport", "%1 (%)").arg(packageName(package));
    headers << QCoreApplication::translate("LocusReport", "Overall (%)")
            << QCoreApplication::translate("LocusReport", "APBDes for stunting");
    return headers;
}

std::vector<QVariantList> summaryRows(const ScorecardSummaryData &data)
{
    std::vector<QVariantList> rows;
    for (const ScorecardSummaryRow &row : data.rows) {
        QVariantList cells{q(row.scorecard.village.toString()), row.villageName, row.kecamatanName,
                           row.locus ? QCoreApplication::translate("LocusReport", "yes")
                                     : QCoreApplication::translate("LocusReport", "no")};
        for (const core::PackageCoverage &p : row.coverage.packages)
            cells << optionalCell(p.percent);
        cells << optionalCell(row.coverage.overall) << optionalCell(row.scorecard.apbdesStunting);
        rows.push_back(std::move(cells));
    }
    return rows;
}

} // namespace

void exportScorecardSummaryXlsx(const ScorecardSummaryData &data, core::Language language,
                                const QString &path)
{
    Q_UNUSED(language);
    XlsxWriter writer(path);
    writer.addSheet(QCoreApplication::translate("LocusReport", "Summary %1").arg(data.year));
    writer.addHeader(summaryHeaders());
    for (const QVariantList &row : summaryRows(data))
        writer.addRow(row);
    writer.setColumnWidth(1, 22);
    writer.setColumnWidth(2, 16);
    for (int column = 4; column <= 9; ++column)
        writer.setColumnWidth(column, 14);
    writer.setColumnWidth(10, 18);

    writer.addSheet(QCoreApplication::translate("LocusReport", "Indicators %1").arg(data.year));
    writer.addHeader({QCoreApplication::translate("LocusReport", "Village code"),
                      QCoreApplication::translate("LocusReport", "Desa/Kelurahan"),
                      QCoreApplication::translate("LocusReport", "Kecamatan"),
                      QCoreApplication::translate("LocusReport", "Locus"),
                      QCoreApplication::translate("LocusReport", "Package"),
                      QCoreApplication::translate("LocusReport", "Indicator"),
                      QCoreApplication::translate("LocusReport", "Target"),
                      QCoreApplication::translate("LocusReport", "Achieved"),
                      QCoreApplication::translate("LocusReport", "Coverage (%)")});
    for (const ScorecardSummaryRow &row : data.rows) {
        for (const core::ScorecardIndicator &i : row.scorecard.indicators)
            writer.addRow({q(row.scorecard.village.toString()), row.villageName, row.kecamatanName,
                           row.locus ? QCoreApplication::translate("LocusReport", "yes")
                                     : QCoreApplication::translate("LocusReport", "no"),
                           packageName(i.package), q(i.name),
                           QVariant::fromValue(static_cast<qint64>(i.target)),
                           QVariant::fromValue(static_cast<qint64>(i.achieved)),
                           optionalCell(i.coverage())});
    }
    writer.setColumnWidth(1, 22);
    writer.setColumnWidth(4, 28);
    writer.setColumnWidth(5, 50);
    writer.close();
}

void exportScorecardSummaryCsv(const ScorecardSummaryData &data, core::Language language,
                               const QString &path)
{
    Q_UNUSED(language);
    writeCsv(path, summaryHeaders(), summaryRows(data));
}

} // namespace konvergensi::reports
