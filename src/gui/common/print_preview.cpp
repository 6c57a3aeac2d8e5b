// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/print_preview.h"

#include "core/format.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/report_document.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

QIcon qtIcon(const char *name)
{
    // The pictures of Qt's own print preview (QtPrintSupport's resources).
    const QString prefix = QStringLiteral(":/qt-project.org/dialogs/qprintpreviewdialog/images/");
    QIcon icon;
    icon.addFile(prefix + QLatin1String(name) + QStringLiteral("-24.png"), QSize(24, 24));
    icon.addFile(prefix + QLatin1String(name) + QStringLiteral("-32.png"), QSize(32, 32));
    return icon;
}

} // namespace

PrintPreviewDialog::PrintPreviewDialog(const reports::ReportDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    setWindowTitle(tr("Print preview"));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("printPreviewWidget"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *target) {
        try {
            m_document.print(target);
        } catch (const reports::ReportError &) {
            // The preview shows an empty page; printing reports nothing more.
        }
    });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            &PrintPreviewDialog::updateLabels);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("printPreviewToolBar"));
    // Words beside the buttons without a picture; a picture alone (its words in the tooltip)
    // where there is one, so the bar fits a 1366 px screen.
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [&](const QString &text, const char *icon, const char *name, auto slot) {
        const QIcon picture = qtIcon(icon);
        QAction *action = bar->addAction(picture, text, this, slot);
        action->setObjectName(QLatin1String(name));
        if (!picture.pixmap(QSize(24, 24)).isNull()) {
            if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
                button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
        return action;
    };
    add(tr("Fit width"), "fit-width", "fitWidthAction", &PrintPreviewDialog::fitWidth);
    add(tr("Fit page"), "fit-page", "fitPageAction", &PrintPreviewDialog::fitPage);
    bar->addSeparator();
    add(tr("Zoom out"), "zoom-out", "zoomOutAction", &PrintPreviewDialog::zoomOut)
        ->setShortcut(QKeySequence::ZoomOut);
    m_zoom = new QLabel(bar);
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("1000,0 %")));
    m_zoom->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoom);
    add(tr("Zoom in"), "zoom-in", "zoomInAction", &PrintPreviewDialog::zoomIn)
        ->setShortcut(QKeySequence::ZoomIn);
    bar->addSeparator();
    add(tr("Previous page"), "go-previous", "previousPageAction", [this] {
        showPage(m_preview->currentPage() - 1);
    })->setShortcut(QKeySequence::MoveToPreviousPage);
    m_page = new QLabel(bar);
    m_page->setObjectName(QStringLiteral("pageLabel"));
    m_page->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_page);
    add(tr("Next page"), "go-next", "nextPageAction", [this] {
        showPage(m_preview->currentPage() + 1);
    })->setShortcut(QKeySequence::MoveToNextPage);
    // Print is the dialog's main button (below); Ctrl+P works anywhere in it.
    auto *printAction = new QAction(tr("Print…"), this);
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, &PrintPreviewDialog::printDocument);
    addAction(printAction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("Print…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    connect(print, &QPushButton::clicked, this, &PrintPreviewDialog::printDocument);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(bar);
    layout->addWidget(m_preview, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(9, 0, 9, 0);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    // As large as the screen allows, leaving room for the title bar and a task bar.
    Dialogs::resizeWithinScreen(this, QSize(1100, 760));
    updateLabels();
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

QString PrintPreviewDialog::zoomText() const
{
    return m_zoom->text();
}

QString PrintPreviewDialog::pageText() const
{
    return m_page->text();
}

void PrintPreviewDialog::zoomIn()
{
    m_preview->zoomIn();
    updateLabels();
}

void PrintPreviewDialog::zoomOut()
{
    m_preview->zoomOut();
    updateLabels();
}

void PrintPreviewDialog::fitWidth()
{
    m_preview->fitToWidth();
    updateLabels();
}

void PrintPreviewDialog::fitPage()
{
    m_preview->fitInView();
    updateLabels();
}

void PrintPreviewDialog::showPage(int page)
{
    if (page < 1 || page > m_preview->pageCount())
        return;
    m_preview->setCurrentPage(page);
    updateLabels();
}

void PrintPreviewDialog::updateLabels()
{
    m_zoom->setText(
        qs(core::formatPercent(m_preview->zoomFactor() * 100.0, 1, LanguageSetup::current())));
    m_page->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
}

void PrintPreviewDialog::printDocument()
{
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_preview->print();
    accept();
}

bool showPrintPreview(QWidget *parent, const reports::ReportDocument &document)
{
    if (Dialogs::inTestMode())
        return false;
    PrintPreviewDialog preview(document, parent);
    preview.exec();
    return true;
}

QString savePdf(QWidget *parent, const reports::ReportDocument &document,
                const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(
        parent, QCoreApplication::translate("PrintPreview", "Save as PDF"),
        QDir(folder).filePath(suggestedName),
        QCoreApplication::translate("PrintPreview", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        document.writePdf(path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(parent, QCoreApplication::translate("PrintPreview", "PDF not saved"),
                       error.message());
        return {};
    }
    return path;
}

} // namespace konvergensi::gui
