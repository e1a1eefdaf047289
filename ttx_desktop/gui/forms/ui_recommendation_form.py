# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommendation_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RecommendationForm(object):
    def setupUi(self, RecommendationForm):
        if not RecommendationForm.objectName():
            RecommendationForm.setObjectName(u"RecommendationForm")
        RecommendationForm.resize(520, 900)
        self.formLayout = QVBoxLayout(RecommendationForm)
        self.formLayout.setSpacing(10)
        self.formLayout.setObjectName(u"formLayout")
        self.draftGroup = QGroupBox(RecommendationForm)
        self.draftGroup.setObjectName(u"draftGroup")
        self.draftGroupLayout = QFormLayout(self.draftGroup)
        self.draftGroupLayout.setObjectName(u"draftGroupLayout")
        self.draftGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.draftGroupLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.draftGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.issueLabel = QLabel(self.draftGroup)
        self.issueLabel.setObjectName(u"issueLabel")

        self.draftGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issueLabel)

        self.issueEdit = QPlainTextEdit(self.draftGroup)
        self.issueEdit.setObjectName(u"issueEdit")
        self.issueEdit.setTabChangesFocus(True)
        self.issueEdit.setMaximumSize(QSize(16777215, 70))

        self.draftGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issueEdit)

        self.actionLabel = QLabel(self.draftGroup)
        self.actionLabel.setObjectName(u"actionLabel")

        self.draftGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QPlainTextEdit(self.draftGroup)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setTabChangesFocus(True)
        self.actionEdit.setMaximumSize(QSize(16777215, 70))

        self.draftGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.themeLabel = QLabel(self.draftGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.draftGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.draftGroup)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setEditable(True)

        self.draftGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.tablesLabel = QLabel(self.draftGroup)
        self.tablesLabel.setObjectName(u"tablesLabel")

        self.draftGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tablesLabel)

        self.tablesBox = QWidget(self.draftGroup)
        self.tablesBox.setObjectName(u"tablesBox")

        self.draftGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tablesBox)

        self.ownerLabel = QLabel(self.draftGroup)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.draftGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(self.draftGroup)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.draftGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.partnersLabel = QLabel(self.draftGroup)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.draftGroupLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partnersEdit = QLineEdit(self.draftGroup)
        self.partnersEdit.setObjectName(u"partnersEdit")

        self.draftGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnersEdit)

        self.timelineLabel = QLabel(self.draftGroup)
        self.timelineLabel.setObjectName(u"timelineLabel")

        self.draftGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timelineLabel)

        self.timelineLayout = QHBoxLayout()
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.horizonCombo = QComboBox(self.draftGroup)
        self.horizonCombo.setObjectName(u"horizonCombo")

        self.timelineLayout.addWidget(self.horizonCombo)

        self.timelineEdit = QLineEdit(self.draftGroup)
        self.timelineEdit.setObjectName(u"timelineEdit")

        self.timelineLayout.addWidget(self.timelineEdit)


        self.draftGroupLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.timelineLayout)

        self.indicatorLabel = QLabel(self.draftGroup)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.draftGroupLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorEdit = QLineEdit(self.draftGroup)
        self.indicatorEdit.setObjectName(u"indicatorEdit")

        self.draftGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.indicatorEdit)

        self.statusLabel = QLabel(self.draftGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.draftGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusLayout = QVBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusCombo = QComboBox(self.draftGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusLayout.addWidget(self.statusCombo)

        self.statusProblem = QLabel(self.draftGroup)
        self.statusProblem.setObjectName(u"statusProblem")
        self.statusProblem.setWordWrap(True)
        self.statusProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.statusProblem.setVisible(False)

        self.statusLayout.addWidget(self.statusProblem)


        self.draftGroupLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.reviewNoteLabel = QLabel(self.draftGroup)
        self.reviewNoteLabel.setObjectName(u"reviewNoteLabel")

        self.draftGroupLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reviewNoteLabel)

        self.reviewNoteEdit = QPlainTextEdit(self.draftGroup)
        self.reviewNoteEdit.setObjectName(u"reviewNoteEdit")
        self.reviewNoteEdit.setTabChangesFocus(True)
        self.reviewNoteEdit.setMaximumSize(QSize(16777215, 56))

        self.draftGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reviewNoteEdit)


        self.formLayout.addWidget(self.draftGroup)

        self.rightsGroup = QGroupBox(RecommendationForm)
        self.rightsGroup.setObjectName(u"rightsGroup")
        self.rightsGroupLayout = QFormLayout(self.rightsGroup)
        self.rightsGroupLayout.setObjectName(u"rightsGroupLayout")
        self.rightsGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rightsGroupLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rightsGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.rightsLabel = QLabel(self.rightsGroup)
        self.rightsLabel.setObjectName(u"rightsLabel")

        self.rightsGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rightsLabel)

        self.rightsBox = QWidget(self.rightsGroup)
        self.rightsBox.setObjectName(u"rightsBox")

        self.rightsGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rightsBox)

        self.legalBasisLabel = QLabel(self.rightsGroup)
        self.legalBasisLabel.setObjectName(u"legalBasisLabel")

        self.rightsGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legalBasisLabel)

        self.legalBasisEdit = QLineEdit(self.rightsGroup)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")

        self.rightsGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legalBasisEdit)

        self.safeguardsLabel = QLabel(self.rightsGroup)
        self.safeguardsLabel.setObjectName(u"safeguardsLabel")

        self.rightsGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.safeguardsLabel)

        self.safeguardsEdit = QPlainTextEdit(self.rightsGroup)
        self.safeguardsEdit.setObjectName(u"safeguardsEdit")
        self.safeguardsEdit.setTabChangesFocus(True)
        self.safeguardsEdit.setMaximumSize(QSize(16777215, 70))

        self.rightsGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.safeguardsEdit)

        self.proportionalityLabel = QLabel(self.rightsGroup)
        self.proportionalityLabel.setObjectName(u"proportionalityLabel")

        self.rightsGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.proportionalityLabel)

        self.proportionalityEdit = QPlainTextEdit(self.rightsGroup)
        self.proportionalityEdit.setObjectName(u"proportionalityEdit")
        self.proportionalityEdit.setTabChangesFocus(True)
        self.proportionalityEdit.setMaximumSize(QSize(16777215, 56))

        self.rightsGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proportionalityEdit)

        self.rightsVerdictLabel = QLabel(self.rightsGroup)
        self.rightsVerdictLabel.setObjectName(u"rightsVerdictLabel")

        self.rightsGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rightsVerdictLabel)

        self.rightsVerdictCombo = QComboBox(self.rightsGroup)
        self.rightsVerdictCombo.setObjectName(u"rightsVerdictCombo")

        self.rightsGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rightsVerdictCombo)


        self.formLayout.addWidget(self.rightsGroup)

        self.genderGroup = QGroupBox(RecommendationForm)
        self.genderGroup.setObjectName(u"genderGroup")
        self.genderGroupLayout = QFormLayout(self.genderGroup)
        self.genderGroupLayout.setObjectName(u"genderGroupLayout")
        self.genderGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.genderGroupLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.genderGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.genderImpactLabel = QLabel(self.genderGroup)
        self.genderImpactLabel.setObjectName(u"genderImpactLabel")

        self.genderGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.genderImpactLabel)

        self.genderImpactEdit = QPlainTextEdit(self.genderGroup)
        self.genderImpactEdit.setObjectName(u"genderImpactEdit")
        self.genderImpactEdit.setTabChangesFocus(True)
        self.genderImpactEdit.setMaximumSize(QSize(16777215, 70))

        self.genderGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.genderImpactEdit)

        self.consultedLabel = QLabel(self.genderGroup)
        self.consultedLabel.setObjectName(u"consultedLabel")

        self.genderGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consultedLabel)

        self.consultedCombo = QComboBox(self.genderGroup)
        self.consultedCombo.setObjectName(u"consultedCombo")

        self.genderGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultedCombo)

        self.genderVerdictLabel = QLabel(self.genderGroup)
        self.genderVerdictLabel.setObjectName(u"genderVerdictLabel")

        self.genderGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderVerdictLabel)

        self.genderVerdictCombo = QComboBox(self.genderGroup)
        self.genderVerdictCombo.setObjectName(u"genderVerdictCombo")

        self.genderGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderVerdictCombo)


        self.formLayout.addWidget(self.genderGroup)

        self.evidenceGroup = QGroupBox(RecommendationForm)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceGroupLayout = QFormLayout(self.evidenceGroup)
        self.evidenceGroupLayout.setObjectName(u"evidenceGroupLayout")
        self.evidenceGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.evidenceGroupLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.evidenceGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.entriesLabel = QLabel(self.evidenceGroup)
        self.entriesLabel.setObjectName(u"entriesLabel")

        self.evidenceGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entriesLabel)

        self.evidenceLabel = QLabel(self.evidenceGroup)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setWordWrap(True)
        self.evidenceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.evidenceGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evidenceLabel)

        self.objectivesLabel = QLabel(self.evidenceGroup)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.evidenceGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectivesBox = QWidget(self.evidenceGroup)
        self.objectivesBox.setObjectName(u"objectivesBox")

        self.evidenceGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.objectivesBox)

        self.planItemLabel = QLabel(self.evidenceGroup)
        self.planItemLabel.setObjectName(u"planItemLabel")

        self.evidenceGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.planItemLabel)

        self.planLayout = QHBoxLayout()
        self.planLayout.setObjectName(u"planLayout")
        self.planLabel = QLabel(self.evidenceGroup)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.planLayout.addWidget(self.planLabel)

        self.carryButton = QPushButton(self.evidenceGroup)
        self.carryButton.setObjectName(u"carryButton")

        self.planLayout.addWidget(self.carryButton)


        self.evidenceGroupLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.planLayout)


        self.formLayout.addWidget(self.evidenceGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.issueLabel.setBuddy(self.issueEdit)
        self.actionLabel.setBuddy(self.actionEdit)
        self.themeLabel.setBuddy(self.themeCombo)
        self.tablesLabel.setBuddy(self.tablesBox)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.partnersLabel.setBuddy(self.partnersEdit)
        self.timelineLabel.setBuddy(self.horizonCombo)
        self.indicatorLabel.setBuddy(self.indicatorEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reviewNoteLabel.setBuddy(self.reviewNoteEdit)
        self.rightsLabel.setBuddy(self.rightsBox)
        self.legalBasisLabel.setBuddy(self.legalBasisEdit)
        self.safeguardsLabel.setBuddy(self.safeguardsEdit)
        self.proportionalityLabel.setBuddy(self.proportionalityEdit)
        self.rightsVerdictLabel.setBuddy(self.rightsVerdictCombo)
        self.genderImpactLabel.setBuddy(self.genderImpactEdit)
        self.consultedLabel.setBuddy(self.consultedCombo)
        self.genderVerdictLabel.setBuddy(self.genderVerdictCombo)
        self.entriesLabel.setBuddy(self.evidenceLabel)
        self.objectivesLabel.setBuddy(self.objectivesBox)
        self.planItemLabel.setBuddy(self.carryButton)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecommendationForm)

        QMetaObject.connectSlotsByName(RecommendationForm)
    # setupUi

    def retranslateUi(self, RecommendationForm):
        self.draftGroup.setTitle(QCoreApplication.translate("RecommendationForm", u"Recommendation", None))
        self.issueLabel.setText(QCoreApplication.translate("RecommendationForm", u"&Issue:", None))
        self.issueEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"The problem it answers", None))
        self.actionLabel.setText(QCoreApplication.translate("RecommendationForm", u"&Action:", None))
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"What policymakers should do", None))
        self.themeLabel.setText(QCoreApplication.translate("RecommendationForm", u"&Theme:", None))
        self.tablesLabel.setText(QCoreApplication.translate("RecommendationForm", u"Tables:", None))
        self.ownerLabel.setText(QCoreApplication.translate("RecommendationForm", u"&Owner:", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"The institution that leads", None))
        self.partnersLabel.setText(QCoreApplication.translate("RecommendationForm", u"Part&ners:", None))
        self.partnersEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"Who works with it", None))
        self.timelineLabel.setText(QCoreApplication.translate("RecommendationForm", u"Timeline:", None))
        self.timelineEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"Dates or milestones", None))
        self.indicatorLabel.setText(QCoreApplication.translate("RecommendationForm", u"In&dicator:", None))
        self.indicatorEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"How progress will be measured", None))
        self.statusLabel.setText(QCoreApplication.translate("RecommendationForm", u"&Status:", None))
        self.reviewNoteLabel.setText(QCoreApplication.translate("RecommendationForm", u"Revie&w note:", None))
        self.reviewNoteEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"Why it may be agreed despite a negative verdict", None))
        self.rightsGroup.setTitle(QCoreApplication.translate("RecommendationForm", u"Human-rights review", None))
        self.rightsLabel.setText(QCoreApplication.translate("RecommendationForm", u"Rights touched:", None))
        self.legalBasisLabel.setText(QCoreApplication.translate("RecommendationForm", u"Legal &basis:", None))
        self.legalBasisEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"The law or article it rests on", None))
        self.safeguardsLabel.setText(QCoreApplication.translate("RecommendationForm", u"Safeg&uards:", None))
        self.safeguardsEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"What keeps it lawful: authorisation, notice, appeal\u2026", None))
        self.proportionalityLabel.setText(QCoreApplication.translate("RecommendationForm", u"Proportionalit&y:", None))
        self.proportionalityEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"Why the measure is no wider than needed", None))
        self.rightsVerdictLabel.setText(QCoreApplication.translate("RecommendationForm", u"Verdict:", None))
        self.genderGroup.setTitle(QCoreApplication.translate("RecommendationForm", u"Gender analysis", None))
        self.genderImpactLabel.setText(QCoreApplication.translate("RecommendationForm", u"&Gender impact:", None))
        self.genderImpactEdit.setPlaceholderText(QCoreApplication.translate("RecommendationForm", u"The different impact on women, men, girls and boys", None))
        self.consultedLabel.setText(QCoreApplication.translate("RecommendationForm", u"Women's organisations consulted:", None))
        self.genderVerdictLabel.setText(QCoreApplication.translate("RecommendationForm", u"Verdict:", None))
        self.evidenceGroup.setTitle(QCoreApplication.translate("RecommendationForm", u"Evidence", None))
        self.entriesLabel.setText(QCoreApplication.translate("RecommendationForm", u"Log entries:", None))
        self.objectivesLabel.setText(QCoreApplication.translate("RecommendationForm", u"Ob&jectives:", None))
        self.planItemLabel.setText(QCoreApplication.translate("RecommendationForm", u"Improvement plan:", None))
        self.carryButton.setText(QCoreApplication.translate("RecommendationForm", u"Carry into the improvement plan", None))
        pass
    # retranslateUi

