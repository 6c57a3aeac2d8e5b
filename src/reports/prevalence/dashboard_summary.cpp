// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/prevalence/dashboard_summary.h"

#include "reports/prevalence/prevalence_words.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>

#include <algorithm>
#include <map>

namespace konvergensi::reports::prevalence {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

const QString kDash = QStringLiteral("—");

/// The chart as a picture in the document, about the width of the text on A4; or, without
/// data, the sentence the chart would show.
QString chartHtml(const Chart &chart, const ChartPalette &palette)
{
    if (isEmpty(chart)) {
        const QString text = std::visit([](const auto &c) { return c.emptyText; }, chart);
        return html::paragraph(chartTitle(chart) + QStringLiteral(": ") + text);
    }
    // Drawn at 720 x 380 units (the text then prints at about 8 pt), 3 pixels per unit.
    const QImage image = chartImage(chart, QSizeF(720, 380), 3.0, palette);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // Both sizes: a text document given only the width keeps the picture's pixel height.
    constexpr int width = 610;
    constexpr int height = width * 380 / 720;
    return QStringLiteral("<p align=\"center\"><img src=\"data:image/png;base64,%1\" "
                          "width=\"%2\" height=\"%3\"/></p>")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(width)
        .arg(height);
}

QStringList figureCells(const core::AreaFigure &f, core::Language language)
{
    return {f.measured ? countText(*f.measured, language) : kDash,
            f.cases ? countText(*f.cases, language) : kDash,
            f.rate ? percentText(*f.rate, language) : kDash,
            f.interval ? intervalText(*f.interval, language) : kDash,
            f.band ? bandName(*f.band) : kDash};
}

QString headlineTable(const DashboardSummaryData &data, core::Language language)
{
    std::vector<QStringList> rows;
    for (const core::Headline &h : data.headlines) {
        QString change = kDash;
        if (h.change && h.previous)
            change = QCoreApplication::translate("DashboardSummary", "%1 since %2")
                         .arg(pointsText(*h.change, language),
                              periodName(h.previous->year, h.previous->round, language));
        QString target = kDash;
        if (h.target && h.gap)
            target = QCoreApplication::translate("DashboardSummary", "%1 (%2): %3")
                         .arg(percentText(h.target->percent, language),
                              QString::number(h.target->year),
                              *h.gap <= 0
                                  ? QCoreApplication::translate("DashboardSummary", "met, %1 below")
                                        .arg(magnitudeText(*h.gap, language))
                                  : QCoreApplication::translate("DashboardSummary", "%1 above")
                                        .arg(magnitudeText(*h.gap, language)));
        QString rate = percentText(h.latest.rate, language);
        if (h.latest.aggregated)
            rate += QStringLiteral(" ")
                    + QCoreApplication::translate("DashboardSummary", "(sum of desa)");
        rows.push_back({sourceName(h.source), periodName(h.latest.year, h.latest.round, language),
                        rate, change, target});
    }
    if (rows.empty())
        return html::paragraph(QCoreApplication::translate(
                                   "DashboardSummary", "No figures for %1 in this workspace yet.")
                                   .arg(indicatorName(data.indicator).toLower()));
    return html::table({QCoreApplication::translate("DashboardSummary", "Source"),
                        QCoreApplication::translate("DashboardSummary", "Latest figure"),
                        QCoreApplication::translate("DashboardSummary", "Prevalence"),
                        QCoreApplication::translate("DashboardSummary", "Change"),
                        QCoreApplication::translate("DashboardSummary", "Target")},
                       rows, {2}, {14, 18, 16, 28, 24});
}

QString completenessText(const core::PeriodSummary &period, core::Language language)
{
    QString out;
    for (const QString &line : completenessLines(period, language))
        out += html::paragraph(line);
    out += html::paragraph(locusLines(period.locus, language).join(QStringLiteral("; ")));
    return out;
}

QString kecamatanTable(const DashboardSummaryData &data, core::Language language)
{
    std::vector<QStringList> rows;
    for (const core::AreaFigure &k : data.period->kecamatan) {
        QStringList row{fromStd(k.name)};
        row += figureCells(k, language);
        rows.push_back(row);
    }
    const core::AreaFigure &d = data.period->district;
    QStringList total{data.districtName};
    total += figureCells(d, language);
    rows.push_back(total);
    return html::table({QCoreApplication::translate("DashboardSummary", "Kecamatan"),
                        QCoreApplication::translate("DashboardSummary", "Children measured"),
                        QCoreApplication::translate("DashboardSummary", "Cases"),
                        QCoreApplication::translate("DashboardSummary", "Prevalence"),
                        QCoreApplication::translate("DashboardSummary", "95 % interval"),
                        QCoreApplication::translate("DashboardSummary", "Severity (WHO)")},
                       rows, {1, 2, 3}, {22, 16, 10, 16, 17, 19});
}

QString topVillagesTable(const DashboardSummaryData &data, core::Language language)
{
    std::map<std::string, std::string> kecamatanNames;
    for (const core::AreaFigure &k : data.period->kecamatan)
        kecamatanNames[k.code.toString()] = k.name;
    std::vector<const core::AreaFigure *> top;
    for (const core::AreaFigure &v : data.period->villages)
        if (v.rate)
            top.push_back(&v);
    std::stable_sort(top.begin(), top.end(),
                     [](const auto *a, const auto *b) { return *a->rate > *b->rate; });
    if (top.size() > static_cast<std::size_t>(kSummaryTopVillages))
        top.resize(static_cast<std::size_t>(kSummaryTopVillages));
    if (top.empty())
        return html::paragraph(QCoreApplication::translate("DashboardSummary",
                                                           "No desa has a figure in this period."));
    std::vector<QStringList> rows;
    for (const core::AreaFigure *v : top) {
        const auto parent = v->code.parent();
        const auto it = parent ? kecamatanNames.find(parent->toString()) : kecamatanNames.end();
        QStringList row{fromStd(v->name), it == kecamatanNames.end() ? kDash : fromStd(it->second)};
        row += figureCells(*v, language);
        rows.push_back(row);
    }
    return html::table({QCoreApplication::translate("DashboardSummary", "Desa/kelurahan"),
                        QCoreApplication::translate("DashboardSummary", "Kecamatan"),
                        QCoreApplication::translate("DashboardSummary", "Children measured"),
                        QCoreApplication::translate("DashboardSummary", "Cases"),
                        QCoreApplication::translate("DashboardSummary", "Prevalence"),
                        QCoreApplication::translate("DashboardSummary", "95 % interval"),
                        QCoreApplication::translate("DashboardSummary", "Severity (WHO)")},
                       rows, {2, 3, 4}, {18, 15, 15, 9, 15, 13, 15});
}

QString puskesmasTable(const DashboardSummaryData &data, core::Language language)
{
    std::map<std::string, std::string> kecamatanNames;
    if (data.period)
        for (const core::AreaFigure &k : data.period->kecamatan)
            kecamatanNames[k.code.toString()] = k.name;
    std::vector<QStringList> rows;
    for (const core::PuskesmasFigure &p : data.puskesmas->puskesmas) {
        const auto rate = p.villages.rate();
        QString own = kDash;
        if (p.own && p.own->rate())
            own = p.own->hasCounts()
                      ? QCoreApplication::translate("DashboardSummary", "%1 (%2 of %3)")
                            .arg(percentText(*p.own->rate(), language),
                                 countText(*p.own->cases, language),
                                 countText(*p.own->measured, language))
                      : percentText(*p.own->rate(), language);
        QString kecamatan = kDash;
        if (p.kecamatan) {
            const auto it = kecamatanNames.find(p.kecamatan->toString());
            kecamatan = it == kecamatanNames.end() ? fromStd(p.kecamatan->toString())
                                                   : fromStd(it->second);
        }
        rows.push_back(
            {fromStd(p.name), kecamatan,
             QCoreApplication::translate("DashboardSummary", "%1 of %2")
                 .arg(countText(p.villagesWithFigure(), language),
                      countText(p.villagesServed, language)),
             p.villages.withCounts > 0 ? countText(p.villages.measured, language) : kDash,
             p.villages.withCounts > 0 ? countText(p.villages.cases, language) : kDash,
             rate ? percentText(*rate, language) : kDash, own});
    }
    return html::table({QCoreApplication::translate("DashboardSummary", "Puskesmas"),
                        QCoreApplication::translate("DashboardSummary", "Kecamatan"),
                        QCoreApplication::translate("DashboardSummary", "Desa"),
                        QCoreApplication::translate("DashboardSummary", "Children measured"),
                        QCoreApplication::translate("DashboardSummary", "Cases"),
                        QCoreApplication::translate("DashboardSummary", "Prevalence"),
                        QCoreApplication::translate("DashboardSummary", "Own figure")},
                       rows, {3, 4, 5}, {19, 17, 10, 13, 9, 15, 17});
}

} // namespace

