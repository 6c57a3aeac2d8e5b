// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/measurements/eppgbm_import.h"

#include "core/anthro/zscores.h"
#include "io/logging.h"
#include "io/measurements/eppgbm_file.h"
#include "storage/database.h"
#include "storage/measurements/round_writer.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

namespace konvergensi::io::measurements {

namespace cm = core::measurements;
namespace ca = core::anthro;

namespace {

QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}

/// "2024-08-31" (Boost's own to_iso_extended_string goes through iostreams and a locale:
/// a tenth of an import's time for 100,000 children).
std::string isoString(const boost::gregorian::date &date)
{
    const auto ymd = date.year_month_day();
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                       static_cast<int>(ymd.day));
}

QString iso(const boost::gregorian::date &date)
{
    return QString::fromLatin1(isoString(date));
}

/// The workspace's desa by (kecamatan, desa) name key, and the remembered mappings.
class RegionMatcher
{
public:
    explicit RegionMatcher(storage::Database &db)
    {
        storage::RegionRepository regions(db);
        const auto tree = regions.tree();
        const auto district = regions.district();
        if (district) {
            for (const core::Region *kec : tree.children(district->code)) {
                const std::string kecKey = cm::regionNameKey(kec->name);
                for (const core::Region *village : tree.children(kec->code))
                    m_desa[kecKey + '\n' + cm::regionNameKey(village->name)] = qstr(
                        village->code.toString());
            }
        }
        for (const auto &[key, code] : storage::MeasurementRepository(db).regionMappings())
            m_desa[key.first.toStdString() + '\n' + key.second.toStdString()] = code;
    }

    QString find(const QString &kecamatan, const QString &desa) const
    {
        const auto it = m_desa.find(cm::regionNameKey(kecamatan.toStdString()) + '\n'
                                    + cm::regionNameKey(desa.toStdString()));
        return it == m_desa.end() ? QString() : it->second;
    }

private:
    std::unordered_map<std::string, QString> m_desa;
};

/// A row as far as it can be judged on its own, without the rows before it (duplicates, the
/// round, the lists of names): worked out on the reading thread.
struct PreparedRow
{
    int line = 0;
    QString kecamatan;
    QString desa;
    QString puskesmas;
    QString posyandu;
    QString villageCode;      ///< empty: the names match no region
    std::string puskesmasKey; ///< empty when the row names no puskesmas
    std::string posyanduKey;
    std::string month; ///< of the measurement
    core::measurements::SkipReason skip = core::measurements::SkipReason::None; ///< by dates
    std::string identity; ///< for duplicates: NIK or name, birth and measurement dates
    storage::NewMeasurement measurement; ///< filled when the dates allow a measurement
};

/// Chunks of prepared rows from the reading thread to the judging one: at most a few chunks
/// wait, so a large file is never whole in memory. Either side may stop the other.
class RowPipe
{
public:
    /// Reader side: waits while the pipe is full; false when the judge has stopped.
    bool push(std::vector<PreparedRow> &&rows)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_chunks.size() < kWaiting; });
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(rows));
        m_changed.notify_all();
        return true;
    }
    /// Reader side: nothing more will come.
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    /// Judge side: the next chunk; empty when the reader closed the pipe and all was taken.
    std::optional<std::vector<PreparedRow>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_chunks.empty(); });
        if (m_chunks.empty())
            return std::nullopt;
        std::vector<PreparedRow> rows = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return rows;
    }
    /// Judge side: stop the reader (cancelled, or failed).
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t kWaiting = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PreparedRow>> m_chunks;
    bool m_closed = false;
    bool m_stopped = false;
};

