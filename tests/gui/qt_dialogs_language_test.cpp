// SPDX-License-Identifier: GPL-3.0-or-later
// Every Qt dialog the program opens speaks Indonesian. With LanguageSetup::install("id") the
// test builds and shows, headless, each dialog and menu Qt supplies to the program: the print
// dialog (options expanded, its printer properties and "print to file" browser), page setup,
// print preview (toolbar texts and tooltips, its page setup and print buttons), the non-native
// file dialog (open and save, detail view with a folder and files in it), message boxes with
// every standard button, a button box, the progress dialog, the context menus of a line edit,
// a plain text edit, a spin box and a scroll bar, and the calendar of DateEdit. It collects
// every text a user can see (button, label, group box, tab, combo item, action text and
// tooltip, widget tooltip, header and item texts, window titles) and fails on any English
// word of kEnglishWords; besides, every Qt string looked up meanwhile must have an entry in
// resources/translations/qtbase_id.ts (a recording translator sees each lookup).
//
// The checks are shown to fail: the second case runs the same dialogs with the Indonesian
// locale and our own catalogue but without the qtbase catalogue and must find the English
// words. (Also proven once by hand: with "qtbase_id" dropped from LanguageSetup::install the
// first case fails, naming "Print", "Cancel", "Options", "Properties", ...)
#include "gui/language.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QPageSetupDialog>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

using namespace konvergensi;

namespace {

// English words (separated by |) that must not be on screen in Indonesian: whole words,
// case-sensitive, so that Indonesian words are not caught by accident ("Folder", "Margin", "Legal",
// "Tabloid", "April", "September" and "November" are Indonesian too and are not listed).
const char *const kEnglishWords =
    "Print|Printer|Printing|Cancel|Options|Option|Properties|Save|Open|Close|Page|Pages|Setup|"
    "Preview|Copies|Collate|Reverse|Paper|Orientation|Portrait|Landscape|Margins|Width|Height|"
    "Layout|Source|Order|Sheet|Range|Color|Grayscale|Duplex|Double|Sided|Binding|Advanced|Job|"
    "Priority|Banner|Output|File|Files|Name|Size|Type|Date|Modified|Look in|Directory|Parent|"
    "Back|Forward|Create|New|Rename|Delete|Remove|Show|Hide|Hidden|Details|Detail|View|List|"
    "Recent|Places|Computer|Yes|No|All|Apply|Reset|Restore|Defaults|Discard|Abort|Retry|Ignore|"
    "Help|Undo|Redo|Cut|Copy|Paste|Select|Selection|Insert|Zoom|Fit|Next|Previous|First|Last|"
    "Overview|Single|Facing|Export|Scroll|Top|Bottom|Left|Right|Up|Down|Step|Edge|Custom|Letter|"
    "Envelope|Extra|Small|Big|Postcard|Architect|Even|Odd|Current|Location|Local|Write|Drive|"
    "Unknown|Shortcut|Warning|Error|Information|Message|Fatal|Critical|Usage|True|False|"
    "What's This|Start|End|Secret|Confidential|Standard|Billing|Inches|Millimeters|Points|Form|"
    "Find|Choose|Sidebar|bytes|January|February|March|May|June|July|August|October|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun";

// Whole texts allowed although they hold a word above: the standard name of the US paper size
// stays beside its Indonesian name.
const QStringList kAllowedTexts = {QStringLiteral("Kuarto (Letter) / ANSI A")};

// Indonesian that must be on screen: proof that the dialogs were really looked at.
const char *const kExpectedIndonesian =
    "Cetak|Batal|Pratinjau cetak|Pengaturan halaman|Opsi >>|Properti|Salinan|Orientasi|Potret|"
    "Lanskap|Margin|Ukuran halaman:|Perbesar|Halaman berikutnya|Lihat di:|Nama berkas:|Nama|"
    "Ukuran|Tipe|Tanggal diubah|Simpan|Buka|Ya|Tidak|Urungkan|Tempel|Pilih semua|Naikkan|"
    "Gulir ke sini|Tampilkan rincian...";

struct Text
{
    QString where;
    QString text;
};

/// Records every translation lookup and answers none. Installed after the real translators,
/// it is asked first (QFileSystemModel asks from its own thread, hence the mutex).
class LookupRecorder : public QTranslator
{
public:
    struct Lookup
    {
        QByteArray context, source, disambiguation;
        int n;
    };

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QMutexLocker lock(&m_mutex);
        m_lookups.push_back({context, sourceText, disambiguation, n});
        return {};
    }
    bool isEmpty() const override { return false; }

