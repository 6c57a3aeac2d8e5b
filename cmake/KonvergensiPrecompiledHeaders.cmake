# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers (KONVERGENSI_PRECOMPILE_HEADERS; on in the "test" preset that
# scripts/test and CI build). Each library precompiles the standard and Qt headers its
# sources include most; every test program reuses one of three precompiled sets (plain
# GoogleTest, Qt, Qt Widgets) built once by a holder target below. A Qt Widgets source then
# compiles in about half the time. The set only adds headers in front of each source: if GCC
# finds a set unusable for one program (other macros), it reads the headers as text instead,
# so the result is the same either way. The dev preset builds without them, which keeps every
# source honest about its own includes.

set(KONVERGENSI_PCH_STD
    <algorithm> <array> <cstdint> <functional> <map> <memory> <optional> <set> <string>
    <string_view> <utility> <vector>)
set(KONVERGENSI_PCH_QTCORE ${KONVERGENSI_PCH_STD}
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QString> <QStringList> <QVariant>)
set(KONVERGENSI_PCH_QTGUI ${KONVERGENSI_PCH_QTCORE}
    <QFont> <QFontMetricsF> <QImage> <QPainter> <QTextCursor> <QTextDocument>)
set(KONVERGENSI_PCH_WIDGETS ${KONVERGENSI_PCH_QTGUI}
    <QAbstractTableModel> <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog>
    <QDialogButtonBox> <QFormLayout> <QGroupBox> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QMenu> <QMessageBox> <QPlainTextEdit> <QPushButton> <QSortFilterProxyModel>
    <QSpinBox> <QStandardItemModel> <QStyle> <QTabWidget> <QTableView> <QTimer> <QToolButton>
    <QVBoxLayout> <QWidget>)
set(KONVERGENSI_PCH_TEST <gtest/gtest.h>)
# Only headers every test program of a set can reach: when GCC cannot use a set it reads the
# headers as text, and a header the program has no include path for would stop its build.
# <QTest> stays out (it differs with the Qt modules a test links).
set(KONVERGENSI_PCH_QTTEST <QProcess> <QRegularExpression> <QSqlQuery> <QTemporaryDir>)

# konvergensi_precompile(TARGET STD|QTCORE|QTGUI|WIDGETS): a library's own set.
function(konvergensi_precompile target set)
    if(KONVERGENSI_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} PRIVATE ${KONVERGENSI_PCH_${set}})
    endif()
endfunction()

# The holders of the three test sets: empty libraries with the options of the test programs
# that reuse their set (konvergensi_add_test).
function(konvergensi_add_test_pch_holders)
    if(NOT KONVERGENSI_PRECOMPILE_HEADERS)
        return()
    endif()
    set(source ${CMAKE_CURRENT_BINARY_DIR}/pch_holder.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// The precompiled headers of the tests.\n")

    add_library(konvergensi_pch_test_plain STATIC ${source})
    target_link_libraries(konvergensi_pch_test_plain PRIVATE GTest::gtest konvergensi_core)
    target_precompile_headers(konvergensi_pch_test_plain PRIVATE
        ${KONVERGENSI_PCH_STD} ${KONVERGENSI_PCH_TEST})

    add_library(konvergensi_pch_test_qt STATIC ${source})
    target_link_libraries(konvergensi_pch_test_qt PRIVATE GTest::gtest Qt6::Sql
        konvergensi_testsupport_qt)
    target_precompile_headers(konvergensi_pch_test_qt PRIVATE
        ${KONVERGENSI_PCH_QTCORE} ${KONVERGENSI_PCH_TEST} ${KONVERGENSI_PCH_QTTEST})

    add_library(konvergensi_pch_test_gui STATIC ${source})
    target_link_libraries(konvergensi_pch_test_gui PRIVATE GTest::gtest konvergensi_gui
        Qt6::Sql konvergensi_testsupport_gui)
    target_precompile_headers(konvergensi_pch_test_gui PRIVATE
        ${KONVERGENSI_PCH_WIDGETS} ${KONVERGENSI_PCH_TEST} ${KONVERGENSI_PCH_QTTEST})

    foreach(holder konvergensi_pch_test_plain konvergensi_pch_test_qt konvergensi_pch_test_gui)
        konvergensi_warnings(${holder})
    endforeach()
endfunction()

# konvergensi_reuse_test_pch(TARGET plain|qt|gui)
function(konvergensi_reuse_test_pch target kind)
    if(KONVERGENSI_PRECOMPILE_HEADERS AND TARGET konvergensi_pch_test_${kind})
        target_precompile_headers(${target} REUSE_FROM konvergensi_pch_test_${kind})
    endif()
endfunction()
