// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/attachments_widget.h"

#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/workspace/workspace_session.h"
#include "storage/document_store.h"
#include "storage/storage_error.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace konvergensi::gui {

AttachmentsWidget::AttachmentsWidget(WorkspaceSession &session, QString ownerType,
                                     std::vector<std::pair<QString, QString>> kinds,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ownerType(std::move(ownerType))
    , m_kinds(std::move(kinds))
    , m_hint(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_addButton(new QPushButton(tr("&Attach a file…"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("attachmentsWidget"));
    auto *layout = new QVBoxLayout(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Kind"), tr("Size"), tr("Added"), tr("Added by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_kindCombo->setObjectName(QStringLiteral("documentKindCombo"));
    for (const auto &[key, label] : m_kinds)
        m_kindCombo->addItem(label, key);
    m_addButton->setObjectName(QStringLiteral("addDocumentButton"));
    m_openButton->setObjectName(QStringLiteral("openDocumentButton"));
    m_removeButton->setObjectName(QStringLiteral("removeDocumentButton"));
    buttons->addWidget(m_kindCombo);
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(
            this, tr("Attach a file"), QString(),
            tr("Documents and photos (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg "
               "*.png);;All files (*)"));
        if (!path.isEmpty())
            addFile(path, m_kindCombo->currentData().toString());
    });
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentsWidget::openSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsWidget::removeSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AttachmentsWidget::openSelected);
    setOwner(0);
}

void AttachmentsWidget::setOwner(std::int64_t ownerId)
{
    m_ownerId = ownerId;
    reload();
}

QString AttachmentsWidget::kindLabel(const QString &kind) const
{
    for (const auto &[key, label] : m_kinds) {
        if (key == kind)
            return label;
    }
    return kind;
}

int AttachmentsWidget::count() const
{
    return m_table->rowCount();
}

void AttachmentsWidget::reload()
{
    const bool stored = m_ownerId != 0 && m_session.isOpen();
    m_hint->setText(stored ? tr("Files kept in the workspace with this record (at most %1 MB "
                                "each). They are stored at once.")
                                 .arg(storage::DocumentStore::kMaxBytes / (1024 * 1024))
                           : tr("Save first; then files can be attached."));
    m_addButton->setEnabled(stored);
    m_kindCombo->setEnabled(stored);
    m_table->setRowCount(0);
    if (!stored) {
        m_openButton->setEnabled(false);
        m_removeButton->setEnabled(false);
        return;
    }
    try {
        const auto documents =
            storage::DocumentStore(m_session.database()).list(m_ownerType, m_ownerId);
        const QLocale locale;
        for (const auto &document : documents) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *name = new QTableWidgetItem(document.fileName);
            name->setData(Qt::UserRole, QVariant::fromValue(static_cast<qlonglong>(document.id)));
            name->setToolTip(document.fileName);
            m_table->setItem(row, 0, name);
            m_table->setItem(row, 1, new QTableWidgetItem(kindLabel(document.kind)));
            m_table->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(document.size)));
            const QDate added = QDate::fromString(document.addedAt.left(10), Qt::ISODate);
            m_table->setItem(row, 3, new QTableWidgetItem(DateEdit::shortDisplayText(added)));
            m_table->setItem(row, 4, new QTableWidgetItem(document.addedBy));
        }
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Documents"), error.message());
    }
    const bool any = m_table->rowCount() > 0;
    m_openButton->setEnabled(any);
    m_removeButton->setEnabled(any);
}

bool AttachmentsWidget::addFile(const QString &path, const QString &kind)
{
    if (m_ownerId == 0)
        return false;
    const QFileInfo info(path);
    if (info.size() > storage::DocumentStore::kMaxBytes) {
        Dialogs::warning(this, tr("File not attached"),
                         tr("%1 is %2; files of at most %3 MB can be kept in the workspace. Make "
                            "it smaller (for example scan at a lower resolution) and try again.")
                             .arg(info.fileName(), QLocale().formattedDataSize(info.size()))
                             .arg(storage::DocumentStore::kMaxBytes / (1024 * 1024)));
        return false;
    }
    try {
        storage::DocumentStore(m_session.database()).addFile(m_ownerType, m_ownerId, kind, path);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("File not attached"), error.message());
        return false;
    }
    reload();
    m_session.notifyChanged(usecases::Topic::Documents);
    Q_EMIT attachmentsChanged();
    return true;
}

std::int64_t AttachmentsWidget::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void AttachmentsWidget::openSelected()
{
    const std::int64_t id = selectedId();
    if (id == 0)
        return;
    try {
        const QString path = storage::DocumentStore(m_session.database()).exportToTemporaryFile(id);
        if (!Dialogs::inTestMode() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            Dialogs::warning(
                this, tr("Documents"),
                tr("No program on this computer opens %1.").arg(QFileInfo(path).fileName()));
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Documents"), error.message());
    }
}

void AttachmentsWidget::removeSelected()
{
    const std::int64_t id = selectedId();
    if (id == 0)
        return;
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    if (!Dialogs::question(this, tr("Remove document"),
                           tr("Remove %1 from the workspace?").arg(name)))
        return;
    try {
        storage::DocumentStore(m_session.database()).remove(id);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Documents"), error.message());
    }
    reload();
    m_session.notifyChanged(usecases::Topic::Documents);
    Q_EMIT attachmentsChanged();
}

} // namespace konvergensi::gui
