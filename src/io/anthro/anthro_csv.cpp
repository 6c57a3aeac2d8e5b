// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/anthro/anthro_csv.h"

#include "core/anthro/categories.h"
#include "io/anthro/anthro_fields.h"
#include "io/anthro/csv_records.h"
#include "io/anthro/r_numbers.h"
#include "io/csv_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>
#include <iterator>

namespace konvergensi::io {

namespace {

using namespace core::anthro;
using namespace anthro_fields;

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The field's text in quotes for a message, shortened when long.
QString quoted(std::string_view text)
{
    if (text.size() > 40)
        return u'"' + q(text.substr(0, 37)) + QStringLiteral("...\"");
    return u'"' + q(text) + u'"';
}

enum class AgeSource { None, AgeAndUnit, Days, Months, Dates };

/// Where each known column is in the file; -1 when absent.
struct Columns
{
    int sex = -1;
    int age = -1;
    int ageUnit = -1;
    int ageDays = -1;
    int ageMonths = -1;
    int birthDate = -1;
    int measureDate = -1;
    int weight = -1;
    int lenhei = -1;
    int measure = -1;
    int oedema = -1;
    int headc = -1;
    int armc = -1;
    int triskin = -1;
    int subskin = -1;
    AgeSource ageSource = AgeSource::None;
};

const std::vector<CsvColumn> &knownColumns()
{
    static const std::vector<CsvColumn> columns = {
        {QStringLiteral("sex"), {QStringLiteral("jenis_kelamin"), QStringLiteral("jk")}, true},
        {QStringLiteral("age"), {QStringLiteral("umur"), QStringLiteral("usia")}, false},
        {QStringLiteral("age_unit"), {QStringLiteral("satuan_umur")}, false},
        {QStringLiteral("age_days"), {QStringLiteral("umur_hari")}, false},
        {QStringLiteral("age_months"), {QStringLiteral("umur_bulan")}, false},
        {QStringLiteral("birth_date"), {QStringLiteral("tanggal_lahir")}, false},
        {QStringLiteral("measure_date"),
         {QStringLiteral("tanggal_ukur"), QStringLiteral("tanggal_pengukuran")},
         false},
        {QStringLiteral("weight"),
         {QStringLiteral("weight_kg"), QStringLiteral("berat"), QStringLiteral("berat_badan"),
          QStringLiteral("bb")},
         false},
        {QStringLiteral("lenhei"),
         {QStringLiteral("lenhei_cm"), QStringLiteral("tinggi"), QStringLiteral("tinggi_badan"),
          QStringLiteral("pb_tb")},
         false},
        {QStringLiteral("measure"), {QStringLiteral("cara_ukur")}, false},
        {QStringLiteral("oedema"), {QStringLiteral("edema")}, false},
        {QStringLiteral("headc"),
         {QStringLiteral("headc_cm"), QStringLiteral("lingkar_kepala")},
         false},
        {QStringLiteral("armc"), {QStringLiteral("armc_cm"), QStringLiteral("lila")}, false},
        {QStringLiteral("triskin"), {QStringLiteral("triskin_mm")}, false},
        {QStringLiteral("subskin"), {QStringLiteral("subskin_mm")}, false},
    };
    return columns;
}

/// The header's columns, or a file error.
QString mapColumns(const std::vector<std::string_view> &header, Columns &columns)
{
    QStringList names;
    for (const std::string_view name : header)
        names.append(q(name));
    const CsvHeaderMap map(names, knownColumns());
    if (!map.repeated().isEmpty())
        return QCoreApplication::translate(
                   "AnthroCsv", "the column \"%1\" appears more than once in the header.")
            .arg(map.repeated().first());
    if (!map.missingRequired().isEmpty())
        return QCoreApplication::translate(
            "AnthroCsv", "the header has no column \"sex\" (the first line must name the columns: "
                         "sex, age or age_days or birth_date, weight, lenhei, ...).");
    const auto at = [&map](const char *name) { return map.index(QString::fromLatin1(name)); };
    columns.sex = at("sex");
    columns.age = at("age");
    columns.ageUnit = at("age_unit");
    columns.ageDays = at("age_days");
    columns.ageMonths = at("age_months");
    columns.birthDate = at("birth_date");
    columns.measureDate = at("measure_date");
    columns.weight = at("weight");
    columns.lenhei = at("lenhei");
    columns.measure = at("measure");
    columns.oedema = at("oedema");
    columns.headc = at("headc");
    columns.armc = at("armc");
    columns.triskin = at("triskin");
    columns.subskin = at("subskin");
    if ((columns.birthDate >= 0) != (columns.measureDate >= 0))
        return QCoreApplication::translate(
            "AnthroCsv", "the age from dates needs both columns birth_date and measure_date.");
    if (columns.birthDate >= 0)
        columns.ageSource = AgeSource::Dates;
    else if (columns.age >= 0)
        columns.ageSource = AgeSource::AgeAndUnit;
    else if (columns.ageDays >= 0)
        columns.ageSource = AgeSource::Days;
    else if (columns.ageMonths >= 0)
        columns.ageSource = AgeSource::Months;
    else
        return QCoreApplication::translate(
            "AnthroCsv", "the header has no age column: give age (with age_unit, days or months), "
                         "age_days, age_months, or birth_date and measure_date.");
    if (columns.weight < 0 && columns.lenhei < 0 && columns.headc < 0 && columns.armc < 0
        && columns.triskin < 0 && columns.subskin < 0)
        return QCoreApplication::translate(
            "AnthroCsv", "the header has no measurement column (weight, lenhei, headc, armc, "
                         "triskin or subskin).");
    return {};
}

/// One data row into a child; the reason when a field is wrong.
QString readChild(const Columns &columns, const std::vector<std::string_view> &fields,
                  bool decimalComma, ChildMeasurement &child)
{
    const auto number = [&](int column, const char *label, double &value) -> QString {
        if (column < 0)
            return {};
        if (parseNumber(fields[column], decimalComma, value) == Parsed::Invalid)
            return QCoreApplication::translate("AnthroCsv", "the %1 %2 is not a number.")
                .arg(QCoreApplication::translate("AnthroCsv", label), quoted(fields[column]));
        return {};
    };
    if (parseSex(fields[columns.sex], child.sex) == Parsed::Invalid)
        return QCoreApplication::translate("AnthroCsv",
                                           "the sex %1 is not known (use 1 or 2, m or f, L or P).")
            .arg(quoted(fields[columns.sex]));

    double age = kMissing;
    const auto ageIn = [&](int column, AgeUnit unit) -> QString {
        if (QString problem = number(column, QT_TRANSLATE_NOOP("AnthroCsv", "age"), age);
            !problem.isEmpty())
            return problem;
        if (isMissing(age))
            return {};
        if (age < 0)
            return QCoreApplication::translate("AnthroCsv", "the age %1 is negative.")
                .arg(quoted(fields[column]));
        child.age = unit == AgeUnit::Days ? Age::fromDays(age) : Age::fromMonths(age);
        return {};
    };
    switch (columns.ageSource) {
    case AgeSource::AgeAndUnit: {
        AgeUnit unit = AgeUnit::Days; // the package's default without age_unit
        if (columns.ageUnit >= 0) {
            const Parsed parsed = parseAgeUnit(fields[columns.ageUnit], unit);
            if (parsed == Parsed::Invalid)
                return QCoreApplication::translate("AnthroCsv",
                                                   "the age unit %1 is not days or months.")
                    .arg(quoted(fields[columns.ageUnit]));
            double value = kMissing;
            if (parsed == Parsed::Missing
                && parseNumber(fields[columns.age], decimalComma, value) == Parsed::Value)
                return QCoreApplication::translate("AnthroCsv",
                                                   "the age %1 has no age_unit (days or months).")
                    .arg(quoted(fields[columns.age]));
        }
        if (QString problem = ageIn(columns.age, unit); !problem.isEmpty())
            return problem;
        break;
    }
    case AgeSource::Days:
        if (QString problem = ageIn(columns.ageDays, AgeUnit::Days); !problem.isEmpty())
            return problem;
        break;
    case AgeSource::Months:
        if (QString problem = ageIn(columns.ageMonths, AgeUnit::Months); !problem.isEmpty())
            return problem;
        break;
    case AgeSource::Dates: {
        boost::gregorian::date birth;
        boost::gregorian::date measured;
        const Parsed b = parseDate(fields[columns.birthDate], birth);
        if (b == Parsed::Invalid)
            return QCoreApplication::translate("AnthroCsv",
                                               "the birth date %1 is not a date (YYYY-MM-DD).")
                .arg(quoted(fields[columns.birthDate]));
        const Parsed m = parseDate(fields[columns.measureDate], measured);
        if (m == Parsed::Invalid)
            return QCoreApplication::translate(
                       "AnthroCsv", "the measurement date %1 is not a date (YYYY-MM-DD).")
                .arg(quoted(fields[columns.measureDate]));
        if (b == Parsed::Value && m == Parsed::Value) {
            if (measured < birth)
                return QCoreApplication::translate(
                           "AnthroCsv", "the measurement date %1 is before the birth date %2.")
                    .arg(quoted(fields[columns.measureDate]), quoted(fields[columns.birthDate]));
            child.age = Age::fromDates(birth, measured);
        }
        break;
    }
    case AgeSource::None:
        break;
    }

    for (const auto &[column, label, target] :
         {std::tuple{columns.weight, QT_TRANSLATE_NOOP("AnthroCsv", "weight"), &child.weight},
          std::tuple{columns.lenhei, QT_TRANSLATE_NOOP("AnthroCsv", "length/height"),
                     &child.lenhei},
          std::tuple{columns.headc, QT_TRANSLATE_NOOP("AnthroCsv", "head circumference"),
                     &child.headc},
          std::tuple{columns.armc, QT_TRANSLATE_NOOP("AnthroCsv", "arm circumference"),
                     &child.armc},
          std::tuple{columns.triskin, QT_TRANSLATE_NOOP("AnthroCsv", "triceps skinfold"),
                     &child.triskin},
          std::tuple{columns.subskin, QT_TRANSLATE_NOOP("AnthroCsv", "subscapular skinfold"),
                     &child.subskin}}) {
        if (QString problem = number(column, label, *target); !problem.isEmpty())
            return problem;
    }
    if (columns.measure >= 0
        && parseMeasure(fields[columns.measure], child.measure) == Parsed::Invalid)
        return QCoreApplication::translate("AnthroCsv",
                                           "the measure %1 is not l or h (terlentang or berdiri).")
            .arg(quoted(fields[columns.measure]));
    if (columns.oedema >= 0 && parseOedema(fields[columns.oedema], child.oedema) == Parsed::Invalid)
        return QCoreApplication::translate("AnthroCsv", "the oedema %1 is not y or n (1 or 2).")
            .arg(quoted(fields[columns.oedema]));
    return {};
}

void addRowError(AnthroReadResult &result, int line, const QString &reason)
{
    ++result.rowErrorCount;
    if (static_cast<int>(result.rowErrors.size()) < kMaxRowErrors)
        result.rowErrors.push_back({line, reason});
}

} // namespace

AnthroReadResult readAnthroCsv(QByteArray data)
{
    AnthroReadResult result;
    AnthroTable &table = result.table;
    table.data = std::move(data);
    const std::string_view bytes(table.data.constData(),
                                 static_cast<std::size_t>(table.data.size()));
    if (const auto line = firstLineNotUtf8(bytes)) {
        result.fileError = QCoreApplication::translate(
                               "AnthroCsv",
                               "line %1 is not UTF-8 text: this is not a CSV file of children, "
                               "or it was saved in another encoding (save it as CSV UTF-8).")
                               .arg(*line);
        return result;
    }
    std::string_view firstLine = bytes.substr(bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    firstLine = firstLine.substr(0, std::min(firstLine.find_first_of("\r\n"), firstLine.size()));
    table.delimiter = detectDelimiter(firstLine);

    CsvRecordReader reader(bytes, table.delimiter);
    CsvRecord record;
    if (!reader.next(record)) {
        result.fileError = QCoreApplication::translate("AnthroCsv", "the file is empty.");
        return result;
    }
    if (!reader.error().empty()) {
        result.fileError = QCoreApplication::translate("AnthroCsv",
                                                       "line %1: the header is not CSV (%2).")
                               .arg(record.line)
                               .arg(QString::fromStdString(reader.error()));
        return result;
    }
    Columns columns;
    if (QString problem = mapColumns(record.fields, columns); !problem.isEmpty()) {
        result.fileError = problem;
        return result;
    }
    table.headerText = record.text;
    const std::size_t fieldCount = record.fields.size();
    const bool decimalComma = table.delimiter != ',';
    table.children.reserve(static_cast<std::size_t>(table.data.size() / 32));
    while (reader.next(record)) {
        if (!reader.error().empty()) {
            addRowError(result, record.line,
                        QCoreApplication::translate("AnthroCsv", "the row is not CSV (%1).")
                            .arg(QString::fromStdString(reader.error())));
            continue;
        }
        if (record.fields.size() != fieldCount) {
            addRowError(result, record.line,
                        QCoreApplication::translate("AnthroCsv",
                                                    "the row has %1 fields, the header has %2.")
                            .arg(record.fields.size())
                            .arg(fieldCount));
            continue;
        }
        ChildMeasurement child;
        if (QString problem = readChild(columns, record.fields, decimalComma, child);
            !problem.isEmpty()) {
            addRowError(result, record.line, problem);
            continue;
        }
        table.rowTexts.push_back(record.text);
        table.rowLines.push_back(record.line);
        table.children.push_back(child);
    }
    if (result.rowErrorCount == 0 && table.children.empty())
        result.fileError = QCoreApplication::translate(
            "AnthroCsv", "the file has a header but no rows of children.");
    return result;
}

AnthroReadResult readAnthroCsvFile(const QString &path)
{
    // A device or a pipe has no size to check: /dev/zero would be read until the memory ends.
    if (const QString error = notARegularFileError(path); !error.isEmpty()) {
        AnthroReadResult result;
        result.fileError = error;
        return result;
    }
    QFile file(path);
    constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024;
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        AnthroReadResult result;
        result.fileError = QCoreApplication::translate("AnthroCsv", "cannot read %1: %2.")
                               .arg(path, file.errorString());
        return result;
    }
    if (file.size() > kMaxBytes) {
        AnthroReadResult result;
        result.fileError =
            QCoreApplication::translate("AnthroCsv", "%1 is larger than 1 GB.").arg(path);
        return result;
    }
    return readAnthroCsv(file.readAll());
}

const std::vector<std::string> &zscoreColumnNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> list = {"csex", "clenhei", "cmeasure", "c9mo_flag", "cbmi"};
        for (const Indicator indicator : kAllIndicators) {
            for (const char prefix : {'z', 'f'}) {
                std::string name(1, prefix);
                name += packageName(indicator);
                list.push_back(std::move(name));
            }
        }
        for (const char *name :
             {"kategori_bbu", "kategori_pbu_tbu", "kategori_bbpb_bbtb", "kategori_imtu"})
            list.emplace_back(name);
        return list;
    }();
    return names;
}

