# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'details_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QWidget)

class Ui_DetailsForm(object):
    def setupUi(self, DetailsForm):
        if not DetailsForm.objectName():
            DetailsForm.setObjectName(u"DetailsForm")
        DetailsForm.resize(900, 560)
        self.columnsLayout = QHBoxLayout(DetailsForm)
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.aboutGroup = QGroupBox(DetailsForm)
        self.aboutGroup.setObjectName(u"aboutGroup")
        self.aboutGroupLayout = QFormLayout(self.aboutGroup)
        self.aboutGroupLayout.setObjectName(u"aboutGroupLayout")
        self.aboutGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.aboutGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.aboutGroupLayout.setHorizontalSpacing(12)
        self.aboutGroupLayout.setVerticalSpacing(8)
        self.titleLabel = QLabel(self.aboutGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.aboutGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.aboutGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.aboutGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.purposeLabel = QLabel(self.aboutGroup)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.aboutGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.aboutGroup)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMaximumSize(QSize(16777215, 90))

        self.aboutGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.scopeLabel = QLabel(self.aboutGroup)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.aboutGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeEdit = QPlainTextEdit(self.aboutGroup)
        self.scopeEdit.setObjectName(u"scopeEdit")
        self.scopeEdit.setTabChangesFocus(True)
        self.scopeEdit.setMaximumSize(QSize(16777215, 90))

        self.aboutGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scopeEdit)

        self.sponsorLabel = QLabel(self.aboutGroup)
        self.sponsorLabel.setObjectName(u"sponsorLabel")

        self.aboutGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sponsorLabel)

        self.sponsorEdit = QLineEdit(self.aboutGroup)
        self.sponsorEdit.setObjectName(u"sponsorEdit")

        self.aboutGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sponsorEdit)

        self.venueLabel = QLabel(self.aboutGroup)
        self.venueLabel.setObjectName(u"venueLabel")

        self.aboutGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.aboutGroup)
        self.venueEdit.setObjectName(u"venueEdit")

        self.aboutGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.datesLabel = QLabel(self.aboutGroup)
        self.datesLabel.setObjectName(u"datesLabel")

        self.aboutGroupLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setSpacing(8)
        self.datesLayout.setObjectName(u"datesLayout")
        self.startDateEdit = QDateEdit(self.aboutGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.startDateEdit)

        self.datesToLabel = QLabel(self.aboutGroup)
        self.datesToLabel.setObjectName(u"datesToLabel")

        self.datesLayout.addWidget(self.datesToLabel)

        self.endDateEdit = QDateEdit(self.aboutGroup)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.endDateEdit)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesSpacer)


        self.aboutGroupLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.caveatLabel = QLabel(self.aboutGroup)
        self.caveatLabel.setObjectName(u"caveatLabel")

        self.aboutGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.caveatLabel)

        self.caveatEdit = QLineEdit(self.aboutGroup)
        self.caveatEdit.setObjectName(u"caveatEdit")

        self.aboutGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.caveatEdit)

        self.languageLabel = QLabel(self.aboutGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.aboutGroupLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.aboutGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setEditable(True)

        self.aboutGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.contactLabel = QLabel(self.aboutGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.aboutGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.aboutGroup)
        self.contactEdit.setObjectName(u"contactEdit")

        self.aboutGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contactEdit)


        self.columnsLayout.addWidget(self.aboutGroup, 0, Qt.AlignmentFlag.AlignTop)

        self.scenarioGroup = QGroupBox(DetailsForm)
        self.scenarioGroup.setObjectName(u"scenarioGroup")
        self.scenarioGroupLayout = QFormLayout(self.scenarioGroup)
        self.scenarioGroupLayout.setObjectName(u"scenarioGroupLayout")
        self.scenarioGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scenarioGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.scenarioGroupLayout.setHorizontalSpacing(12)
        self.scenarioGroupLayout.setVerticalSpacing(8)
        self.summaryLabel = QLabel(self.scenarioGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.scenarioGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.scenarioGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.scenarioGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.rulesLabel = QLabel(self.scenarioGroup)
        self.rulesLabel.setObjectName(u"rulesLabel")

        self.scenarioGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rulesLabel)

        self.rulesEdit = QPlainTextEdit(self.scenarioGroup)
        self.rulesEdit.setObjectName(u"rulesEdit")
        self.rulesEdit.setTabChangesFocus(True)

        self.scenarioGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rulesEdit)

        self.assumptionsLabel = QLabel(self.scenarioGroup)
        self.assumptionsLabel.setObjectName(u"assumptionsLabel")

        self.scenarioGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assumptionsLabel)

        self.assumptionsEdit = QPlainTextEdit(self.scenarioGroup)
        self.assumptionsEdit.setObjectName(u"assumptionsEdit")
        self.assumptionsEdit.setTabChangesFocus(True)

        self.scenarioGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assumptionsEdit)

        self.acronymsLabel = QLabel(self.scenarioGroup)
        self.acronymsLabel.setObjectName(u"acronymsLabel")

        self.scenarioGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.acronymsLabel)

        self.acronymsEdit = QPlainTextEdit(self.scenarioGroup)
        self.acronymsEdit.setObjectName(u"acronymsEdit")
        self.acronymsEdit.setTabChangesFocus(True)

        self.scenarioGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.acronymsEdit)


        self.columnsLayout.addWidget(self.scenarioGroup)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.scopeLabel.setBuddy(self.scopeEdit)
        self.sponsorLabel.setBuddy(self.sponsorEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.datesLabel.setBuddy(self.startDateEdit)
        self.caveatLabel.setBuddy(self.caveatEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.contactLabel.setBuddy(self.contactEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.rulesLabel.setBuddy(self.rulesEdit)
        self.assumptionsLabel.setBuddy(self.assumptionsEdit)
        self.acronymsLabel.setBuddy(self.acronymsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DetailsForm)

        QMetaObject.connectSlotsByName(DetailsForm)
    # setupUi

    def retranslateUi(self, DetailsForm):
        self.aboutGroup.setTitle(QCoreApplication.translate("DetailsForm", u"About the exercise", None))
        self.titleLabel.setText(QCoreApplication.translate("DetailsForm", u"&Title:", None))
        self.purposeLabel.setText(QCoreApplication.translate("DetailsForm", u"&Purpose:", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"What the exercise is for", None))
        self.scopeLabel.setText(QCoreApplication.translate("DetailsForm", u"S&cope:", None))
        self.scopeEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"Who and what takes part; what is out of play", None))
        self.sponsorLabel.setText(QCoreApplication.translate("DetailsForm", u"&Sponsor:", None))
        self.venueLabel.setText(QCoreApplication.translate("DetailsForm", u"&Venue:", None))
        self.datesLabel.setText(QCoreApplication.translate("DetailsForm", u"&Dates:", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("DetailsForm", u"yyyy-MM-dd", None))
        self.startDateEdit.setSpecialValueText(QCoreApplication.translate("DetailsForm", u"\u2014", None))
        self.datesToLabel.setText(QCoreApplication.translate("DetailsForm", u"to", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("DetailsForm", u"yyyy-MM-dd", None))
        self.endDateEdit.setSpecialValueText(QCoreApplication.translate("DetailsForm", u"\u2014", None))
        self.caveatLabel.setText(QCoreApplication.translate("DetailsForm", u"&Handling caveat:", None))
        self.caveatEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"FOR TRAINING USE ONLY", None))
        self.languageLabel.setText(QCoreApplication.translate("DetailsForm", u"&Language:", None))
        self.contactLabel.setText(QCoreApplication.translate("DetailsForm", u"Point of c&ontact:", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"Name, organisation, phone or e-mail", None))
        self.scenarioGroup.setTitle(QCoreApplication.translate("DetailsForm", u"Scenario and ground rules", None))
        self.summaryLabel.setText(QCoreApplication.translate("DetailsForm", u"Scenario &summary:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"The situation at the start, in a few sentences", None))
        self.rulesLabel.setText(QCoreApplication.translate("DetailsForm", u"&Ground rules:", None))
        self.rulesEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"One rule per line", None))
        self.assumptionsLabel.setText(QCoreApplication.translate("DetailsForm", u"&Assumptions:", None))
        self.assumptionsEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"One assumption per line", None))
        self.acronymsLabel.setText(QCoreApplication.translate("DetailsForm", u"Acro&nyms:", None))
        self.acronymsEdit.setPlaceholderText(QCoreApplication.translate("DetailsForm", u"One per line, e.g. CERT: Computer emergency response team", None))
        pass
    # retranslateUi

