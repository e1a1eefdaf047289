# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'msel_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_MselImportDialog(object):
    def setupUi(self, MselImportDialog):
        if not MselImportDialog.objectName():
            MselImportDialog.setObjectName(u"MselImportDialog")
        MselImportDialog.resize(1180, 780)
        MselImportDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(MselImportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceLayout = QHBoxLayout()
        self.sourceLayout.setSpacing(8)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.fileLabel = QLabel(MselImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)

        self.sourceLayout.addWidget(self.fileLabel)

        self.sheetLabel = QLabel(MselImportDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sourceLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(MselImportDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sourceLayout.addWidget(self.sheetCombo)


        self.dialogLayout.addLayout(self.sourceLayout)

        self.notesLabel = QLabel(MselImportDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setEnabled(False)

        self.dialogLayout.addWidget(self.notesLabel)

        self.tablesSplitter = QSplitter(MselImportDialog)
        self.tablesSplitter.setObjectName(u"tablesSplitter")
        self.tablesSplitter.setOrientation(Qt.Orientation.Vertical)
        self.tablesSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.tablesSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.columnsGroup = QGroupBox(self.topSplitter)
        self.columnsGroup.setObjectName(u"columnsGroup")
        self.columnsGroupLayout = QVBoxLayout(self.columnsGroup)
        self.columnsGroupLayout.setObjectName(u"columnsGroupLayout")
        self.columnsHint = QLabel(self.columnsGroup)
        self.columnsHint.setObjectName(u"columnsHint")
        self.columnsHint.setWordWrap(True)

        self.columnsGroupLayout.addWidget(self.columnsHint)

        self.mappingView = QTableView(self.columnsGroup)
        self.mappingView.setObjectName(u"mappingView")
        self.mappingView.setAlternatingRowColors(True)
        self.mappingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mappingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mappingView.setWordWrap(False)
        self.mappingView.verticalHeader().setVisible(False)

        self.columnsGroupLayout.addWidget(self.mappingView)

        self.topSplitter.addWidget(self.columnsGroup)
        self.previewGroup = QGroupBox(self.topSplitter)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewGroupLayout = QVBoxLayout(self.previewGroup)
        self.previewGroupLayout.setObjectName(u"previewGroupLayout")
        self.previewHint = QLabel(self.previewGroup)
        self.previewHint.setObjectName(u"previewHint")
        self.previewHint.setWordWrap(True)

        self.previewGroupLayout.addWidget(self.previewHint)

        self.previewView = QTableView(self.previewGroup)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setWordWrap(False)
        self.previewView.setShowGrid(False)
        self.previewView.verticalHeader().setVisible(False)

        self.previewGroupLayout.addWidget(self.previewView)

        self.topSplitter.addWidget(self.previewGroup)
        self.tablesSplitter.addWidget(self.topSplitter)
        self.problemsGroup = QGroupBox(self.tablesSplitter)
        self.problemsGroup.setObjectName(u"problemsGroup")
        self.problemsGroupLayout = QVBoxLayout(self.problemsGroup)
        self.problemsGroupLayout.setObjectName(u"problemsGroupLayout")
        self.problemsView = QTableView(self.problemsGroup)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setWordWrap(False)
        self.problemsView.setShowGrid(False)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsGroupLayout.addWidget(self.problemsView)

        self.tablesSplitter.addWidget(self.problemsGroup)

        self.dialogLayout.addWidget(self.tablesSplitter)

        self.targetGroup = QGroupBox(MselImportDialog)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetGroupLayout = QGridLayout(self.targetGroup)
        self.targetGroupLayout.setObjectName(u"targetGroupLayout")
        self.targetGroupLayout.setHorizontalSpacing(12)
        self.targetGroupLayout.setVerticalSpacing(6)
        self.intoOpenRadio = QRadioButton(self.targetGroup)
        self.intoOpenRadio.setObjectName(u"intoOpenRadio")

        self.targetGroupLayout.addWidget(self.intoOpenRadio, 0, 0, 1, 2)

        self.newFileRadio = QRadioButton(self.targetGroup)
        self.newFileRadio.setObjectName(u"newFileRadio")

        self.targetGroupLayout.addWidget(self.newFileRadio, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(self.targetGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.targetGroupLayout.addWidget(self.titleEdit, 1, 1, 1, 1)

        self.createTeamsCheck = QCheckBox(self.targetGroup)
        self.createTeamsCheck.setObjectName(u"createTeamsCheck")
        self.createTeamsCheck.setChecked(True)

        self.targetGroupLayout.addWidget(self.createTeamsCheck, 2, 0, 1, 2)


        self.dialogLayout.addWidget(self.targetGroup)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.summaryLabel = QLabel(MselImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.bottomLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(MselImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MselImportDialog)

        QMetaObject.connectSlotsByName(MselImportDialog)
    # setupUi

    def retranslateUi(self, MselImportDialog):
        MselImportDialog.setWindowTitle(QCoreApplication.translate("MselImportDialog", u"Import MSEL spreadsheet", None))
        self.sheetLabel.setText(QCoreApplication.translate("MselImportDialog", u"&Sheet:", None))
#if QT_CONFIG(tooltip)
        self.sheetCombo.setToolTip(QCoreApplication.translate("MselImportDialog", u"The sheet that holds the MSEL; the one that looks most like one is chosen first", None))
#endif // QT_CONFIG(tooltip)
        self.columnsGroup.setTitle(QCoreApplication.translate("MselImportDialog", u"Columns", None))
        self.columnsHint.setText(QCoreApplication.translate("MselImportDialog", u"What each column of the sheet holds. Change a guess with its list.", None))
        self.previewGroup.setTitle(QCoreApplication.translate("MselImportDialog", u"Preview", None))
        self.previewHint.setText(QCoreApplication.translate("MselImportDialog", u"The first injects as they would be imported.", None))
        self.problemsGroup.setTitle(QCoreApplication.translate("MselImportDialog", u"Problems", None))
        self.targetGroup.setTitle(QCoreApplication.translate("MselImportDialog", u"Import into", None))
        self.intoOpenRadio.setText(QCoreApplication.translate("MselImportDialog", u"The &open exercise", None))
        self.newFileRadio.setText(QCoreApplication.translate("MselImportDialog", u"A &new exercise file, titled:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MselImportDialog", u"The title of the new exercise", None))
        self.createTeamsCheck.setText(QCoreApplication.translate("MselImportDialog", u"&Create the teams the sheet names that the exercise lacks (else they are kept in the notes)", None))
    # retranslateUi