/// Everything about one row that does not depend on the others: its desa, its dates, its
/// keys, and its WHO judgement. Runs on the reading thread; touches nothing shared.
PreparedRow prepare(EppgbmRow &&row, const RegionMatcher &matcher)
{
    PreparedRow out;
    out.line = row.line;
    const auto cell = [&row](Column column) -> QString & {
        return row.cells[static_cast<std::size_t>(column)];
    };
    out.villageCode = matcher.find(cell(Column::Kecamatan), cell(Column::Desa));
    out.kecamatan = std::move(cell(Column::Kecamatan));
    out.desa = std::move(cell(Column::Desa));
    out.puskesmas = cell(Column::Puskesmas);
    out.posyandu = cell(Column::Posyandu);
    if (!out.puskesmas.isEmpty())
        out.puskesmasKey = cm::regionNameKey(out.puskesmas.toStdString());
    if (!out.posyandu.isEmpty())
        out.posyanduKey = cm::posyanduKey(out.posyandu.toStdString());

    const auto birth = cm::parseDateCell(cell(Column::BirthDate).toStdString());
    const auto measured = cm::parseDateCell(cell(Column::MeasureDate).toStdString());
    if (measured.state == cm::DateState::Ok)
        out.month = cm::Round::of(measured.date).toString();
    if (birth.state == cm::DateState::Missing)
        out.skip = cm::SkipReason::BirthDateMissing;
    else if (birth.state == cm::DateState::Unreadable)
        out.skip = cm::SkipReason::BirthDateUnreadable;
    else if (measured.state == cm::DateState::Missing)
        out.skip = cm::SkipReason::MeasureDateMissing;
    else if (measured.state == cm::DateState::Unreadable)
        out.skip = cm::SkipReason::MeasureDateUnreadable;
    else if (birth.date > measured.date)
        out.skip = cm::SkipReason::BirthAfterMeasure;
    if (out.skip != cm::SkipReason::None)
        return out;

    const std::string nik = cell(Column::Nik).toStdString();
    const std::string name = cell(Column::Name).toStdString();
    out.identity = cm::duplicateIdentity(nik, name) + '\n' + isoString(birth.date) + '\n'
                   + isoString(measured.date);

    ca::ChildMeasurement child;
    child.sex = cm::parseSex(cell(Column::Sex).toStdString());
    child.age = ca::Age::fromDates(birth.date, measured.date);
    child.weight = cm::parseNumberCell(cell(Column::Weight).toStdString());
    child.lenhei = cm::parseNumberCell(cell(Column::Height).toStdString());
    child.measure = cm::parsePosition(cell(Column::Position).toStdString());

    storage::NewMeasurement &m = out.measurement;
    if (const auto full = cm::fullNik(nik))
        m.nikKey = "NIK:" + *full;
    m.nameKey = cm::childKey({}, name, birth.date, out.villageCode.toStdString());
    m.initials = qstr(cm::initials(name));
    m.sex = static_cast<int>(child.sex);
    m.birthDate = iso(birth.date);
    m.villageCode = out.villageCode;
    m.name = std::move(cell(Column::Name));
    m.nik = std::move(cell(Column::Nik));
    m.parents = std::move(cell(Column::Parents));
    m.address = std::move(cell(Column::Address));
    m.fileRow = row.line;
    m.puskesmas = out.puskesmas;
    m.posyandu = out.posyandu;
    m.measureDate = iso(measured.date);
    m.ageDays = child.age.days();
    m.weight = child.weight;
    m.lenhei = child.lenhei;
    m.measure = child.measure == ca::Measure::Length   ? QStringLiteral("l")
                : child.measure == ca::Measure::Height ? QStringLiteral("h")
                                                       : QString();
    m.judgement = cm::Judgement::of(ca::computeZScores(child));
    m.typed.zlen = cm::parseNumberCell(cell(Column::TypedHaz).toStdString());
    m.typed.zwei = cm::parseNumberCell(cell(Column::TypedWaz).toStdString());
    m.typed.zwfl = cm::parseNumberCell(cell(Column::TypedWhz).toStdString());
    return out;
}
} // namespace

int ImportPreview::skippedTotal() const
{
    int total = 0;
    for (const auto &rows : skippedRows)
        total += static_cast<int>(rows.size());
    return total;
}

QString ImportPreview::blocker(bool replace) const
{
    if (!error.isEmpty())
        return error;
    if (round.isEmpty())
        return QCoreApplication::translate(
            "Measurements",
            "The round cannot be told from the file (no extract date and no readable "
            "measurement date); give it, for example 2024-08.");
    if (!unmatched.empty()) {
        const int pairs = static_cast<int>(unmatched.size()); // (lupdate misses a cast here)
        return QCoreApplication::translate("Measurements",
                                           "%n kecamatan/desa name pair(s) of the file match no "
                                           "region of the workspace; map each to a desa first.",
                                           nullptr, pairs);
    }
    if (heldChildren > 0 && !replace)
        return QCoreApplication::translate(
                   "Measurements",
                   "The round %1 already holds %2 measured children; import with replace to "
                   "replace it whole.")
            .arg(round)
            .arg(heldChildren);
    return {};
}

