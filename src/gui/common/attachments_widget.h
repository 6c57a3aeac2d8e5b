// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace konvergensi::gui {

class WorkspaceSession;

/// The one attachments list of the interface: the files kept in the workspace with a record
/// (a meeting, an action output, a locus decree, an audit case): add (size-checked), open
/// (a private temporary copy opened with the desktop's program), remove (after asking).
/// Files are stored at once, independent of the record's own Save.
class AttachmentsWidget : public QWidget
{
    Q_OBJECT
public:
    /// `kinds`: the kinds of document a user picks from, as (stored key, translated label).
    AttachmentsWidget(WorkspaceSession &session, QString ownerType,
                      std::vector<std::pair<QString, QString>> kinds, QWidget *parent = nullptr);

    /// The record the files belong to; 0 (not stored yet) disables adding.
    void setOwner(std::int64_t ownerId);
    std::int64_t ownerId() const { return m_ownerId; }
    void reload();

    /// Adds a file (what the Add button does after its file dialog); false with a message
    /// when refused.
    bool addFile(const QString &path, const QString &kind);
    int count() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /// A file was added or removed.
    void attachmentsChanged();

private:
    QString kindLabel(const QString &kind) const;
    std::int64_t selectedId() const;
    void openSelected();
    void removeSelected();

    WorkspaceSession &m_session;
    QString m_ownerType;
    std::vector<std::pair<QString, QString>> m_kinds;
    std::int64_t m_ownerId = 0;
    QLabel *m_hint;
    QComboBox *m_kindCombo;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_openButton;
    QPushButton *m_removeButton;
};

} // namespace konvergensi::gui
