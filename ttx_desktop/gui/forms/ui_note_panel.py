# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from ttx_desktop.gui.chip_row import ChipRow
from ttx_desktop.gui.note_text_edit import NoteTextEdit

class Ui_NotePanelForm(object):
    def setupUi(self, NotePanelForm):
        if not NotePanelForm.objectName():
            NotePanelForm.setObjectName(u"NotePanelForm")
        NotePanelForm.resize(820, 230)
        self.outerLayout = QVBoxLayout(NotePanelForm)
        self.outerLayout.setSpacing(6)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(10, 8, 10, 8)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(8)
        self.formLayout.setVerticalSpacing(6)
        self.teamLabel = QLabel(NotePanelForm)
        self.teamLabel.setObjectName(u"teamLabel")
        self.teamLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamRow = ChipRow(NotePanelForm)
        self.teamRow.setObjectName(u"teamRow")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teamRow)

        self.kindLabel = QLabel(NotePanelForm)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = ChipRow(NotePanelForm)
        self.kindRow.setObjectName(u"kindRow")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.injectLabel = QLabel(NotePanelForm)
        self.injectLabel.setObjectName(u"injectLabel")
        self.injectLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.injectLabel)

        self.contextLayout = QHBoxLayout()
        self.contextLayout.setSpacing(6)
        self.contextLayout.setObjectName(u"contextLayout")
        self.inject = QComboBox(NotePanelForm)
        self.inject.setObjectName(u"inject")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.inject.sizePolicy().hasHeightForWidth())
        self.inject.setSizePolicy(sizePolicy)
        self.inject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.inject.setMinimumContentsLength(20)

        self.contextLayout.addWidget(self.inject)

        self.objectiveLabel = QLabel(NotePanelForm)
        self.objectiveLabel.setObjectName(u"objectiveLabel")
        self.objectiveLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.contextLayout.addWidget(self.objectiveLabel)

        self.objective = QComboBox(NotePanelForm)
        self.objective.setObjectName(u"objective")
        self.objective.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objective.setMinimumContentsLength(6)

        self.contextLayout.addWidget(self.objective)

        self.contextSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.contextLayout.addItem(self.contextSpacer)

        self.authorLabel = QLabel(NotePanelForm)
        self.authorLabel.setObjectName(u"authorLabel")
        self.authorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.contextLayout.addWidget(self.authorLabel)

        self.author = QLineEdit(NotePanelForm)
        self.author.setObjectName(u"author")
        self.author.setMaximumSize(QSize(220, 16777215))

        self.contextLayout.addWidget(self.author)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contextLayout)


        self.outerLayout.addLayout(self.formLayout)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setSpacing(6)
        self.entryLayout.setObjectName(u"entryLayout")
        self.text = NoteTextEdit(NotePanelForm)
        self.text.setObjectName(u"text")

        self.entryLayout.addWidget(self.text)

        self.logButton = QPushButton(NotePanelForm)
        self.logButton.setObjectName(u"logButton")
        self.logButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.entryLayout.addWidget(self.logButton, 0, Qt.AlignmentFlag.AlignBottom)

        self.entryLayout.setStretch(0, 1)

        self.outerLayout.addLayout(self.entryLayout)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.message = QLabel(NotePanelForm)
        self.message.setObjectName(u"message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.footerLayout.addWidget(self.message)

        self.hint = QLabel(NotePanelForm)
        self.hint.setObjectName(u"hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.footerLayout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignTop)

        self.footerLayout.setStretch(0, 1)

        self.outerLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.injectLabel.setBuddy(self.inject)
        self.objectiveLabel.setBuddy(self.objective)
        self.authorLabel.setBuddy(self.author)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text, self.inject)
        QWidget.setTabOrder(self.inject, self.author)

        self.retranslateUi(NotePanelForm)

        QMetaObject.connectSlotsByName(NotePanelForm)
    # setupUi

    def retranslateUi(self, NotePanelForm):
        self.teamLabel.setText(QCoreApplication.translate("NotePanelForm", u"Team:", None))
#if QT_CONFIG(tooltip)
        self.teamRow.setToolTip(QCoreApplication.translate("NotePanelForm", u"The team the entry is about", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("NotePanelForm", u"Kind:", None))
#if QT_CONFIG(tooltip)
        self.kindRow.setToolTip(QCoreApplication.translate("NotePanelForm", u"What the entry records", None))
#endif // QT_CONFIG(tooltip)
        self.injectLabel.setText(QCoreApplication.translate("NotePanelForm", u"Inject:", None))
#if QT_CONFIG(tooltip)
        self.inject.setToolTip(QCoreApplication.translate("NotePanelForm", u"The inject this entry answers: the latest released to the team, unless you choose another", None))
#endif // QT_CONFIG(tooltip)
        self.objectiveLabel.setText(QCoreApplication.translate("NotePanelForm", u"Objective:", None))
#if QT_CONFIG(tooltip)
        self.objective.setToolTip(QCoreApplication.translate("NotePanelForm", u"The objective this entry speaks to: the inject's when it has only one, unless you choose another (Alt+J)", None))
#endif // QT_CONFIG(tooltip)
        self.authorLabel.setText(QCoreApplication.translate("NotePanelForm", u"Author:", None))
#if QT_CONFIG(tooltip)
        self.author.setToolTip(QCoreApplication.translate("NotePanelForm", u"Who is taking these notes; remembered for next time", None))
#endif // QT_CONFIG(tooltip)
        self.author.setPlaceholderText(QCoreApplication.translate("NotePanelForm", u"Your name", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("NotePanelForm", u"Note text", None))
#endif // QT_CONFIG(accessibility)
        self.text.setPlaceholderText(QCoreApplication.translate("NotePanelForm", u"Type what the team says or decides, then press Enter", None))
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("NotePanelForm", u"Log the entry (Enter); Shift+Enter starts a new line", None))
#endif // QT_CONFIG(tooltip)
        self.logButton.setText(QCoreApplication.translate("NotePanelForm", u"Log", None))
        pass
    # retranslateUi