    std::vector<Lookup> lookups() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lookups;
    }

private:
    mutable QMutex m_mutex;
    mutable std::vector<Lookup> m_lookups;
};

/// The text as read: without markup, accelerator marks and the shortcut a menu entry shows
/// after a tab (keys are named as printed on the keyboard: Ctrl+Z, Del).
QString plain(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.simplified();
}

class Collector
{
public:
    void add(const QString &where, const QString &text)
    {
        const QString clean = plain(text);
        if (!clean.isEmpty())
            texts.push_back({where, clean});
    }

    void addMenu(const QString &where, const QMenu *menu)
    {
        add(where + QStringLiteral(" menu title"), menu->title());
        addActions(where, menu->actions());
        for (const QAction *action : menu->actions())
            addAccelerator(where, action->text());
    }

    /// Remembers the accelerator of `text` (the letter after '&') for the window or menu
    /// `group`: within one they must differ.
    void addAccelerator(const QString &group, const QString &text)
    {
        const QString label = text.section(QLatin1Char('\t'), 0, 0);
        for (qsizetype i = label.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < label.size();
             i = label.indexOf(QLatin1Char('&'), i + 2)) {
            if (label.at(i + 1) != QLatin1Char('&')) {
                accelerators[group].push_back({label.at(i + 1).toLower(), plain(label)});
                break;
            }
        }
    }

    void addActions(const QString &where, const QList<QAction *> &actions)
    {
        for (const QAction *action : actions) {
            if (action->isSeparator())
                continue;
            add(where + QStringLiteral(" action"), action->text());
            add(where + QStringLiteral(" action tooltip"), action->toolTip());
            if (action->menu())
                addMenu(where + QStringLiteral(" submenu"), action->menu());
        }
    }

    void addView(const QString &where, const QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const QModelIndex root = view->rootIndex();
        for (int column = 0; column < model->columnCount(root); ++column)
            add(where + QStringLiteral(" header"),
                model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < std::min(model->rowCount(root), 200); ++row)
            for (int column = 0; column < model->columnCount(root); ++column) {
                const QModelIndex index = model->index(row, column, root);
                add(where + QStringLiteral(" item"), index.data().toString());
                add(where + QStringLiteral(" item tooltip"),
                    index.data(Qt::ToolTipRole).toString());
            }
    }