ImportPreview judgeFile(storage::Database &db, const QString &path, const ImportOptions &options,
                        const StepHook &step, const JudgedSink &judged)
{
    const auto report = [&step](qint64 done, qint64 total, const QString &text) {
        if (step)
            step(done, total, text);
    };
    ImportPreview preview;
    preview.fileName = QFileInfo(path).fileName();
    report(0, 0, QCoreApplication::translate("Measurements", "Reading %1").arg(preview.fileName));

    // The file is read (unpacked, its XML parsed) on a second thread, and each row worked out
    // there as far as it can be on its own (dates, keys, z-scores: prepare()); this one takes
    // the rows in order for what depends on the rows before (duplicates, the lists, the
    // round) and hands them on (`judged`: the command line's import writes them meanwhile).
    // Only this thread touches the workspace.
    const RegionMatcher matcher(db);
    RowPipe pipe;
    EppgbmFile file;
    std::thread reader([&pipe, &file, &path, &matcher] {
        try {
            file = readEppgbmFile(path, [&pipe, &matcher](std::vector<EppgbmRow> &&rows) {
                std::vector<PreparedRow> prepared;
                prepared.reserve(rows.size());
                for (EppgbmRow &row : rows)
                    prepared.push_back(prepare(std::move(row), matcher));
                return pipe.push(std::move(prepared));
            });
        } catch (const std::exception &error) { // out of memory: refused, never a crash
            file = {};
            file.error = QString::fromLocal8Bit(error.what());
        }
        pipe.close();
    });
    // However judging ends (done, cancelled, failed), the reader stops and is waited for.
    struct Join
    {
        RowPipe &pipe;
        std::thread &reader;
        ~Join()
        {
            pipe.stop();
            if (reader.joinable())
                reader.join();
        }
    } join{pipe, reader};

    std::map<std::pair<QString, QString>, std::size_t> unmatchedIndex;
    std::map<std::string, QString> puskesmas;
    std::map<std::pair<QString, std::string>, QString> posyandu;
    std::unordered_map<std::string, int> keptByIdentity;
    std::map<std::string, int> months;

    int done = 0;
    const auto judge = [&](PreparedRow &row) {
        if (done % 1000 == 0) {
            // How many rows the file holds is known only at its end.
            report(done, 0, QCoreApplication::translate("Measurements", "Judging the children"));
        }
        ++done;
        RowOutcome outcome;
        outcome.line = row.line;
        outcome.villageCode = row.villageCode;
        if (outcome.villageCode.isEmpty()) {
            const std::pair<QString, QString> key{row.kecamatan, row.desa};
            const auto [it, added] = unmatchedIndex.try_emplace(key, preview.unmatched.size());
            if (added)
                preview.unmatched.push_back({key.first, key.second, {}});
            preview.unmatched[it->second].rows.push_back(row.line);
        }
        if (!row.puskesmasKey.empty())
            puskesmas.try_emplace(row.puskesmasKey, row.puskesmas);
        if (!row.posyanduKey.empty())
            posyandu.try_emplace({outcome.villageCode, row.posyanduKey}, row.posyandu);
        if (!row.month.empty())
            ++months[row.month];

        outcome.skip = row.skip;
        if (outcome.skip == cm::SkipReason::None) {
            if (const auto it = keptByIdentity.find(row.identity); it != keptByIdentity.end()) {
                outcome.skip = cm::SkipReason::Duplicate;
                outcome.duplicateOf = it->second;
            }
        }
        if (outcome.skip != cm::SkipReason::None) {
            preview.skippedRows[static_cast<std::size_t>(cm::skipReasonIndex(outcome.skip))]
                .push_back(row.line);
            preview.toStore.skips.push_back(
                {row.line, outcome.villageCode, row.puskesmas, row.posyandu, outcome.skip});
            preview.outcomes.push_back(std::move(outcome));
            return;
        }
        keptByIdentity.emplace(std::move(row.identity), row.line);
        outcome.ageDays = row.measurement.ageDays;
        outcome.judgement = row.measurement.judgement;
        preview.toStore.measurements.push_back(std::move(row.measurement));
        preview.outcomes.push_back(std::move(outcome));
        ++preview.kept;
    };
    std::size_t handedOn = 0;
    while (auto chunk = pipe.pop()) {
        for (PreparedRow &row : *chunk)
            judge(row);
        if (judged) {
            const auto &measurements = preview.toStore.measurements;
            judged(std::span(measurements).subspan(handedOn));
            handedOn = measurements.size();
        }
    }
    reader.join();
    if (!file.ok()) {
        // The file is refused whole, whatever was judged before its fault showed.
        ImportPreview refused;
        refused.fileName = preview.fileName;
        refused.error = file.error;
        return refused;
    }
    preview.headerLine = file.headerLine;
    preview.extractDate = file.extractDate;
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        if (!file.headers[c].isEmpty())
            preview.columns.emplace_back(columnKey(static_cast<Column>(c)), file.headers[c]);
    }
    preview.rowsRead = done;
    const int total = done;

    for (const auto &[key, text] : puskesmas)
        preview.puskesmas << text;
    for (const auto &[key, text] : posyandu)
        preview.posyandu << text;

    // The round: given, else the extract date's month, else the most frequent month measured.
    if (!options.round.isEmpty()) {
        const auto round = cm::Round::parse(options.round.toStdString());
        if (!round) {
            preview.error = QCoreApplication::translate(
                                "Measurements",
                                "%1 is not a round; write the year and month, for example 2024-08.")
                                .arg(options.round);
            return preview;
        }
        preview.round = qstr(round->toString());
    } else if (const auto extract = cm::parseDateCell(preview.extractDate.toStdString());
               extract.state == cm::DateState::Ok) {
        preview.round = qstr(cm::Round::of(extract.date).toString());
    } else if (!months.empty()) {
        auto best = months.begin();
        for (auto it = months.begin(); it != months.end(); ++it) {
            if (it->second > best->second)
                best = it;
        }
        preview.round = qstr(best->first);
    }
    if (!preview.round.isEmpty()) {
        if (const auto held = storage::MeasurementRepository(db).round(preview.round))
            preview.heldChildren = std::max(1, held->children);
    }
    preview.toStore.period = preview.round;
    preview.toStore.extractDate = preview.extractDate;
    preview.toStore.sourceFile = preview.fileName;
    preview.toStore.rowsRead = preview.rowsRead;
    preview.toStore.invented = options.invented;
    report(total, total, QCoreApplication::translate("Measurements", "Judging the children"));
    return preview;
}

