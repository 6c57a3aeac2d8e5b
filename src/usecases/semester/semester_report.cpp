// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/semester/semester_report.h"

#include "qtsupport/text.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"
#include "storage/semester/semester_repository.h"
#include "storage/workspace_repository.h"
#include "usecases/semester/semester_parts.h"

namespace konvergensi::usecases::semester {

namespace detail {

QString dateText(const boost::gregorian::date &date, core::Language language)
{
    return qs(core::formatDate(date, language));
}

QString longDateText(const boost::gregorian::date &date, core::Language language)
{
    return qs(core::formatLongDate(date, language));
}

QString regionName(const PartContext &context, const std::string &code)
{
    if (const auto parsed = core::RegionCode::parse(code)) {
        if (const core::Region *region = context.tree.find(*parsed))
            return qs(region->name);
    }
    return qs(code);
}

QString yesNo(bool yes)
{
    return yes ? QCoreApplication::translate("SemesterReport", "Yes", "RAN-PASTI answer")
               : QCoreApplication::translate("SemesterReport", "No", "RAN-PASTI answer");
}

} // namespace detail

TextsForEditing textsFor(storage::Database &db, const core::Semester &semester)
{
    storage::SemesterRepository repository(db);
    TextsForEditing out;
    if (auto stored = repository.texts(semester)) {
        out.texts = *stored;
        out.stored = true;
        return out;
    }
    for (const core::Semester &earlier : repository.semesters()) { // newest first
        if (earlier < semester) {
            out.texts = core::SemesterTexts::draftFrom(*repository.texts(earlier), semester);
            out.carriedFrom = earlier;
            return out;
        }
    }
    out.texts.year = semester.year;
    out.texts.half = semester.half;
    return out;
}

core::SemesterTexts saveTexts(storage::Database &db, const core::SemesterTexts &texts)
{
    return storage::SemesterRepository(db).save(texts);
}

core::SemesterSignatories signatories(storage::Database &db)
{
    return storage::SemesterRepository(db).signatories();
}

core::SemesterSignatories saveSignatories(storage::Database &db,
                                          const core::SemesterSignatories &signatories)
{
    return storage::SemesterRepository(db).saveSignatories(signatories);
}

QString semesterLabel(const core::Semester &semester)
{
    return QCoreApplication::translate("SemesterReport", "Semester %1 %2")
        .arg(qs(semester.roman()))
        .arg(semester.year);
}

QString fileBaseName(const core::Semester &semester)
{
    return QCoreApplication::translate("SemesterReport", "semester-report-%1-%2")
        .arg(semester.year)
        .arg(qs(semester.roman()));
}

namespace {

void writtenPart(reports::SemesterDocument &document, const QString &heading,
                 const std::string &text)
{
    document.heading(heading);
    if (text.empty())
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "The secretariat has not written this part yet."));
    else
        document.paragraph(qs(text));
}

} // namespace

namespace {

/// The stored report date of stored parts; today for a draft or nothing written.
boost::gregorian::date storedOrToday(const TextsForEditing &texts,
                                     const boost::gregorian::date &today)
{
    return texts.stored && texts.texts.reportDate ? *texts.texts.reportDate : today;
}

} // namespace

boost::gregorian::date reportDate(storage::Database &db, const core::Semester &semester)
{
    return storedOrToday(textsFor(db, semester), db.clock().today());
}

