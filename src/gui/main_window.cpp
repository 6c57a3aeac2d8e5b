// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/main_window.h"

#include "gui/anthro/zscore_calculator_dialog.h"
#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/common/rights_guard.h"
#include "gui/common/unsaved_work.h"
#include "gui/common/view_state.h"
#include "gui/help/about_dialog.h"
#include "gui/help/user_guide_dialog.h"
#include "gui/logging.h"
#include "gui/regions/regions_page.h"
#include "gui/settings/settings_page.h"
#include "gui/workspace/first_steps_panel.h"
#include "gui/workspace/workspace_menu.h"
#include "gui/workspace/workspace_session.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace konvergensi::gui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kBadgeRole = Qt::UserRole + 2;

/// Draws the sidebar entries with a red count at the right when they have one.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(kBadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = QLocale().toString(count);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
        const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2,
                         width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};
} // namespace

QStringList MainWindow::moduleKeys()
{
    QStringList keys;
    for (const PageModule &module : pageModules())
        keys << module.key;
    return keys;
}

MainWindow::MainWindow(WorkspaceSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_modules(pageModules())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/konvergensi.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(230);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setItemDelegate(new BadgeDelegate(m_navigation));
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigationList { background: #0b6e4f; color: white; padding-top: 8px; }"
        "QListWidget#navigationList::item { padding: 8px 10px; }"
        "QListWidget#navigationList::item:selected { background: #f6c343; color: #1d1d1d; }"));
    layout->addWidget(m_navigation);

    // Right of the sidebar: the first steps of a new workspace (while open) above the pages.
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    m_firstSteps = new FirstStepsPanel(session, central);
    right->addWidget(m_firstSteps);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    right->addWidget(m_pages, 1);
    layout->addLayout(right, 1);
    connect(m_firstSteps, &FirstStepsPanel::openModule, this, &MainWindow::showModule);
    setCentralWidget(central);

    // Every module of the manifest (src/modules.cmake), in sidebar order.
    for (const PageModule &module : m_modules) {
        QWidget *page = module.createPage(session, m_pages);
        page->setProperty("moduleKey", module.key);
        // What the login of a server workspace may not change is hidden (issue #17).
        new RightsGuard(session, page, module.workArea);
        m_pages->addWidget(page);
        auto *item = new QListWidgetItem(module.icon, module.title, m_navigation);
        item->setData(kKeyRole, module.key);
    }
    updateBadges(usecases::allTopics());
    connect(&m_session, &WorkspaceSession::changed, this, &MainWindow::updateBadges);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this,
            [this] { updateBadges(usecases::allTopics()); });

    connect(&m_session, &WorkspaceSession::pageRequested, this, &MainWindow::showModuleAt);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    if (SettingsPage *settings = settingsPage())
        connect(settings, &SettingsPage::languageChosen, this, &MainWindow::languageChosen);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_workspaceMenu = new WorkspaceMenu(session, this, fileMenu);
    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->setObjectName(QStringLiteral("menuTools"));
    toolsMenu
        ->addAction(tr("&Z-score calculator..."), this,
                    [this] {
                        const auto today = m_session.clock().today();
                        ZScoreCalculatorDialog(QDate(today.year(), today.month(), today.day()),
                                               this)
                            .exec();
                    })
        ->setObjectName(QStringLiteral("actionZScoreCalculator"));
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    auto *guideAction = helpMenu->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guideAction->setObjectName(QStringLiteral("actionUserGuide"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Konvergensi"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("actionAbout"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("workspaceStatusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel, 1);
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveStatusLabel"));
    m_liveLabel->hide();
    statusBar()->addPermanentWidget(m_liveLabel);
    m_liveHide = new QTimer(this);
    m_liveHide->setSingleShot(true);
    m_liveHide->setInterval(10000);
    connect(m_liveHide, &QTimer::timeout, m_liveLabel, &QLabel::hide);
    // Other users' changes and a lost server connection (issue #17), in one line.
    connect(&m_session, &WorkspaceSession::changedElsewhere, this, [this] {
        const QTime now = QTime::currentTime();
        showLiveStatus(tr("Changes by another user were loaded (%1).")
                           .arg(QLocale().toString(now, QStringLiteral("HH.mm"))),
                       false);
    });
    connect(&m_session, &WorkspaceSession::connectionLost, this, [this] {
        showLiveStatus(tr("The connection to the server was lost; reconnecting. Typed work stays "
                          "open: save it again when the server answers."),
                       true);
    });
    connect(&m_session, &WorkspaceSession::connectionRestored, this,
            [this] { showLiveStatus(tr("Connected to the server again."), false); });
    connect(&m_session, &WorkspaceSession::workspaceChanged, m_liveLabel, &QLabel::hide);

    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &WorkspaceSession::rightsChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &WorkspaceSession::changed, this, [this](usecases::Topics topics) {
        if (topics & (usecases::Topic::Settings | usecases::Topic::Regions))
            updateTitle();
    });
    m_navigation->setCurrentRow(0);
    updateTitle();
    // Where the user left the window, its splitters and its table columns (per user).
    ViewState::restoreWindow(this);
    for (int index = 0; index < m_pages->count(); ++index) {
        QWidget *page = m_pages->widget(index);
        ViewState::restoreViews(page, page->property("moduleKey").toString());
    }
}

