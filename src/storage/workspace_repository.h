// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letterhead.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace konvergensi::storage {

class Database;

/// Settings that belong to the workspace (not to the computer): the district's identity and
/// letterhead for reports, and whether this is the bundled demo.
class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(Database &db);

    core::Letterhead letterhead() const;
    void saveLetterhead(const core::Letterhead &letterhead);

    /// True for a workspace made from the bundled demo district.
    bool isDemo() const;
    void setDemo(bool demo);

    std::optional<QString> text(const QString &key) const;
    void setText(const QString &key, const QString &value);
    QByteArray blob(const QString &key) const;
    void setBlob(const QString &key, const QByteArray &value);

private:
    void write(const QString &key, const QVariant &text, const QVariant &blob);

    Database &m_db;
};

} // namespace konvergensi::storage
