# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'module_form.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QWidget)

class Ui_ModuleForm(object):
    def setupUi(self, ModuleForm):
        if not ModuleForm.objectName():
            ModuleForm.setObjectName(u"ModuleForm")
        ModuleForm.resize(900, 300)
        self.columnsLayout = QHBoxLayout(ModuleForm)
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, 0, 0, 0)
        self.narrativeGroup = QGroupBox(ModuleForm)
        self.narrativeGroup.setObjectName(u"narrativeGroup")
        self.narrativeGroupLayout = QFormLayout(self.narrativeGroup)
        self.narrativeGroupLayout.setObjectName(u"narrativeGroupLayout")
        self.narrativeGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.narrativeGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.narrativeGroupLayout.setHorizontalSpacing(12)
        self.narrativeGroupLayout.setVerticalSpacing(8)
        self.narrativeLabel = QLabel(self.narrativeGroup)
        self.narrativeLabel.setObjectName(u"narrativeLabel")

        self.narrativeGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.narrativeLabel)

        self.narrativeEdit = QPlainTextEdit(self.narrativeGroup)
        self.narrativeEdit.setObjectName(u"narrativeEdit")
        self.narrativeEdit.setTabChangesFocus(True)

        self.narrativeGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.narrativeEdit)


        self.columnsLayout.addWidget(self.narrativeGroup)

        self.discussionGroup = QGroupBox(ModuleForm)
        self.discussionGroup.setObjectName(u"discussionGroup")
        self.discussionGroupLayout = QFormLayout(self.discussionGroup)
        self.discussionGroupLayout.setObjectName(u"discussionGroupLayout")
        self.discussionGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.discussionGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.discussionGroupLayout.setHorizontalSpacing(12)
        self.discussionGroupLayout.setVerticalSpacing(8)
        self.issuesLabel = QLabel(self.discussionGroup)
        self.issuesLabel.setObjectName(u"issuesLabel")

        self.discussionGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issuesLabel)

        self.issuesEdit = QPlainTextEdit(self.discussionGroup)
        self.issuesEdit.setObjectName(u"issuesEdit")
        self.issuesEdit.setTabChangesFocus(True)

        self.discussionGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issuesEdit)

        self.questionsLabel = QLabel(self.discussionGroup)
        self.questionsLabel.setObjectName(u"questionsLabel")

        self.discussionGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionsLabel)

        self.questionsEdit = QPlainTextEdit(self.discussionGroup)
        self.questionsEdit.setObjectName(u"questionsEdit")
        self.questionsEdit.setTabChangesFocus(True)

        self.discussionGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionsEdit)


        self.columnsLayout.addWidget(self.discussionGroup)

#if QT_CONFIG(shortcut)
        self.narrativeLabel.setBuddy(self.narrativeEdit)
        self.issuesLabel.setBuddy(self.issuesEdit)
        self.questionsLabel.setBuddy(self.questionsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ModuleForm)

        QMetaObject.connectSlotsByName(ModuleForm)
    # setupUi

    def retranslateUi(self, ModuleForm):
        self.narrativeGroup.setTitle(QCoreApplication.translate("ModuleForm", u"Scenario", None))
        self.narrativeLabel.setText(QCoreApplication.translate("ModuleForm", u"&Narrative:", None))
        self.narrativeEdit.setPlaceholderText(QCoreApplication.translate("ModuleForm", u"What has happened by the start of this module", None))
        self.discussionGroup.setTitle(QCoreApplication.translate("ModuleForm", u"Discussion", None))
        self.issuesLabel.setText(QCoreApplication.translate("ModuleForm", u"&Key issues:", None))
        self.issuesEdit.setPlaceholderText(QCoreApplication.translate("ModuleForm", u"One issue per line", None))
        self.questionsLabel.setText(QCoreApplication.translate("ModuleForm", u"Discussion &questions:", None))
        self.questionsEdit.setPlaceholderText(QCoreApplication.translate("ModuleForm", u"One question per line", None))
        pass
    # retranslateUi

