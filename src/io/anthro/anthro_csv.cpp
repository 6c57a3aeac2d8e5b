// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/anthro/anthro_csv.h"

#include "core/anthro/categories.h"
#include "io/anthro/csv_records.h"

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

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

/// Lower-case ASCII copy of a short word (longer text never matches a word anyway).
std::string lowerWord(std::string_view text)
{
    std::string word(text.substr(0, 32));
    for (char &c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
}

bool isMissingText(std::string_view text)
{
    return text.empty() || text == "NA" || text == "na" || text == "Na";
}

enum class Parsed { Value, Missing, Invalid };

/// A decimal number: digits with an optional point (or comma, when `decimalComma`), an
/// optional sign and exponent. Empty or NA is missing.
Parsed parseNumber(std::string_view field, bool decimalComma, double &value)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    std::array<char, 64> buffer{};
    if (text.size() >= buffer.size())
        return Parsed::Invalid;
    std::size_t n = 0;
    std::size_t i = 0;
    if (text[0] == '+' || text[0] == '-') {
        if (text[0] == '-')
            buffer[n++] = '-';
        ++i;
    }
    int digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            buffer[n++] = c;
            ++digits;
        } else if ((c == '.' || (decimalComma && c == ',')) && !point) {
            buffer[n++] = '.';
            point = true;
        } else {
            break;
        }
    }
    if (digits == 0)
        return Parsed::Invalid;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        buffer[n++] = 'e';
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            buffer[n++] = text[i++];
        int exponentDigits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            buffer[n++] = text[i++];
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return Parsed::Invalid;
    }
    if (i != text.size())
        return Parsed::Invalid;
    const auto [end, error] = std::from_chars(buffer.data(), buffer.data() + n, value);
    if (error != std::errc() || end != buffer.data() + n || !std::isfinite(value))
        return Parsed::Invalid;
    return Parsed::Value;
}

template<std::size_t N>
bool oneOf(const std::string &word, const std::array<std::string_view, N> &words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

Parsed parseSex(std::string_view field, Sex &sex)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    const std::string word = lowerWord(text);
    static constexpr std::array<std::string_view, 7> kMale = {"1",         "m",         "l", "male",
                                                              "laki-laki", "laki laki", "lk"};
    static constexpr std::array<std::string_view, 5> kFemale = {"2", "f", "p", "female",
                                                                "perempuan"};
    if (oneOf(word, kMale)) {
        sex = Sex::Male;
        return Parsed::Value;
    }
    if (oneOf(word, kFemale) || word == "pr") {
        sex = Sex::Female;
        return Parsed::Value;
    }
    return Parsed::Invalid;
}

Parsed parseMeasure(std::string_view field, Measure &measure)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    const std::string word = lowerWord(text);
    static constexpr std::array<std::string_view, 5> kLength = {"l", "length", "recumbent",
                                                                "terlentang", "pb"};
    static constexpr std::array<std::string_view, 5> kHeight = {"h", "height", "standing",
                                                                "berdiri", "tb"};
    if (oneOf(word, kLength)) {
        measure = Measure::Length;
        return Parsed::Value;
    }
    if (oneOf(word, kHeight)) {
        measure = Measure::Height;
        return Parsed::Value;
    }
    return Parsed::Invalid;
}

Parsed parseOedema(std::string_view field, bool &oedema)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing; // the package treats a missing oedema as "n"
    const std::string word = lowerWord(text);
    static constexpr std::array<std::string_view, 4> kYes = {"y", "1", "yes", "ya"};
    static constexpr std::array<std::string_view, 4> kNo = {"n", "2", "no", "tidak"};
    if (oneOf(word, kYes)) {
        oedema = true;
        return Parsed::Value;
    }
    if (oneOf(word, kNo)) {
        oedema = false;
        return Parsed::Value;
    }
    return Parsed::Invalid;
}

enum class AgeUnit { Days, Months };

Parsed parseAgeUnit(std::string_view field, AgeUnit &unit)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    const std::string word = lowerWord(text);
    static constexpr std::array<std::string_view, 4> kDays = {"days", "day", "d", "hari"};
    static constexpr std::array<std::string_view, 5> kMonths = {"months", "month", "mo", "bulan",
                                                                "bln"};
    if (oneOf(word, kDays)) {
        unit = AgeUnit::Days;
        return Parsed::Value;
    }
    if (oneOf(word, kMonths)) {
        unit = AgeUnit::Months;
        return Parsed::Value;
    }
    return Parsed::Invalid;
}

