// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi_screenshots OUT_FOLDER: the screenshots of every page (and every tab of a page)
// and of the program's general dialogs, in Indonesian, on the demo workspace, as the user sees
// them. scripts/screenshots runs it under xvfb-run at 1366x768 (QT_QPA_PLATFORM=xcb) and
// writes docs/images/screens/; gui_screenshots_test runs it offscreen to prove it works.
// Prints one line per picture: the file and whether the window fits the screen.
#include "gui/anthro/zscore_calculator_dialog.h"
#include "gui/common/print_preview.h"
#include "gui/help/about_dialog.h"
#include "gui/help/user_guide_dialog.h"
#include "gui/language.h"
#include "gui/locus/scorecard_dialog.h"
#include "gui/main_window.h"
#include "gui/measurements/families_dialog.h"
#include "gui/measurements/growth_chart_dialog.h"
#include "gui/measurements/region_mapping_dialog.h"
#include "gui/regions/region_import_dialog.h"
#include "gui/workspace/move_to_server_dialog.h"
#include "gui/workspace/new_workspace_dialog.h"
#include "gui/workspace/server_connect_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/measurements/child_history.h"
#include "storage/regions/region_repository.h"
#include "storage/workspace_copy.h"
#include "usecases/actions/action_checklist.h"
#include "usecases/measurements/target_data.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

QString slug(QString text)
{
    // "Anak (75)" -> "anak": a count in a tab's title is not part of the picture's name.
    text = text.toLower()
               .remove(QLatin1Char('&'))
               .remove(QRegularExpression(QStringLiteral(" *\\(\\d+\\)")));
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(40);
}

class Shooter
{
public:
    explicit Shooter(QString folder)
        : m_folder(std::move(folder))
    {
    }

    /// The whole screen on a real display (title bars of a window manager included), else the
    /// window itself; says whether `window` fits the screen's free area.
    void shoot(QWidget *window, const QString &name)
    {
        settle(400);
        QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        QPixmap picture = QGuiApplication::platformName() == QLatin1String("xcb")
                              ? screen->grabWindow(0)
                              : window->window()->grab();
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        const bool saved = picture.save(path);
        const bool fits = screen->availableGeometry().contains(window->frameGeometry());
        QTextStream(stdout) << path << (saved ? "" : " NOT WRITTEN")
                            << (fits ? "" : " DOES NOT FIT") << '\n';
        m_ok = m_ok && saved && fits;
    }

    bool ok() const { return m_ok; }

private:
    QString m_folder;
    bool m_ok = true;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Konvergensi-Screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: konvergensi_screenshots OUT_FOLDER\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    LanguageSetup::install(QStringLiteral("id"));
    QTemporaryDir work;
    auto clock = std::make_shared<core::FixedClock>(boost::gregorian::date(2024, 3, 12));
    Shooter shooter(out);

    // The demo district: every page and every tab of it.
    WorkspaceSession session(clock);
    session.create(work.filePath(QStringLiteral("demo.kvg")), io::WorkspaceTemplate::Demo);
    {
        MainWindow window(session);
        window.showMaximized();
        settle(600);
        for (const QString &key : MainWindow::moduleKeys()) {
            window.showModule(key);
            shooter.shoot(&window, key);
            QWidget *page = window.modulePage(key);
            // A page taller than the screen: its lower part too, as the user scrolls to it.
            for (QScrollArea *scroll : page->findChildren<QScrollArea *>()) {
                QScrollBar *bar = scroll->verticalScrollBar();
                if (!scroll->isVisible() || bar->maximum() == 0)
                    continue;
                bar->setValue(bar->maximum());
                shooter.shoot(&window, key + QStringLiteral("-bawah"));
                bar->setValue(0);
                break;
            }
            for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
                if (!tabs->isVisible() || tabs->count() < 2)
                    continue;
                for (int index = 1; index < tabs->count(); ++index) {
                    tabs->setCurrentIndex(index);
                    shooter.shoot(&window, key + QLatin1Char('-') + slug(tabs->tabText(index)));
                }
                tabs->setCurrentIndex(0);
                break; // the page's own tabs; tabs inside tabs are in the module's own pictures
            }
        }