reports::SemesterDocument buildDocument(storage::Database &db, const core::Semester &semester,
                                        core::Language language, Progress &progress,
                                        const std::optional<boost::gregorian::date> &signedOn)
{
    constexpr int kSteps = 8;
    progress.report(0, kSteps,
                    QCoreApplication::translate("SemesterReport", "Reading the written parts"));
    progress.check();
    storage::RegionRepository regions(db);
    detail::PartContext context{
        db, semester, language, db.clock().today(), regions.tree(), regions.district()};
    const TextsForEditing texts = textsFor(db, semester);
    const core::SemesterSignatories signers = signatories(db);

    reports::SemesterDocument document;
    document.letterhead = storage::WorkspaceRepository(db).letterhead();
    const QString district = context.district ? qs(context.district->name)
                                              : qs(document.letterhead.districtName);
    document.title = QCoreApplication::translate(
        "SemesterReport", "SEMESTER REPORT OF THE STUNTING REDUCTION ACCELERATION TEAM (TPPS)");
    document.subtitle = QCoreApplication::translate("SemesterReport",
                                                    "%1 \u00b7 Semester %2 %3 (%4 \u2013 %5)")
                            .arg(district, qs(semester.roman()))
                            .arg(semester.year)
                            .arg(detail::dateText(semester.firstDay(), language),
                                 detail::dateText(semester.lastDay(), language));
    if (texts.carriedFrom)
        document.paragraph(QCoreApplication::translate(
                               "SemesterReport",
                               "The written parts below are a draft carried over from %1; they "
                               "have not been saved for this semester yet.")
                               .arg(semesterLabel(*texts.carriedFrom)));

    writtenPart(document, QCoreApplication::translate("SemesterReport", "I. Foreword"),
                texts.texts.foreword);
    writtenPart(document, QCoreApplication::translate("SemesterReport", "II. Executive summary"),
                texts.texts.summary);
    progress.report(
        1, kSteps, QCoreApplication::translate("SemesterReport", "Reading the prevalence figures"));
    progress.check();
    detail::addPrevalencePart(document, context);
    progress.report(
        2, kSteps,
        QCoreApplication::translate("SemesterReport", "Reading the convergence actions"));
    progress.check();
    detail::addActionsPart(document, context);
    progress.report(3, kSteps,
                    QCoreApplication::translate("SemesterReport", "Reading the locus villages"));
    progress.check();
    detail::addLocusPart(document, context);
    progress.report(4, kSteps,
                    QCoreApplication::translate("SemesterReport", "Reading the meetings"));
    progress.check();
    detail::addCoordinationPart(document, context, texts.texts.villageRoleRegulation);
    progress.report(5, kSteps,
                    QCoreApplication::translate("SemesterReport", "Reading the case audit"));
    progress.check();
    detail::addCaseAuditPart(document, context);
    progress.report(6, kSteps,
                    QCoreApplication::translate("SemesterReport", "Reading the target data"));
    progress.check();
    detail::addTargetDataPart(document, context);
    writtenPart(document, QCoreApplication::translate("SemesterReport", "IX. Innovations"),
                texts.texts.innovations);
    writtenPart(document,
                QCoreApplication::translate("SemesterReport", "X. Obstacles and recommendations"),
                texts.texts.obstacles);
    writtenPart(document, QCoreApplication::translate("SemesterReport", "XI. Closing"),
                texts.texts.closing);

    // The Ketua TPPS signs; the letterhead's signatory when the district set no chair.
    reports::Signature chair;
    chair.place = qs(document.letterhead.city);
    chair.date = detail::dateText(signedOn.value_or(storedOrToday(texts, context.today)), language);
    if (!signers.chairTitle.empty() || !signers.chairName.empty()) {
        chair.title = qs(signers.chairTitle);
        chair.name = qs(signers.chairName);
        chair.nip = qs(signers.chairNip);
    } else {
        chair.title =
            QCoreApplication::translate("SemesterReport", "Chair of the TPPS of %1").arg(district);
    }
    document.chair = chair;
    if (signers.regentAcknowledges) {
        reports::Signature regent;
        regent.title = QCoreApplication::translate("SemesterReport", "Acknowledged by,")
                       + QLatin1Char('\n') + qs(signers.regentTitle);
        regent.name = qs(signers.regentName);
        document.acknowledgement = regent;
    }
    progress.report(kSteps, kSteps);
    return document;
}

int writePdf(const reports::SemesterDocument &document, core::Language language,
             reports::Paper paper, const QString &path)
{
    const auto printable = reports::semesterReportDocument(document, language, paper);
    printable.writePdf(path);
    return printable.pageCount();
}

} // namespace konvergensi::usecases::semester