void MainWindow::saveViewState() const
{
    ViewState::saveWindow(this);
    for (int index = 0; index < m_pages->count(); ++index) {
        const QWidget *page = m_pages->widget(index);
        ViewState::saveViews(page, page->property("moduleKey").toString());
    }
}

void MainWindow::updateBadges(usecases::Topics topics)
{
    for (int row = 0; row < static_cast<int>(m_modules.size()); ++row) {
        const PageModule &module = m_modules[static_cast<std::size_t>(row)];
        if (!module.badge || !(topics & module.badgeTopics))
            continue;
        int count = 0;
        try {
            count = module.badge(m_session);
        } catch (const std::exception &error) {
            qCWarning(lcGui) << "badge of" << module.key << "not counted:" << error.what();
        }
        QListWidgetItem *item = m_navigation->item(row);
        item->setData(kBadgeRole, count);
        item->setToolTip(count > 0 && module.badgeToolTip ? module.badgeToolTip(count) : QString());
    }
}

QWidget *MainWindow::modulePage(const QString &key) const
{
    for (int index = 0; index < m_pages->count(); ++index) {
        QWidget *page = m_pages->widget(index);
        if (page->property("moduleKey").toString() == key)
            return page;
    }
    return nullptr;
}

RegionsPage *MainWindow::regionsPage() const
{
    return qobject_cast<RegionsPage *>(modulePage(QStringLiteral("regions")));
}

SettingsPage *MainWindow::settingsPage() const
{
    return qobject_cast<SettingsPage *>(modulePage(QStringLiteral("settings")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!UnsavedWork::resolveBeforeLeaving(this)) {
        event->ignore();
        return;
    }
    saveViewState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::showModule(const QString &key)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kKeyRole).toString() == key) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::showModuleAt(const QString &key, const QString &location)
{
    if (!showModule(key))
        return false;
    for (const PageModule &module : m_modules) {
        if (module.key == key)
            return module.openAt && module.openAt(modulePage(key), location);
    }
    return false;
}

void MainWindow::setModuleBadge(const QString &key, int count)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (item->data(kKeyRole).toString() == key)
            item->setData(kBadgeRole, count);
    }
}

int MainWindow::moduleBadge(const QString &key) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem *item = m_navigation->item(row);
        if (item->data(kKeyRole).toString() == key)
            return item->data(kBadgeRole).toInt();
    }
    return 0;
}

QString MainWindow::currentModule() const
{
    const auto *item = m_navigation->currentItem();
    return item ? item->data(kKeyRole).toString() : QString();
}

void MainWindow::updateTitle()
{
    if (!m_session.isOpen()) {
        setWindowTitle(QStringLiteral("Konvergensi"));
        m_statusLabel->setText(tr("No workspace open. Use File > New workspace or File > Open "
                                  "workspace."));
        return;
    }
    QString district = m_session.districtName();
    if (district.isEmpty())
        district = tr("(no district yet)");
    const QString demo = m_session.isDemo() ? tr(" (demo)") : QString();
    if (m_session.isServer()) {
        // Which server, which database and which login: "kantor: budi@192.168.1.10/db".
        const QString where = tr("office: %1").arg(m_session.serverLabel());
        setWindowTitle(QStringLiteral("%1%2 — %3 — Konvergensi").arg(district, demo, where));
        m_statusLabel->setText(
            tr("District: %1%2   ·   Office server: %3   ·   Rights: %4")
                .arg(district, demo, m_session.serverLabel(), m_session.rights().describe()));
        return;
    }
    const QString file = QFileInfo(m_session.path()).fileName();
    setWindowTitle(QStringLiteral("%1%2 — %3 — Konvergensi").arg(district, demo, file));
    m_statusLabel->setText(tr("District: %1%2   ·   Workspace: %3")
                               .arg(district, demo, QDir::toNativeSeparators(m_session.path())));
}

void MainWindow::showLiveStatus(const QString &text, bool problem)
{
    m_liveLabel->setText(text);
    m_liveLabel->setStyleSheet(
        problem
            ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colours::error.name())
            : QString());
    m_liveLabel->show();
    // A problem stays until it is over; news fades.
    if (problem)
        m_liveHide->stop();
    else
        m_liveHide->start();
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate && m_session.isOpen())
        m_session.checkNow();
    return QMainWindow::event(event);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    // Not modal: the guide can stay open beside the window while the user works.
    auto *dialog = findChild<UserGuideDialog *>();
    if (!dialog) {
        dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace konvergensi::gui