        // General dialogs over the window.
        window.showModule(QStringLiteral("regions"));
        {
            RegionImportDialog dialog(session, &window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-impor-wilayah"));
        }
        {
            NewWorkspaceDialog dialog(work.filePath(QStringLiteral("baru.kvg")), &window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-ruang-kerja-baru"));
        }
        {
            ZScoreCalculatorDialog dialog(QDate(2024, 3, 12), &window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-kalkulator-zscore"));
        }
        {
            // Pengukuran Balita: the growth chart of a demo child measured in both rounds.
            window.showModule(QStringLiteral("measurements"));
            // The first child measured twice who turned two between the rounds.
            std::optional<usecases::measurements::GrowthChart> chart;
            for (const qint64 id :
                 storage::ChildHistory(session.database()).childrenMeasuredAtLeast(2)) {
                chart = usecases::measurements::growthChart(session.database(), id);
                const auto &m = chart->child.measurements;
                if (m.front().ageDays < 731 && m.back().ageDays >= 731)
                    break;
            }
            if (chart) {
                measurements::GrowthChartDialog dialog(*chart, &window);
                dialog.show();
                shooter.shoot(&dialog, QStringLiteral("dialog-grafik-pertumbuhan"));
                for (int tab = 1; tab < dialog.tabs()->count(); ++tab) {
                    dialog.tabs()->setCurrentIndex(tab);
                    shooter.shoot(&dialog, QStringLiteral("dialog-grafik-pertumbuhan-")
                                               + slug(dialog.tabs()->tabText(tab)));
                }
            }
        }
        {
            // Kartu skor: the first demo scorecard of 2023 (Desa Lokus, tab Desa).
            window.showModule(QStringLiteral("locus"));
            const auto cards = storage::ScorecardRepository(session.database()).scorecards(2023);
            if (!cards.empty()) {
                const auto village =
                    storage::RegionRepository(session.database()).find(cards.front().village);
                locus::ScorecardDialog dialog(session, cards.front(),
                                              village ? qs(village->name) : QString(), false,
                                              &window);
                dialog.show();
                shooter.shoot(&dialog, QStringLiteral("dialog-kartu-skor"));
            }
        }
        {
            // Data keluarga of the August 2024 round (Pengukuran Balita, tab Data sasaran).
            window.showModule(QStringLiteral("measurements"));
            if (auto data = usecases::measurements::targetData(session.database(),
                                                               QStringLiteral("2024-08"))) {
                measurements::FamiliesDialog dialog(session, 2024, data->rows,
                                                    data->familiesYear != 2024, &window);
                dialog.show();
                shooter.shoot(&dialog, QStringLiteral("dialog-data-keluarga"));
            }
        }
        {
            // Two desa names of an e-PPGBM file the import matched to no desa (Impor e-PPGBM).
            std::vector<usecases::measurements::UnmatchedRegion> unmatched = {
                {QStringLiteral("Bantan"), QStringLiteral("Teluk Pambang Lama"), {4, 9, 17}},
                {QStringLiteral("Bengkalis"), QStringLiteral("Sei Alam"), {23}}};
            measurements::RegionMappingDialog dialog(session, std::move(unmatched), &window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-nama-desa-berkas"));
        }
        {
            AboutDialog dialog(&window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-tentang"));
        }
        {
            UserGuideDialog dialog(&window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-panduan-pengguna"));
        }
        {
            // Berkas > Hubungkan ke server kantor… (issue #17), as it comes back for a saved
            // connection on a computer without a keychain service.
            ServerConnectDialog dialog(&window);
            storage::ServerConnection server;
            server.host = QStringLiteral("192.168.1.10");
            server.database = QStringLiteral("konvergensi");
            server.user = QStringLiteral("budi");
            dialog.setConnection(server);
            dialog.showNote(QCoreApplication::translate(
                "PasswordStore", "No system keychain is available on this computer: the "
                                 "password is asked at every connection."));
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-hubungkan-server"));
        }
        {
            // Berkas > Pindahkan ke server…: what was copied (the demo's own tables).
            usecases::workspace::MoveResult result;
            result.tables = storage::WorkspaceCopy::summarise(session.database());
            for (const auto &table : result.tables)
                result.totalRows += table.rows;
            MoveToServerResultDialog dialog(
                result, QStringLiteral("postgres@192.168.1.10/konvergensi"), &window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-pindahkan-ke-server"));
        }
        {
            usecases::Progress progress;
            const auto document = usecases::actions::buildReport(
                session.database(), 2023, core::Language::Indonesian, reports::Paper::A4, progress);
            PrintPreviewDialog dialog(document, &window);
            dialog.show();
            shooter.shoot(&dialog, QStringLiteral("dialog-pratinjau-cetak"));
        }
    }

    // A reader's login on a server workspace: nothing to add, import, save or remove.
    {
        session.setRightsForTests(usecases::workspace::WorkspaceRights::readOnly());
        MainWindow window(session);
        window.showMaximized();
        settle(600);
        window.showModule(QStringLiteral("meetings"));
        shooter.shoot(&window, QStringLiteral("hak-pembaca-rapat"));
        window.showModule(QStringLiteral("locus"));
        shooter.shoot(&window, QStringLiteral("hak-pembaca-lokus"));
        session.setRightsForTests(usecases::workspace::WorkspaceRights::everything());
    }

    // A new, empty workspace: the first steps.
    WorkspaceSession empty(clock);
    empty.create(work.filePath(QStringLiteral("kosong.kvg")), io::WorkspaceTemplate::Empty);
    {
        MainWindow window(empty);
        window.showMaximized();
        settle(600);
        shooter.shoot(&window, QStringLiteral("ruang-kerja-kosong"));
    }
    return shooter.ok() ? 0 : 1;
}