/// An ISO date, YYYY-MM-DD.
Parsed parseDate(std::string_view field, boost::gregorian::date &date)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    int parts[3] = {0, 0, 0};
    std::size_t part = 0;
    std::size_t digits = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            if (++digits > (part == 0 ? 4U : 2U))
                return Parsed::Invalid;
            parts[part] = parts[part] * 10 + (c - '0');
        } else if (c == '-' && digits > 0 && part < 2) {
            ++part;
            digits = 0;
        } else {
            return Parsed::Invalid;
        }
    }
    if (part != 2 || digits == 0)
        return Parsed::Invalid;
    try {
        date = boost::gregorian::date(static_cast<unsigned short>(parts[0]),
                                      static_cast<unsigned short>(parts[1]),
                                      static_cast<unsigned short>(parts[2]));
    } catch (const std::exception &) {
        return Parsed::Invalid;
    }
    return Parsed::Value;
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

/// R's significant digits of |x| > 0 when it prints with 15 digits (the scientific() step of
/// its formatReal): the value scaled to 15 digits in long double precision and rounded there,
/// trailing zeros dropped. This is not always the correctly rounded 15-digit decimal (R gives
/// "17.460895922995" where that would be "17.4608959229951"), so it is done R's way.
struct RDigits
{
    int significant;
    int exponent; ///< of the leading digit
    bool roundingWidens;
};

RDigits rDigits(double r)
{
    constexpr int kDigits = 15;
    constexpr int kMaxPower = 27;
    static constexpr std::array<long double, kMaxPower + 1> kPowers = [] {
        std::array<long double, kMaxPower + 1> powers{};
        long double p = 1;
        for (long double &entry : powers) {
            entry = p;
            p *= 10;
        }
        return powers;
    }();
    int kp = static_cast<int>(std::floor(std::log10(r))) - kDigits + 1;
    long double scaled = r;
    if (std::abs(kp) < 10) {
        if (kp > 0)
            scaled /= kPowers[static_cast<std::size_t>(kp)];
        else if (kp < 0)
            scaled *= kPowers[static_cast<std::size_t>(-kp)];
    } else {
        scaled /= powl(10.0L, static_cast<long double>(kp));
    }
    if (scaled < kPowers[kDigits - 1]) {
        scaled *= 10;
        --kp;
    }
    double alpha = static_cast<double>(nearbyintl(scaled));
    int significant = kDigits;
    for (int j = 1; j <= kDigits; ++j) {
        alpha /= 10;
        if (alpha != std::floor(alpha))
            break;
        --significant;
    }
    if (significant == 0) {
        significant = 1;
        ++kp;
    }
    const int exponent = kp + kDigits - 1;
    const int right = std::clamp(kDigits - exponent, 0, kMaxPower);
    const double fuzz = 0.5 / static_cast<double>(kPowers[static_cast<std::size_t>(right)]);
    const bool widens = exponent > 0 && exponent <= kMaxPower
                        && r < kPowers[static_cast<std::size_t>(exponent)] - fuzz;
    return {significant, exponent, widens};
}

/// x as R's write.csv writes a number: its significant digits, in fixed notation unless
/// scientific is narrower ("9e+05", "1e-04").
void appendLikeR(std::string &out, double x)
{
    const bool negative = x < 0;
    const RDigits digits = rDigits(std::abs(x));
    const int left = digits.exponent + 1 - (digits.roundingWidens ? 1 : 0);
    const int right = std::max(0, digits.significant - left);
    const int fixedWidth = (negative ? 1 : 0) + (left <= 0 ? 1 : left) + right + (right ? 1 : 0);
    const int mantissaDecimals = digits.significant - 1;
    const int scientificWidth = (negative ? 1 : 0) + (mantissaDecimals > 0 ? 1 : 0)
                                + mantissaDecimals + 4 + (std::abs(digits.exponent) >= 100 ? 2 : 1);
    char buffer[400];
    const auto result = fixedWidth <= scientificWidth
                            ? std::to_chars(buffer, buffer + sizeof buffer, x,
                                            std::chars_format::fixed, right)
                            : std::to_chars(buffer, buffer + sizeof buffer, x,
                                            std::chars_format::scientific, mantissaDecimals);
    out.append(buffer, result.ptr);
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

void appendNumber(std::string &out, double value)
{
    if (std::isnan(value))
        return;
    if (std::isinf(value)) {
        out += value > 0 ? "Inf" : "-Inf";
        return;
    }
    if (value == 0) {
        out += '0'; // also -0, as R prints it
        return;
    }
    const bool negative = value < 0;
    // Whole hundredths (every rounded z-score) directly: "1.06", "-0.5", "12".
    if (std::abs(value) < 1e4) {
        const double whole = std::nearbyint(value * 100);
        if (whole / 100 == value) {
            const auto k = static_cast<long long>(std::abs(whole));
            if (negative)
                out += '-';
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, k / 100).ptr;
            out.append(digits, end);
            if (const long long cents = k % 100; cents != 0) {
                out += '.';
                out += static_cast<char>('0' + cents / 10);
                if (cents % 10 != 0)
                    out += static_cast<char>('0' + cents % 10);
            }
            return;
        }
    }
    appendLikeR(out, value);
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