    /// Every text of `root` and its children, shown or not (hidden parts appear later).
    void addWidget(const QString &name, QWidget *root)
    {
        add(name + QStringLiteral(" title"), root->windowTitle());
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            const QString where = QStringLiteral("%1 > %2 '%3'")
                                      .arg(name,
                                           QString::fromLatin1(widget->metaObject()->className()),
                                           widget->objectName());
            add(where + QStringLiteral(" tooltip"), widget->toolTip());
            addActions(where, widget->actions());
            if (widget->isVisible()
                && (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLabel *>(widget)))
                addAccelerator(name, widget->property("text").toString());
            if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                add(where, button->text());
                if (auto *tool = qobject_cast<QToolButton *>(widget); tool && tool->menu())
                    addMenu(where, tool->menu());
            } else if (auto *label = qobject_cast<QLabel *>(widget)) {
                add(where, label->text());
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                add(where, group->title());
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(where, tabs->tabText(i));
                    add(where + QStringLiteral(" tooltip"), tabs->tabToolTip(i));
                }
            } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(where, combo->itemText(i));
            } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
                add(where + QStringLiteral(" placeholder"), line->placeholderText());
            } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
                add(where + QStringLiteral(" special value"), spin->specialValueText());
                if (auto *intSpin = qobject_cast<QSpinBox *>(widget)) {
                    add(where + QStringLiteral(" prefix"), intSpin->prefix());
                    add(where + QStringLiteral(" suffix"), intSpin->suffix());
                } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(widget)) {
                    add(where + QStringLiteral(" prefix"), doubleSpin->prefix());
                    add(where + QStringLiteral(" suffix"), doubleSpin->suffix());
                }
            } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
                add(where + QStringLiteral(" title"), menu->title());
            } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
                addView(where, view);
            }
        }
        // Actions kept by the dialog for menus it builds on demand (the file dialog's
        // rename, delete, show hidden files, new folder).
        for (const QAction *action : root->findChildren<QAction *>()) {
            add(name + QStringLiteral(" > QAction '") + action->objectName() + QStringLiteral("'"),
                action->text());
            add(name + QStringLiteral(" > QAction tooltip"), action->toolTip());
        }
    }

    std::vector<Text> texts;
    std::map<QString, std::vector<std::pair<QChar, QString>>> accelerators;
};

/// Runs `open`, and hands the first window `find` returns while it runs (inside the event loop
/// of a modal dialog or a context menu that `open` starts) to `handle`, which must close it.
/// False when no such window came up.
bool whileOpen(const std::function<void()> &open, QWidget *(*find)(),
               const std::function<void(QWidget *)> &handle)
{
    bool seen = false;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (QWidget *window = find()) {
            timer.stop();
            seen = true;
            handle(window);
        }
    });
    timer.start();
    open();
    return seen;
}

/// The context menu `widget` builds for itself on a right click; false when none came up.
bool collectContextMenu(Collector &collector, const QString &name, QWidget *widget)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5),
                            widget->mapToGlobal(QPoint(5, 5)));
    return whileOpen([&] { QCoreApplication::sendEvent(widget, &event); },
                     &QApplication::activePopupWidget,
                     [&](QWidget *popup) {
                         if (auto *menu = qobject_cast<QMenu *>(popup))
                             collector.addMenu(name, menu);
                         popup->close();
                     });
}

