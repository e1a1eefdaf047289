# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objective_form.ui'
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

class Ui_ObjectiveForm(object):
    def setupUi(self, ObjectiveForm):
        if not ObjectiveForm.objectName():
            ObjectiveForm.setObjectName(u"ObjectiveForm")
        ObjectiveForm.resize(900, 260)
        self.columnsLayout = QHBoxLayout(ObjectiveForm)
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, 0, 0, 0)
        self.tasksGroup = QGroupBox(ObjectiveForm)
        self.tasksGroup.setObjectName(u"tasksGroup")
        self.tasksGroupLayout = QFormLayout(self.tasksGroup)
        self.tasksGroupLayout.setObjectName(u"tasksGroupLayout")
        self.tasksGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tasksGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.tasksGroupLayout.setHorizontalSpacing(12)
        self.tasksGroupLayout.setVerticalSpacing(8)
        self.tasksLabel = QLabel(self.tasksGroup)
        self.tasksLabel.setObjectName(u"tasksLabel")

        self.tasksGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tasksLabel)

        self.tasksEdit = QPlainTextEdit(self.tasksGroup)
        self.tasksEdit.setObjectName(u"tasksEdit")
        self.tasksEdit.setTabChangesFocus(True)

        self.tasksGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tasksEdit)


        self.columnsLayout.addWidget(self.tasksGroup)

        self.evaluationGroup = QGroupBox(ObjectiveForm)
        self.evaluationGroup.setObjectName(u"evaluationGroup")
        self.evaluationGroupLayout = QFormLayout(self.evaluationGroup)
        self.evaluationGroupLayout.setObjectName(u"evaluationGroupLayout")
        self.evaluationGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.evaluationGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.evaluationGroupLayout.setHorizontalSpacing(12)
        self.evaluationGroupLayout.setVerticalSpacing(8)
        self.evaluatorLabel = QLabel(self.evaluationGroup)
        self.evaluatorLabel.setObjectName(u"evaluatorLabel")

        self.evaluationGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evaluatorLabel)

        self.evaluatorEdit = QPlainTextEdit(self.evaluationGroup)
        self.evaluatorEdit.setObjectName(u"evaluatorEdit")
        self.evaluatorEdit.setTabChangesFocus(True)

        self.evaluationGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evaluatorEdit)


        self.columnsLayout.addWidget(self.evaluationGroup)

#if QT_CONFIG(shortcut)
        self.tasksLabel.setBuddy(self.tasksEdit)
        self.evaluatorLabel.setBuddy(self.evaluatorEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectiveForm)

        QMetaObject.connectSlotsByName(ObjectiveForm)
    # setupUi

    def retranslateUi(self, ObjectiveForm):
        self.tasksGroup.setTitle(QCoreApplication.translate("ObjectiveForm", u"Critical tasks", None))
        self.tasksLabel.setText(QCoreApplication.translate("ObjectiveForm", u"&Tasks:", None))
        self.tasksEdit.setPlaceholderText(QCoreApplication.translate("ObjectiveForm", u"What players must do to meet the objective, one task per line", None))
        self.evaluationGroup.setTitle(QCoreApplication.translate("ObjectiveForm", u"Evaluation", None))
        self.evaluatorLabel.setText(QCoreApplication.translate("ObjectiveForm", u"E&valuator notes:", None))
        self.evaluatorEdit.setPlaceholderText(QCoreApplication.translate("ObjectiveForm", u"What the evaluators saw, for the after-action report", None))
        pass
    # retranslateUi