ImportResult importAtOnce(storage::Database &db, const QString &path, const ImportOptions &options,
                          const StepHook &step)
{
    const QString text = QCoreApplication::translate("Measurements", "Storing the children");
    ImportResult result;
    // Rolled back unless finished: whatever stops the import (a refused file, a blocker, a
    // cancel, a failure) leaves the workspace as it was.
    storage::RoundWriter writer(db, options.invented);
    // A row of a kecamatan/desa that matches no region blocks the import (it is shown and
    // refused at the end): from there on nothing more is written.
    bool unmatched = false;
    result.preview = judgeFile(
        db, path, options, step, [&](std::span<const storage::NewMeasurement> measurements) {
            unmatched = unmatched
                        || std::any_of(measurements.begin(), measurements.end(),
                                       [](const storage::NewMeasurement &m) {
                                           return m.villageCode.isEmpty();
                                       });
            if (unmatched)
                return;
            writer.add(measurements, [&step, &text](int written) {
                if (step)
                    step(written, 0, text);
            });
        });
    const ImportPreview &preview = result.preview;
    if (!preview.blocker(options.replace).isEmpty())
        return result;
    writer.finish(preview.toStore, options.replace);
    result.stored = true;
    qCInfo(lcIo) << "measurement round imported:" << preview.round << preview.kept << "kept"
                 << preview.skippedTotal() << "skipped";
    return result;
}

void storeJudged(storage::Database &db, const ImportPreview &preview, const ImportOptions &options,
                 const StepHook &step)
{
    if (const QString blocker = preview.blocker(options.replace); !blocker.isEmpty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid, blocker);
    // The round as judged (not a copy of its 100,000 measurements), unless the options say
    // otherwise about invented children.
    std::optional<storage::RoundToStore> changed;
    if (preview.toStore.invented != options.invented) {
        changed = preview.toStore;
        changed->invented = options.invented;
    }
    const storage::RoundToStore &round = changed ? *changed : preview.toStore;
    const QString text = QCoreApplication::translate("Measurements", "Storing the children");
    storage::MeasurementRepository(db).storeRound(round, options.replace,
                                                  [&step, &text](int done, int total) {
                                                      if (step)
                                                          step(done, total, text);
                                                  });
    qCInfo(lcIo) << "measurement round imported:" << preview.round << preview.kept << "kept"
                 << preview.skippedTotal() << "skipped";
}

} // namespace konvergensi::io::measurements