void writeZScoreCsv(const AnthroTable &table, std::span<const ZScores> scores,
                    const std::function<void(std::string_view)> &write)
{
    constexpr std::size_t kChunk = 1 << 20;
    const char d = table.delimiter;
    std::string out;
    out.reserve(kChunk + 4096);
    out += table.headerText;
    for (const std::string &name : zscoreColumnNames()) {
        out += d;
        out += name;
    }
    out += '\n';
    const auto text = [&out, d](std::string_view value) {
        out += d;
        out += value;
    };
    for (std::size_t i = 0; i < table.rowTexts.size() && i < scores.size(); ++i) {
        const ZScores &z = scores[i];
        out += table.rowTexts[i];
        text(z.csex == Sex::Male ? "1" : z.csex == Sex::Female ? "2" : "");
        out += d;
        appendNumber(out, z.clenhei);
        text(z.cmeasure == Measure::Length ? "l" : z.cmeasure == Measure::Height ? "h" : "");
        text(z.c9moFlag ? "1" : "0");
        out += d;
        appendNumber(out, z.cbmi);
        for (const Indicator indicator : kAllIndicators) {
            out += d;
            appendNumber(out, z.zscore(indicator));
            const int flag = z.flag(indicator);
            text(flag < 0 ? "" : flag == 1 ? "1" : "0");
        }
        const ChildCategories categories = categorize(z);
        text(categories.weightForAge ? indonesianTerm(*categories.weightForAge) : "");
        text(categories.heightForAge ? indonesianTerm(*categories.heightForAge) : "");
        text(categories.weightForHeight ? indonesianTerm(*categories.weightForHeight) : "");
        text(categories.bmiForAge ? indonesianTerm(*categories.bmiForAge) : "");
        out += '\n';
        if (out.size() >= kChunk) {
            write(out);
            out.clear();
        }
    }
    write(out);
}

std::string writeZScoreCsv(const AnthroTable &table, std::span<const ZScores> scores)
{
    std::string all;
    writeZScoreCsv(table, scores, [&all](std::string_view chunk) { all += chunk; });
    return all;
}

} // namespace konvergensi::io
