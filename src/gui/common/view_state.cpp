// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/view_state.h"

#include "reports/report_document.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace konvergensi::gui::ViewState {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPaper = QStringLiteral("print/paper");

QString segment(const QWidget *widget)
{
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    int index = 0;
    if (const QObject *parent = widget->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == widget)
                break;
            if (sibling->metaObject() == widget->metaObject())
                ++index;
        }
    }
    return QStringLiteral("%1.%2").arg(QLatin1String(widget->metaObject()->className())).arg(index);
}

template<typename Visit>
void eachView(QWidget *root, Visit visit)
{
    for (QSplitter *splitter : root->findChildren<QSplitter *>())
        visit(static_cast<QWidget *>(splitter));
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        // Column headers of tables and trees; the row numbers of a table are not kept.
        if (header->orientation() == Qt::Horizontal
            && qobject_cast<QAbstractItemView *>(header->parentWidget()))
            visit(static_cast<QWidget *>(header));
    }
}

} // namespace

QString settingsKey(const QWidget *root, const QString &key, const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget())
        path.prepend(segment(w));
    return QStringLiteral("views/%1/%2").arg(key, path.join(QLatin1Char('/')));
}

void restoreWindow(QMainWindow *window)
{
    const QSettings settings;
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    if (!window->restoreGeometry(settings.value(kGeometry).toByteArray())) {
        // The title bar and frame come on top of the size: leave room for them.
        const QSize size = QSize(1200, 760).boundedTo(room.size() - QSize(16, 48));
        window->resize(size);
        window->move(room.topLeft());
    } else if (!window->isMaximized() && !window->isFullScreen()) {
        // A window saved on a larger screen still fits this one.
        const QSize size = window->size().boundedTo(room.size() - QSize(16, 48));
        window->resize(size);
        QRect frame = window->frameGeometry();
        if (!room.contains(frame)) {
            frame.moveTopLeft(
                QPoint(qBound(room.left(), frame.left(), room.right() - frame.width()),
                       qBound(room.top(), frame.top(), room.bottom() - frame.height())));
            window->move(frame.topLeft());
        }
    }
    window->restoreState(settings.value(kState).toByteArray());
}

void saveWindow(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(kGeometry, window->saveGeometry());
    settings.setValue(kState, window->saveState());
}

bool hasWindowState()
{
    return QSettings().contains(kGeometry);
}

void restoreViews(QWidget *root, const QString &key)
{
    const QSettings settings;
    eachView(root, [&](QWidget *widget) {
        const QByteArray state = settings.value(settingsKey(root, key, widget)).toByteArray();
        if (state.isEmpty())
            return;
        if (auto *splitter = qobject_cast<QSplitter *>(widget))
            splitter->restoreState(state);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            header->restoreState(state);
    });
}

void saveViews(const QWidget *root, const QString &key)
{
    QSettings settings;
    eachView(const_cast<QWidget *>(root), [&](QWidget *widget) {
        QByteArray state;
        if (auto *splitter = qobject_cast<QSplitter *>(widget))
            state = splitter->saveState();
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            state = header->count() > 0 ? header->saveState() : QByteArray();
        if (!state.isEmpty())
            settings.setValue(settingsKey(root, key, widget), state);
    });
}

int chosenPaper()
{
    return QSettings().value(kPaper, static_cast<int>(reports::Paper::A4)).toInt();
}

void rememberPaper(QComboBox *combo)
{
    if (const int index = combo->findData(chosenPaper()); index >= 0)
        combo->setCurrentIndex(index);
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo](int index) {
        if (index >= 0)
            QSettings().setValue(kPaper, combo->itemData(index).toInt());
    });
}

} // namespace konvergensi::gui::ViewState
