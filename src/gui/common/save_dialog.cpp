// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/save_dialog.h"

#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/common/edit_tracker.h"
#include "gui/logging.h"
#include "storage/storage_error.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace konvergensi::gui {

SaveDialog::SaveDialog(QWidget *parent)
    : QDialog(parent)
    , m_tracker(new EditTracker(this))
{
}

SaveDialog::~SaveDialog() = default;

void SaveDialog::trackEdits()
{
    m_tracker->setModified(false);
    m_tracker->watch(this);
}

bool SaveDialog::isModified() const
{
    return m_tracker->isModified();
}

void SaveDialog::setModified(bool modified)
{
    m_tracker->setModified(modified);
}

bool SaveDialog::hasUnsavedChanges() const
{
    return isVisible() && isModified();
}

QString SaveDialog::unsavedWorkTitle() const
{
    return windowTitle();
}

void SaveDialog::ensureBanner()
{
    if (m_banner)
        return;
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("saveErrorBanner"));
    auto *layout = new QVBoxLayout(m_banner);
    layout->setContentsMargins(0, 4, 0, 4);
    m_errorLabel = new QLabel(m_banner);
    m_errorLabel->setObjectName(QStringLiteral("saveErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(colours::textStyle(colours::error));
    layout->addWidget(m_errorLabel);
    m_reloadButton = new QPushButton(tr("&Reload the stored version"), m_banner);
    m_reloadButton->setObjectName(QStringLiteral("reloadStoredButton"));
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &SaveDialog::reloadAfterConflict);
    layout->addWidget(m_reloadButton, 0, Qt::AlignLeft);
    m_typedText = new QPlainTextEdit(m_banner);
    m_typedText->setObjectName(QStringLiteral("typedTextView"));
    m_typedText->setReadOnly(true);
    m_typedText->setMaximumHeight(90);
    m_typedText->hide();
    layout->addWidget(m_typedText);
    // Above the buttons: the last item of a box layout is normally the button box.
    if (auto *box = qobject_cast<QBoxLayout *>(QDialog::layout()))
        box->insertWidget(std::max(0, box->count() - 1), m_banner);
    else if (QDialog::layout())
        QDialog::layout()->addWidget(m_banner);
}

void SaveDialog::showError(const QString &message, bool conflict)
{
    ensureBanner();
    m_errorLabel->setText(message);
    m_reloadButton->setVisible(conflict);
    m_banner->show();
}

void SaveDialog::clearError()
{
    if (m_banner) {
        m_errorLabel->clear();
        m_reloadButton->hide();
        m_typedText->hide();
        m_banner->hide();
    }
}

QString SaveDialog::errorText() const
{
    return m_errorLabel && m_banner && !m_banner->isHidden() ? m_errorLabel->text() : QString();
}

bool SaveDialog::trySave()
{
    try {
        const QString problem = save();
        if (!problem.isEmpty()) {
            showError(problem);
            return false;
        }
    } catch (const storage::StorageError &error) {
        showError(error.message(), error.kind() == storage::StorageError::Kind::Conflict);
        return false;
    } catch (const std::exception &error) {
        qCWarning(lcGui) << "save failed:" << error.what();
        showError(tr("This could not be saved: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    clearError();
    m_tracker->setModified(false);
    return true;
}

void SaveDialog::accept()
{
    if (trySave())
        QDialog::accept();
}

void SaveDialog::reject()
{
    if (!m_closingWithoutAsking && isModified()
        && !Dialogs::question(this, windowTitle(),
                              tr("Close and discard the changes you typed?"))) {
        return;
    }
    m_closingWithoutAsking = false;
    QDialog::reject();
}

bool SaveDialog::saveUnsavedWork()
{
    if (!trySave())
        return false;
    QDialog::accept();
    return true;
}

void SaveDialog::discardUnsavedWork()
{
    m_tracker->setModified(false);
    m_closingWithoutAsking = true;
    reject();
}

void SaveDialog::reloadAfterConflict()
{
    // Keep what the user typed visible, to copy into the stored version.
    QStringList typed;
    for (const auto *edit : findChildren<QLineEdit *>()) {
        if (!edit->text().isEmpty() && edit->isVisible() && !edit->isReadOnly()
            && !qobject_cast<QComboBox *>(edit->parentWidget()))
            typed << edit->text();
    }
    for (const auto *edit : findChildren<QPlainTextEdit *>()) {
        if (edit != m_typedText && !edit->toPlainText().isEmpty() && !edit->isReadOnly())
            typed << edit->toPlainText();
    }
    if (!reloadStored()) {
        showError(tr("The stored version could not be loaded; it may have been removed."));
        return;
    }
    m_tracker->setModified(false);
    m_errorLabel->setText(tr("The stored version is shown. What you had typed is below, to "
                             "copy from."));
    m_reloadButton->hide();
    m_typedText->setPlainText(typed.join(QLatin1Char('\n')));
    m_typedText->setVisible(!typed.isEmpty());
}

} // namespace konvergensi::gui