/// Collects the modal dialog `open` brings up and closes it; false when none came up.
bool collectModal(Collector &collector, const QString &name, const std::function<void()> &open)
{
    return whileOpen(open, &QApplication::activeModalWidget, [&](QWidget *modal) {
        collector.addWidget(name, modal);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
}

template<typename T>
T *findByText(QWidget *root, const QString &prefix)
{
    for (T *child : root->findChildren<T *>())
        if (plain(child->text()).startsWith(prefix))
            return child;
    return nullptr;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

/// Opens every Qt dialog and menu the program uses and collects what they show.
Collector collectAllDialogs()
{
    Collector collector;
    QPrinter printer(QPrinter::HighResolution);

    {
        QPrintDialog dialog(&printer);
        dialog.show();
        settle();
        collector.addWidget(QStringLiteral("QPrintDialog"), &dialog);
        QPushButton *options = findByText<QPushButton>(
            &dialog, dialog.tr("&Options >>").remove(QLatin1Char('&')));
        EXPECT_NE(options, nullptr) << "the print dialog has no options button";
        if (options) {
            options->click();
            settle();
            collector.addWidget(QStringLiteral("QPrintDialog (options)"), &dialog);
        }
        auto *properties = dialog.findChild<QPushButton *>(QStringLiteral("properties"));
        EXPECT_NE(properties, nullptr);
        if (properties && properties->isEnabled()) {
            EXPECT_TRUE(collectModal(collector, QStringLiteral("QPrintPropertiesDialog"),
                                     [&] { properties->click(); }));
        }
        auto *browse = dialog.findChild<QToolButton *>(QStringLiteral("fileBrowser"));
        EXPECT_NE(browse, nullptr);
        if (browse && browse->isEnabled()) {
            EXPECT_TRUE(collectModal(collector, QStringLiteral("QPrintDialog file browser"),
                                     [&] { browse->click(); }));
        }
        dialog.reject();
    }
    {
        QPageSetupDialog dialog(&printer);
        dialog.show();
        settle();
        collector.addWidget(QStringLiteral("QPageSetupDialog"), &dialog);
        dialog.reject();
    }
    {
        QPrintPreviewDialog preview(&printer);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, [](QPrinter *target) {
            QPainter painter(target);
            painter.drawText(QPointF(100, 100), QStringLiteral("Halaman satu"));
            target->newPage();
            painter.drawText(QPointF(100, 100), QStringLiteral("Halaman dua"));
        });
        preview.show();
        settle();
        collector.addWidget(QStringLiteral("QPrintPreviewDialog"), &preview);
        const auto actions = preview.findChildren<QAction *>();
        EXPECT_GE(actions.size(), 15) << "the preview toolbar was not found";
        for (QAction *action : actions) {
            const QString text = plain(action->text());
            if (text == plain(QPrintPreviewDialog::tr("Page setup"))) {
                EXPECT_TRUE(collectModal(collector, QStringLiteral("preview > page setup"),
                                         [&] { action->trigger(); }));
            } else if (text == plain(QPrintPreviewDialog::tr("Print"))) {
                EXPECT_TRUE(collectModal(collector, QStringLiteral("preview > print"),
                                         [&] { action->trigger(); }));
            }
        }
        preview.reject();
    }
    {
        QTemporaryDir folder;
        EXPECT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("arsip")));
        for (const char *name : {"laporan.pdf", "catatan.txt", "data.csv"}) {
            QFile file(folder.filePath(QString::fromLatin1(name)));
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(2500, 'x'));
        }
        // A fixed date: the model writes it in the system locale ("15 Mar 2024" under
        // C.UTF-8), whose month abbreviations must not depend on the day the test runs.
        using namespace std::chrono;
        const auto march = file_clock::from_sys(
            time_point_cast<system_clock::duration>(sys_days{year{2024} / 3 / 15} + hours(9)));
        for (const char *name : {"arsip", "laporan.pdf", "catatan.txt", "data.csv"}) {
            const std::filesystem::path path =
                QFile::encodeName(folder.filePath(QString::fromLatin1(name))).toStdString();
            std::filesystem::last_write_time(path, march);
        }
        QFileDialog dialog(nullptr, QString(), folder.path(),
                           QStringLiteral("Dokumen (*.pdf *.txt *.csv);;Ruang kerja (*.kvg)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        EXPECT_NE(tree, nullptr);
        for (int i = 0; tree && i < 500 && tree->model()->rowCount(tree->rootIndex()) < 4; ++i)
            QTest::qWait(10);
        settle();
        EXPECT_TRUE(tree && tree->model()->rowCount(tree->rootIndex()) == 4)
            << "the file dialog did not list the folder";
        collector.addWidget(QStringLiteral("QFileDialog (open)"), &dialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        settle();
        collector.addWidget(QStringLiteral("QFileDialog (save)"), &dialog);
        dialog.reject();
    }
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Konvergensi"),
                        QStringLiteral("Simpan perubahan?"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::YesToAll
                            | QMessageBox::NoToAll | QMessageBox::Ok | QMessageBox::Cancel
                            | QMessageBox::Save | QMessageBox::SaveAll | QMessageBox::Discard
                            | QMessageBox::Close | QMessageBox::Open | QMessageBox::Apply
                            | QMessageBox::Reset | QMessageBox::RestoreDefaults | QMessageBox::Help
                            | QMessageBox::Abort | QMessageBox::Retry | QMessageBox::Ignore);
        box.setDetailedText(QStringLiteral("Rincian"));
        box.show();
        settle();
        collector.addWidget(QStringLiteral("QMessageBox"), &box);
        box.reject();
    }
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                 | QDialogButtonBox::Save | QDialogButtonBox::Close
                                 | QDialogButtonBox::Discard);
        collector.addWidget(QStringLiteral("QDialogButtonBox"), &buttons);
    }
    {
        QProgressDialog progress;
        progress.setLabelText(QStringLiteral("Mohon tunggu"));
        progress.show();
        settle();
        collector.addWidget(QStringLiteral("QProgressDialog"), &progress);
    }
    {
        QLineEdit line(QStringLiteral("teks"));
        line.selectAll();
        std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
        collector.addMenu(QStringLiteral("QLineEdit context menu"), menu.get());
        QPlainTextEdit edit(QStringLiteral("teks"));
        edit.selectAll();
        std::unique_ptr<QMenu> editMenu(edit.createStandardContextMenu());
        collector.addMenu(QStringLiteral("QPlainTextEdit context menu"), editMenu.get());

        QSpinBox spin;
        spin.show();
        settle();
        EXPECT_TRUE(collectContextMenu(collector, QStringLiteral("QSpinBox context menu"), &spin));
        for (const Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
            QScrollBar bar(orientation);
            bar.setRange(0, 100);
            bar.resize(orientation == Qt::Vertical ? QSize(20, 200) : QSize(200, 20));
            bar.show();
            settle();
            EXPECT_TRUE(collectContextMenu(
                collector, QStringLiteral("QScrollBar context menu (%1)").arg(int(orientation)),
                &bar));
        }
    }
    {
        QCalendarWidget calendar;
        calendar.setSelectedDate(QDate(2024, 3, 15));
        calendar.show();
        settle();
        collector.addWidget(QStringLiteral("QCalendarWidget"), &calendar);
        auto *next = calendar.findChild<QToolButton *>(QStringLiteral("qt_calendar_nextmonth"));
        EXPECT_NE(next, nullptr);
        if (next) {
            next->click();
            settle();
            collector.addWidget(QStringLiteral("QCalendarWidget (next month)"), &calendar);
        }
    }
    return collector;
}