ReportDocument buildDashboardSummary(const DashboardSummaryData &data,
                                     const core::Letterhead &letterhead, core::Language language,
                                     const ChartPalette &palette)
{
    ReportDocument document(letterhead, language);
    const QString indicator = indicatorName(data.indicator);
    document.setTitle(QCoreApplication::translate("DashboardSummary", "%1 prevalence in %2")
                          .arg(indicator, data.districtName),
                      data.periodTitle.isEmpty()
                          ? indicator
                          : QCoreApplication::translate("DashboardSummary", "%1 — %2")
                                .arg(indicator, data.periodTitle));

    QString body;
    body += html::heading(
        QCoreApplication::translate("DashboardSummary", "Latest figure of each source"));
    body += headlineTable(data, language);
    body += html::heading(QCoreApplication::translate("DashboardSummary", "Trend"));
    body += chartHtml(data.trend, palette);

    body += html::heading(data.periodTitle.isEmpty()
                              ? QCoreApplication::translate("DashboardSummary", "By kecamatan")
                              : QCoreApplication::translate("DashboardSummary", "By kecamatan, %1")
                                    .arg(data.periodTitle));
    body += chartHtml(data.kecamatan, palette);
    if (data.period) {
        body += kecamatanTable(data, language);
        body += html::heading(QCoreApplication::translate("DashboardSummary",
                                                          "Data completeness and locus villages"));
        body += completenessText(*data.period, language);
        body += html::heading(
            QCoreApplication::translate("DashboardSummary", "Desa with the highest prevalence"));
        body += topVillagesTable(data, language);
    }
    if (data.puskesmas && !data.puskesmas->puskesmas.empty()) {
        body += html::heading(QCoreApplication::translate("DashboardSummary", "Puskesmas"));
        body += html::paragraph(QCoreApplication::translate(
            "DashboardSummary",
            "Children measured, cases and prevalence are the sums of the desa each puskesmas "
            "serves (cases divided by children measured). \"Own figure\" is the figure "
            "entered for the puskesmas itself; the two are never mixed."));
        body += puskesmasTable(data, language);
    }
    body += html::paragraph(bandLegend(data.indicator, language));
    document.setBodyHtml(body);

    Signature signature;
    signature.place = fromStd(letterhead.city);
    signature.date = fromStd(core::formatDate(data.today, language));
    signature.title = fromStd(letterhead.signatoryTitle);
    signature.name = fromStd(letterhead.signatoryName);
    signature.nip = fromStd(letterhead.signatoryNip);
    document.setSignature(signature);
    return document;
}

} // namespace konvergensi::reports::prevalence
