# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inject_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InjectForm(object):
    def setupUi(self, InjectForm):
        if not InjectForm.objectName():
            InjectForm.setObjectName(u"InjectForm")
        InjectForm.resize(900, 320)
        self.formLayout = QVBoxLayout(InjectForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.headingLabel = QLabel(InjectForm)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.addWidget(self.headingLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.contentGroup = QGroupBox(InjectForm)
        self.contentGroup.setObjectName(u"contentGroup")
        self.contentGroupLayout = QFormLayout(self.contentGroup)
        self.contentGroupLayout.setObjectName(u"contentGroupLayout")
        self.contentGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contentGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.contentGroupLayout.setHorizontalSpacing(12)
        self.contentGroupLayout.setVerticalSpacing(8)
        self.textLabel = QLabel(self.contentGroup)
        self.textLabel.setObjectName(u"textLabel")

        self.contentGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(self.contentGroup)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.contentGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.expectedLabel = QLabel(self.contentGroup)
        self.expectedLabel.setObjectName(u"expectedLabel")

        self.contentGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expectedLabel)

        self.expectedEdit = QPlainTextEdit(self.contentGroup)
        self.expectedEdit.setObjectName(u"expectedEdit")
        self.expectedEdit.setTabChangesFocus(True)
        self.expectedEdit.setMaximumSize(QSize(16777215, 110))

        self.contentGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.expectedEdit)

        self.notesLabel = QLabel(self.contentGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.contentGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.contentGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 110))

        self.contentGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.attachmentsLabel = QLabel(self.contentGroup)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.contentGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsLayout = QHBoxLayout()
        self.attachmentsLayout.setSpacing(6)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsEdit = QPlainTextEdit(self.contentGroup)
        self.attachmentsEdit.setObjectName(u"attachmentsEdit")
        self.attachmentsEdit.setTabChangesFocus(True)
        self.attachmentsEdit.setMaximumSize(QSize(16777215, 70))

        self.attachmentsLayout.addWidget(self.attachmentsEdit)

        self.addFileButton = QPushButton(self.contentGroup)
        self.addFileButton.setObjectName(u"addFileButton")

        self.attachmentsLayout.addWidget(self.addFileButton, 0, Qt.AlignmentFlag.AlignTop)


        self.contentGroupLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.attachmentsLayout)


        self.columnsLayout.addWidget(self.contentGroup)

        self.deliveryGroup = QGroupBox(InjectForm)
        self.deliveryGroup.setObjectName(u"deliveryGroup")
        self.deliveryGroupLayout = QFormLayout(self.deliveryGroup)
        self.deliveryGroupLayout.setObjectName(u"deliveryGroupLayout")
        self.deliveryGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.deliveryGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.deliveryGroupLayout.setHorizontalSpacing(12)
        self.deliveryGroupLayout.setVerticalSpacing(8)
        self.pinnedLabel = QLabel(self.deliveryGroup)
        self.pinnedLabel.setObjectName(u"pinnedLabel")

        self.deliveryGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinnedLabel)

        self.pinnedEdit = QLineEdit(self.deliveryGroup)
        self.pinnedEdit.setObjectName(u"pinnedEdit")

        self.deliveryGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinnedEdit)

        self.targetsLabel = QLabel(self.deliveryGroup)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.deliveryGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetsLabel)

        self.targetsView = QListView(self.deliveryGroup)
        self.targetsView.setObjectName(u"targetsView")
        self.targetsView.setUniformItemSizes(True)

        self.deliveryGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetsView)

        self.objectivesLabel = QLabel(self.deliveryGroup)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.deliveryGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectivesView = QListView(self.deliveryGroup)
        self.objectivesView.setObjectName(u"objectivesView")
        self.objectivesView.setUniformItemSizes(True)

        self.deliveryGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.objectivesView)


        self.columnsLayout.addWidget(self.deliveryGroup)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.formLayout.addLayout(self.columnsLayout)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.expectedLabel.setBuddy(self.expectedEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.attachmentsLabel.setBuddy(self.attachmentsEdit)
        self.pinnedLabel.setBuddy(self.pinnedEdit)
        self.targetsLabel.setBuddy(self.targetsView)
        self.objectivesLabel.setBuddy(self.objectivesView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InjectForm)

        QMetaObject.connectSlotsByName(InjectForm)
    # setupUi

    def retranslateUi(self, InjectForm):
        self.contentGroup.setTitle(QCoreApplication.translate("InjectForm", u"Content", None))
        self.textLabel.setText(QCoreApplication.translate("InjectForm", u"&Text:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("InjectForm", u"What the players are told", None))
        self.expectedLabel.setText(QCoreApplication.translate("InjectForm", u"&Expected actions:", None))
        self.expectedEdit.setPlaceholderText(QCoreApplication.translate("InjectForm", u"One action per line", None))
        self.notesLabel.setText(QCoreApplication.translate("InjectForm", u"Facilitator &notes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("InjectForm", u"Only the facilitator sees these", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("InjectForm", u"Attach&ments:", None))
        self.attachmentsEdit.setPlaceholderText(QCoreApplication.translate("InjectForm", u"Handouts, pictures or files that go with it, one per line", None))
        self.addFileButton.setText(QCoreApplication.translate("InjectForm", u"Add &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFileButton.setToolTip(QCoreApplication.translate("InjectForm", u"Add the name of a file to the attachments", None))
#endif // QT_CONFIG(tooltip)
        self.deliveryGroup.setTitle(QCoreApplication.translate("InjectForm", u"Delivery", None))
        self.pinnedLabel.setText(QCoreApplication.translate("InjectForm", u"&Pinned to:", None))
        self.pinnedEdit.setPlaceholderText(QCoreApplication.translate("InjectForm", u"HH:MM, or empty to follow the clock", None))
        self.targetsLabel.setText(QCoreApplication.translate("InjectForm", u"&To:", None))
        self.objectivesLabel.setText(QCoreApplication.translate("InjectForm", u"&Objectives:", None))
        pass
    # retranslateUi