const QRegularExpression &englishPattern()
{
    static const QRegularExpression pattern = [] {
        QStringList escaped;
        for (const QString &word : QString::fromUtf8(kEnglishWords).split(QLatin1Char('|')))
            escaped << QRegularExpression::escape(word);
        return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(%1)(?![\\p{L}\\p{N}])")
                                      .arg(escaped.join(QLatin1Char('|'))));
    }();
    return pattern;
}

/// English words found, as "where: text [word]" lines, and the set of words.
std::pair<QStringList, std::set<QString>> englishIn(const std::vector<Text> &texts)
{
    QStringList found;
    std::set<QString> words;
    for (const Text &text : texts) {
        if (kAllowedTexts.contains(text.text))
            continue;
        auto matches = englishPattern().globalMatch(text.text);
        while (matches.hasNext()) {
            const QString word = matches.next().captured(1);
            words.insert(word);
            found << QStringLiteral("%1: \"%2\" [%3]").arg(text.where, text.text, word);
        }
    }
    found.removeDuplicates();
    return {found, words};
}

class QtDialogsLanguageTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        for (QTranslator *translator : std::as_const(extra)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        extra.clear();
        gui::LanguageSetup::install(QStringLiteral("en"));
    }

    QList<QTranslator *> extra;
};

TEST_F(QtDialogsLanguageTest, EveryQtDialogSpeaksIndonesian)
{
    ASSERT_TRUE(gui::LanguageSetup::install(QStringLiteral("id")));
    auto *recorder = new LookupRecorder;
    QCoreApplication::installTranslator(recorder); // installed last: asked first
    extra << recorder;

    const Collector collector = collectAllDialogs();

    const auto [english, words] = englishIn(collector.texts);
    EXPECT_TRUE(english.isEmpty()) << "English on screen in Indonesian:\n"
                                   << english.join(QLatin1Char('\n')).toStdString();

    // Accelerators stay unique within each window and menu.
    int acceleratorCount = 0;
    for (const auto &[group, keys] : collector.accelerators) {
        std::map<QChar, QStringList> byKey;
        for (const auto &[key, label] : keys) {
            byKey[key] << label;
            ++acceleratorCount;
        }
        for (const auto &[key, labels] : byKey) {
            QStringList distinct = labels;
            distinct.removeDuplicates();
            EXPECT_EQ(distinct.size(), 1)
                << group.toStdString() << ": accelerator " << QString(key).toStdString() << " on "
                << distinct.join(QStringLiteral(", ")).toStdString();
        }
    }
    EXPECT_GT(acceleratorCount, 30) << "too few accelerators seen to check";

    QStringList shown;
    for (const Text &text : collector.texts)
        shown << text.text;
    for (const QString &expected : QString::fromUtf8(kExpectedIndonesian).split(QLatin1Char('|')))
        EXPECT_TRUE(shown.contains(expected)) << "not on screen: " << expected.toStdString();

    // Every string Qt looked up for these dialogs is in our qtbase catalogue.
    QTranslator qtbase;
    ASSERT_TRUE(qtbase.load(QStringLiteral("qtbase_id"), QStringLiteral(":/i18n")));
    QStringList missing;
    int qtLookups = 0;
    for (const auto &lookup : recorder->lookups()) {
        // Key names (QShortcut) stay as printed on the keyboard and are not translated.
        if (!lookup.context.startsWith('Q') || lookup.context == "QShortcut")
            continue;
        ++qtLookups;
        const QString translated = qtbase.translate(lookup.context.constData(),
                                                    lookup.source.constData(),
                                                    lookup.disambiguation.constData(), lookup.n);
        if (translated.isEmpty())
            missing << QStringLiteral("%1: \"%2\" (%3)")
                           .arg(QString::fromUtf8(lookup.context), QString::fromUtf8(lookup.source),
                                QString::fromUtf8(lookup.disambiguation));
    }
    missing.removeDuplicates();
    EXPECT_GT(qtLookups, 300) << "the recorder saw too few of Qt's lookups";
    EXPECT_TRUE(missing.isEmpty()) << "Qt strings without Indonesian in qtbase_id.ts:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
}

TEST_F(QtDialogsLanguageTest, WithoutTheQtCatalogueTheCheckFindsEnglish)
{
    // Indonesian as LanguageSetup sets it up, minus qtbase_id: the situation the first case
    // guards against. The same collection must then find Qt's English.
    ASSERT_TRUE(gui::LanguageSetup::install(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto *own = new QTranslator;
    ASSERT_TRUE(own->load(QStringLiteral("konvergensi_id"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(own);
    extra << own;

    const Collector collector = collectAllDialogs();
    const auto [english, words] = englishIn(collector.texts);
    for (const char *word :
         {"Print",   "Cancel", "Options", "Properties", "Save",        "Open",     "Close",
          "Page",    "Setup",  "Preview", "Copies",     "Orientation", "Portrait", "Landscape",
          "Margins", "Name",   "Size",    "Type",       "Date",        "Look in",  "Yes",
          "No",      "Undo",   "Redo",    "Cut",        "Copy",        "Paste",    "Delete",
          "Select",  "Zoom",   "Next",    "Previous",   "First",       "Last",     "Fit",
          "Scroll",  "Step"})
        EXPECT_TRUE(words.count(QString::fromLatin1(word)))
            << "the check did not find \"" << word << "\" in Qt's English";
}

} // namespace
